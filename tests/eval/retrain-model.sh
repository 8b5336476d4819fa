#!/usr/bin/env bash
# Retrains the built-in clause model, resources/rules/clause-model.json, with the settings the
# README gives: every labelled real posting given (the development corpus, and any further
# folders of real postings labelled the same way), and the postings written for the project at
# a third of a real clause's weight. Development time only: needs python3-sklearn and a build
# with rolelens-eval. Rebuild afterwards, since the packs are compiled in.
#
#   tests/eval/retrain-model.sh BUILD_DIR CORPUS_DIR [MORE_LABELLED_DIR...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR CORPUS_DIR [MORE_LABELLED_DIR...]" >&2; exit 2; }
evaluate="$1/tests/rolelens-eval"
[ -x "$evaluate" ] || { echo "$evaluate is missing: build the project first" >&2; exit 1; }
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
postings=0
for folder in "$@"; do
    [ -s "$folder/labels.jsonl" ] || { echo "$folder/labels.jsonl is missing or empty" >&2; exit 1; }
    "$evaluate" --dump-clauses "$work/part.jsonl" "$folder" >/dev/null
    cat "$work/part.jsonl" >>"$work/real.jsonl"
    postings=$((postings + $(grep -c . "$folder/labels.jsonl")))
done
"$evaluate" --dump-clauses "$work/written.jsonl" "$root/tests/eval/written" >/dev/null
/usr/bin/python3 "$root/tests/eval/train-clause-model.py" "$work/real.jsonl" \
    "$root/resources/rules/clause-model.json" --threshold 0.9 --keep-threshold 0.05 \
    --hint-threshold 0.3 --c 0.5 --extra "$work/written.jsonl" --extra-weight 0.3 \
    --min-weight 0.1 --trained-on "$postings labelled real postings (the development corpus, \
and any further folders labelled the same way: $# in all), and at a third of the weight the \
postings written for the project (tests/eval/written)"
