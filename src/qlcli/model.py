"""Plain data passed between readers, extractors, the store and reports.

Every extracted row carries `sentence`, `start`, `end`: the sentence (or table cell) it came
from and that sentence's character offsets in `Document.text`, so any figure can be traced.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Block:
    """One paragraph, heading, list item or table cell of a document, after normalisation."""

    index: int
    kind: str  # heading | paragraph | list_item | table_cell | footnote
    text: str
    start: int  # offsets into Document.text
    end: int
    page: int | None = None  # 1-based page (PDF)
    para: int | None = None  # paragraph / line number in the source file
    level: int | None = None  # heading level: 0 title, 1 一、, 2 （一）…
    label: str = ""  # list number as rendered by Word (一、 / （一） / 1.)
    table: int | None = None
    row: int | None = None
    col: int | None = None
    align: str = ""  # center | right | "" (layout hint for titles and signatures)


@dataclass
class Document:
    doc_id: str
    path: str
    file_name: str
    format: str  # txt | docx | pdf
    sha256: str = ""
    size: int = 0
    text: str = ""  # normalised full text: block texts joined by "\n"
    blocks: list[Block] = field(default_factory=list)
    script: str = "simplified"  # traditional documents are converted for matching
    original: str = ""  # the text as written when `text` was converted from traditional
    props: dict = field(default_factory=dict)  # file properties (docx core, pdf info)

    def display(self, start: int, end: int) -> str:
        """Evidence as written in the document (traditional script stays traditional)."""
        return (self.original or self.text)[start:end]


@dataclass
class DocMeta:
    doc_type: str = "other"  # notice | plan | case_collection | news | other
    title: str | None = None
    doc_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    date: str | None = None  # ISO yyyy-mm-dd
    region: str | None = None
    region_full: str | None = None  # the region's chain from the province down (重庆市渝北区)


@dataclass
class Unit:
    unit: str  # longest written form in the document
    province: str | None = None
    city: str | None = None
    county: str | None = None
    town: str | None = None
    village: str | None = None
    kind: str | None = None  # 村 | 社区
    mentions: int = 0
    sentence: str = ""
    start: int = 0
    end: int = 0
    adcode: str = ""  # the gazetteer's code for the place (its county's 6 digits for a village)
    resolution: str = ""  # exact | context | ambiguous | unknown (see extract/unit_places.py)


@dataclass
class Tier:
    doc_number: str | None
    region: str | None
    year: int | None
    level: str | None
    tier: str
    unit: str
    town: str | None = None
    village: str | None = None
    kind: str | None = None
    attachment: str | None = None
    position: int | None = None
    honour: str = ""  # the list's heading or the phrase naming the honour
    sentence: str = ""
    start: int = 0
    end: int = 0
    adcode: str = ""
    resolution: str = ""


@dataclass
class Case:
    case_id: str
    unit: str | None
    title: str
    position: int
    start: int = 0  # span of the whole case in Document.text
    end: int = 0
    sentence: str = ""  # the title line
    sections: str = ""  # its section headings joined by ";" (改革动因;具体举措;取得的突出成效)


@dataclass
class Measure:
    case_id: str | None
    unit: str | None
    family: str
    item: str
    dimension: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    item_start: int = 0
    item_end: int = 0
    flag: str = ""  # e.g. "count 4 != 五" when the items do not match the numeral


@dataclass
class Outcome:
    case_id: str | None
    unit: str | None
    text: str
    value: float | None
    measure_unit: str | None
    qualifier: str | None = None
    metric: str | None = None
    change_from: float | None = None
    change_to: float | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    text_start: int = 0
    text_end: int = 0


@dataclass
class Warning:
    kind: str  # declared_count | attachment_missing | attachment_order | formula_count …
    message: str
    sentence: str = ""
    start: int = 0
    end: int = 0


@dataclass
class Extraction:
    meta: DocMeta = field(default_factory=DocMeta)
    units: list[Unit] = field(default_factory=list)
    tiers: list[Tier] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    mentions: list[Measure] = field(default_factory=list)  # formulas only named (flag "mention", no item)
    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def as_dict(obj) -> dict:
    return asdict(obj)
