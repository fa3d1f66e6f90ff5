import pbr.version


__version__ = pbr.version.VersionInfo('orbit-lib-messaging').version_string()
