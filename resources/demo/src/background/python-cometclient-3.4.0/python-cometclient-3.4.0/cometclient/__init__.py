import pbr.version


__version__ = pbr.version.VersionInfo('python-cometclient').version_string()
