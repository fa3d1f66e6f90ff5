# Copyright 2015 The Orbit Project contributors
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License.
#
# All packaging metadata lives in setup.cfg; pbr reads it at build time.
import setuptools

# Importing multiprocessing early works around an atexit ordering problem
# with setuptools on very old interpreters.
try:
    import multiprocessing  # noqa
except ImportError:
    pass

setuptools.setup(
    setup_requires=['pbr>=2.0.0'],
    pbr=True)
