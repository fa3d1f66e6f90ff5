import os
from io import open

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with open(os.path.join(here, "requirements.txt")) as f:
    requirements = f.read().splitlines()

setup(
    name="nullhandler-utils",
    version="1.3.0",
    description="Library logging that stays quiet until configured",
    author="Ines Duarte",
    author_email="ines@example.com",
    url="https://example.com/nullhandler-utils",
    license="MIT",
    packages=find_packages(exclude=["tests", "tests.*", "docs"]),
    install_requires=requirements,
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
        "Operating System :: OS Independent",
    ],
)
