# pyrss2gen-classic -- Generate RSS 2.0 feeds
#
# Copyright (c) 2006 Karl Nyman

__version__ = "1.1"
__author__ = "Karl Nyman"

from pyrss2gen_classic.main import *
