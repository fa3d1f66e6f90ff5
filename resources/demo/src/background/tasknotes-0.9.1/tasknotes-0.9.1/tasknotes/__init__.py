"""A small desktop note taking app."""

import gettext
import os

__version__ = "0.9.1"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("tasknotes", _localedir, fallback=True).gettext
