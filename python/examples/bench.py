"""annotate() one by one against annotate_many() on the first N BBC articles:
same results, and the speed-up (medians of R runs, alternating).

    target/python-venv/bin/python python/examples/bench.py [N] [R]
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

from article_annotator import annotate, annotate_many

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "bbc_news.jsonl"
docs = [json.loads(line) for line in corpus.open(encoding="utf-8")][:n]
texts = [d["text"] for d in docs]
dates = [d.get("dct") for d in docs]
megabytes = sum(len(t.encode()) for t in texts) / 1e6

times = {"annotate": [], "annotate_many": [], "annotate_many(threads=1)": []}
for _ in range(runs):
    start = time.perf_counter()
    one = [annotate(t, reference_date=d) for t, d in zip(texts, dates)]
    times["annotate"].append(time.perf_counter() - start)
    start = time.perf_counter()
    many = annotate_many(texts, reference_dates=dates)
    times["annotate_many"].append(time.perf_counter() - start)
    start = time.perf_counter()
    many1 = annotate_many(texts, reference_dates=dates, threads=1)
    times["annotate_many(threads=1)"].append(time.perf_counter() - start)
    assert many == one and many1 == one, "annotate_many differs from annotate"

print(f"{len(texts)} articles, {megabytes:.2f} MB, {os.cpu_count()} cores; results equal")
for name, seconds in times.items():
    median = statistics.median(seconds)
    print(f"{name:26} median {median:6.2f} s  {megabytes / median:5.2f} MB/s  runs {[round(s, 2) for s in seconds]}")
speedup = statistics.median(times["annotate"]) / statistics.median(times["annotate_many"])
print(f"annotate_many / annotate: {speedup:.2f}x")
