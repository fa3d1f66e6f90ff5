#!/usr/bin/env python
# -*- coding: iso-8859-1 -*-
#
# Setup script for pyrss2gen-classic
#
import sys
from distutils.core import setup

if sys.version_info < (2, 4):
    print "pyrss2gen-classic requires Python 2.4 or later"
    sys.exit(1)

setup(name="pyrss2gen-classic",
      version="1.1",
      description="Generate RSS 2.0 feeds",
      author="Karl Nyman",
      author_email="nyman@example.com",
      url="http://www.example.com/~nyman/pyrss2gen-classic/",
      license="BSD",
      packages=["pyrss2gen_classic"],
      scripts=["scripts/pyrss2gen-classic"],
      classifiers=["Development Status :: 4 - Beta",
                   "Programming Language :: Python :: 2",
                   "Intended Audience :: Developers"],
      )
