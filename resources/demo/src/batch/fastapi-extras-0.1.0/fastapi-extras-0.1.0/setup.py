# Metadata is in pyproject.toml; this shim keeps editable installs working with old pip.
from setuptools import setup

setup()
