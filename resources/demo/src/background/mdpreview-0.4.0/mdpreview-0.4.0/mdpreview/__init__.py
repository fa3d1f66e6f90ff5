"""Live preview for Markdown files."""

import gettext
import os

__version__ = "0.4.0"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("mdpreview", _localedir, fallback=True).gettext
