"""A StatsD-style metrics client."""

import logging

from . import config
from ._version import __version__  # noqa: F401
from .client import MetricsClient, Timer  # noqa: F401

__all__ = ["MetricsClient", "Timer", "config"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
if config.DEBUG:
    logging.getLogger(__name__).setLevel(logging.DEBUG)
