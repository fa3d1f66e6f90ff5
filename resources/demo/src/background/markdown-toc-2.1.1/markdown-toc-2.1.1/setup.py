import os
import re
from io import open

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "markdown_toc", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = ["\']([^"\']+)', f.read(), re.M).group(1)

setup(
    name="markdown-toc",
    version=version,
    description="Tables of contents for Markdown files",
    author="Saul Kerr",
    author_email="saul@example.com",
    url="https://example.com/markdown-toc",
    license="MIT",
    packages=find_packages(exclude=["tests", "tests.*", "docs"]),
    install_requires=['markdown>=3'],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
