import os

from setuptools import find_packages, setup


def read_requirements(filename):
    path = os.path.join(os.path.dirname(__file__), filename)
    with open(path) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


setup(
    name="reqs-from-file",
    version="1.0.0",
    description="Report generator for nightly builds",
    author="Tea Kovac",
    author_email="tea@example.com",
    packages=find_packages(),
    install_requires=read_requirements("requirements.txt"),
    extras_require={"test": read_requirements("requirements-test.txt")},
    entry_points={"console_scripts": ["nightly-report = reqs_from_file.cli:main"]},
)
