#!/usr/bin/env python

try:
    from setuptools import setup
except ImportError:
    from distutils.core import setup

import textile_old

long_description = open("README.txt").read()

setup(
    name = "textile-old",
    version = textile_old.__version__,
    description = "Textile markup to HTML",
    long_description = long_description,
    author = "Lars Dahl",
    author_email = "dahl@example.com",
    url = "http://www.example.com/textile-old",
    license = "BSD",
    py_modules = [],
    packages = ["textile_old"],
)

print "Thank you for installing textile-old"
