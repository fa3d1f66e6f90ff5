import sys

import numpy
from Cython.Build import cythonize
from setuptools import Extension, setup

compile_args = ["/O2"] if sys.platform == "win32" else ["-O3", "-ffast-math"]

extensions = [
    Extension(
        "cyfastmath._core",
        ["cyfastmath/_core.pyx"],
        include_dirs=[numpy.get_include()],
        extra_compile_args=compile_args,
        define_macros=[("NPY_NO_DEPRECATED_API", "NPY_1_7_API_VERSION")],
    )
]

setup(
    name="cyfastmath",
    version="0.3.0",
    description="Vectorised special functions written in Cython",
    author="Sami Virtanen",
    author_email="sami@example.com",
    url="https://example.com/cyfastmath",
    packages=["cyfastmath"],
    ext_modules=cythonize(extensions, compiler_directives={"language_level": 3, "boundscheck": False}),
    install_requires=["numpy>=1.21"],
    zip_safe=False,
)
