#!/usr/bin/python3
"""Trains RoleLens's clause model from a labelled corpus and writes it as a rule pack.

Development time only: the build and the tests never run this. It needs python3-sklearn.

  rolelens-eval --dump-clauses clauses.jsonl [--except-fold I/K] CORPUS
  train-clause-model.py clauses.jsonl OUT.json [--c C] [--threshold T] [--cv K]

The dump lists every clause (sentence or bullet) of the corpus's TPM postings with the
features the engine computes for it and the labelled demand it overlaps. Three linear models
are fitted on those features: demand or not (all clauses), the family (demand clauses) and
preferred or required (demand clauses). Their weights go into the pack's "model" section,
feature by feature, in the order of "outputs". With --cv K the script instead reports
clause-level precision and recall for a grid of C and thresholds, by K-fold cross-validation
grouped by posting, so that the choice is made without the fold kept unread.
"""
import argparse
import hashlib
import json
import sys
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

FAMILIES = ["coding-demand", "execution-duty", "credential", "combined-role"]
# The model flags a clause no rule matched only if it names one of these lexicon classes: a
# technology, engineering work or an engineering role or degree. Other clauses (benefits, the
# company, the team) are never judged, which keeps judging cheap and false alarms rare.
JUDGES = ["tech.*", "work.*", "demand.*", "verb.dev", "verb.dev.past", "verb.dev.strong",
          "verb.build", "verb.build-data", "obj.dev", "obj.dev.weak", "obj.data", "duty.exec",
          "duty.act", "role.dev", "role.dev.one", "role.combined", "degree.advanced",
          "degree.advanced-field"]
# A clause that asks only to understand a technology is acceptable (LABELLING.md's first edge
# case): the model never flags on its own one that names a LITERACY cue and no cue asking for
# more, whatever else it names. A negation ("this is not a coding role") asks for less still.
LITERACY = ["cue.soft", "mod.negation"]
# "Background in building internal tools" asks for more than "familiarity in coding" does.
BEYOND_LITERACY = ["cue.strong", "cue.medium", "cue.hands-on", "exp.noun", "exp.years",
                   "exp.years-with", "cue.background"]
# The program's own objects (status dashboards, plans, documents, PM tools) are a TPM's work
# (LABELLING.md's table): the model never flags on its own a clause that names one of them and
# no engineering object, whatever verb builds it.
PROGRAM_OBJECTS = ["obj.pm-artifact", "obj.status", "obj.document", "obj.people", "pm.tool"]
ENGINEERING_OBJECTS = ["tech.*", "work.*", "saas.*", "field.tech", "demand.*", "obj.dev",
                       "obj.dev.weak", "obj.data", "obj.tool", "obj.config", "obj.bi", "obj.perf",
                       "obj.queried", "duty.exec", "duty.act", "degree.advanced",
                       "degree.advanced-field", "cue.hands-on", "verb.dev.strong", "verb.query"]
OUTPUTS = ["demand"] + FAMILIES + ["preferred", "keep"]

# The texts of a finding the model makes when no rule matched the clause.
FINDINGS = {
    "coding-demand": {
        "message": "Asks the project leader for an engineer's hands-on technical skill",
        "rationale": "A TPM is hired to steer delivery, not to build: they need enough "
                     "understanding of the technology to question estimates and weigh risks, "
                     "while the engineers bring the hands-on skill. Asking for it screens out "
                     "experienced project leaders and draws developers instead.",
        "suggestions": ["Enough understanding of the technology involved to discuss trade-offs "
                        "with engineers and assess technical risk"],
    },
    # On real postings the model never trained on (ten sets, 408 postings), only 7 of the 16
    # execution duties it flagged on its own were labelled demands, against 10 of 11 coding
    # demands: it offers such a clause only as a hint ("threshold": 1 never flags alone).
    "execution-duty": {
        "threshold": 1,
        "message": "Gives the project leader engineering work to do themselves",
        "rationale": "Building, configuring, querying or tuning systems is the engineering "
                     "team's work. A TPM makes sure that work is planned, staffed and "
                     "delivered; a posting that makes it their own duty describes a second "
                     "job and attracts engineers.",
        "suggestions": ["Coordinate the engineers who do this work, tracking its risks, "
                        "dependencies and progress"],
    },
    "credential": {
        "message": "Asks for an advanced engineering degree, which a project leader does not need",
        "rationale": "A graduate degree in engineering or computer science measures research or "
                     "engineering depth. What predicts a TPM's success is a record of leading "
                     "technical programs; requiring the degree turns such candidates away.",
        "suggestions": ["Bachelor's degree in a technical field, or equivalent experience "
                        "leading technical programs"],
    },
    "combined-role": {
        "message": "Makes the project leader also the team's engineer or architect",
        "rationale": "One person cannot lead delivery and carry an engineer's or architect's "
                     "workload at the same time; one of the two jobs is left undone. Hire for "
                     "the leadership role and let engineers own the technical design.",
        "suggestions": ["Lead technical delivery in partnership with the team's architects and "
                        "technical leads"],
    },
}


