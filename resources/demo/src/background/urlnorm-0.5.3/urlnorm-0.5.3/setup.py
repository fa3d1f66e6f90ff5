import os

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

setup(
    name="urlnorm",
    version="0.5.3",
    description="Normalise URLs for comparison",
    author="Per Lund",
    author_email="per@example.com",
    url="https://example.com/urlnorm",
    license="MIT",
    packages=["urlnorm"],
    install_requires=[],
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
