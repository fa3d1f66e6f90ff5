#!/usr/bin/env python3
"""Write a zip whose entries are encrypted with traditional PKWARE encryption ("ZipCrypto"), reproducibly.

Public malware datasets ship samples in such zips with the password `infected`. `zip -P` makes the same format but
seeds its 12-byte encryption headers from the clock, so two runs never give the same bytes. Here the header bytes
are derived from the password and the entry name instead; everything else (timestamps, modes, order) is fixed too.

usage: zipcrypto.py OUT.zip PASSWORD BASEDIR   -- stores every file under BASEDIR, paths relative to it, sorted
"""
import hashlib
import os
import struct
import sys
import zlib

DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1  # 2024-01-01
DOS_TIME = 0                                     # 00:00:00
CRC_TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    CRC_TABLE.append(c)


class Cipher:
    def __init__(self, password: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self._update(b)

    def _update(self, b):
        self.k0 = (self.k0 >> 8) ^ CRC_TABLE[(self.k0 ^ b) & 0xFF]
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = (self.k2 >> 8) ^ CRC_TABLE[(self.k2 ^ (self.k1 >> 24)) & 0xFF]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def main(out_path, password, base):
    names = []
    for root, _dirs, files in os.walk(base):
        for f in files:
            names.append(os.path.relpath(os.path.join(root, f), base).replace(os.sep, "/"))
    names.sort()
    blob, central = bytearray(), bytearray()
    for name in names:
        with open(os.path.join(base, name), "rb") as fh:
            data = fh.read()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = packer.compress(data) + packer.flush()
        header = hashlib.sha256(password + b"\0" + name.encode()).digest()[:11] + bytes([crc >> 24])
        cipher = Cipher(password)
        payload = cipher.encrypt(header) + cipher.encrypt(packed)
        fname = name.encode("utf-8")
        offset = len(blob)
        blob += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 8, DOS_TIME, DOS_DATE, crc, len(payload),
                            len(data), len(fname), 0) + fname + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, 0x0001, 8, DOS_TIME, DOS_DATE,
                               crc, len(payload), len(data), len(fname), 0, 0, 0, 0, 0o100644 << 16,
                               offset) + fname
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(central), len(blob), 0)
    with open(out_path, "wb") as fh:
        fh.write(bytes(blob) + bytes(central) + end)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2].encode(), sys.argv[3])
