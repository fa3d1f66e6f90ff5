"""Chat webhook logging handler."""

import logging

__version__ = "1.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
