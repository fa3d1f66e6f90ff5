import pbr.version


__version__ = pbr.version.VersionInfo('orbit-lib-utils').version_string()
