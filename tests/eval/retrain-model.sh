#!/usr/bin/env bash
# Retrains the built-in clause model, resources/rules/clause-model.json, with the settings the
# README gives: every fold of the labelled corpus, and the postings written for the project at
# a third of a real clause's weight. Development time only: needs python3-sklearn and a build
# with rolelens-eval. Rebuild afterwards, since the packs are compiled in.
#
#   tests/eval/retrain-model.sh BUILD_DIR CORPUS_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR CORPUS_DIR" >&2; exit 2; }
evaluate="$1/tests/rolelens-eval"
[ -x "$evaluate" ] || { echo "$evaluate is missing: build the project first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$evaluate" --dump-clauses "$work/corpus.jsonl" "$2" >/dev/null
"$evaluate" --dump-clauses "$work/written.jsonl" "$root/tests/eval/written" >/dev/null
/usr/bin/python3 "$root/tests/eval/train-clause-model.py" "$work/corpus.jsonl" \
    "$root/resources/rules/clause-model.json" --threshold 0.8 --keep-threshold 0.05 \
    --hint-threshold 0.5 --c 0.5 --extra "$work/written.jsonl" --extra-weight 0.3 \
    --min-weight 0.1 --trained-on "the 180 labelled real postings of the development corpus \
(140 TPM postings, all five folds), and at a third of the weight the postings written for the \
project (tests/eval/written)"
