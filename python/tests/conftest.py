"""Shared fixtures: the repository, the command line, the articles.

The articles are a few hundred of ../shared/corpora/bbc_news.jsonl where it
exists (ANNOTATOR_ARTICLES=N sets how many), otherwise texts written here, so
that a bare clone passes.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"

WRITTEN = [
    "BEIJING, July 6 (Reuters) - Wang Wenbin said on Monday that the United States is "
    "“the top threat to global cybersecurity,” and he added: “We oppose it.”",
    "Angela Merkel visited Paris on 5 July 2021. “It’s a relief,” she told reporters.",
    "😀 Ünïcödé 🇫🇷 prelude.\n\nOn Monday, José Martínez 👋 said in Zürich that "
    "“the café will reopen in March 2021.”",
    "The minister, Ann Smith, said last week that prices would fall by 2023, "
    "according to a report published in London.",
    "",
    "No names, no dates, no quotes here at all.",
    "Mr. Obama met Prime Minister Boris Johnson in Washington on Tuesday. "
    "\"We agreed on nothing,\" Johnson said. Three days later, talks resumed in Geneva.",
    "Published 6 July 2021\n\nThe mayor of Mobile, Alabama, says the storm of 2020 "
    "was worse than anything since the 1990s.",
]


def load_articles(limit):
    """(id, text, dct) of the first `limit` BBC articles, or the written texts."""
    if BBC.exists():
        articles = []
        with BBC.open(encoding="utf-8") as lines:
            for line in lines:
                if len(articles) >= limit:
                    break
                doc = json.loads(line)
                articles.append((str(doc["id"]), doc["text"], doc.get("dct")))
        return articles
    return [(f"written-{i}", text, "2021-07-06" if i % 2 else None) for i, text in enumerate(WRITTEN)]


@pytest.fixture(scope="session")
def articles():
    return load_articles(int(os.environ.get("ANNOTATOR_ARTICLES", "300")))


def cli_binary():
    """The command line: $ARTICLE_ANNOTATOR_BIN, else target/{release,debug}."""
    given = os.environ.get("ARTICLE_ANNOTATOR_BIN")
    if given:
        return given
    for profile in ("release", "debug"):
        path = ROOT / "target" / profile / "article-annotator"
        if path.exists():
            return str(path)
    cargo = shutil.which("cargo") or os.path.expanduser("~/.cargo/bin/cargo")
    subprocess.run([cargo, "build", "--quiet", "--bin", "article-annotator"], cwd=ROOT, check=True)
    return str(ROOT / "target" / "debug" / "article-annotator")


def cli_results(articles):
    """{id: result} from `annotate --jsonl --offsets chars` on the articles."""
    lines = "".join(
        json.dumps({"id": i, "text": t, **({"dct": d} if d else {})}) + "\n" for i, t, d in articles
    )
    run = subprocess.run(
        [cli_binary(), "annotate", "--jsonl", "--offsets", "chars"],
        input=lines.encode(),
        capture_output=True,
        check=True,
    )
    results = {}
    for line in run.stdout.decode().splitlines():
        result = json.loads(line)
        results[result.pop("id")] = result
    return results


@pytest.fixture(scope="session")
def cli(articles):
    return cli_results(articles)
