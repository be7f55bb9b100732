"""Annotates a JSONL archive of articles ({"id", "text", "dct"?} per line)
with Spark and writes Parquet with a struct column `result` (SCHEMA.md).

    pip install './python[spark]'
    python python/examples/spark_annotate.py articles.jsonl annotated.parquet
    # on a cluster: spark-submit --py-files ... with the wheel installed on the workers

Then, for instance, every quote with its speaker:

    spark.read.parquet("annotated.parquet") \
        .selectExpr("id", "explode(result.annotations) AS a") \
        .where("a.kind = 'quote'") \
        .selectExpr("id", "a.text", "a.quote.speaker.name AS speaker")
"""

import sys
import time

from pyspark.sql import SparkSession

from article_annotator.spark import annotate_column


def main(source: str, target: str) -> None:
    spark = SparkSession.builder.appName("article-annotator").getOrCreate()
    articles = spark.read.schema("id string, text string, dct string").json(source)
    # A small file is one partition: spread it over every core.
    articles = articles.repartition(max(articles.rdd.getNumPartitions(), spark.sparkContext.defaultParallelism))
    started = time.perf_counter()
    annotated = articles.withColumn("result", annotate_column("text", "dct"))
    annotated.select("id", "result").write.mode("overwrite").parquet(target)
    seconds = time.perf_counter() - started
    count = spark.read.parquet(target).count()
    print(f"annotated {count} articles in {seconds:.1f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: spark_annotate.py ARTICLES.jsonl OUT.parquet")
    main(sys.argv[1], sys.argv[2])