def fold_of(name, k):
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % k


def load(path, min_count, kinds, skip_folds=(), developer_positives=False, extra=()):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if fold_of(r["file"], 5) not in skip_folds]
    # Clauses of postings written for the project (--extra) widen the vocabulary the model has
    # seen, at a lower weight than real ones; they are never a measure of accuracy.
    for extra_path, weight in extra:
        for line in open(extra_path, encoding="utf-8"):
            if line.strip():
                rows.append(dict(json.loads(line), weight=weight))
    # A developer posting's requirements are developer demands by definition: those that name
    # engineering work (a technology, a developer verb or object) teach the model what such a
    # demand looks like beyond the few labelled in TPM postings. The rest of them are dropped.
    engineering = ("c:tech.", "c:verb.dev", "c:obj.dev", "c:work.", "c:demand.", "c:duty.exec")
    kept = []
    for r in rows:
        if r.get("role", "tpm") == "developer":
            if not developer_positives or not any(f.startswith(engineering) for f in r["features"]):
                continue
            r["demand"], r["strength"] = "coding-demand", "required"
        kept.append(r)
    rows = kept
    for r in rows:
        r["features"] = [f for f in r["features"] if f[0] in kinds]
    counts = Counter(f for r in rows for f in r["features"])
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocabulary)}
    data, indices, pointers = [], [], [0]
    for r in rows:
        cols = sorted({index[f] for f in r["features"] if f in index})
        indices += cols
        data += [1.0] * len(cols)
        pointers.append(len(indices))
    X = csr_matrix((data, indices, pointers), shape=(len(rows), len(vocabulary)))
    return rows, X, vocabulary


def fit(X, rows, c, positive_weight, keep_from="demand"):
    y = np.array([1 if r["demand"] else 0 for r in rows])
    weight = np.array([r.get("weight", 1.0) for r in rows])
    demand = LogisticRegression(C=c, class_weight={0: 1.0, 1: positive_weight}, max_iter=2000)
    demand.fit(X, y, sample_weight=weight)
    positives = np.flatnonzero(y)
    families = np.array([FAMILIES.index(rows[i]["demand"]) for i in positives])
    family = LogisticRegression(C=c, max_iter=2000)
    family.fit(X[positives], families, sample_weight=weight[positives])
    strengths = np.array([1 if rows[i]["strength"] == "preferred" else 0 for i in positives])
    preferred = LogisticRegression(C=c, max_iter=2000)
    preferred.fit(X[positives], strengths, sample_weight=weight[positives])
    if keep_from == "demand":
        return demand, family, preferred, demand
    # Whether a rule's match is right, learnt from the matched clauses alone: there a demand is
    # the common case, and the model learns which contexts make a match wrong.
    matched = np.array([i for i, r in enumerate(rows) if any(f.startswith("r:") for f in r["features"])])
    keep = LogisticRegression(C=c, max_iter=2000)
    keep.fit(X[matched], y[matched], sample_weight=weight[matched])
    return demand, family, preferred, keep


def family_weights(family, width):
    """The family model's weights as one row per family, also for families it never saw."""
    coef = np.zeros((len(FAMILIES), width))
    bias = np.full(len(FAMILIES), -10.0)
    classes = list(family.classes_)
    if len(classes) == 2:  # a binary model keeps one row: the second class against the first
        coef[classes[1]], bias[classes[1]] = family.coef_[0], family.intercept_[0]
        coef[classes[0]], bias[classes[0]] = 0.0, 0.0
    else:
        for row, k in enumerate(classes):
            coef[k], bias[k] = family.coef_[row], family.intercept_[row]
    return coef, bias


