import glob
import os
import shutil
import subprocess

from setuptools import Command, find_packages, setup
from setuptools.command.build_py import build_py

NAME = "batchrename"
PACKAGE = "batchrename"


class CleanCommand(Command):
    """Remove build artefacts and compiled files."""

    description = "remove build, dist and egg-info directories"
    user_options = []

    def initialize_options(self):
        pass

    def finalize_options(self):
        pass

    def run(self):
        for path in ["build", "dist", ".eggs"] + glob.glob("*.egg-info"):
            if os.path.isdir(path):
                print("removing %s" % path)
                shutil.rmtree(path)
        for pyc in glob.glob(os.path.join(PACKAGE, "**", "*.pyc"), recursive=True):
            os.remove(pyc)


setup(
    name=NAME,
    version="1.0.0",
    description="Rename files with patterns",
    author="Quin Tran",
    author_email="quin@example.com",
    url="https://example.com/batchrename",
    license="GPLv3+",
    packages=find_packages(exclude=["tests"]),
    include_package_data=True,
    package_data={PACKAGE: ["locale/*/LC_MESSAGES/*.mo", "data/*.ui"]},
    cmdclass={"clean": CleanCommand},
    install_requires=[],
)
