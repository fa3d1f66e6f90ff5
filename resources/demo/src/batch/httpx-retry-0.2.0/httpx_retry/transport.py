import time

import httpx


class RetryTransport(httpx.HTTPTransport):
    def __init__(self, retries=3, backoff=0.5, **kwargs):
        super().__init__(**kwargs)
        self.retries, self.backoff = retries, backoff

    def handle_request(self, request):
        for attempt in range(self.retries):
            try:
                return super().handle_request(request)
            except httpx.TransportError:
                time.sleep(self.backoff * 2 ** attempt)
        return super().handle_request(request)
