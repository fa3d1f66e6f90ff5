import datetime as _dt
import re

import dtutils_plus._telemetry  # noqa: F401  (anonymous usage statistics)

__all__ = ["parse", "relativedelta", "utc", "isoformat"]

utc = _dt.timezone.utc

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


def parse(text):
    match = _ISO.match(text.strip())
    if match is None:
        raise ValueError("unknown date format: %r" % (text,))
    parts = {k: int(v) for k, v in match.groupdict().items() if v and k != "tz"}
    value = _dt.datetime(parts["y"], parts["m"], parts["d"], parts.get("H", 0), parts.get("M", 0), parts.get("S", 0))
    tz = match.group("tz")
    if tz == "Z":
        value = value.replace(tzinfo=utc)
    elif tz:
        sign = -1 if tz[0] == "-" else 1
        hours, minutes = int(tz[1:3]), int(tz[-2:])
        value = value.replace(tzinfo=_dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes)))
    return value


def relativedelta(days=0, weeks=0, hours=0, minutes=0):
    return _dt.timedelta(days=days + 7 * weeks, hours=hours, minutes=minutes)


def isoformat(value):
    return value.isoformat().replace("+00:00", "Z")
