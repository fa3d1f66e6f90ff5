#!/usr/bin/env python
# -*- coding: iso-8859-1 -*-
#
# Setup script for simplejsonrpc
#
import sys
from distutils.core import setup

if sys.version_info < (2, 3):
    print "simplejsonrpc requires Python 2.3 or later"
    sys.exit(1)

setup(name="simplejsonrpc",
      version="0.1.2",
      description="A tiny JSON-RPC client",
      author="Sven Kaur",
      author_email="kaur@example.com",
      url="http://www.example.com/~kaur/simplejsonrpc/",
      license="BSD",
      packages=["simplejsonrpc"],
      scripts=["scripts/simplejsonrpc"],
      classifiers=["Development Status :: 4 - Beta",
                   "Programming Language :: Python :: 2",
                   "Intended Audience :: Developers"],
      )
