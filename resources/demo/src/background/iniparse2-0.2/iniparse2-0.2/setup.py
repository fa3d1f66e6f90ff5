#!/usr/bin/env python
# -*- coding: iso-8859-1 -*-
#
# Setup script for iniparse2
#
import sys
from distutils.core import setup

if sys.version_info < (2, 4):
    print "iniparse2 requires Python 2.4 or later"
    sys.exit(1)

setup(name="iniparse2",
      version="0.2",
      description="INI files with round-trip comments",
      author="Tove Lund",
      author_email="lund@example.com",
      url="http://www.example.com/~lund/iniparse2/",
      license="BSD",
      packages=["iniparse2"],
      scripts=["scripts/iniparse2"],
      classifiers=["Development Status :: 4 - Beta",
                   "Programming Language :: Python :: 2",
                   "Intended Audience :: Developers"],
      )
