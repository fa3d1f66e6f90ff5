import os
import re
from io import open

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

with open(os.path.join(here, "ulidgen", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = ["\']([^"\']+)', f.read(), re.M).group(1)

setup(
    name="ulidgen",
    version=version,
    description="Generate and parse ULIDs",
    long_description=long_description,
    author="Vida Sol",
    author_email="vida@example.com",
    url="https://example.com/ulidgen",
    license="MIT",
    packages=["ulidgen"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
