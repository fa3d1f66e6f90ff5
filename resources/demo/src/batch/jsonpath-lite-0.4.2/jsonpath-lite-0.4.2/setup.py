import os
import re

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "jsonpath_lite", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = ["\']([^"\']+)', f.read(), re.M).group(1)

setup(
    name="jsonpath-lite",
    version=version,
    description="JSONPath queries over plain dictionaries",
    author="Cleo Dunn",
    author_email="cleo@example.com",
    url="https://example.com/jsonpath-lite",
    license="MIT",
    packages=["jsonpath_lite"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
