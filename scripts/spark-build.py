#!/usr/bin/env python3
"""Builds the graph of a JSON Lines corpus on Apache Spark: every partition of the corpus is piped
through `newsgraph build --stream - -o -` on the workers (RDD.pipe), the N-Quads come back to the
driver, and `newsgraph merge` turns them into the graph one `newsgraph build` of the whole corpus
gives (byte-identical).

On a cluster (the executable and its resources shipped to every worker, see the README):
    spark-submit --archives newsgraph.tar.gz#ng scripts/spark-build.py \\
        --binary ./ng/newsgraph --merge-binary .build/release/newsgraph \\
        hdfs:///corpora/news.jsonl -o graph --formats jsonld,nt
Locally (pip install pyspark; Java 17):
    python3 scripts/spark-build.py --master 'local[2]' articles.jsonl -o graph
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSON Lines corpus (any path Spark reads: file://, hdfs://, s3a://)")
    parser.add_argument("-o", "--output", required=True, help="output folder for the merged graph")
    parser.add_argument("--formats", default="jsonld,nt", help="formats of the merged graph (as newsgraph merge --formats)")
    parser.add_argument("--binary", default="newsgraph", help="the newsgraph executable as the workers see it")
    parser.add_argument("--merge-binary", help="the newsgraph executable on the driver (default: --binary)")
    parser.add_argument("--partitions", type=int, default=0, help="minimum number of partitions (default: Spark's)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    parser.add_argument("--keep-nquads", help="also keep the collected N-Quads (one file per partition) in this folder")
    args = parser.parse_args()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsgraph build").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    started = time.time()
    try:
        source = args.input if "://" in args.input else "file://" + os.path.abspath(args.input)
        lines = spark.sparkContext.textFile(source, minPartitions=args.partitions or None)
        mapper = shlex.join([args.binary, "build", "--stream", "-", "-o", "-", "--quiet"])
        # Each partition's N-Quads as one text, so that all partitions run at once; the merge reads
        # them all into memory anyway.
        quads = lines.pipe(mapper, checkCode=True).mapPartitions(lambda part: ["".join(quad + "\n" for quad in part)])
        with tempfile.TemporaryDirectory() as work:
            folder = args.keep_nquads or work
            os.makedirs(folder, exist_ok=True)
            count, files = 0, []
            # One file per partition: merge reads one file at a time, which bounds its memory.
            for index, text in enumerate(quads.collect()):
                files.append(os.path.join(folder, "part-%05d.nq" % index))
                with open(files[-1], "w", encoding="utf-8") as out:
                    out.write(text)
                count += text.count("\n")
            partitions = lines.getNumPartitions()
            merge = [args.merge_binary or args.binary, "merge", *files, "-o", args.output, "--formats", args.formats]
            subprocess.run(merge, check=True)
    finally:
        spark.stop()
    print(f"{count} quads from {partitions} partitions merged into {args.output} in {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
