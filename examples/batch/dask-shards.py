#!/usr/bin/env python3
"""Parses a corpus on a Dask distributed cluster, one NDJSON file per shard.

    examples/batch/dask-shards.py --scheduler tcp://host:8786 --shards 64 --out-dir out -- /srv/corpus
    examples/batch/dask-shards.py --local 2 --shards 4 --out-dir out -- --exclude test src

The arguments after "--" are essa-parse's listing arguments (files, directories,
--files-from, --exclude, --module/--script/--commonjs). For each shard I of N, the driver
asks `essa-parse --list --shard I/N ARGS` which files that shard holds and with which goal,
so the split and the goal of each file (package.json "type", .mjs, .cjs) are essa-parse's
own. Each shard is one Dask task: the worker parses its files through essa's Python binding
(ctypes over libessa.so) and writes OUT_DIR/shard-I-of-N.ndjson, the records that
`essa-parse --shard I/N ARGS` would print, in the same order.

Every worker needs the essa Python package (with libessa.so, or ESSA_LIBRARY pointing at it)
and the corpus at the same path as the driver (relative names are taken from the driver's
working directory); only the driver runs essa-parse (ESSA_PARSE, else the one on PATH).
Exit status as essa-parse's: 0, 1 when some file has a syntax error, 2 when a file or the
list could not be read.
"""

import argparse
import json
import logging
import os
import subprocess
import sys
import traceback


def list_shard(essa_parse, index, count, listing_args):
    """(status, [(name, goal), ...]) of shard `index` (1-based) of `count`."""
    run = subprocess.run(
        [essa_parse, "--list", "--quiet", "--shard=%d/%d" % (index, count)] + listing_args,
        stdout=subprocess.PIPE,
    )
    files = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    return run.returncode, [(f["file"], f["goal"]) for f in files]


def _json_string(text):
    # The spelling of essa's JSON writer (and JSON.stringify): UTF-8 as is, \uXXXX only for
    # control characters.
    return json.dumps(text, ensure_ascii=False)


def record(essa, name, source, goal):
    """One line of essa-parse's NDJSON output for `source` (bytes), without the newline, and
    whether the file parsed."""
    try:
        if goal == "detect":
            # Node's module syntax detection, as essa-parse applies it (cli/parse_file.cpp):
            # CommonJS, unless only the module goal parses the file; when neither does, the
            # error further into the file (CommonJS's on a tie).
            try:
                ast = essa.parse(source, commonjs=True, json=True)
            except essa.ParseError as first:
                try:
                    ast = essa.parse(source, module=True, json=True)
                except essa.ParseError as second:
                    raise second if second.pos > first.pos else first
        else:
            ast = essa.parse(
                source, module=goal == "module", commonjs=goal == "commonjs", json=True
            )
        return '{"file":%s,"ast":%s}' % (_json_string(name), ast), True
    except essa.ParseError as e:
        return ('{"file":%s,"error":{"message":%s,"offset":%d,"line":%d,"column":%d,'
                '"raisedAt":%d}}' % (_json_string(name), _json_string(e.message), e.pos,
                                     e.line, e.column, e.raised_at)), False


def parse_shard(files, out_path, cwd):
    """Runs on a worker: parses `files` and writes their records to `out_path` (through a
    temporary file, so a shard file is whole or absent). Returns (files, errors, bytes,
    unreadable file messages)."""
    import essa

    errors = 0
    size = 0
    unreadable = []
    temp = out_path + ".tmp-%d" % os.getpid()
    with open(temp, "w", encoding="utf-8", newline="\n") as out:
        for name, goal in files:
            try:
                with open(os.path.join(cwd, name), "rb") as f:
                    source = f.read()
            except OSError as e:
                # As essa-parse: no record for a file that cannot be read.
                unreadable.append("cannot open '%s': %s" % (name, e.strerror))
                continue
            size += len(source)
            line, parsed = record(essa, name, source, goal)
            errors += 0 if parsed else 1
            out.write(line)
            out.write("\n")
    os.replace(temp, out_path)
    return len(files), errors, size, unreadable


def main():
    parser = argparse.ArgumentParser(
        description="Parse a corpus with essa on a Dask cluster, one NDJSON file per shard.",
        usage="%(prog)s (--scheduler ADDRESS | --local WORKERS) --shards N --out-dir DIR -- "
        "ESSA_PARSE_LISTING_ARGS...",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local", type=int, metavar="WORKERS",
                       help="start a LocalCluster of WORKERS processes (one thread each)")
    parser.add_argument("--shards", type=int, required=True, help="number of shards N")
    parser.add_argument("--out-dir", required=True, help="where shard-I-of-N.ndjson go")
    parser.add_argument("listing", nargs="+", help="essa-parse's listing arguments")
    args = parser.parse_args()
    if args.shards < 1:
        parser.error("--shards needs a number >= 1")
    essa_parse = os.environ.get("ESSA_PARSE", "essa-parse")
    os.makedirs(args.out_dir, exist_ok=True)

    status = 0
    shards = []
    for index in range(1, args.shards + 1):
        list_status, files = list_shard(essa_parse, index, args.shards, args.listing)
        if list_status not in (0, 2):
            sys.exit("dask-shards: essa-parse --list failed (status %d)" % list_status)
        status = max(status, list_status)
        out_path = os.path.join(os.path.abspath(args.out_dir),
                                "shard-%d-of-%d.ndjson" % (index, args.shards))
        shards.append((files, out_path))

    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.local is not None:
        # Quiet: closing a local cluster logs harmless warnings about workers still beating.
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
    client = Client(cluster if cluster is not None else args.scheduler)
    try:
        cwd = os.getcwd()
        futures = [client.submit(parse_shard, files, out_path, cwd, pure=False)
                   for files, out_path in shards]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    total = errors = size = 0
    for count, failed, nbytes, unreadable in results:
        total += count
        errors += failed
        size += nbytes
        for message in unreadable:
            print("dask-shards: " + message, file=sys.stderr)
            status = 2
    if errors and status == 0:
        status = 1
    print("%d files, %.1f MB, %d errors, %d shards in %s" % (
        total, size / 1e6, errors, args.shards, args.out_dir), file=sys.stderr)
    return status


if __name__ == "__main__":
    try:
        status = main()
    except Exception:  # a failed task, a lost cluster: status 2, not 1 (a syntax error)
        traceback.print_exc()
        status = 2
    sys.exit(status)
