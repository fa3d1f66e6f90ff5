"""Mirror local folders to SFTP servers."""

__version__ = "0.1.7"

from .sync import mirror  # noqa: F401
