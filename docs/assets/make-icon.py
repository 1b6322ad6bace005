#!/usr/bin/env python3
"""Writes docs/assets/icon.png (128x128 RGBA) with the standard library only: three rising bars
on a rounded blue tile, the package icon of Pmo.Core and pmo. Run: python3 docs/assets/make-icon.py"""
import os
import struct
import zlib

SIZE = 128
BG = (0, 0, 0, 0)
TILE = (31, 78, 121, 255)
BARS = [(245, 166, 35, 255), (126, 211, 33, 255), (255, 255, 255, 255)]


def inside_rounded(x, y, r=22):
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y):
    if not inside_rounded(x, y):
        return BG
    base = 104  # bar baseline (y grows downwards)
    for i, (x0, h) in enumerate([(22, 34), (53, 56), (84, 78)]):
        if x0 <= x < x0 + 22 and base - h <= y < base:
            return BARS[i]
    if base <= y < base + 4 and 16 <= x < SIZE - 16:
        return (255, 255, 255, 255)
    return TILE


def chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
with open(out, "wb") as f:
    f.write(png)
print(f"{out}: {len(png)} bytes")
