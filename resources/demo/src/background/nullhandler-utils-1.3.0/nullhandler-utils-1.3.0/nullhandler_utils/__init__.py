"""Library logging that stays quiet until the application configures it."""

import logging

__version__ = "1.3.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
