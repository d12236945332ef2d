"""The command line: each command parses options and calls one plain function of the package.

Exit codes: 0 success; 1 some files could not be read (ingest) or nothing matched;
2 usage errors (bad option, missing folder, no store yet).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import config

DEFAULT_STORE = Path(config.DEFAULT_STORE)
DEFAULT_OUT = Path(config.DEFAULT_OUT)

app = typer.Typer(
    help="qlcli — read folders of 清廉村居 notices, plans, cases and news (.docx/.pdf/.txt) into tidy "
         "tables: units, award tiers, 五廉/三治 measures and quantitative outcomes, each row with the "
         "sentence it came from.\n\nStart with: qlcli ingest data/raw   then: qlcli report",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]})

StoreOpt = Annotated[Path, typer.Option("--store", help="SQLite store file.", show_default=True)]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="Output: table | csv | json | md.")]
LexOpt = Annotated[Optional[list[Path]], typer.Option(
    "--lexicon", metavar="FILE", help="Extra TOML lexicon (units, tiers, measures, quantities … words); repeatable.")]
DocOpt = Annotated[Optional[str], typer.Option("--doc", help="Only this document (doc_id, file name or prefix).")]


def _fail(msg: str, code: int = 2) -> None:
    from .reports.output import term_safe

    typer.echo(f"qlcli: {term_safe(msg)}", err=True)  # messages quote file and folder names
    raise typer.Exit(code)


def _lexicon(paths):
    from .lexicon import LexiconError, load

    try:
        return load(tuple(str(p) for p in paths or ()))
    except LexiconError as err:
        _fail(str(err))


def _open_store(path: Path, must_exist: bool = True):
    from .store import Store, StoreError

    if must_exist and not path.exists():
        _fail(f"no store at {path}: run `qlcli ingest FOLDER` first (or pass --store)")
    try:
        return Store(path)
    except StoreError as err:
        _fail(str(err))


def _check_format(fmt: str, allowed=("table", "csv", "json", "md")) -> str:
    if fmt not in allowed:
        _fail(f"unknown --format '{fmt}': use one of {', '.join(allowed)}")
    return fmt


def _stop_on_sigterm() -> None:
    """`kill PID` stops an ingest the way Ctrl-C does: the document being written is finished or
    rolled back, the run is recorded as interrupted."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


@app.command()
def ingest(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="Folder to read, recursively (.docx, .pdf, .txt).")],
    store: StoreOpt = DEFAULT_STORE,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for reading (0 = all cores).")] = 0,
    lexicon: LexOpt = None,
    errors: Annotated[Optional[Path], typer.Option(
        help="Where to write the per-file error report (default: ingest_errors.csv beside the store).")] = None,
    timeout: Annotated[Optional[float], typer.Option(
        metavar="SECONDS", help="Stop reading a file after this long and report it (0 = no limit). "
                                "Default 120, or 600 with --ocr.")] = None,
    ocr: Annotated[bool, typer.Option("--ocr", help="Read scanned PDF pages (no text layer) with tesseract; needs "
                                      "tesseract-ocr and tesseract-ocr-chi-sim installed.")] = False,
):
    """Read every document under FOLDER into the store; unchanged files are skipped.

    Each file that cannot be read gets one line in the summary and in ingest_errors.csv, and
    the run goes on. Exit 0 when every file was read, 1 when some failed, 2 on usage errors,
    130 when stopped (Ctrl-C or kill): what was read is kept, run the same command again to finish.
    Every run is recorded in the store: see `qlcli runs`.

    Scanned PDFs are reported as having no text layer; with --ocr tesseract reads them (their
    rows get a note: check names and numbers against the scan).

    Example: qlcli ingest data/raw --jobs 2
    """
    import os

    from .folder_ingest import ingest as run
    from .views import IngestProgress, print_ingest_summary, write_error_report

    if not folder.is_dir():
        _fail(f"'{folder}' is not a folder")
    if timeout is None:
        timeout = 600 if ocr else 120  # OCR takes 1-2 s a page
    if timeout < 0:
        _fail("--timeout must be 0 (no limit) or a number of seconds")
    lex = _lexicon(lexicon)
    st = _open_store(store, must_exist=False)
    _stop_on_sigterm()
    with IngestProgress() as progress:
        summary = run(folder, st, lex, jobs=jobs or os.cpu_count() or 1, progress=progress.advance,
                      timeout=timeout or None, ocr=ocr)
    write_error_report(errors or store.parent / "ingest_errors.csv", summary)
    print_ingest_summary(summary, errors or store.parent / "ingest_errors.csv")
    if summary.interrupted:
        raise typer.Exit(130)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def docs(store: StoreOpt = DEFAULT_STORE, format: FormatOpt = "table"):
    """List the stored documents with their kind, title, number, issuers, date and region."""
    from .views import print_docs

    _check_format(format)
    print_docs(_open_store(store), format)


