"""The metric engine: Ibis expressions over the order tables, run on DuckDB or Spark.

See docs/metrics.md.
"""
