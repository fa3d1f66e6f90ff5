#!/usr/bin/env python
# -------------------------------------------------------------------------
# Copyright (c) Nimbus Cloud contributors. All rights reserved.
# Licensed under the Apache License, Version 2.0.
# -------------------------------------------------------------------------
import os
import re
from io import open

from setuptools import find_packages, setup

PACKAGE_NAME = "nimbus-sdk-auth"
VERSION_RE = re.compile(r'^__version__\s*=\s*[\'"]([^\'"]*)[\'"]', re.MULTILINE)
PACKAGE_PPRINT_NAME = "Auth Tokens"

# a-b-c => a_b_c
package_folder_path = PACKAGE_NAME.replace("nimbus-sdk-", "nimbus_").replace("-", "_")

with open(os.path.join(package_folder_path, "__init__.py"), "r") as fd:
    version = VERSION_RE.search(fd.read()).group(1)

with open("README.md", encoding="utf-8") as f:
    readme = f.read()

setup(
    name=PACKAGE_NAME,
    version=version,
    description="Nimbus Cloud {} Client Library for Python".format(PACKAGE_PPRINT_NAME),
    long_description=readme,
    long_description_content_type="text/markdown",
    license="Apache License 2.0",
    author="Nimbus Cloud SDK team",
    author_email="sdk@example.com",
    url="https://example.com/nimbus-sdk-for-python",
    keywords="nimbus, cloud, sdk, auth",
    classifiers=[
        "Development Status :: 5 - Production/Stable",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.8",
        "Programming Language :: Python :: 3.9",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.11",
        "License :: OSI Approved :: Apache Software License",
    ],
    zip_safe=False,
    packages=find_packages(
        exclude=[
            "tests",
            "samples",
        ]
    ),
    include_package_data=True,
    package_data={
        "pytyped": ["py.typed"],
    },
    install_requires=[
        "nimbus-core>=1.4.0,<2.0.0",
        "isodate>=0.6.1",
        "typing-extensions>=4.3.0",
    ],
    python_requires=">=3.8",
)
