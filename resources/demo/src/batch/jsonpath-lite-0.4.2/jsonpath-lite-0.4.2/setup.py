import os

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="jsonpath-lite",
    version="0.4.2",
    description="JSONPath queries over plain dictionaries",
    long_description=long_description,
    author="Cleo Dunn",
    author_email="cleo@example.com",
    url="https://example.com/jsonpath-lite",
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
