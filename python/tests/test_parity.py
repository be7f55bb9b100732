"""One engine, one answer: the command line, the WASM build in Node and the
Python package give the same JSON on the same texts (offsets in code points)."""

import json
import math
import shutil
import subprocess

import pytest

from article_annotator import annotate_many
from conftest import ROOT

WASM_PKG = [ROOT / "dist" / "pkg", ROOT / "dist" / "npm"]

NODE_SCRIPT = r"""
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const pkg = process.argv[1];
const js = fs.readdirSync(pkg).find((f) => /^article_annotator(\.js|\.mjs)$/.test(f));
const module = await import(pathToFileURL(path.join(pkg, js)).href);
if (module.initSync) {
  module.initSync({ module: fs.readFileSync(path.join(pkg, 'article_annotator_bg.wasm')) });
}
const docs = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = docs.map(([text, dct]) => module.annotate(text, { offsets: 'chars', referenceDate: dct }));
process.stdout.write(JSON.stringify(out));
"""


def same(a, b, where="result"):
    """Equal JSON values; numbers within float32 precision (confidence is an
    f32, which serde_json and JavaScript print with different digits)."""
    if isinstance(a, float) or isinstance(b, float):
        assert isinstance(a, (int, float)) and isinstance(b, (int, float)), where
        assert math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9), f"{where}: {a} != {b}"
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), f"{where}: keys {sorted(a)} != {sorted(b)}"
        for key in a:
            same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), f"{where}: lengths differ"
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def test_cli_equals_python(articles, cli):
    python = annotate_many([t for _, t, _ in articles], reference_dates=[d for _, _, d in articles])
    assert len(cli) == len(articles)
    for (doc_id, _, _), result in zip(articles, python):
        # Both are serde_json's output of the same engine: exactly equal.
        assert cli[doc_id] == result, doc_id


def test_wasm_in_node_equals_python(articles):
    pkg = next((p for p in WASM_PKG if (p / "article_annotator_bg.wasm").exists()), None)
    node = shutil.which("node")
    if pkg is None or node is None:
        pytest.skip("no WASM build (tools/build.sh makes dist/pkg) or no node")
    docs = [[t, d] for _, t, d in articles]
    run = subprocess.run(
        [node, "--input-type=module", "-e", NODE_SCRIPT, str(pkg)],
        input=json.dumps(docs).encode(),
        capture_output=True,
    )
    assert run.returncode == 0, run.stderr.decode()
    wasm = json.loads(run.stdout)
    python = annotate_many([t for t, _ in docs], reference_dates=[d for _, d in docs])
    for i, (w, p) in enumerate(zip(wasm, python)):
        same(w, p, f"article {i}")
    assert len(wasm) == len(python)
