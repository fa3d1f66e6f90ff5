#!/usr/bin/env python
import re
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent


def read_version():
    text = (HERE / "retryable" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise RuntimeError("version not found")
    return match.group(1)


setup(
    name="retryable",
    version=read_version(),
    description="Retry decorators with exponential backoff",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    author="Dev Patel",
    author_email="dev@example.com",
    url="https://example.com/retryable",
    license="BSD-3-Clause",
    packages=["retryable"],
    install_requires=['typing-extensions'],
    extras_require={"dev": ["pytest>=7", "flake8"]},
    entry_points={"console_scripts": ["retryable = retryable.cli:main"]},
)
