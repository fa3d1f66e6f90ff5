"""Extensions to the standard datetime module: parsing, relative deltas, time zones."""

from .core import *  # noqa: F401,F403
from ._version import __version__  # noqa: F401
