"""Utilities for writing code that runs on Python 2 and 3 (a small subset of six)."""

from __future__ import absolute_import

import functools
import operator
import sys
import types

__version__ = "1.2.0"

PY2 = sys.version_info[0] == 2
PY3 = sys.version_info[0] == 3

if PY3:
    string_types = (str,)
    integer_types = (int,)
    class_types = (type,)
    text_type = str
    binary_type = bytes
    MAXSIZE = sys.maxsize
else:
    string_types = (basestring,)  # noqa: F821
    integer_types = (int, long)  # noqa: F821
    class_types = (type, types.ClassType)
    text_type = unicode  # noqa: F821
    binary_type = str
    MAXSIZE = int((1 << 63) - 1)

if PY3:
    import builtins

    exec_ = getattr(builtins, "exec")
    iteritems = operator.methodcaller("items")
    itervalues = operator.methodcaller("values")
else:
    iteritems = operator.methodcaller("iteritems")
    itervalues = operator.methodcaller("itervalues")


def ensure_str(s, encoding="utf-8", errors="strict"):
    if isinstance(s, text_type) and PY2:
        return s.encode(encoding, errors)
    if isinstance(s, binary_type) and PY3:
        return s.decode(encoding, errors)
    return s


def ensure_binary(s, encoding="utf-8", errors="strict"):
    if isinstance(s, text_type):
        return s.encode(encoding, errors)
    return s


def with_metaclass(meta, *bases):
    """Create a base class with a metaclass."""

    class metaclass(type):
        def __new__(cls, name, this_bases, d):
            return meta(name, bases, d)

    return type.__new__(metaclass, "temporary_class", (), {})


def add_metaclass(metaclass):
    """Class decorator for creating a class with a metaclass."""

    def wrapper(cls):
        orig_vars = cls.__dict__.copy()
        orig_vars.pop("__dict__", None)
        orig_vars.pop("__weakref__", None)
        return metaclass(cls.__name__, cls.__bases__, orig_vars)

    return wrapper


def wraps(wrapped, assigned=functools.WRAPPER_ASSIGNMENTS, updated=functools.WRAPPER_UPDATES):
    return functools.wraps(wrapped, assigned, updated)
