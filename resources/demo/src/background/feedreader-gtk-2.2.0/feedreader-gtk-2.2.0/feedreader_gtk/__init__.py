"""Feed reader for the GNOME desktop."""

import gettext
import os

__version__ = "2.2.0"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("feedreader_gtk", _localedir, fallback=True).gettext
