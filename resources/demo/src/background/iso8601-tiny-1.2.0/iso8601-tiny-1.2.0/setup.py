import os

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

setup(
    name="iso8601-tiny",
    version="1.2.0",
    description="Parse ISO 8601 dates and times",
    author="Emil Brandt",
    author_email="emil@example.com",
    url="https://example.com/iso8601-tiny",
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
