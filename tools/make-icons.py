#!/usr/bin/env python3
"""Make the app's icons (public/icons/icon-192.png and icon-512.png) with no
image library: NHS blue, a white calendar page with a grid of days, one day
ticked. Run again only to change the design; the PNGs are committed."""
import struct
import zlib
from pathlib import Path

BLUE = (0x00, 0x5E, 0xB8)
WHITE = (0xFF, 0xFF, 0xFF)
GREEN = (0x00, 0x7F, 0x3B)


def pixel(x, y, n):
    """The colour at (x, y) of an n-by-n icon, in fractions of the side."""
    u, v = x / n, y / n
    # A white page in the middle (kept inside the maskable safe zone).
    if 0.24 <= u <= 0.76 and 0.26 <= v <= 0.74:
        # Its top band: the calendar's header, in blue.
        if v < 0.36:
            return BLUE
        # A 4 x 3 grid of days, thin blue lines between them.
        gu, gv = (u - 0.24) / 0.52 * 4, (v - 0.36) / 0.38 * 3
        if min(gu % 1, 1 - gu % 1) < 0.05 or min(gv % 1, 1 - gv % 1) < 0.06:
            return BLUE
        # One day ticked (third column, second row).
        if 2 <= gu < 3 and 1 <= gv < 2:
            return GREEN
        return WHITE
    return BLUE


def png(n):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y, n)) for x in range(n)) for y in range(n)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", n, n, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


out = Path(__file__).resolve().parent.parent / "public" / "icons"
out.mkdir(parents=True, exist_ok=True)
for size in (192, 512):
    (out / f"icon-{size}.png").write_bytes(png(size))
    print(f"wrote {out / f'icon-{size}.png'}")
