#!/usr/bin/env bash
# Measures `parallax ingest` at scale: generates synthetic corpora of 10k and
# 100k articles (cmd/synthgen), ingests each into a fresh SQLite database with
# the real binary, and prints seconds per article, peak memory (max RSS) and
# the ratio of per-article times. Usage: scripts/bench-scale.sh [SIZES…]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/parallax" ./cmd/parallax
go build -o "$tmp/synthgen" ./cmd/synthgen
if [ ! -x /usr/bin/time ]; then
	echo "/usr/bin/time is needed (Debian package 'time')" >&2
	exit 1
fi
first=""
for n in "${sizes[@]}"; do
	"$tmp/synthgen" -n "$n" -seed 1 > "$tmp/corpus-$n.jsonl"
	rm -f "$tmp/scale.db"*
	/usr/bin/time -f '%e %M' -o "$tmp/time-$n" "$tmp/parallax" ingest --progress never --db "$tmp/scale.db" "$tmp/corpus-$n.jsonl" > "$tmp/out-$n" 2> "$tmp/err-$n" || true
	# The last line: /usr/bin/time puts "Command exited with non-zero status N"
	# before it when some inputs failed.
	read -r secs kb < <(tail -n 1 "$tmp/time-$n")
	per=$(awk -v s="$secs" -v n="$n" 'BEGIN { printf "%.3f", s * 1000 / n }')
	echo "$n articles: ${secs} s, ${per} ms/article, peak RSS $((kb / 1024)) MB; $(cat "$tmp/out-$n")"
	if [ -s "$tmp/err-$n" ]; then
		echo "  stderr: $(head -n 3 "$tmp/err-$n")"
	fi
	if [ -z "$first" ]; then
		first=$per
	else
		echo "  per-article time ratio to ${sizes[0]}: $(awk -v a="$per" -v b="$first" 'BEGIN { printf "%.2f", a / b }')"
	fi
done
