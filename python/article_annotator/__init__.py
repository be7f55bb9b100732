"""Article Annotator: quotes (with speakers), dates (resolved), people and
places in news articles.

The same Rust engine as the command line and the WebAssembly build, giving the
same JSON (SCHEMA.md) as Python dicts, with ``start``/``end`` in Python string
indices (code points): ``text[a["start"]:a["end"]] == a["text"]``.

>>> from article_annotator import annotate
>>> result = annotate("Wang Wenbin said on Monday: “No.”", reference_date="2021-07-06")
>>> [a["kind"] for a in result["annotations"]]
['person', 'date', 'quote']
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from typing import Any, Iterable, Optional, Sequence, Union

from . import _native

__all__ = ["annotate", "annotate_many", "ENGINE_VERSION", "SCHEMA_VERSION", "KINDS"]

#: The engine's version: every result's ``engine``.
ENGINE_VERSION: str = _native.engine_version()
#: The result contract's version: every result's ``version``.
SCHEMA_VERSION: int = 1
#: The kinds of annotation.
KINDS = ("person", "place", "date", "quote")

DateLike = Union[str, _dt.date, None]


def _date(value: DateLike, what: str) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise ValueError(
        f"{what}: expected a date as 'YYYY-MM-DD' or a datetime.date, not {type(value).__name__}"
    )


def _kinds(kinds: Union[str, Iterable[str], None]) -> Optional[str]:
    if kinds is None:
        return None
    if isinstance(kinds, str):
        return kinds
    try:
        items = list(kinds)
    except TypeError:
        items = None
    if items is None or not all(isinstance(k, str) for k in items):
        raise ValueError(
            "kinds: expected a list of 'person', 'place', 'date', 'quote' "
            f"(or one string 'person,place'), not {kinds!r}"
        )
    if not items:
        raise ValueError("kinds: expected at least one of person, place, date or quote")
    return ",".join(items)


def _text(text: Any, what: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"{what}: expected a str, not {type(text).__name__}")
    return text


def annotate(
    text: str,
    reference_date: DateLike = None,
    kinds: Union[str, Iterable[str], None] = None,
) -> dict:
    """Annotates one text; returns the SCHEMA.md result as a dict.

    ``reference_date`` ('YYYY-MM-DD' or a date) resolves relative dates
    ("Monday"); without it the dateline is used, if any. ``kinds`` limits
    what is found (default all). A bad option raises ``ValueError``.
    """
    text = _text(text, "text")
    return _json.loads(
        _native.annotate_json(text, _date(reference_date, "reference_date"), _kinds(kinds))
    )


def annotate_many(
    texts: Iterable[str],
    reference_dates: Optional[Sequence[DateLike]] = None,
    kinds: Union[str, Iterable[str], None] = None,
    threads: Optional[int] = None,
) -> list:
    """Annotates every text on ``threads`` threads (default: every core)
    without holding the GIL; returns their results in input order, each
    equal to ``annotate(text, reference_date, kinds)``.

    ``reference_dates``, if given, has one date (or None) per text. All
    results are held in memory: for an archive, call it on chunks of some
    thousands of texts.
    """
    texts = [_text(t, f"texts[{i}]") for i, t in enumerate(texts)]
    dates = None
    if reference_dates is not None:
        if isinstance(reference_dates, (str, _dt.date)):
            raise ValueError("reference_dates: expected one date (or None) per text, not one date")
        dates = [_date(d, f"reference_dates[{i}]") for i, d in enumerate(reference_dates)]
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
        raise ValueError(
            f"threads: expected a number of threads, 1 or more, or None for every core, not {threads!r}"
        )
    loads = _json.loads
    return [loads(s) for s in _native.annotate_many_json(texts, dates, _kinds(kinds), threads)]
