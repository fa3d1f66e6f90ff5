import os
import re

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

with open(os.path.join(here, "timeparse_lite", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = ["\']([^"\']+)', f.read(), re.M).group(1)

with open(os.path.join(here, "requirements.txt")) as f:
    requirements = f.read().splitlines()

setup(
    name="timeparse-lite",
    version=version,
    description="Parse human durations",
    long_description=long_description,
    author="Ada Novak",
    author_email="ada@example.com",
    url="https://example.com/timeparse-lite",
    license="MIT",
    packages=["timeparse_lite"],
    install_requires=requirements,
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
