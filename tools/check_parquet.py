#!/usr/bin/env python3
"""Reads an `annals export --format parquet` file with pyarrow (an external reader) and checks it
against the same events exported as JSONL: row count, schema, and codes and dates row by row.

Usage: check_parquet.py EVENTS.parquet EVENTS.jsonl   (run by .ci/run in a venv with pyarrow)
"""
import json
import sys

import pyarrow.parquet as pq

table = pq.read_table(sys.argv[1])
events = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
assert table.num_rows == len(events), (table.num_rows, len(events))
want = ["event_id", "cameo", "root", "quad_class", "goldstein", "plover", "status", "source_code",
        "source_name", "target_code", "target_name", "date", "end_date", "date_precision",
        "location", "country", "adm1", "lat", "lon", "num_articles", "num_outlets",
        "num_independent_outlets", "num_mentions", "first_reported", "source_url"]
assert table.schema.names == want, table.schema.names
rows = table.to_pylist()
for row, ev in zip(rows, events):
    assert row["event_id"] == ev["event_id"]
    assert row["cameo"] == ev["cameo"] and isinstance(row["cameo"], str)
    assert row["source_code"] == ev["source"]["code"]
    day = row["date"].isoformat() if row["date"] else None
    assert (day or "")[: len(ev["date"] or "")] == (ev["date"] or ""), (day, ev["date"])
    assert row["num_mentions"] == len(ev["mentions"])
print(f"pyarrow read {table.num_rows} events, {len(want)} columns: agrees with the JSONL export")
