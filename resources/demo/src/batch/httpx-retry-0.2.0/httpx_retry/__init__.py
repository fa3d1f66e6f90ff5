"""Retry transport for httpx clients."""

import logging

from .transport import RetryTransport

__version__ = "0.2.0"
__all__ = ["RetryTransport"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
