#!/usr/bin/env python3
"""Runs `sitrep extract` under Apache Spark: RDD.pipe of a JSON Lines corpus, one partition at a
time through one `sitrep extract --jobs 1 -` process per partition.

Usage: spark_extract.py CORPUS OUTDIR MASTER SITREP [PARTITIONS]
  CORPUS      JSON Lines corpus: a local path or any URL Spark reads (hdfs://, s3a://, file://)
  OUTDIR      where Spark writes its part-NNNNN files (must not exist)
  MASTER      Spark master URL: local[2], spark://host:7077, yarn, k8s://...
  SITREP      the sitrep command as the executors see it (an absolute path in local mode,
              ./sitrep/sitrep when shipped with --archives on a cluster)
  PARTITIONS  at least this many partitions (default: 4 per executor core)

Each article's events depend on that article alone, so the concatenated part files hold exactly
the events of one `sitrep extract` run over the whole corpus, in the same order.
"""

import sys

from pyspark.sql import SparkSession


def main(argv):
    if len(argv) not in (4, 5):
        sys.stderr.write(__doc__)
        return 2
    corpus, outdir, master, sitrep = argv[:4]
    spark = (SparkSession.builder.master(master).appName("sitrep-extract")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    partitions = int(argv[4]) if len(argv) == 5 else 4 * sc.defaultParallelism
    lines = sc.textFile(corpus, minPartitions=partitions)
    events = lines.pipe(sitrep + " extract --jobs 1 -")
    events.saveAsTextFile(outdir)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
