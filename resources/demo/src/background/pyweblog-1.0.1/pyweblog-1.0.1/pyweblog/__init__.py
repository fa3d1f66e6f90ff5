# pyweblog -- Web server log analysis
#
# Copyright (c) 2006 Ugo Bassi

__version__ = "1.0.1"
__author__ = "Ugo Bassi"

from pyweblog.main import *
