"""Exact geometric predicates."""

__version__ = "2.0.0"

from ._kernel import *  # noqa: F401,F403
