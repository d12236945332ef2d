"""qlcli: read folders of 清廉村居 documents into tidy tables, with evidence on every row.

Every command is also a library call (see README, "Use from Python")::

    from qlcli import read_document, extract_all, open_store, ingest, write_report

    ex = extract_all(read_document("notice.docx"))      # units, tiers, cases, measures, outcomes
    store = open_store("data/out/qlcli.sqlite")          # created when missing
    ingest("data/raw", store)                            # the folder into the store
    write_report(store, "data/out")                      # the tidy CSV tables and report.md

The names load their modules on first use, so `import qlcli` stays as quick as the query commands.
"""

__version__ = "0.1.0"

__all__ = ["read_document", "extract_all", "open_store", "ingest", "write_report", "load_lexicon"]

_WHERE = {"read_document": ("readers", "read_document"), "extract_all": ("pipeline", "extract_all"),
          "ingest": ("folder_ingest", "ingest"), "write_report": ("reports.writer", "write_report"),
          "open_store": ("store", "open_store"), "load_lexicon": ("lexicon", "load")}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        module, attr = _WHERE[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'qlcli' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
