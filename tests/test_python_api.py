"""The README's "Use from Python" example runs as written, and `import qlcli` stays light."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Use from Python"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1).replace("/tmp/qlcli-demo", str(tmp_path))
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "notice 渝北民〔2024〕8号 重庆市渝北区 重庆市渝北区"
    assert "500112 exact" in out[1]
    assert out[2].startswith("2023 区级 标杆 龙塔街道鲁能西路社区")
    assert out[-1] == "5 documents read, 0 failed"
    assert (tmp_path / "out" / "units.csv").is_file() and (tmp_path / "out" / "report.md").is_file()


def test_import_qlcli_loads_nothing_heavy():
    code = ("import sys, qlcli; assert callable(qlcli.open_store); "
            "heavy = [m for m in ('jieba', 'pandas', 'typer', 'rich', 'pdfplumber', 'qlcli.gazetteer') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
