import pbr.version


__version__ = pbr.version.VersionInfo('python-quasarclient').version_string()
