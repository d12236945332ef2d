"""The report side: what leaves the store for people and other programs.

tables.py (the tidy table contract and its rows) · selection.py (what a report covers: --year,
--region) · profiles.py (units joined across documents by adcode) · writer.py (`write_report`:
CSV with BOM, xlsx, report.md, charts) · markdown.py (report.md) · charts.py · xlsx.py ·
output.py (atomic writes, CSV/Markdown/JSON rendering, safe cells).

Nothing here is imported until used, so a query command that only needs tables.py stays fast.
"""


def __getattr__(name: str):
    if name == "write_report":
        from .writer import write_report

        return write_report
    raise AttributeError(name)
