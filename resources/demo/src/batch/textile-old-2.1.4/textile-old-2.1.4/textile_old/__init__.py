# textile-old -- Textile markup to HTML
#
# Copyright (c) 2006 Lars Dahl

__version__ = "2.1.4"
__author__ = "Lars Dahl"

from textile_old.main import *
