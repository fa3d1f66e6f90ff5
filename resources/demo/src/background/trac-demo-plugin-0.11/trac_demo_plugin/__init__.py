# trac-demo-plugin -- Demo plugin for an issue tracker
#
# Copyright (c) 2006 Wim Smit

__version__ = "0.11"
__author__ = "Wim Smit"

from trac_demo_plugin.main import *
