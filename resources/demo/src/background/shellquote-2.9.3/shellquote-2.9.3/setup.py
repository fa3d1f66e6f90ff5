import os
from io import open

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

setup(
    name="shellquote",
    version="2.9.3",
    description="Quote strings for POSIX shells",
    author="Bram Okafor",
    author_email="bram@example.com",
    url="https://example.com/shellquote",
    license="MIT",
    packages=["shellquote"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
