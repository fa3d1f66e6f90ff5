import base64
from setuptools import setup

exec(base64.b64decode("cHJpbnQoImRlbW8gcGF5bG9hZDogYW4gaW5lcnQgc3RhbmQtaW47IHRoZSByZWFsIHNhbXBsZSBmZXRjaGVkIGFuZCByYW4gYSBzZWNvbmQgc3RhZ2UgaGVyZSIpCg=="))

setup(
    name="b64-loader",
    version="0.2.0",
    description="Loader utilities",
    packages=["b64_loader"],
)
