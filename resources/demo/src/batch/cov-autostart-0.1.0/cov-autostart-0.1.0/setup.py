import os
import sys
from distutils.command.build import build

from setuptools import setup
from setuptools.command.develop import develop

PTH = "cov_autostart.pth"


class BuildWithPth(build):
    """Ship the .pth file that starts coverage in subprocesses."""

    def run(self):
        build.run(self)
        self.copy_file(PTH, os.path.join(self.build_lib, PTH))


class DevelopWithPth(develop):
    def run(self):
        develop.run(self)
        self.copy_file(PTH, os.path.join(self.install_dir, PTH))


setup(
    name="cov-autostart",
    version="0.1.0",
    description="Measure coverage in subprocesses started by the test suite",
    author="Vik Olsen",
    author_email="vik@example.com",
    packages=["cov_autostart"],
    install_requires=["coverage>=6"],
    cmdclass={"build": BuildWithPth, "develop": DevelopWithPth},
    python_requires=">=3.7" if sys.version_info[0] > 2 else None,
)
