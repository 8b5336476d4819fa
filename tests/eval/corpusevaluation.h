#pragma once

#include "analyzer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

/// One labelled posting, in the format of labels.jsonl.
struct LabelledPosting
{
    QString file;
    QString role;    ///< "tpm" or "developer"
    QString verdict; ///< "ok", "borderline" or "misclassified"
    QStringList codingDemands;
    QStringList acceptableTechnical;
};

/// What the engine got right and wrong on a labelled corpus.
struct CorpusScore
{
    int demands = 0;           ///< labelled coding demands
    int demandsFound = 0;      ///< ... overlapped by a role finding of any severity
    int acceptable = 0;        ///< labelled acceptable technical phrases
    int acceptableFlagged = 0; ///< ... overlapped by a role warning or error
    int tpmPostings = 0;
    int okVersusNotOk = 0; ///< TPM postings whose ok / not-ok call matches the label
    int exactVerdicts = 0; ///< TPM postings whose verdict matches exactly
    int developerPostings = 0;
    int developersMisclassified = 0;
    QStringList misses;        ///< "file: span" for every labelled demand not found
    QStringList falseFlags;    ///< "file: span" for every acceptable phrase flagged
    QStringList wrongVerdicts; ///< "file: expected X, got Y"
    QStringList problems;      ///< unreadable files, spans missing from their posting

    [[nodiscard]] double recall() const { return demands ? double(demandsFound) / demands : 1.0; }
    [[nodiscard]] double flaggedShare() const
    {
        return acceptable ? double(acceptableFlagged) / acceptable : 0.0;
    }
    [[nodiscard]] double verdictAccuracy() const
    {
        return tpmPostings ? double(okVersusNotOk) / tpmPostings : 1.0;
    }
    [[nodiscard]] double exactAccuracy() const
    {
        return tpmPostings ? double(exactVerdicts) / tpmPostings : 1.0;
    }
};

/// Reads labels.jsonl; a line that is not a labelled posting is reported in \a problems.
[[nodiscard]] QList<LabelledPosting> readLabels(const QString &path, QStringList *problems);

/// Runs \a analyzer over every posting in \a corpusDir (labels.jsonl beside postings/) and
/// scores it the way the corpus README describes.
[[nodiscard]] CorpusScore evaluateCorpus(const Analyzer &analyzer, const QString &corpusDir);

} // namespace rolelens
