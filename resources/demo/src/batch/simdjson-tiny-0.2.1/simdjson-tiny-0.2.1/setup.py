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
        if os.environ.get("SIMDJSON_TINY_DEBUG"):
            opts.append("-g")
        for ext in self.extensions:
            ext.extra_compile_args = ext.extra_compile_args + opts
        build_ext.build_extensions(self)


ext_modules = [
    Extension(
        "simdjson_tiny._json",
        sources=["src/json.c", "src/module.c"],
        include_dirs=["src"],
        define_macros=define_macros,
        extra_compile_args=extra_compile_args,
        extra_link_args=extra_link_args,
    ),
    Extension(
        "simdjson_tiny._speedups",
        sources=["src/speedups.c"],
        define_macros=define_macros,
        extra_compile_args=extra_compile_args,
    ),
]

setup(
    name="simdjson-tiny",
    version="0.2.1",
    description="Fast JSON parsing",
    author="Hugo Lenz",
    author_email="hugo@example.com",
    url="https://example.com/simdjson-tiny",
    license="BSD",
    packages=["simdjson_tiny"],
    ext_modules=ext_modules,
    cmdclass={"build_ext": BuildExt},
    python_requires=">=3.7",
    zip_safe=False,
)
