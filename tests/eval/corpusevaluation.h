#pragma once

#include "engine/analyzer.h"

#include <QIODevice>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rolelens {

/// A labelled developer demand: an exact substring of its posting.
struct LabelledDemand
{
    QString text;
    QString family; ///< "coding-demand", "execution-duty", "credential", "combined-role"; "?" in v1
    QString strength; ///< "required" or "preferred"; "?" in v1 labels
};

/// One labelled posting, in the format of labels.jsonl (v2: "demands" and "acceptable"; v1:
/// "coding_demands" and "acceptable_technical" are read too).
struct LabelledPosting
{
    QString file;
    QString role;    ///< "tpm", "developer" or "other"
    QString verdict; ///< "ok", "borderline" or "misclassified"
    QList<LabelledDemand> demands;
    QStringList acceptable;
};

/// Which postings of a corpus to score: all, one fold of K, or all but one, split by a stable
/// hash of the file name exactly as the corpus's score.py splits them.
struct FoldSelection
{
    int fold = -1; ///< -1: every posting
    int folds = 5;
    bool except = false; ///< every posting but those of the fold

    [[nodiscard]] bool includes(const QString &file) const;
    /// The fold of \a file among \a folds: SHA-256 of the name, as a big number, modulo K.
    [[nodiscard]] static int foldOf(const QString &file, int folds);
};

/// A found / total pair.
struct Ratio
{
    int part = 0;
    int whole = 0;
    [[nodiscard]] double value(double empty = 0.0) const
    {
        return whole ? double(part) / whole : empty;
    }
};

/// What the engine got right and wrong on a labelled corpus, with the figures of score.py.
struct CorpusScore
{
    Ratio recall;                  ///< demands overlapped by a role finding of any severity
    QMap<QString, Ratio> recallBy; ///< "family:…" and "strength:…"
    Ratio precision;               ///< role warnings and errors in TPM postings on some demand
    Ratio acceptableFlagged;       ///< acceptable phrases overlapped by a role warning or error
    Ratio verdictBinary;           ///< TPM postings whose ok / not-ok call matches the label
    Ratio verdictExact;            ///< TPM postings whose verdict matches exactly
    Ratio developersNotMisclassified;
    QStringList misses;        ///< "file: [family/strength] span" for every demand not found
    QStringList falseFlags;    ///< "file: span" for every acceptable phrase flagged
    QStringList outsideFlags;  ///< "file: [rule] text" for every flag outside every demand
    QStringList wrongVerdicts; ///< "file: labelled X, got Y"
    QStringList problems;      ///< unreadable files, spans missing from their posting
};

/// Reads labels.jsonl; a line that is not a labelled posting is reported in \a problems.
[[nodiscard]] QList<LabelledPosting> readLabels(const QString &path, QStringList *problems);

/// Runs \a analyzer over the selected postings of \a corpusDir (labels.jsonl beside
/// postings/) and scores them the way the corpus's score.py does.
[[nodiscard]] CorpusScore evaluateCorpus(const Analyzer &analyzer, const QString &corpusDir,
                                         const FoldSelection &selection = {});

/// Writes one JSON line per clause of every selected TPM or developer posting ("role"): where
/// it is, its text,
/// its clause-model features and the labelled demand it overlaps most ("demand": family or
/// null, "strength"). The training script reads this. Returns false if a write failed.
bool dumpClauses(const Analyzer &analyzer, const QString &corpusDir, const FoldSelection &selection,
                 QIODevice *out, QStringList *problems);

} // namespace rolelens
