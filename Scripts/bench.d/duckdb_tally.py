#!/usr/bin/env python3
"""Peer for tallies in Scripts/bench: DuckDB's GROUP BY over the same events, table loaded.

Usage: duckdb_tally.py SESSION.json [REPEATS]
Loads the session's events into an in-memory DuckDB table (one row an event: place, month,
killed, injured, scope, status, type, country), then times, query only, the three tallies the
bench asks sitrep for, incidents only and rejected events left out as sitrep's tally does:
  one key:  SELECT place, sum(killed), count(*) ... GROUP BY place
  two keys: SELECT place, month, sum(killed), count(*) ... GROUP BY place, month
  where:    SELECT month, sum(killed), count(*) ... AND lower(country) = 'syria' GROUP BY month
Each query runs REPEATS times (default 5) after one warm-up; the median is reported. Prints one
JSON object: {"rows", "load_ms", "one_key_ms", "two_keys_ms", "where_ms", "groups_one",
"groups_two", "threads"}.
"""

import json
import statistics
import sys
import time

import duckdb

ONE = """SELECT place, sum(killed) AS killed, count(*) AS incidents FROM events
WHERE scope = 'incident' AND status <> 'rejected' GROUP BY place ORDER BY killed DESC NULLS LAST"""
TWO = """SELECT place, month, sum(killed) AS killed, count(*) AS incidents FROM events
WHERE scope = 'incident' AND status <> 'rejected' GROUP BY place, month
ORDER BY killed DESC NULLS LAST"""
WHERE = """SELECT month, sum(killed) AS killed, count(*) AS incidents FROM events
WHERE scope = 'incident' AND status <> 'rejected' AND lower(country) = 'syria' GROUP BY month
ORDER BY killed DESC NULLS LAST"""


def rows(path):
    with open(path, encoding="utf-8") as f:
        session = json.load(f)
    for record in session["events"]:
        e = record["current"]
        place = e.get("place")
        date = e.get("date")
        killed = e.get("killed")
        injured = e.get("injured")
        yield (place["name"] if place else None, date["start"][:7] if date else None,
               killed.get("best") if killed else None, injured.get("best") if injured else None,
               e["scope"], record["status"], e["type"], place.get("country") if place else None)


def timed(con, query, repeats):
    con.execute(query).fetchall()
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = con.execute(query).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(result)


def main(argv):
    repeats = int(argv[1]) if len(argv) > 1 else 5
    data = list(rows(argv[0]))
    con = duckdb.connect()
    start = time.perf_counter()
    # Column lists bound as parameters and unnested: one statement, no row-by-row inserts.
    columns = [list(c) for c in zip(*data)] if data else [[] for _ in range(8)]
    con.execute("""CREATE TABLE events AS SELECT
        unnest($1::VARCHAR[]) AS place, unnest($2::VARCHAR[]) AS month,
        unnest($3::INTEGER[]) AS killed, unnest($4::INTEGER[]) AS injured,
        unnest($5::VARCHAR[]) AS scope, unnest($6::VARCHAR[]) AS status,
        unnest($7::VARCHAR[]) AS type, unnest($8::VARCHAR[]) AS country""", columns)
    load_ms = (time.perf_counter() - start) * 1000
    one_ms, groups_one = timed(con, ONE, repeats)
    two_ms, groups_two = timed(con, TWO, repeats)
    where_ms, _ = timed(con, WHERE, repeats)
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    count = con.execute("SELECT count(*) FROM events").fetchone()[0]
    print(json.dumps({"rows": count, "load_ms": load_ms, "one_key_ms": one_ms,
                      "two_keys_ms": two_ms, "where_ms": where_ms, "groups_one": groups_one, "groups_two": groups_two,
                      "threads": threads}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
