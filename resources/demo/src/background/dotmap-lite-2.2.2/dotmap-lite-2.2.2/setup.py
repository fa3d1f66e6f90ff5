import os

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

with open(os.path.join(here, "requirements.txt")) as f:
    requirements = f.read().splitlines()

setup(
    name="dotmap-lite",
    version="2.2.2",
    description="Dictionaries with attribute access",
    long_description=long_description,
    author="Oona Hale",
    author_email="oona@example.com",
    url="https://example.com/dotmap-lite",
    license="MIT",
    packages=["dotmap_lite"],
    install_requires=requirements,
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
