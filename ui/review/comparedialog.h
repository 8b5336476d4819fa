#pragma once

#include "review/baseline.h"

#include <QDialog>
#include <memory>

class QListWidget;
class QPlainTextEdit;

namespace rolelens {

class RuleSet;
struct DiffLine;

/// Compares two versions of a posting: each version's score, verdict and counts of findings,
/// the change of score, the lines removed and added, and the findings the later version fixed
/// and brought in. Both texts are analysed with \a rules when the dialog is built.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const QString &beforeName, const QString &beforeText, const QString &afterName,
                  const QString &afterText, std::shared_ptr<const RuleSet> rules,
                  QWidget *parent = nullptr);

    /// The findings fixed and added, and the scores and verdicts of both versions.
    [[nodiscard]] const BaselineComparison &comparison() const { return m_comparison; }
    /// The diff view's text: every line of both versions in order, after "− " when only the
    /// earlier version has it, "+ " when only the later one does, and two spaces otherwise.
    [[nodiscard]] QString diffText() const;

private:
    QWidget *versionBox(const QString &title, const Analysis &analysis,
                        const QString &objectPrefix);
    QWidget *changeBox();
    QWidget *findingsBox(const QString &title, const QList<Finding> &findings, const QString &text,
                         const QString &emptyText, const QString &objectName);
    void showDiff(const QList<DiffLine> &diff);

    BaselineComparison m_comparison;
    QPlainTextEdit *m_diffView = nullptr;
};

} // namespace rolelens
