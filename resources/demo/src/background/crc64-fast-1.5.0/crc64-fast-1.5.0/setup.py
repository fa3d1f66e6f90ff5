import glob
import os
import platform
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

extra_compile_args = []
extra_link_args = []
define_macros = [("PY_SSIZE_T_CLEAN", None)]

if sys.platform == "win32":
    extra_compile_args += ["/O2", "/W3"]
elif sys.platform == "darwin":
    extra_compile_args += ["-O3", "-Wall", "-mmacosx-version-min=10.9"]
    extra_link_args += ["-mmacosx-version-min=10.9"]
else:
    extra_compile_args += ["-O3", "-Wall", "-std=c99"]


class BuildExt(build_ext):
    """Add flags that depend on the compiler actually used."""

    c_opts = {
        "msvc": ["/EHsc"],
        "unix": ["-fvisibility=hidden"],
    }

    def build_extensions(self):
        ctype = self.compiler.compiler_type
        opts = list(self.c_opts.get(ctype, []))
        if ctype == "unix" and platform.system() == "Darwin":
            opts.append("-stdlib=libc++")
        if os.environ.get("CRC64_FAST_DEBUG"):
            opts.append("-g")
        for ext in self.extensions:
            ext.extra_compile_args = ext.extra_compile_args + opts
        build_ext.build_extensions(self)


ext_modules = [
    Extension(
        "crc64_fast._crc64",
        sources=sorted(glob.glob("src/*.c")),
        include_dirs=["src"],
        define_macros=define_macros,
        extra_compile_args=extra_compile_args,
        extra_link_args=extra_link_args,
    )
]

setup(
    name="crc64-fast",
    version="1.5.0",
    description="CRC-64 checksums",
    author="Gus Moreau",
    author_email="gus@example.com",
    url="https://example.com/crc64-fast",
    license="BSD",
    packages=["crc64_fast"],
    ext_modules=ext_modules,
    cmdclass={"build_ext": BuildExt},
    python_requires=">=3.7",
    zip_safe=False,
)
