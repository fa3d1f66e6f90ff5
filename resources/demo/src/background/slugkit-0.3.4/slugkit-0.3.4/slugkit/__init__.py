"""Unicode-aware URL slugs."""

__version__ = "0.3.4"

from .core import *  # noqa: F401,F403
