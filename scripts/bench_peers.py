#!/usr/bin/env python3
"""Helper for scripts/bench: the peer group-bys, the agreement check and the table.

  bench_peers.py polars FILE OUT     boys and girls per ward and year, Polars lazy scan_csv
  bench_peers.py duckdb FILE OUT     the same in DuckDB (read_csv, SET threads)
  bench_peers.py check SRB_CSV ROWS PEER_OUT...
                                     every peer's counts equal srb's (exact), and srb's
                                     births add up to ROWS; exit 1 with the differences if not
  bench_peers.py table RESULTS_TSV   the results as a Markdown table

Peer outputs are `ward,year,boys,girls` lines, no header, in any order.
Thread counts come from POLARS_MAX_THREADS / BENCH_THREADS (set by scripts/bench).
"""
import csv
import os
import sys


def run_polars(path, out, dedup=False):
    import polars as pl

    frame = pl.scan_csv(path, infer_schema=False)  # every column a string: no type guessing
    if dedup:  # the fair peer for a register with ids: repeated ids dropped, the first kept
        frame = frame.unique(subset="id", keep="first", maintain_order=True)
    df = (
        frame
        .select(
            pl.col("ward"),
            pl.col("birth_date").str.slice(6, 4).cast(pl.Int32).alias("year"),
            pl.col("sex"),
        )
        .group_by("ward", "year")
        .agg(
            (pl.col("sex") == "Nam").sum().alias("boys"),
            (pl.col("sex") == "Nữ").sum().alias("girls"),
        )
        .collect()
    )
    df.write_csv(out, include_header=False)


def run_duckdb(path, out, dedup=False):
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads={int(os.environ.get('BENCH_THREADS', '2'))}")
    src = path.replace("'", "''")
    dst = out.replace("'", "''")
    rows = f"read_csv('{src}', header = true, all_varchar = true)"
    if dedup:
        # The fair peer for a register with ids: repeated ids dropped, the FIRST in file
        # order kept. A window over read_csv has no file order to sort by, so the rows go
        # into a table first (insertion order is preserved: rowid is the file's row) and
        # the first rowid of each id is kept.
        con.execute(f"CREATE TEMP TABLE register AS SELECT ward, birth_date, sex, id FROM {rows}")
        rows = ("(SELECT ward, birth_date, sex FROM register "
                "QUALIFY row_number() OVER (PARTITION BY id ORDER BY rowid) = 1)")
    con.execute(
        f"""
        COPY (
          SELECT ward,
                 CAST(substr(birth_date, 7, 4) AS INTEGER) AS year,
                 count(*) FILTER (WHERE sex = 'Nam') AS boys,
                 count(*) FILTER (WHERE sex = 'Nữ') AS girls
          FROM {rows}
          GROUP BY ALL
        ) TO '{dst}' (HEADER false)
        """
    )


def load_peer(path):
    counts = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.reader(f):
            if not row:
                continue
            ward, year, boys, girls = row
            key = (ward, int(year))
            if key in counts:
                raise SystemExit(f"{path}: {key} appears twice")
            counts[key] = (int(boys), int(girls))
    return {k: v for k, v in counts.items() if v != (0, 0)}


def load_srb(path):
    counts = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] != "ward":
                continue
            key = (row["name"], int(row["year"]))
            counts[key] = (int(row["boys"]), int(row["girls"]))
    return {k: v for k, v in counts.items() if v != (0, 0)}


def check(srb_csv, rows, peers):
    ref = load_srb(srb_csv)
    total = sum(b + g for b, g in ref.values())
    ok = True
    if total != rows:
        print(f"MISMATCH: srb counts {total} births, the register has {rows} rows", file=sys.stderr)
        ok = False
    for peer in peers:
        got = load_peer(peer)
        if got == ref:
            continue
        ok = False
        keys = sorted(set(ref) | set(got))
        diffs = [(k, ref.get(k), got.get(k)) for k in keys if ref.get(k) != got.get(k)]
        print(f"MISMATCH: {peer} differs from srb on {len(diffs)} ward-years, e.g.:", file=sys.stderr)
        for k, a, b in diffs[:5]:
            print(f"  {k}: srb {a}, peer {b}", file=sys.stderr)
    if not ok:
        sys.exit(1)
    print(f"  agree: srb and {len(peers)} peers, {len(ref)} ward-years, {total} births", file=sys.stderr)


def table(tsv):
    # columns: file rows bytes tool wall_s rss_kb
    rows = []
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            file, nrows, size, tool, wall, rss = line.rstrip("\n").split("\t")
            rows.append((file, int(nrows), int(size), tool, float(wall), int(rss)))
    srb_wall = {r[0]: r[4] for r in rows if r[3] == "srb"}
    print("| file | tool | rows | MB | wall s | MB/s | peak RSS MB | ÷ srb time |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for file, nrows, size, tool, wall, rss in rows:
        mb = size / 1e6
        mbs = mb / wall if wall > 0 else float("inf")
        ratio = wall / srb_wall[file] if srb_wall.get(file) else float("nan")
        print(
            f"| {file} | {tool} | {nrows:,} | {mb:.0f} | {wall:.2f} | {mbs:,.0f} | "
            f"{rss / 1024:.0f} | {ratio:.2f} |"
        )


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    cmd = argv[1]
    if cmd == "polars" and len(argv) == 4:
        run_polars(argv[2], argv[3])
    elif cmd == "duckdb" and len(argv) == 4:
        run_duckdb(argv[2], argv[3])
    elif cmd == "polars-dedup" and len(argv) == 4:
        run_polars(argv[2], argv[3], dedup=True)
    elif cmd == "duckdb-dedup" and len(argv) == 4:
        run_duckdb(argv[2], argv[3], dedup=True)
    elif cmd == "check" and len(argv) >= 4:
        check(argv[2], int(argv[3]), argv[4:])
    elif cmd == "table" and len(argv) == 3:
        table(argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
