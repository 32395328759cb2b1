#!/usr/bin/env bash
# One corpus over many machines with GNU parallel (Debian package `parallel`): SHARDS runs of
# `essa-parse --shard I/SHARDS`, spread over the ssh hosts, each on all cores of its host; the
# NDJSON of every shard is written whole, in shard order, to standard output.
#
#   examples/batch/parallel-shards.sh HOSTS SHARDS CORPUS [essa-parse options...] > out.ndjson
#
# HOSTS is GNU parallel's --sshlogin list: "host1,host2", "user@host", ":" for this machine.
# Every host needs essa-parse on its PATH (or ESSA_PARSE=/path/to/essa-parse) and the corpus
# at the same path (a shared or synced file system), so that every shard lists the same
# files. A few shards per host let a fast host take more of them. Exit status: the worst of
# the shards' (0 ok, 1 syntax errors, 2 I/O errors), 3 when a shard could not run.
set -euo pipefail
if [[ $# -lt 3 ]]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
hosts=$1 shards=$2 corpus=$3
shift 3
essa=${ESSA_PARSE:-essa-parse}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# -q quotes every word for the remote shell; --keep-order prints shards in order, each whole.
status=0
seq 1 "$shards" | parallel -q --sshlogin "$hosts" --jobs 1 --keep-order --joblog "$log" \
  "$essa" --quiet "--shard={}/$shards" "$@" -- "$corpus" || status=$?
# parallel's own status counts failed shards; the joblog has each one's exit value.
worst=$(awk 'NR > 1 { if ($7 > w) w = $7; if ($8 != 0) s = 1 } END { print (s ? 3 : w + 0) }' "$log")
if [[ $worst -eq 0 && $status -ne 0 ]]; then worst=3; fi
exit "$worst"
