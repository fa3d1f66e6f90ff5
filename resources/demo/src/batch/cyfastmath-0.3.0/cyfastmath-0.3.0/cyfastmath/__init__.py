"""Vectorised special functions written in Cython."""

from ._core import erf, gamma, lgamma  # noqa: F401

__version__ = "0.3.0"
