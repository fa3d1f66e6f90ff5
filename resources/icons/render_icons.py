#!/usr/bin/env python3
"""Render the SVG icons to PNG (for Qt builds without the QtSvg icon plugin, and for packaging).

    resources/icons/render_icons.py

Uses the system librsvg and cairo through ctypes (Debian: librsvg2-2, libcairo2); no Python packages needed.
Toolbar icons: <name>.png at 24 px and <name>@2x.png at 48 px (Qt picks @2x on high-DPI screens).
Application icon: mphunter-<size>.png at 16, 32, 48, 64, 128, 256 px.
"""
import ctypes
import os

rsvg = ctypes.CDLL("librsvg-2.so.2")
cairo = ctypes.CDLL("libcairo.so.2")
rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
cairo.cairo_image_surface_create.restype = ctypes.c_void_p
cairo.cairo_create.restype = ctypes.c_void_p
cairo.cairo_create.argtypes = [ctypes.c_void_p]
cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
rsvg.g_object_unref = ctypes.CDLL("libgobject-2.0.so.0").g_object_unref
rsvg.g_object_unref.argtypes = [ctypes.c_void_p]


class Rect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double), ("width", ctypes.c_double),
                ("height", ctypes.c_double)]


rsvg.rsvg_handle_render_document.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(Rect),
                                             ctypes.c_void_p]

TOOLBAR = ["document-open", "run", "cancel", "outlier-previous", "outlier-next", "document-save"]
APP_SIZES = [16, 32, 48, 64, 128, 256]


def render(svg, png, size):
    handle = rsvg.rsvg_handle_new_from_file(svg.encode(), None)
    if not handle:
        raise SystemExit("cannot parse " + svg)
    surface = cairo.cairo_image_surface_create(0, size, size)  # CAIRO_FORMAT_ARGB32
    cr = cairo.cairo_create(surface)
    if not rsvg.rsvg_handle_render_document(handle, cr, ctypes.byref(Rect(0, 0, size, size)), None):
        raise SystemExit("cannot render " + svg)
    cairo.cairo_surface_write_to_png(surface, png.encode())
    cairo.cairo_destroy(cr)
    cairo.cairo_surface_destroy(surface)
    rsvg.g_object_unref(handle)


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for name in TOOLBAR:
        render(name + ".svg", name + ".png", 24)
        render(name + ".svg", name + "@2x.png", 48)
    for size in APP_SIZES:
        render("mphunter.svg", "mphunter-%d.png" % size, size)
