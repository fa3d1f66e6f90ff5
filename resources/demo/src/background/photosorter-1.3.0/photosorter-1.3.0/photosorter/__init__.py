"""Sort photos into folders by date."""

import gettext
import os

__version__ = "1.3.0"

_localedir = os.path.join(os.path.dirname(__file__), "locale")
_ = gettext.translation("photosorter", _localedir, fallback=True).gettext
