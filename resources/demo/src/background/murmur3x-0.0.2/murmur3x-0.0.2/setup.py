import os
import platform
import sys
import sysconfig

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

if platform.machine().lower() in ("x86_64", "amd64"):
    define_macros.append(("HAVE_SSE42", "1"))

if sysconfig.get_config_var("Py_GIL_DISABLED"):
    define_macros.append(("Py_LIMITED_API_DISABLED", "1"))


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
        if os.environ.get("MURMUR3X_DEBUG"):
            opts.append("-g")
        for ext in self.extensions:
            ext.extra_compile_args = ext.extra_compile_args + opts
        build_ext.build_extensions(self)


ext_modules = [
    Extension(
        "murmur3x._murmur",
        sources=["src/murmur.c", "src/module.c"],
        include_dirs=["src"],
        define_macros=define_macros,
        extra_compile_args=extra_compile_args,
        extra_link_args=extra_link_args,
    )
]

setup(
    name="murmur3x",
    version="0.0.2",
    description="MurmurHash3 bindings",
    author="Per Lund",
    author_email="per@example.com",
    url="https://example.com/murmur3x",
    license="BSD",
    packages=["murmur3x"],
    ext_modules=ext_modules,
    cmdclass={"build_ext": BuildExt},
    python_requires=">=3.7",
    zip_safe=False,
)
