#!/usr/bin/env python
import re
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent


def read_version():
    text = (HERE / "envfile" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise RuntimeError("version not found")
    return match.group(1)


setup(
    name="envfile",
    version=read_version(),
    description="Load .env files into os.environ",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    author="Dara Quinn",
    author_email="dara@example.com",
    url="https://example.com/envfile",
    license="BSD-3-Clause",
    packages=["envfile"],
    install_requires=[],
    extras_require={"dev": ["pytest>=7", "flake8"]},
    entry_points={"console_scripts": ["envfile = envfile.cli:main"]},
)
