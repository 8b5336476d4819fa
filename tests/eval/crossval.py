#!/usr/bin/python3
"""Measures RoleLens on postings its clause model was not trained on.

Development time only, like train-clause-model.py (needs python3-sklearn).

  crossval.py BUILD_DIR CORPUS [--folds 0,1,2,3] [--rules-alone] [--misses] [--written DIR]
              [-- TRAINER_ARGS...]

For each fold I given, the clauses of every other fold of five are dumped, a model is trained
on them with TRAINER_ARGS, and fold I is scored with that model by rolelens-eval. The counts
of the folds are added up, so the figures are those of one scorer run over all the folds
given, each scored by a model that never saw it; --misses lists what each fold missed. Keep one fold out of --folds while writing
rules, and measure it once at the end. --written DIR adds the postings written for the project
(tests/eval/written) to every fold's training, as the trainer's --extra.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = [("recall", "demands"), ("precision", "role_findings"), ("acceptable_flagged", "acceptable"),
        ("verdict_binary", "tpm_postings"), ("verdict_exact", "tpm_postings"),
        ("developer_not_misclassified", "developer_postings")]


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def main():
    argv = sys.argv[1:]
    trainer_args = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    build, corpus = argv[0], argv[1]
    folds = [0, 1, 2, 3]
    if "--folds" in argv:
        folds = [int(f) for f in argv[argv.index("--folds") + 1].split(",")]
    rules_alone = "--rules-alone" in argv
    evaluate = os.path.join(build, "tests", "rolelens-eval")
    parts, wholes = {}, {}
    with tempfile.TemporaryDirectory() as work:
        if "--written" in argv and not rules_alone:
            written = os.path.join(work, "written.jsonl")
            run(evaluate, "--dump-clauses", written, argv[argv.index("--written") + 1])
            trainer_args += ["--extra", written]
        for fold in folds:
            model = os.path.join(work, f"model-{fold}.json")
            if rules_alone:
                # A model that never flags a clause and never drops a rule's finding.
                bias = [-20.0] * 6 + [20.0]
                pack = {"pack": "model", "model": {"threshold": 1.0, "keepThreshold": 0.5,
                        "outputs": ["demand", "coding-demand", "execution-duty", "credential",
                                    "combined-role", "preferred", "keep"],
                        "judges": [], "bias": bias, "weights": {"w:x": [0.0] * 7},
                        "findings": {family: {"message": "-", "rationale": "-", "suggestions": []}
                                     for family in ("coding-demand", "execution-duty",
                                                    "credential", "combined-role")}}}
                with open(model, "w", encoding="utf-8") as out:
                    json.dump(pack, out)
            else:
                dump = os.path.join(work, f"clauses-{fold}.jsonl")
                run(evaluate, "--dump-clauses", dump, "--except-fold", f"{fold}/5", corpus)
                run(sys.executable, os.path.join(HERE, "train-clause-model.py"), dump, model,
                    *trainer_args)
            output = run(evaluate, "--json", "--rules", model, "--fold", f"{fold}/5", corpus,
                         *(["--misses"] if "--misses" in argv else []))
            lines = output.splitlines()
            for miss in lines[:-1]:
                print(miss)
            figures = json.loads(lines[-1])
            line = []
            for key, whole in KEYS:
                n = figures[whole]
                parts[key] = parts.get(key, 0) + round(figures[key] * n)
                wholes[key] = wholes.get(key, 0) + n
                line.append(f"{figures[key]:.3f}")
            print(f"fold {fold}: " + " ".join(line), file=sys.stderr)
    for key, _ in KEYS:
        print(f"{key:30} {parts[key]:4}/{wholes[key]:<4} = {parts[key] / max(wholes[key], 1):.3f}")


if __name__ == "__main__":
    main()
