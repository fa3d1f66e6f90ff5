"""Deep-merge YAML documents."""

__version__ = "2.6.2"

from .core import *  # noqa: F401,F403