@app.command()
def runs(
    run_id: Annotated[Optional[int], typer.Argument(metavar="[RUN]", help="Show this run's files.")] = None,
    store: StoreOpt = DEFAULT_STORE,
    format: FormatOpt = "table",
):
    """The manifest of ingest runs: when, which folder, files seen / ingested / unchanged / failed.

    Example: qlcli runs      then: qlcli runs 3   (the files run 3 read, failed or skipped, with reasons)
    """
    from .queries import runs as query
    from .views import print_runs

    _check_format(format)
    try:
        rows = query(_open_store(store), run_id)
    except LookupError as err:
        _fail(str(err), 1)
    print_runs(rows, format, run_id)


@app.command()
def report(
    store: StoreOpt = DEFAULT_STORE,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the tables, report.md, charts.")] = DEFAULT_OUT,
    year: Annotated[Optional[int], typer.Option(help="Only documents of this year (date, award-list year or "
                                                     "number) and only that year's award lists.")] = None,
    region: Annotated[Optional[str], typer.Option(help="Only documents about this region (e.g. 渝北), and rows of "
                                                       "units in it from documents about a wider area.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Tables as csv files or one xlsx workbook.")] = "csv",
    charts: Annotated[bool, typer.Option("--charts/--no-charts", help="Draw PNG charts beside report.md.")] = True,
    lexicon: LexOpt = None,
):
    """Write the tidy tables (documents, units, tiers, cases, measures, outcomes .csv), report.md and charts.

    CSV files are UTF-8 with BOM, so Excel opens the Chinese text directly; --format xlsx writes
    tables.xlsx instead, a sheet per table. report.md summarises the corpus, the award lists, a
    units × 五廉/三治 matrix, outcomes per unit, unit profiles and warnings, each figure linked to
    its sentence. Charts need a font with Chinese characters (or QLCLI_FONT=FILE).

    Example: qlcli report --year 2023 --out data/out/2023
    """
    from .reports.output import term_safe
    from .reports.writer import write_report

    _check_format(format, ("csv", "xlsx"))
    try:
        written = write_report(_open_store(store), out, year=year, region=region, fmt=format,
                               lex=_lexicon(lexicon), charts=charts)
    except RuntimeError as err:
        _fail(str(err))
    for path in written.paths:
        typer.echo(term_safe(path))
    for note in written.notes:
        typer.echo(f"qlcli: {term_safe(note)}", err=True)


