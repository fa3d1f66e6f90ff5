import os
from io import open

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

with open(os.path.join(here, "requirements.txt")) as f:
    requirements = f.read().splitlines()

setup(
    name="inicheck",
    version="0.3.1",
    description="Validate INI files",
    long_description=long_description,
    author="Wes Park",
    author_email="wes@example.com",
    url="https://example.com/inicheck",
    license="MIT",
    packages=["inicheck"],
    install_requires=requirements,
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
