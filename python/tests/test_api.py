"""The package's API: results, offsets, options, annotate_many."""

import datetime

import pytest

import article_annotator as aa
from article_annotator import annotate, annotate_many

SAMPLE = (
    "BEIJING — Wang Wenbin said on Monday that the United States is “the top threat to "
    "global cybersecurity,” he added. 😀 José Martínez visited Zürich on 5 July 2021."
)


def test_sample_article_speakers_dates_and_offsets():
    result = annotate(SAMPLE, reference_date="2021-07-06")
    assert result["version"] == aa.SCHEMA_VERSION == 1
    assert result["engine"] == aa.ENGINE_VERSION == "0.2.0"
    assert result["referenceDate"] == "2021-07-06"
    assert result["referenceDateSource"] == "given"
    for a in result["annotations"]:
        assert SAMPLE[a["start"] : a["end"]] == a["text"], a
    by_kind = {}
    for a in result["annotations"]:
        by_kind.setdefault(a["kind"], []).append(a)
    quote = by_kind["quote"][0]
    assert quote["text"] == "“the top threat to global cybersecurity,”"
    assert quote["quote"]["speaker"]["name"] == "Wang Wenbin"
    speaker = quote["quote"]["speaker"]
    assert SAMPLE[speaker["start"] : speaker["end"]] in ("Wang Wenbin", "he")
    values = {a["text"]: a["date"]["value"] for a in by_kind["date"]}
    assert values["Monday"] == "2021-07-05"
    assert values["5 July 2021"] == "2021-07-05"
    names = {a["text"] for a in by_kind["person"]}
    assert {"Wang Wenbin", "José Martínez"} <= names


def test_reference_date_as_a_date_and_from_the_dateline():
    as_date = annotate(SAMPLE, reference_date=datetime.date(2021, 7, 6))
    assert as_date == annotate(SAMPLE, reference_date="2021-07-06")
    wire = annotate("Published 6 July 2021\n\nIt rained on Monday.")
    assert wire["referenceDateSource"] == "dateline"
    assert wire["referenceDate"] == "2021-07-06"
    assert annotate("No date.")["referenceDateSource"] == "none"


def test_kinds():
    only = annotate(SAMPLE, reference_date="2021-07-06", kinds=["date"])
    assert {a["kind"] for a in only["annotations"]} == {"date"}
    assert annotate(SAMPLE, kinds="quote,person") == annotate(SAMPLE, kinds=("person", "quote"))


@pytest.mark.parametrize(
    "call, expected",
    [
        (lambda: annotate(SAMPLE, reference_date="yesterday"), "YYYY-MM-DD"),
        (lambda: annotate(SAMPLE, reference_date="2021-02-30"), "reference_date"),
        (lambda: annotate(SAMPLE, reference_date=20210706), "YYYY-MM-DD"),
        (lambda: annotate(SAMPLE, kinds=["people"]), "expected person, place, date or quote"),
        (lambda: annotate(SAMPLE, kinds=[]), "at least one"),
        (lambda: annotate(SAMPLE, kinds=5), "kinds: expected a list"),
        (lambda: annotate(b"bytes"), "expected a str"),
        (lambda: annotate_many(["a", "b"], reference_dates=["2021-07-06"]), "one date (or None) per text"),
        (lambda: annotate_many(["a"], reference_dates="2021-07-06"), "one date (or None) per text"),
        (lambda: annotate_many(["a"], reference_dates=["nope"]), "reference_dates[0]"),
        (lambda: annotate_many(["a"], threads=0), "1 or more"),
        (lambda: annotate_many(["a"], threads="2"), "1 or more"),
        (lambda: annotate_many(["a", 3]), "texts[1]: expected a str"),
    ],
)
def test_bad_options_raise_value_error_saying_what_was_expected(call, expected):
    with pytest.raises(ValueError) as error:
        call()
    assert expected in str(error.value)


def test_any_text_gets_a_result():
    for text in ["", " ", "\n\n", "“" * 1000, "a" * 100_000, "\u0301\u200d😀"]:
        result = annotate(text)
        for a in result["annotations"]:
            assert text[a["start"] : a["end"]] == a["text"]


def test_annotate_many_equals_annotate_in_input_order(articles):
    texts = [t for _, t, _ in articles][:200]
    dates = [d for _, _, d in articles][:200]
    one_by_one = [annotate(t, reference_date=d) for t, d in zip(texts, dates)]
    assert annotate_many(texts, reference_dates=dates) == one_by_one
    assert annotate_many(texts, reference_dates=dates, threads=1) == one_by_one
    assert annotate_many(texts, reference_dates=dates, threads=3) == one_by_one
    assert annotate_many(iter(texts[:5]), kinds=["quote"]) == [annotate(t, kinds=["quote"]) for t in texts[:5]]
    assert annotate_many([]) == []


def test_offsets_slice_every_article(articles):
    for (_, text, dct), result in zip(articles, annotate_many([t for _, t, _ in articles])):
        for a in result["annotations"]:
            assert text[a["start"] : a["end"]] == a["text"]


def test_stubs_and_marker_ship():
    from pathlib import Path

    package = Path(aa.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "__init__.pyi").exists()
