"""Shrink images for the web."""

import gettext
import os

__version__ = "0.7.0"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("imgshrink", _localedir, fallback=True).gettext
