"""The benchmark corpus: N copies of the real documents under varied names and folders.

Copies are byte-identical but live at different paths, and the store keys documents by path,
so each copy is a separate document to ingest. Sources are interleaved by format so that even
a small N holds .txt, .docx and .pdf.
"""
from __future__ import annotations

import shutil
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT / "tests" / "corpus"
FORMATS = (".txt", ".docx", ".pdf")

# folder and file-name shapes users have: years, regions, batches, CJK, spaces, full-width brackets
FOLDERS = ["2023年度/第{b}批", "渝北区/通知 {b}", "cases/batch-{b}", "新建文件夹 ({b})", "村居资料/{b}"]
NAMES = ["关于清廉村居建设的通知_{i:04d}", "doc-{i:04d}", "工作方案（{i}）final", "案例 {i} 修改稿",
         "{i:04d}_清廉村居"]


def sources(corpus: Path = SHARED_CORPUS, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """The real documents to copy: the corpus renderings and case files, else the repo's data/raw."""
    folders = [corpus / "raw", corpus / "rendered", corpus / "cases"]
    if not corpus.is_dir():
        folders = [ROOT / "data" / "raw"]
    files = sorted(f for d in folders if d.is_dir() for f in d.iterdir() if f.suffix.lower() in formats)
    if not files:
        raise SystemExit(f"bench: no {'/'.join(formats)} documents found in {', '.join(map(str, folders))}")
    by_format = [[f for f in files if f.suffix.lower() == ext] for ext in formats]
    return [f for group in zip_longest(*by_format) for f in group if f is not None]


def build(dest: Path, n: int, srcs: list[Path]) -> list[Path]:
    """Copy n documents (cycling through srcs) into dest; returns the paths written."""
    out = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        folder = dest / FOLDERS[i % len(FOLDERS)].format(b=i // 25 + 1)
        path = folder / (NAMES[(i // len(FOLDERS)) % len(NAMES)].format(i=i + 1) + src.suffix.lower())
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, path)
        out.append(path)
    return out


def describe(paths: list[Path]) -> str:
    """'300 files, 5.1 MB: 101 txt, 128 docx, 71 pdf'."""
    counts = {ext: sum(1 for p in paths if p.suffix == ext) for ext in FORMATS}
    size = sum(p.stat().st_size for p in paths) / 1e6
    return f"{len(paths)} files, {size:.1f} MB: " + ", ".join(f"{c} {e[1:]}" for e, c in counts.items() if c)
