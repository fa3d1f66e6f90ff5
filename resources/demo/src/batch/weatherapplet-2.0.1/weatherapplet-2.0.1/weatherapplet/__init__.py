"""Weather applet for the panel."""

import gettext
import os

__version__ = "2.0.1"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("weatherapplet", _localedir, fallback=True).gettext
