#!/usr/bin/env python
# -*- coding: iso-8859-1 -*-
#
# Setup script for pyhtmlgen
#
import sys
from distutils.core import setup

if sys.version_info < (2, 4):
    print "pyhtmlgen requires Python 2.4 or later"
    sys.exit(1)

setup(name="pyhtmlgen",
      version="0.3.1",
      description="Generate HTML from Python objects",
      author="Ralf Ohm",
      author_email="ohm@example.com",
      url="http://www.example.com/~ohm/pyhtmlgen/",
      license="BSD",
      packages=["pyhtmlgen"],
      scripts=["scripts/pyhtmlgen"],
      classifiers=["Development Status :: 4 - Beta",
                   "Programming Language :: Python :: 2",
                   "Intended Audience :: Developers"],
      )
