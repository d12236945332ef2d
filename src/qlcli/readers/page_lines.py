"""A line of a page with its position and font sizes: what the PDF reader draws from the text
layer and the OCR reader from tesseract's words, so layout is judged the same for both."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    page: int
    chars: list[str] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)  # font size of each char (0 for spaces)
    x0: float = 1e9
    x1: float = -1e9
    y: float = 0.0
    size: float = 0.0
    table: list | None = None  # rows of cells when this "line" stands for a table

    @property
    def text(self) -> str:
        return "".join(self.chars).strip()
