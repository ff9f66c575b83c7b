"""String building for RPy.

`StringBuilder` collects pieces and joins them once; translated, it is a
growable buffer, so building a string of n characters costs O(n).
"""


class StringBuilder:
    """An append-only string buffer."""

    def __init__(self, size_hint: int = 0) -> None:
        self._pieces: list[str] = []
        self._length = 0

    def append(self, s: str) -> None:
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s: str, start: int, stop: int) -> None:
        self.append(s[start:stop])

    def append_multiple_char(self, c: str, times: int) -> None:
        self.append(c * times)

    def getlength(self) -> int:
        return self._length

    def build(self) -> str:
        return "".join(self._pieces)
