# simplejsonrpc -- A tiny JSON-RPC client
#
# Copyright (c) 2006 Sven Kaur

__version__ = "0.1.2"
__author__ = "Sven Kaur"

from simplejsonrpc.main import *
