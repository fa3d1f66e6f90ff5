# iniparse2 -- INI files with round-trip comments
#
# Copyright (c) 2006 Tove Lund

__version__ = "0.2"
__author__ = "Tove Lund"

from iniparse2.main import *
