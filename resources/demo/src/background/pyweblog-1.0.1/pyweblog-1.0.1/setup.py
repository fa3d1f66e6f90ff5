#!/usr/bin/env python

try:
    from setuptools import setup
except ImportError:
    from distutils.core import setup

import pyweblog

long_description = open("README.txt").read()

setup(
    name = "pyweblog",
    version = pyweblog.__version__,
    description = "Web server log analysis",
    long_description = long_description,
    author = "Ugo Bassi",
    author_email = "bassi@example.com",
    url = "http://www.example.com/pyweblog",
    license = "GPL",
    py_modules = [],
    packages = ["pyweblog"],
)

print "Thank you for installing pyweblog"
