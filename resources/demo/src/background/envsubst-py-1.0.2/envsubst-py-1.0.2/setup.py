import os
import re

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "envsubst_py", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = ["\']([^"\']+)', f.read(), re.M).group(1)

setup(
    name="envsubst-py",
    version=version,
    description="Substitute environment variables in text files",
    author="Kofi Mensah",
    author_email="kofi@example.com",
    url="https://example.com/envsubst-py",
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
