"""Export Notion workspaces to Markdown."""

__version__ = "1.0.1"
