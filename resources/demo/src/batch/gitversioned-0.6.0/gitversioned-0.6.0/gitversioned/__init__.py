try:
    from ._version import version as __version__
except ImportError:  # pragma: no cover - not built yet
    __version__ = "0.0.0"
