"""What the Python peers (spacy_peer.py, textacy_peer.py) share: their
command line, the cached prediction file of each corpus, and reading a corpus."""
import json
import os
import sys


def parse_args(argv, program):
    """`[--out DIR] [--limit N] [--force] CORPUS.jsonl...` as (out, limit, force, corpora)."""
    out, limit, force, corpora = "bench-out/peers", None, False, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--out":
            out = argv[i + 1]; i += 1
        elif a == "--limit":
            limit = int(argv[i + 1]); i += 1
        elif a == "--force":
            force = True
        elif a.startswith("--"):
            sys.exit(f"{program}: unknown option {a}")
        else:
            corpora.append(a)
        i += 1
    return out, limit, force, corpora


def corpus_name(corpus):
    base = os.path.basename(corpus)
    return base[: -len(".jsonl")] if base.endswith(".jsonl") else base


def target_or_cached(system, out, corpus, limit, force):
    """The prediction file for `corpus`, or None when a file newer than the corpus exists."""
    name = corpus_name(corpus)
    suffix = f".first{limit}" if limit else ""
    target = os.path.join(out, system, f"{name}{suffix}.jsonl")
    if not force and os.path.exists(target) and os.path.getmtime(target) > os.path.getmtime(corpus):
        print(f"{system} {name}: cached {target}", file=sys.stderr)
        return None
    return target


def read_docs(corpus, limit):
    docs = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
                if limit and len(docs) >= limit:
                    break
    return docs


def write_empty(target, docs):
    with open(target, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "spans": []}) + "\n")
