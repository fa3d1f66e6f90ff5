import functools
import re


def expand_braces(pattern):
    match = re.search(r"\{([^{}]*)\}", pattern)
    if match is None:
        return [pattern]
    head, tail = pattern[:match.start()], pattern[match.end():]
    return [e for alt in match.group(1).split(",") for e in expand_braces(head + alt + tail)]


def translate(pattern):
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "(?s:%s)\\Z" % "".join(out)


@functools.lru_cache(maxsize=256)
def _compiled(pattern):
    return [re.compile(translate(p)) for p in expand_braces(pattern)]


def match(path, pattern):
    return any(r.match(path) for r in _compiled(pattern))
