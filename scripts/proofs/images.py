"""Images for the upload proofs: a real JPEG (Pillow when installed, else a tiny one kept here),
one cut short, and headers that claim more than 40 megapixels with a few bytes behind them."""

import base64
import os
import struct
import zlib

try:
    from PIL import Image
except ImportError:
    Image = None

# A 16 x 16 baseline JPEG, for machines without Pillow.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8t"
    "MC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAAR"
    "CAAQABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEG"
    "E1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG"
    "h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
    "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk"
    "NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0"
    "tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCzRRRXhH0p/9k=")

HUGE = (8000, 6000)  # 48 megapixels, over the 40 the server allows


def jpeg(width=640, height=480) -> bytes:
    """A valid JPEG: noise, so it does not compress to nothing and a cut really loses scans."""
    if Image is None:
        return TINY_JPEG
    import io
    picture = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def truncated_jpeg() -> bytes:
    whole = jpeg()
    return whole[: len(whole) * 6 // 10]


def jpeg_claiming_huge() -> bytes:
    """The tiny JPEG with its frame header (SOF0) saying 8000 x 6000."""
    data = bytearray(TINY_JPEG)
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, HUGE[1], HUGE[0])  # marker, length (2), precision (1)
    return bytes(data)


def png_claiming_huge() -> bytes:
    """A PNG whose IHDR says 8000 x 6000 (valid CRCs), with one short IDAT behind it."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", HUGE[0], HUGE[1], 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
            + chunk(b"IEND", b""))
