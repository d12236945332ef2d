"""The shape of the package: one home for each idea, no circles, small extractor modules.

Read from the source with ast, so the test needs no import-graph tool: every `from … import`
of a qlcli module (top level or inside a function) is an edge."""
import ast
from pathlib import Path

import qlcli

ROOT = Path(qlcli.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports():
    """(importer, imported module, names) for every import of a qlcli module."""
    for path in sorted(ROOT.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[:len(base) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target.split(".")[0] != "qlcli":
                    continue
                names = [a.name for a in node.names]
                if not node.module:  # from . import markdown: each name is a module
                    for n in names:
                        yield name, f"{target}.{n}", []
                else:
                    yield name, target, names
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.split(".")[0] == "qlcli":
                        yield name, a.name, []


def test_no_module_imports_another_modules_private_names():
    private = [(m, t, n) for m, t, names in _imports() for n in names if n.startswith("_") and n != "__version__"]
    assert private == []


def test_the_import_graph_has_no_circles():
    modules = {_module_name(p) for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for m, t, names in _imports():
        # `from .pkg import mod` names a module; `from .mod import func` the module itself
        targets = [f"{t}.{n}" for n in names if f"{t}.{n}" in modules] or [t]
        graph[m].update(x for x in targets if x in modules and x != m)
    # an edge to a package is an edge to its __init__; Tarjan's strongly connected components
    index, low, stack, on, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert cycles == []


def test_extractor_modules_stay_small():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for p in (ROOT / "extract").rglob("*.py")}
    assert sizes and max(sizes.values()) < 400, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_the_graph_reader_sees_the_known_edges():
    """The checks above mean something only if the edges are read: pipeline → extract.meta."""
    edges = {(m, t) for m, t, _ in _imports()}
    assert ("qlcli.pipeline", "qlcli.extract.meta") in edges
    assert ("qlcli.extract.measures.rows", "qlcli.extract.owners") in edges
