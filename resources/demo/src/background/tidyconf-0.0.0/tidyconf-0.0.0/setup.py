import os

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="tidyconf",
    version="0.0.0",
    description="Merge layered configuration files into one dictionary",
    long_description=long_description,
    author="Ada Novak",
    author_email="ada@example.com",
    url="https://example.com/tidyconf",
    license="MIT",
    packages=find_packages(exclude=["tests", "tests.*", "docs"]),
    install_requires=['PyYAML>=5.1'],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
