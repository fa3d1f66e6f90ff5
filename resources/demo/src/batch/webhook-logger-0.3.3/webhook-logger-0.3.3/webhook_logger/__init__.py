"""Send log records to a chat webhook."""

import logging

__version__ = "0.3.3"

logging.getLogger(__name__).addHandler(logging.NullHandler())
