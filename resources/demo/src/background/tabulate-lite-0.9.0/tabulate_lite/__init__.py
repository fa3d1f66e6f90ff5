"""Pretty-print tabular data."""

from .core import tabulate

__version__ = "0.9.0"
__all__ = ["tabulate"]
