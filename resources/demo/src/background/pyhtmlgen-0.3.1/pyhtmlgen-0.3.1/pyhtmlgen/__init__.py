# pyhtmlgen -- Generate HTML from Python objects
#
# Copyright (c) 2006 Ralf Ohm

__version__ = "0.3.1"
__author__ = "Ralf Ohm"

from pyhtmlgen.main import *
