import os

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="pathglob",
    version="2.5.1",
    description="Recursive globbing with exclusion patterns",
    long_description=long_description,
    author="Farah Idris",
    author_email="farah@example.com",
    url="https://example.com/pathglob",
    license="MIT",
    packages=["pathglob"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
