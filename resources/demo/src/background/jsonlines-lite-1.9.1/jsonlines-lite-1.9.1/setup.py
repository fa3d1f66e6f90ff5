import os
import re

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

with open(os.path.join(here, "jsonlines_lite", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = ["\']([^"\']+)', f.read(), re.M).group(1)

setup(
    name="jsonlines-lite",
    version=version,
    description="Read and write JSON Lines",
    long_description=long_description,
    author="Nils Berg",
    author_email="nils@example.com",
    url="https://example.com/jsonlines-lite",
    license="MIT",
    packages=["jsonlines_lite"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
