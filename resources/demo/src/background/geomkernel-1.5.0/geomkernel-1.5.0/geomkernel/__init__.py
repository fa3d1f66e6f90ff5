"""Exact geometric predicates."""

__version__ = "1.5.0"

from ._kernel import *  # noqa: F401,F403
