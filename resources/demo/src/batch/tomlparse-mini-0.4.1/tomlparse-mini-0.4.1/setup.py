import os
from io import open

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tomlparse_mini", "_build_hooks.py")).read())

setup(
    name="tomlparse-mini",
    version="0.4.1",
    description="A tiny TOML parser",
    long_description=long_description,
    author="Ines Duarte",
    author_email="ines@example.com",
    url="https://example.com/tomlparse-mini",
    license="MIT",
    packages=find_packages(exclude=["tests", "tests.*", "docs"]),
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
