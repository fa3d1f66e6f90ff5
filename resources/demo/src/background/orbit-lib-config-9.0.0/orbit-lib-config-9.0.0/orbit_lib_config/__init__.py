import pbr.version


__version__ = pbr.version.VersionInfo('orbit-lib-config').version_string()
