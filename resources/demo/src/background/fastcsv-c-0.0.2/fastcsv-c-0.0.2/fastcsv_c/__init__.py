"""A CSV tokenizer in C."""

__version__ = "0.0.2"

from ._csv import *  # noqa: F401,F403
