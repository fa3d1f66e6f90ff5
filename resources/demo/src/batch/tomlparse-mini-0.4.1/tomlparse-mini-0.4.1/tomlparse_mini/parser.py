import ast
import re

_KEY = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*=\s*(.+?)\s*$")
_TABLE = re.compile(r"^\s*\[([A-Za-z0-9_.-]+)\]\s*$")


def loads(text):
    root = table = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if not line.strip():
            continue
        header = _TABLE.match(line)
        if header:
            table = root
            for part in header.group(1).split("."):
                table = table.setdefault(part, {})
            continue
        pair = _KEY.match(line)
        if pair is None:
            raise ValueError("cannot parse line: %r" % (line,))
        raw = pair.group(2)
        value = {"true": True, "false": False}.get(raw)
        table[pair.group(1)] = ast.literal_eval(raw) if value is None else value
    return root


def load(fp):
    return loads(fp.read())
