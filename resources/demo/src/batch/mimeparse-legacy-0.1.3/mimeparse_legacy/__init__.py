# mimeparse-legacy -- Parse MIME types and quality values
#
# Copyright (c) 2006 Mona Frey

__version__ = "0.1.3"
__author__ = "Mona Frey"

from mimeparse_legacy.main import *
