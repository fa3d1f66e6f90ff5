import pbr.version


__version__ = pbr.version.VersionInfo('python-orbitclient').version_string()