def write_pack(path, vocabulary, models, threshold, keep_threshold, hint_threshold, trained_on,
               min_weight):
    demand, family, preferred, keep = models
    fam_coef, fam_bias = family_weights(family, len(vocabulary))
    weights = {}
    for i, name in enumerate(vocabulary):
        row = [demand.coef_[0][i], *fam_coef[:, i], preferred.coef_[0][i], keep.coef_[0][i]]
        # Features whose weights are all tiny are left out: a smaller pack loads faster, and
        # at the default of 0.02 the decisions stay the same.
        if max(abs(w) for w in row) >= min_weight:
            # A zero is written as 0, not 0.0: the engine parses it faster.
            weights[name] = [round(float(w), 2) or 0 for w in row]
    bias = [demand.intercept_[0], *fam_bias, preferred.intercept_[0], keep.intercept_[0]]
    pack = {
        "pack": "model",
        "description": "RoleLens's clause model: weights over the features of a requirement "
                       "clause, trained by tests/eval/train-clause-model.py on labelled real "
                       "postings. It decides whether a clause asks the TPM for an engineer's "
                       "work, of which family, and whether only as preferred.",
        "model": {
            "trainedOn": trained_on,
            "threshold": threshold,
            "keepThreshold": keep_threshold,
            "hintThreshold": min(hint_threshold, threshold),
            "outputs": OUTPUTS,
            "judges": JUDGES,
            "literacy": LITERACY,
            "beyondLiteracy": BEYOND_LITERACY,
            "programObjects": PROGRAM_OBJECTS,
            "engineeringObjects": ENGINEERING_OBJECTS,
            "bias": [round(float(b), 3) for b in bias],
            "findings": FINDINGS,
            "weights": weights,
        },
    }
    with open(path, "w", encoding="utf-8") as out:
        json.dump(pack, out, indent=1, ensure_ascii=False, sort_keys=False)
        out.write("\n")
    return len(weights)


def cross_validate(rows, X, k, grid_c, grid_t, positive_weight):
    # Only real clauses are scored; written ones (--extra, which carry a weight) always train.
    real = np.array(["weight" not in r for r in rows])
    files = sorted({r["file"] for r, is_real in zip(rows, real) if is_real})
    group = np.array([fold_of(r["file"], 1000003) % k for r in rows])
    y = np.array([1 if r["demand"] else 0 for r in rows])
    for c in grid_c:
        p = np.zeros(len(rows))
        for g in range(k):
            train = np.flatnonzero((group != g) | ~real)
            test = np.flatnonzero((group == g) & real)
            model = fit(X[train], [rows[i] for i in train], c, positive_weight)[0]
            p[test] = model.predict_proba(X[test])[:, 1]
        for t in grid_t:
            hit = (p >= t) & real
            tp = int((hit & (y == 1)).sum())
            prec = tp / max(hit.sum(), 1)
            rec = tp / max((real & (y == 1)).sum(), 1)
            print(f"C={c:<5} t={t:.2f} clauses: precision {prec:.3f} recall {rec:.3f} "
                  f"flagged {int(hit.sum())} of {int(real.sum())} ({len(files)} postings)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump")
    parser.add_argument("out", nargs="?")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--threshold", type=float, default=0.5,
                        help="probability from which a clause no rule matched is flagged")
    parser.add_argument("--keep-threshold", type=float, default=0.2,
                        help="keep probability from which a rule's finding is kept")
    parser.add_argument("--hint-threshold", type=float, default=1.0,
                        help="probability from which a clause the model does not flag is offered "
                             "as a hint (info) to check; 1: no hints")
    parser.add_argument("--keep-from", choices=["demand", "matched"], default="demand",
                        help="the keep output: the demand model itself, or a model of the matched "
                             "clauses alone")
    parser.add_argument("--positive-weight", type=float, default=3.0)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--cv", type=int, default=0)
    parser.add_argument("--developer-positives", action="store_true",
                        help="also learn from the engineering requirements of developer postings")
    parser.add_argument("--skip-folds", default="",
                        help="leave out the postings of these folds of 5, e.g. 4 or 4,1")
    parser.add_argument("--kinds", default="wbfcprs",
                        help="feature kinds to use: w words, b pairs, f first word, c classes, p class pairs, "
                             "r rules, s shape")
    parser.add_argument("--extra", action="append", default=[], metavar="DUMP",
                        help="also learn from this dump of postings written for the project")
    parser.add_argument("--extra-weight", type=float, default=0.3,
                        help="weight of an --extra clause against a real one")
    parser.add_argument("--min-weight", type=float, default=0.02,
                        help="leave out a feature whose weights are all smaller than this")
    parser.add_argument("--trained-on", default="")
    args = parser.parse_args()
    rows, X, vocabulary = load(args.dump, args.min_count, args.kinds,
                                {int(f) for f in args.skip_folds.split(",") if f},
                                args.developer_positives,
                                [(path, args.extra_weight) for path in args.extra])
    if args.cv:
        cross_validate(rows, X, args.cv, [0.1, 0.3, 1.0, 3.0], [0.3, 0.4, 0.5, 0.6, 0.7],
                       args.positive_weight)
        return
    if not args.out:
        sys.exit("train-clause-model.py: give OUT.json, or --cv K")
    models = fit(X, rows, args.c, args.positive_weight, args.keep_from)
    kept = write_pack(args.out, vocabulary, models, args.threshold, args.keep_threshold,
                      args.hint_threshold,
                      args.trained_on, args.min_weight)
    print(f"{len(rows)} clauses, {len(vocabulary)} features, {kept} kept -> {args.out}")


if __name__ == "__main__":
    main()
