"""fnmatch with ** and brace expansion."""

from ._version import __version__  # noqa: F401
from .core import expand_braces, match, translate  # noqa: F401
