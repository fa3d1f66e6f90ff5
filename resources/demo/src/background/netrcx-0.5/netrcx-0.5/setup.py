#!/usr/bin/env python

try:
    from setuptools import setup
except ImportError:
    from distutils.core import setup

import netrcx

long_description = open("README.txt").read()

setup(
    name = "netrcx",
    version = netrcx.__version__,
    description = "Extended netrc parser",
    long_description = long_description,
    author = "Vera Holm",
    author_email = "holm@example.com",
    url = "http://www.example.com/netrcx",
    license = "BSD",
    py_modules = [],
    packages = ["netrcx"],
)

print "Thank you for installing netrcx"