@app.command()
def segment(
    source: Annotated[str, typer.Argument(metavar="FILE_OR_DOC_ID", help="A file to read, or the doc_id of a stored document.")],
    store: StoreOpt = DEFAULT_STORE,
    lexicon: LexOpt = None,
    sep: Annotated[str, typer.Option(help="Separator printed between words.")] = " / ",
):
    """Print the text segmented by jieba with the domain dictionary (one paragraph a line)."""
    from .views import segment_source

    try:
        for line in segment_source(source, store, _lexicon(lexicon), sep):
            typer.echo(line)
    except LookupError as err:
        _fail(str(err))


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Option(help="Folder of *.gold.json annotations.")] = Path("tests/corpus/gold"),
    store: StoreOpt = DEFAULT_STORE,
    details: Annotated[bool, typer.Option("--details", help="List every miss and false hit.")] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="Output: table | json.")] = "table",
    floors: Annotated[Optional[Path], typer.Option(
        metavar="FILE", help="TOML of least scores (see tests/floors.toml); exit 1 when a figure is below.")] = None,
):
    """Score the store against gold annotations: P/R/F1 per table, accuracies on matched rows.

    A gold file scores every rendering of its document (000_x.gold.json scores 000_x.txt, .docx, .pdf).
    Example: qlcli eval --gold tests/corpus/gold --floors tests/floors.toml --format json
    """
    from .evaluate import evaluate
    from .floors import FloorsError, below, load_floors
    from .views import print_eval

    _check_format(format, ("table", "json"))
    if not gold.is_dir():
        _fail(f"no gold folder at {gold}")
    try:
        least = load_floors(floors) if floors else {}
    except FloorsError as err:
        _fail(str(err))
    reports = evaluate(_open_store(store), gold)
    if not reports:
        _fail("no stored document has a gold annotation (file stems must match)", 1)
    print_eval(reports, details, format)
    failures = below(reports, least)
    for line in failures:
        typer.echo(f"qlcli: below floor: {line}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command()
def tiers(
    year: Annotated[int, typer.Argument(metavar="YEAR", help="Assessment year, e.g. 2023 for 2023年度.")],
    tier: Annotated[Optional[str], typer.Option(help="Only this tier, e.g. 标杆.")] = None,
    region: Annotated[Optional[str], typer.Option(help="Only this region, e.g. 渝北.")] = None,
    store: StoreOpt = DEFAULT_STORE,
    format: FormatOpt = "table",
):
    """The award and rating lists of YEAR, grouped by region and tier, with counts and warnings.

    Example: qlcli tiers 2023 --tier 标杆 --format csv > 标杆.csv
    """
    from .queries import tiers as query
    from .views import print_tiers

    listing = query(_open_store(store), year, tier=tier, region=region)
    print_tiers(listing, _check_format(format))
    if not listing.groups:
        raise typer.Exit(1)


@app.command()
def units(store: StoreOpt = DEFAULT_STORE, doc: DocOpt = None, format: FormatOpt = "table",
          county: Annotated[Optional[str], typer.Option(help="Only units of this county (渝北区).")] = None,
          adcode: Annotated[Optional[str], typer.Option(
              help="Only units whose 区划代码 starts with this (500112, or 5001 for a whole city).")] = None):
    """Every village/community named, with town, county, the documents naming it and its tiers.

    One village written differently across documents (鲁能西路社区, 龙塔街道鲁能西路社区) is one row when
    the gazetteer places both under the same code; `adcode` and `resolution` say how it was placed."""
    from .queries import units as query
    from .views import print_units

    try:
        rows = query(_open_store(store), doc, county=county, adcode=adcode)
    except LookupError as err:
        _fail(str(err))
    print_units(rows, _check_format(format))


@app.command()
def cases(store: StoreOpt = DEFAULT_STORE, doc: DocOpt = None,
          unit: Annotated[Optional[str], typer.Option(help="Only cases of this unit.")] = None,
          format: FormatOpt = "table"):
    """The case write-ups found in case collections: title, unit, position."""
    from .reports.output import render
    from .queries import cases as query
    from .reports.tables import columns

    try:
        rows = query(_open_store(store), doc, unit)
    except LookupError as err:
        _fail(str(err))
    render(rows, columns("cases") if format != "table" else ["doc_id", "case_id", "unit", "title"],
           _check_format(format), title="cases")


@app.command()
def measures(
    family: Annotated[Optional[str], typer.Option(help="Only this formula, e.g. 五廉 or 三治.")] = None,
    unit: Annotated[Optional[str], typer.Option(help="Only measures of this unit.")] = None,
    dimension: Annotated[Optional[str], typer.Option(help="Only this dimension, e.g. 监督.")] = None,
    matrix: Annotated[bool, typer.Option("--matrix", help="Units × dimensions table instead of rows.")] = False,
    mentions: Annotated[bool, typer.Option(
        "--mentions", help="Formulas only named, items not written (三资, 四议两公开): where each is mentioned.")] = False,
    store: StoreOpt = DEFAULT_STORE, doc: DocOpt = None, format: FormatOpt = "table",
):
    """Numbered formulas (五廉, 三治, 四议两公开 …) and the items spelling them out, with evidence.

    One row per item: the case or unit whose text holds it, the family (a set of items ending
    in 廉, or of kinds of 治, is N廉 / N治), a dimension for 廉 and 治 items, the sentence.

    Examples: qlcli measures --family 五廉 · qlcli measures --unit 金刚村 --format csv ·
    qlcli measures --matrix · qlcli measures --mentions --family 四议两公开
    """
    from .reports.output import render
    from .queries import measure_matrix, measure_mentions
    from .queries import measures as query
    from .reports.tables import columns

    try:
        if mentions:
            rows = measure_mentions(_open_store(store), family, unit, doc)
        else:
            rows = query(_open_store(store), family, unit, doc, dimension)
    except LookupError as err:
        _fail(str(err))
    if matrix:
        dims, table = measure_matrix(rows)
        render(table, ["unit"] + dims, _check_format(format), title="units × dimensions")
        return
    cols = columns("measures") if format != "table" else ["unit", "family", "item", "dimension", "evidence"]
    render(rows, cols, _check_format(format), title="measures")


@app.command()
def outcomes(
    unit: Annotated[Optional[str], typer.Option(help="Only outcomes of this unit, e.g. 木耳镇金刚村.")] = None,
    metric: Annotated[Optional[str], typer.Option(help="Only outcomes whose metric mentions this, e.g. 覆盖率.")] = None,
    store: StoreOpt = DEFAULT_STORE, doc: DocOpt = None, format: FormatOpt = "table",
):
    """Quantities that report results (260余亩, 92.5%, 约800万元 …): value in base units, unit,
    qualifier, what is counted, whose it is and the sentence it came from.

    Examples: qlcli outcomes --unit 木耳镇金刚村   |   qlcli outcomes --metric 覆盖率 -f csv > 覆盖率.csv

    The table shows the words around each figure; csv and json give every column of outcomes.csv
    with the whole sentence and its offsets. A document stored as .txt, .docx and .pdf is shown once.
    """
    from .reports.output import render
    from .queries import outcomes as query
    from .reports.tables import columns

    try:
        rows = query(_open_store(store), unit, metric, doc)
    except LookupError as err:
        _fail(str(err))
    if format == "table":
        from .views import with_evidence

        rows, cols = with_evidence(rows), ["unit", "text", "value", "measure_unit", "qualifier", "metric", "evidence"]
    else:
        cols = columns("outcomes")
    render(rows, cols, _check_format(format), title="outcomes")


@app.command()
def keywords(
    store: StoreOpt = DEFAULT_STORE, doc: DocOpt = None,
    unit: Annotated[Optional[str], typer.Option(help="Only the text of this unit's cases.")] = None,
    top: Annotated[int, typer.Option(help="How many keywords.")] = 20,
    method: Annotated[str, typer.Option(help="tfidf or textrank.")] = "tfidf",
    lexicon: LexOpt = None, format: FormatOpt = "table",
):
    """Keywords of a document, a unit's cases or the whole store (jieba, domain dictionary, stop words).

    Each document counts once however many renderings are stored; `count` is the word's frequency.

    Examples: qlcli keywords --top 30 · qlcli keywords --unit 石龙村 --method textrank --format csv
    """
    from .keywords import keywords as query
    from .reports.output import render

    try:
        rows = query(_open_store(store), _lexicon(lexicon), doc=doc, unit=unit, top=top, method=method)
    except (LookupError, ValueError) as err:
        _fail(str(err))
    render(rows, ["rank", "word", "weight", "count"], _check_format(format), title="keywords")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
