import os
from dataclasses import dataclass

DEBUG = os.environ.get("METRICSD_DEBUG", "").lower() in ("1", "true", "yes")


@dataclass
class Config:
    host: str = "127.0.0.1"
    port: int = 8125
    prefix: str = ""
    sample_rate: float = 1.0

    @classmethod
    def from_env(cls):
        return cls(
            host=os.environ.get("METRICSD_HOST", cls.host),
            port=int(os.environ.get("METRICSD_PORT", cls.port)),
            prefix=os.environ.get("METRICSD_PREFIX", cls.prefix),
            sample_rate=float(os.environ.get("METRICSD_SAMPLE_RATE", cls.sample_rate)),
        )
