"""Rename files with patterns."""

import gettext
import os

__version__ = "1.0.0"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("batchrename", _localedir, fallback=True).gettext
