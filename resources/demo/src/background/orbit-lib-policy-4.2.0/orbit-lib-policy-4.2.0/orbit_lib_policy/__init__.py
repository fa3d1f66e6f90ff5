import pbr.version


__version__ = pbr.version.VersionInfo('orbit-lib-policy').version_string()
