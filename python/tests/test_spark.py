"""The Spark example in local mode: the struct column equals the command
line's results on a few hundred BBC articles (texts written for the tests
without ../shared). Skipped where pyspark or Java is missing."""

import os
import shutil
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if shutil.which("java") is None:
    pytest.skip("no Java runtime (tools/test-python.sh installs one)", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from article_annotator.spark import RESULT_TYPE, annotate_column, to_struct_shape  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    # The workers run this interpreter, the one with the package installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("article-annotator-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_struct_column_equals_the_command_line(spark, articles, cli):
    frame = spark.createDataFrame(articles, "id string, text string, dct string").repartition(2)
    annotated = frame.withColumn("result", annotate_column("text", "dct"))
    assert annotated.schema["result"].dataType == RESULT_TYPE
    rows = annotated.select("id", "result").collect()
    assert len(rows) == len(articles)
    got = {row["id"]: row["result"].asDict(recursive=True) for row in rows}
    for doc_id, expected in cli.items():
        assert got[doc_id] == to_struct_shape(expected), doc_id
    quotes = annotated.selectExpr("explode(result.annotations) AS a").where("a.kind = 'quote'")
    assert quotes.count() == sum(
        1 for r in cli.values() for a in r["annotations"] if a["kind"] == "quote"
    )
