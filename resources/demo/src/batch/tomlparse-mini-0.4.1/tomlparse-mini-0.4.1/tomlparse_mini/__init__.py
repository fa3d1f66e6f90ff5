"""A tiny TOML parser."""

__version__ = "0.4.1"

from .parser import loads, load  # noqa: F401
