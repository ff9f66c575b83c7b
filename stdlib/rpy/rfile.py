"""Whole-file reads on raw file descriptors (os.open/os.read), the way RPy
programs read files: no buffered file objects. What it must keep true: the
result is every byte of the file, and errors surface as OSError."""

import os


def read_bytes(path: str) -> bytes:
    """All bytes of the file at path (OSError when it cannot be opened)."""
    fd = os.open(path, os.O_RDONLY, 0)
    chunks: list[bytes] = []
    while True:
        data = os.read(fd, 65536)
        if len(data) == 0:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks)
