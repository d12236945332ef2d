"""reader → Document → extractors → Extraction: everything `ingest` does to one file."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from . import __version__
from .extract.cases import extract_cases
from .extract.measures import extract_measures, formula_mentions
from .extract.mentions import written_forms
from .extract.meta import extract_meta
from .extract.outcomes import extract_outcomes
from .extract.area_names import full_region
from .extract.plausible_names import plausible_units
from .extract.tiers import extract_tiers
from .extract.unit_places import fit_units, resolve_tiers, resolve_units
from .extract.units import extract_units
from .lexicon import Lexicon
from .model import Document, Extraction
from .segment import document_words


# the folders whose code decides what is extracted (the report side is not among them)
CODE_FOLDERS = ("", "readers", "extract", "extract/measures")


@lru_cache(maxsize=1)
def _code_hash() -> str:
    """Changes whenever qlcli's code changes, so an upgrade re-extracts stored documents."""
    digest = hashlib.sha256()
    root = resources.files("qlcli")
    for sub in CODE_FOLDERS:  # the gazetteer's data changes the hash via its code's cache key
        folder = root.joinpath(*sub.split("/")) if sub else root
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".py"):
                digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


def fingerprint(lex: Lexicon) -> str:
    return f"{__version__}:{_code_hash()}:{lex.fingerprint}"


def extract_all(doc: Document, lex: Lexicon | None = None) -> Extraction:
    """Everything qlcli finds in one read document: its metadata (kind, title, number, issuers,
    date, region), units with their gazetteer codes, award rows, cases, measures and outcomes,
    each row with its sentence and offsets. `lex` defaults to the package's word lists."""
    if lex is None:
        from .lexicon import load

        lex = load()
    meta = extract_meta(doc, lex)
    units = fit_units(extract_units(doc, lex, meta), doc, lex)
    units = plausible_units(units, lex)
    with document_words(lex, written_forms(units)):  # segmentation keeps 木耳镇金刚村 whole
        cases = extract_cases(doc, meta, units, lex)
        if cases and meta.doc_type == "other":
            meta.doc_type = "case_collection"
        tiers, tier_warnings = extract_tiers(doc, meta, units, lex)
        measures, measure_warnings = extract_measures(doc, meta, units, cases, lex)
        mentions = formula_mentions(doc, meta, units, cases, lex, {(m.case_id, m.family) for m in measures})
        outcomes = extract_outcomes(doc, meta, units, cases, lex)
    # last, so that the chains the gazetteer completes never change what the text itself says
    place_warnings = resolve_units(units, meta.region, doc.text, lex)
    resolve_tiers(tiers, units, lex)
    meta.region_full = full_region(meta.region, units, lex)
    return Extraction(meta=meta, units=units, tiers=tiers, cases=cases, measures=measures, mentions=mentions, outcomes=outcomes,
                      warnings=tier_warnings + measure_warnings + place_warnings)
