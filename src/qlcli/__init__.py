"""qlcli: read folders of 清廉村居 documents into tidy tables, with evidence on every row."""

__version__ = "0.1.0"
