"""Tables of contents for Markdown files."""

__version__ = "2.1.1"

from .core import *  # noqa: F401,F403
