# netrcx -- Extended netrc parser
#
# Copyright (c) 2006 Vera Holm

__version__ = "0.5"
__author__ = "Vera Holm"

from netrcx.main import *
