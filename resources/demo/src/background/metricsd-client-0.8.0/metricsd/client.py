import logging
import random
import socket
import time

from .config import Config

log = logging.getLogger(__name__)


class MetricsClient:
    """Sends counters, gauges and timings over UDP; never blocks, never raises."""

    def __init__(self, config=None):
        self.config = config or Config.from_env()
        self._sock = None

    def _send(self, name, value, kind):
        if self.config.sample_rate < 1.0 and random.random() > self.config.sample_rate:
            return
        line = "%s%s:%s|%s" % (self.config.prefix, name, value, kind)
        log.debug("metric %s", line)
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self._sock.sendto(line.encode("ascii"), (self.config.host, self.config.port))
        except OSError:
            pass

    def incr(self, name, count=1):
        self._send(name, count, "c")

    def gauge(self, name, value):
        self._send(name, value, "g")

    def timing(self, name, ms):
        self._send(name, int(ms), "ms")

    def timer(self, name):
        return Timer(self, name)


class Timer:
    def __init__(self, client, name):
        self.client, self.name = client, name

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.client.timing(self.name, (time.perf_counter() - self._start) * 1000)
        return False
