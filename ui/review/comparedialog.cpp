#include "review/comparedialog.h"

#include "engine/analyzer.h"
#include "export/displaynames.h"
#include "review/linediff.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace rolelens {

namespace {

QColor lineColor(DiffLine::Kind kind, const QColor &base)
{
    return kind == DiffLine::Removed ? theme::removedLine(base) : theme::addedLine(base);
}

QLabel *label(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CompareDialog::CompareDialog(const QString &beforeName, const QString &beforeText,
                             const QString &afterName, const QString &afterText,
                             std::shared_ptr<const RuleSet> rules, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare %1 and %2").arg(beforeName, afterName));
    setAccessibleName(tr("Compare versions"));

    // A 1 MB posting is analysed in about 20 ms and diffed in less, so the dialog does the
    // work as it opens rather than on a worker thread.
    const Analyzer analyzer(std::move(rules));
    const Analysis before = analyzer.analyze(beforeText);
    const Analysis after = analyzer.analyze(afterText);
    m_comparison = compareWithBaseline(before, beforeText, after, afterText);

    auto *header = new QHBoxLayout;
    header->addWidget(
        versionBox(tr("Before: %1").arg(beforeName), before, QStringLiteral("before")), 1);
    header->addWidget(changeBox());
    header->addWidget(versionBox(tr("After: %1").arg(afterName), after, QStringLiteral("after")),
                      1);

    m_diffView = new QPlainTextEdit(this);
    m_diffView->setObjectName(QStringLiteral("diffView"));
    m_diffView->setAccessibleName(tr("Changed lines"));
    m_diffView->setAccessibleDescription(
        tr("Lines only in the earlier version start with a minus sign, lines only in the "
           "later version with a plus sign."));
    m_diffView->setReadOnly(true);
    m_diffView->setUndoRedoEnabled(false);
    m_diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    showDiff(diffLines(beforeText, afterText));
    auto *diffBox = new QGroupBox(tr("Changes"), this);
    diffBox->setAccessibleName(diffBox->title());
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->addWidget(m_diffView);

    auto *findings = new QWidget(this);
    findings->setAccessibleName(tr("Findings fixed and new"));
    auto *findingsLayout = new QHBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(findingsBox(tr("Fixed by the new version"), m_comparison.fixed,
                                          beforeText, tr("No finding was fixed."),
                                          QStringLiteral("fixedList")));
    findingsLayout->addWidget(findingsBox(tr("New in this version"), m_comparison.added, afterText,
                                          tr("No new findings."), QStringLiteral("newList")));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setAccessibleName(tr("Changes and findings"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(diffBox);
    splitter->addWidget(findings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 720);
}

QString CompareDialog::diffText() const
{
    return m_diffView->toPlainText();
}

QWidget *CompareDialog::versionBox(const QString &title, const Analysis &analysis,
                                   const QString &objectPrefix)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(objectPrefix + QStringLiteral("Box"));
    box->setAccessibleName(box->title());
    auto *layout = new QVBoxLayout(box);
    QLabel *score =
        label(tr("Score %1/100").arg(analysis.score), objectPrefix + QStringLiteral("Score"), box);
    QFont bold = score->font();
    bold.setBold(true);
    score->setFont(bold);
    layout->addWidget(score);
    layout->addWidget(label(tr("Verdict: %1").arg(verdictTitle(analysis.verdict)),
                            objectPrefix + QStringLiteral("Verdict"), box));
    layout->addWidget(label(tr("Errors: %1 \u00b7 Warnings: %2 \u00b7 Info: %3")
                                .arg(analysis.count(Severity::Error))
                                .arg(analysis.count(Severity::Warning))
                                .arg(analysis.count(Severity::Info)),
                            objectPrefix + QStringLiteral("Counts"), box));
    return box;
}

QWidget *CompareDialog::changeBox()
{
    auto *box = new QGroupBox(tr("Score change"), this);
    box->setAccessibleName(box->title());
    auto *layout = new QVBoxLayout(box);
    QLabel *change = label(signedChange(m_comparison.scoreAfter - m_comparison.scoreBefore),
                           QStringLiteral("scoreChange"), box);
    change->setAccessibleName(tr("Score change: %1").arg(change->text()));
    change->setAlignment(Qt::AlignCenter);
    QFont large = change->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.6);
    change->setFont(large);
    layout->addWidget(change);
    // The score saturates on a very bad draft; the counts show every fix.
    QLabel *counts =
        label(tr("Errors %1 \u00b7 Warnings %2")
                  .arg(signedChange(m_comparison.errorsAfter - m_comparison.errorsBefore),
                       signedChange(m_comparison.warningsAfter - m_comparison.warningsBefore)),
              QStringLiteral("countChange"), box);
    counts->setAlignment(Qt::AlignCenter);
    layout->addWidget(counts);
    return box;
}

QWidget *CompareDialog::findingsBox(const QString &title, const QList<Finding> &findings,
                                    const QString &text, const QString &emptyText,
                                    const QString &objectName)
{
    auto *box = new QGroupBox(QStringLiteral("%1 (%2)").arg(title).arg(findings.size()), this);
    box->setAccessibleName(box->title());
    auto *list = new QListWidget(box);
    list->setObjectName(objectName);
    list->setAccessibleName(title);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(
            tr("%1: %2 \u2014 %3")
                .arg(severityTitle(finding.severity),
                     quoted(QStringView(text).sliced(finding.start, finding.length)),
                     finding.message),
            list);
        item->setToolTip(finding.rationale);
    }
    if (findings.isEmpty()) {
        // Not a finding: shown greyed out, and it cannot be selected.
        auto *item = new QListWidgetItem(emptyText, list);
        item->setFlags(Qt::NoItemFlags);
    }
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

void CompareDialog::showDiff(const QList<DiffLine> &diff)
{
    QString text;
    for (const DiffLine &line : diff) {
        if (!text.isEmpty())
            text += u'\n';
        text += line.kind == DiffLine::Removed ? QStringLiteral("\u2212 ")
                : line.kind == DiffLine::Added ? QStringLiteral("+ ")
                                               : QStringLiteral("  ");
        // A paragraph or line separator inside a line would start a block of its own and
        // put the colours out of step with the lines.
        QString shown = line.text;
        shown.replace(QChar::ParagraphSeparator, u' ').replace(QChar::LineSeparator, u' ');
        text += shown;
    }
    m_diffView->setPlainText(text);

    // The sign says what changed; the tint only helps the eye find it.
    const QColor base = m_diffView->palette().color(QPalette::Base);
    QTextBlockFormat removed;
    removed.setBackground(lineColor(DiffLine::Removed, base));
    QTextBlockFormat added;
    added.setBackground(lineColor(DiffLine::Added, base));
    QTextCursor cursor(m_diffView->document());
    cursor.beginEditBlock();
    QTextBlock block = m_diffView->document()->begin();
    for (const DiffLine &line : diff) {
        if (line.kind != DiffLine::Same) {
            cursor.setPosition(block.position());
            cursor.setBlockFormat(line.kind == DiffLine::Removed ? removed : added);
        }
        block = block.next();
    }
    cursor.endEditBlock();
}

} // namespace rolelens
