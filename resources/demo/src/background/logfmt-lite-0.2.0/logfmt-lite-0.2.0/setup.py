#!/usr/bin/env python
import re
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent


def read_version():
    text = (HERE / "logfmt_lite" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise RuntimeError("version not found")
    return match.group(1)


setup(
    name="logfmt-lite",
    version=read_version(),
    description="Parse and emit logfmt lines",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    author="Chiara Lind",
    author_email="chiara@example.com",
    url="https://example.com/logfmt-lite",
    license="BSD-3-Clause",
    packages=["logfmt_lite"],
    install_requires=[],
    extras_require={"dev": ["pytest>=7", "flake8"]},
    entry_points={"console_scripts": ["logfmt-lite = logfmt_lite.cli:main"]},
)
