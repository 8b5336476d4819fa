// The review mode's widgets: comparing two versions of a posting.
#include "review/comparedialog.h"
#include "rules/ruleset.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBlock>

using namespace rolelens;

namespace {

const QString kBefore = QStringLiteral("# Technical Project Manager\n"
                                       "- Expertise in Java and AWS\n"
                                       "- Run sprint planning\n");
const QString kAfter = QStringLiteral("# Technical Project Manager\n"
                                      "- Identify and mitigate technical risks across teams\n"
                                      "- Run sprint planning\n"
                                      "- Write production code\n");

QString labelText(const QDialog &dialog, const QString &objectName)
{
    const auto *label = dialog.findChild<QLabel *>(objectName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(objectName);
}

QStringList items(const QDialog &dialog, const QString &objectName)
{
    QStringList out;
    const auto *list = dialog.findChild<QListWidget *>(objectName);
    if (!list)
        return {QStringLiteral("<no list %1>").arg(objectName)};
    for (int row = 0; row < list->count(); ++row)
        out.append(list->item(row)->text());
    return out;
}

QStringList describe(const QList<Finding> &findings, const QString &text)
{
    QStringList out;
    for (const Finding &finding : findings)
        out.append(finding.ruleId + QLatin1Char(' ') + text.mid(finding.start, finding.length));
    return out;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_showsScoresDiffAndFindings()
    {
        const CompareDialog dialog(QStringLiteral("old.md"), kBefore, QStringLiteral("new.md"),
                                   kAfter, RuleSet::builtin());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Compare old.md and new.md"));

        QCOMPARE(dialog.diffText(),
                 QStringLiteral("  # Technical Project Manager\n"
                                "\u2212 - Expertise in Java and AWS\n"
                                "+ - Identify and mitigate technical risks across teams\n"
                                "  - Run sprint planning\n"
                                "+ - Write production code"));

        const auto *before = dialog.findChild<QGroupBox *>(QStringLiteral("beforeBox"));
        const auto *after = dialog.findChild<QGroupBox *>(QStringLiteral("afterBox"));
        QVERIFY(before && after);
        QCOMPARE(before->title(), QStringLiteral("Before: old.md"));
        QCOMPARE(after->title(), QStringLiteral("After: new.md"));
        QCOMPARE(labelText(dialog, QStringLiteral("beforeScore")), QStringLiteral("Score 70/100"));
        QCOMPARE(labelText(dialog, QStringLiteral("afterScore")), QStringLiteral("Score 74/100"));
        QCOMPARE(labelText(dialog, QStringLiteral("beforeVerdict")),
                 QStringLiteral("Verdict: misclassified"));
        QCOMPARE(labelText(dialog, QStringLiteral("afterVerdict")),
                 QStringLiteral("Verdict: misclassified"));
        QCOMPARE(labelText(dialog, QStringLiteral("beforeCounts")),
                 QStringLiteral("Errors: 1 \u00b7 Warnings: 0 \u00b7 Info: 0"));
        QCOMPARE(labelText(dialog, QStringLiteral("afterCounts")),
                 QStringLiteral("Errors: 1 \u00b7 Warnings: 0 \u00b7 Info: 0"));
        QCOMPARE(labelText(dialog, QStringLiteral("scoreChange")), QStringLiteral("+4"));
        QCOMPARE(labelText(dialog, QStringLiteral("countChange")),
                 QStringLiteral("Errors \u00b10 \u00b7 Warnings \u00b10"));

        const BaselineComparison &comparison = dialog.comparison();
        QCOMPARE(comparison.scoreBefore, 70);
        QCOMPARE(comparison.scoreAfter, 74);
        QCOMPARE(describe(comparison.fixed, kBefore),
                 QStringList{QStringLiteral("coding-demand/expertise Expertise in Java and AWS")});
        QCOMPARE(describe(comparison.added, kAfter),
                 QStringList{
                     QStringLiteral("execution-duty/engineering-routine Write production code")});
        QCOMPARE(items(dialog, QStringLiteral("fixedList")),
                 QStringList{QStringLiteral("Error: \u201cExpertise in Java and AWS\u201d \u2014 "
                                            "Demands hands-on expertise in Java and AWS, which is "
                                            "an engineer's job, not a project leader's")});
        QCOMPARE(items(dialog, QStringLiteral("newList")),
                 QStringList{QStringLiteral("Error: \u201cWrite production code\u201d \u2014 Gives "
                                            "the TPM an engineer's routine duty: write production "
                                            "code")});
    }

    void compare_marksChangedLinesWithSignAndTint()
    {
        const CompareDialog dialog(QStringLiteral("old.md"), kBefore, QStringLiteral("new.md"),
                                   kAfter, RuleSet::builtin());
        const auto *view = dialog.findChild<QPlainTextEdit *>(QStringLiteral("diffView"));
        QVERIFY(view);
        QVERIFY(view->isReadOnly());
        QStringList tints;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            const QBrush background = block.blockFormat().background();
            tints.append(block.text().left(1) + QLatin1Char(' ') +
                         (background.style() == Qt::NoBrush ? QStringLiteral("plain")
                          : background.color().red() > background.color().green()
                              ? QStringLiteral("red")
                              : QStringLiteral("green")));
        }
        QCOMPARE(tints, (QStringList{QStringLiteral("  plain"), QStringLiteral("\u2212 red"),
                                     QStringLiteral("+ green"), QStringLiteral("  plain"),
                                     QStringLiteral("+ green")}));
    }

    void compare_sameText_showsNoChange()
    {
        const CompareDialog dialog(QStringLiteral("a.md"), kBefore, QStringLiteral("b.md"),
                                   QString(kBefore).replace(u'\n', QStringLiteral("\r\n")),
                                   RuleSet::builtin());
        QCOMPARE(labelText(dialog, QStringLiteral("scoreChange")), QStringLiteral("\u00b10"));
        QCOMPARE(dialog.diffText(), QStringLiteral("  # Technical Project Manager\n"
                                                   "  - Expertise in Java and AWS\n"
                                                   "  - Run sprint planning"));
        QCOMPARE(items(dialog, QStringLiteral("fixedList")),
                 QStringList{QStringLiteral("No finding was fixed.")});
        QCOMPARE(items(dialog, QStringLiteral("newList")),
                 QStringList{QStringLiteral("No new findings.")});
        // The placeholder is no finding: it cannot be selected.
        const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("newList"));
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
    }

    void compare_everyWidgetHasAnAccessibleName()
    {
        const CompareDialog dialog(QStringLiteral("old.md"), kBefore, QStringLiteral("new.md"),
                                   kAfter, RuleSet::builtin());
        QVERIFY(!dialog.accessibleName().isEmpty());
        for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
            // The insides of composite widgets (viewports, scroll bars, splitter handles)
            // are named by the widget they belong to.
            const QWidget *parent = widget->parentWidget();
            if (qobject_cast<const QAbstractScrollArea *>(parent) ||
                qobject_cast<const QAbstractScrollArea *>(parent ? parent->parentWidget()
                                                                 : nullptr) ||
                qobject_cast<const QSplitterHandle *>(widget))
                continue;
            QVERIFY2(
                !widget->accessibleName().isEmpty(),
                qPrintable(QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        }
    }

    void compare_closeButtonClosesTheDialog()
    {
        CompareDialog dialog(QStringLiteral("old.md"), kBefore, QStringLiteral("new.md"), kAfter,
                             RuleSet::builtin());
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Close)->click();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
