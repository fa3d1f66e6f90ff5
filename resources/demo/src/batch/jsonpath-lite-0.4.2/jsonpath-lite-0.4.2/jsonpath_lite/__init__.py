"""JSONPath queries over plain dictionaries."""

__version__ = "0.4.2"

from .core import *  # noqa: F401,F403
