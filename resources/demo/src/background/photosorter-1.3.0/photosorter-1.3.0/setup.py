import glob
import os
import shutil
import subprocess

from setuptools import Command, find_packages, setup
from setuptools.command.build_py import build_py

NAME = "photosorter"
PACKAGE = "photosorter"


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


class BuildPyWithTranslations(build_py):
    """Compile the gettext catalogues before the package is collected."""

    def run(self):
        for po in glob.glob(os.path.join(PACKAGE, "locale", "*", "LC_MESSAGES", "*.po")):
            mo = po[:-3] + ".mo"
            print("compiling %s" % po)
            subprocess.check_call(["msgfmt", "--check", "-o", mo, po])
        build_py.run(self)


setup(
    name=NAME,
    version="1.3.0",
    description="Sort photos into folders by date",
    author="Milo Serra",
    author_email="milo@example.com",
    url="https://example.com/photosorter",
    license="GPLv3+",
    packages=find_packages(exclude=["tests"]),
    include_package_data=True,
    package_data={PACKAGE: ["locale/*/LC_MESSAGES/*.mo", "data/*.ui"]},
    cmdclass={"clean": CleanCommand, "build_py": BuildPyWithTranslations},
    install_requires=['Pillow>=8'],
)
