"""Article Annotator on Spark: a pandas UDF over the package, whose result is
a struct column typed from SCHEMA.md.

    from pyspark.sql import SparkSession
    from article_annotator.spark import annotate_column

    spark = SparkSession.builder.getOrCreate()
    articles = spark.read.json("articles.jsonl")          # id, text, dct?
    annotated = articles.withColumn("result", annotate_column("text", "dct"))
    annotated.select("id", "result.engine", "result.annotations").show()

Each Spark task annotates its batches with ``annotate_many`` on ``threads``
threads (default 1: Spark already runs one task per core). Needs the
``spark`` extra: pyspark, pandas and pyarrow.
"""

from __future__ import annotations

from typing import Iterator, Optional, Tuple

import pandas as pd
from pyspark.sql import Column
from pyspark.sql.functions import col, lit, pandas_udf
from pyspark.sql.types import (
    ArrayType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from . import annotate_many

_S, _I, _L, _D = StringType(), IntegerType(), LongType(), DoubleType()


def _struct(*fields: Tuple[str, object, bool]) -> StructType:
    return StructType([StructField(name, kind, nullable) for name, kind, nullable in fields])


#: SCHEMA.md's span of a speaker or a cue.
SPEAKER_TYPE = _struct(("entity", _S, True), ("name", _S, False), ("start", _L, False), ("end", _L, False))
CUE_TYPE = _struct(("text", _S, False), ("start", _L, False), ("end", _L, False))
PLACE_TYPE = _struct(
    ("name", _S, False),
    ("countryCode", _S, False),
    ("featureClass", _S, False),
    ("lat", _D, False),
    ("lon", _D, False),
    ("geonamesId", _L, False),
)
DATE_TYPE = _struct(("type", _S, False), ("value", _S, True), ("start", _S, True), ("end", _S, True))
QUOTE_TYPE = _struct(("type", _S, False), ("speaker", SPEAKER_TYPE, True), ("cue", CUE_TYPE, True))
ANNOTATION_TYPE = _struct(
    ("kind", _S, False),
    ("start", _L, False),
    ("end", _L, False),
    ("text", _S, False),
    ("entity", _S, True),
    ("confidence", _D, False),
    ("reason", _S, False),
    ("place", PLACE_TYPE, True),
    ("date", DATE_TYPE, True),
    ("quote", QUOTE_TYPE, True),
)
ENTITY_TYPE = _struct(("id", _S, False), ("kind", _S, False), ("name", _S, False), ("mentions", ArrayType(_L, False), False))
#: The whole result of SCHEMA.md as a Spark type; fields absent from a JSON
#: result (an annotation's entity, place, date, quote) are null here. The
#: top-level fields are nullable because Spark makes a pandas UDF's so.
RESULT_TYPE = _struct(
    ("version", _I, True),
    ("engine", _S, True),
    ("referenceDate", _S, True),
    ("referenceDateSource", _S, True),
    ("annotations", ArrayType(ANNOTATION_TYPE, False), True),
    ("entities", ArrayType(ENTITY_TYPE, False), True),
)


def to_struct_shape(value, kind=RESULT_TYPE):
    """A SCHEMA.md result (a dict) shaped as ``kind``: every struct field
    present (missing optional fields as None), nothing else. Spark rows read
    back with ``asDict(recursive=True)`` equal this."""
    if value is None:
        return None
    if isinstance(kind, StructType):
        return {f.name: to_struct_shape(value.get(f.name), f.dataType) for f in kind.fields}
    if isinstance(kind, ArrayType):
        return [to_struct_shape(v, kind.elementType) for v in value]
    if isinstance(kind, DoubleType):
        return float(value)
    return value


def _annotate_batches(threads: int):
    @pandas_udf(RESULT_TYPE)
    def annotate_udf(texts: pd.Series, dcts: pd.Series) -> pd.DataFrame:
        dates = [d if isinstance(d, str) and d else None for d in dcts]
        results = annotate_many(texts.fillna("").tolist(), reference_dates=dates, threads=threads)
        shaped = [to_struct_shape(r) for r in results]
        return pd.DataFrame({f.name: [r[f.name] for r in shaped] for f in RESULT_TYPE.fields})

    return annotate_udf


def annotate_column(text: "Column | str", reference_date: "Column | str | None" = None, threads: int = 1) -> Column:
    """The column of SCHEMA.md results (``RESULT_TYPE``) for a column of
    texts, with an optional column of reference dates (``YYYY-MM-DD`` or
    null: then the dateline, if any)."""
    text_col = col(text) if isinstance(text, str) else text
    if reference_date is None:
        date_col = lit(None).cast(_S)
    else:
        date_col = col(reference_date) if isinstance(reference_date, str) else reference_date
    return _annotate_batches(threads)(text_col, date_col)
