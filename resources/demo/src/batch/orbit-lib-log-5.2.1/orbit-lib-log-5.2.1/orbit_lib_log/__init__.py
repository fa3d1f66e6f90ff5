import pbr.version


__version__ = pbr.version.VersionInfo('orbit-lib-log').version_string()
