"""Load .env files into os.environ."""

__version__ = "1.2.0"

from .core import *  # noqa: F401,F403
