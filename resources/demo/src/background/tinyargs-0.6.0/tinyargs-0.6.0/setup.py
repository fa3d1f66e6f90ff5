import os
from io import open

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="tinyargs",
    version="0.6.0",
    description="Declarative command-line arguments",
    long_description=long_description,
    author="Mara Costa",
    author_email="mara@example.com",
    url="https://example.com/tinyargs",
    license="MIT",
    packages=["tinyargs"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
