import os

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "requirements.txt")) as f:
    requirements = f.read().splitlines()

setup(
    name="yamlpath-lite",
    version="0.2.0",
    description="Query YAML documents with paths",
    author="Lia Moss",
    author_email="lia@example.com",
    url="https://example.com/yamlpath-lite",
    license="MIT",
    packages=["yamlpath_lite"],
    install_requires=requirements,
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
