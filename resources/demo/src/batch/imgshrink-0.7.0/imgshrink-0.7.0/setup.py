import glob
import os
import shutil
import subprocess

from setuptools import Command, find_packages, setup
from setuptools.command.build_py import build_py

NAME = "imgshrink"
PACKAGE = "imgshrink"


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
    version="0.7.0",
    description="Shrink images for the web",
    author="Jon Aalto",
    author_email="jon@example.com",
    url="https://example.com/imgshrink",
    license="GPLv3+",
    packages=find_packages(exclude=["tests"]),
    include_package_data=True,
    package_data={PACKAGE: ["locale/*/LC_MESSAGES/*.mo", "data/*.ui"]},
    cmdclass={"clean": CleanCommand},
    install_requires=['Pillow'],
)
