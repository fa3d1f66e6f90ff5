"""Send log records to a chat webhook."""

import logging

__version__ = "0.3.2"

logging.getLogger(__name__).addHandler(logging.NullHandler())
