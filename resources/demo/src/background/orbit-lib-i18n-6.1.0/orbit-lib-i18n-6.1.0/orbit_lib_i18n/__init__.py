import pbr.version


__version__ = pbr.version.VersionInfo('orbit-lib-i18n').version_string()
