#include "edits/topicinsertion.h"

#include <QFile>
#include <QTest>

using namespace rolelens;

namespace {

const QString kSnippet = QStringLiteral("Keep a decision log.");

QString applied(const QString &text, const TextEdit &edit)
{
    return text.left(edit.start) + edit.replacement + text.mid(edit.start + edit.length);
}

QString bundled(const QString &relative)
{
    QFile file(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestTopicInsertion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postingShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *section,
                            const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(section)
                                << QString::fromUtf8(expected);
        };
        row("duties skip an intro section of prose",
            "## The role\nYou lead two squads.\n\n## Responsibilities\n- Plan sprints\n- Track "
            "risks\n\n## Benefits\n- Pension",
            "responsibilities",
            "## The role\nYou lead two squads.\n\n## Responsibilities\n- Plan sprints\n- Track "
            "risks\n- Keep a decision log.\n\n## Benefits\n- Pension");
        row("an intro section with a list of its own still loses to responsibilities",
            "## Your role\n- Lead\n\n## Key responsibilities\n- Plan\n", "responsibilities",
            "## Your role\n- Lead\n\n## Key responsibilities\n- Plan\n- Keep a decision log.\n");
        row("the role alone takes duties", "## The role\n- Lead squads\n\n## About us\nWe bake.",
            "responsibilities",
            "## The role\n- Lead squads\n- Keep a decision log.\n\n## About us\nWe bake.");
        row("qualifications go under the must-have lead-in, not above it",
            "## Requirements\nMust have:\n- Scrum\n- Jira\nNice to have:\n- PMP\n",
            "qualifications",
            "## Requirements\nMust have:\n- Scrum\n- Jira\n- Keep a decision log.\nNice to "
            "have:\n- PMP\n");
        row("a plus goes in nice to have",
            "## Requirements\nMust have:\n- Scrum\n\n## Nice to have\n- SAFe\n\n## Benefits\n- "
            "Gym",
            "preferred",
            "## Requirements\nMust have:\n- Scrum\n\n## Nice to have\n- SAFe\n- Keep a decision "
            "log.\n\n## Benefits\n- Gym");
        row("preferred qualifications are not the required ones",
            "Basic qualifications:\n- Scrum\nPreferred qualifications:\n- SAFe", "qualifications",
            "Basic qualifications:\n- Scrum\n- Keep a decision log.\nPreferred "
            "qualifications:\n- SAFe");
        row("a plus without a nice-to-have list joins the qualifications",
            "## What you bring\n* Scrum\n\n## About us\nWe bake.", "preferred",
            "## What you bring\n* Scrum\n* Keep a decision log.\n\n## About us\nWe bake.");
        row("a bold lead-in is a heading",
            "**Responsibilities**\n- Plan\n\n**Nice to have**\n- SAFe", "preferred",
            "**Responsibilities**\n- Plan\n\n**Nice to have**\n- SAFe\n- Keep a decision log.");
        row("the bullet style of the list", "Duties:\n\u2022 Plan\n\u2022 Track\n",
            "responsibilities",
            "Duties:\n\u2022 Plan\n\u2022 Track\n\u2022 Keep a decision log.\n");
        row("an indented list keeps its indent", "Responsibilities\n  - Plan\n  - Track",
            "responsibilities", "Responsibilities\n  - Plan\n  - Track\n  - Keep a decision log.");
        row("a numbered list goes on counting", "## What you'll do\n1. Plan\n2. Track\n9. Report",
            "responsibilities",
            "## What you'll do\n1. Plan\n2. Track\n9. Report\n10. Keep a decision log.");
        row("an item's continuation lines stay with it",
            "## Responsibilities\n- Plan the sprints of\n  Two Squads\n\n## Benefits",
            "responsibilities",
            "## Responsibilities\n- Plan the sprints of\n  Two Squads\n- Keep a decision "
            "log.\n\n## Benefits");
        row("a section without a list gets a bullet after its text",
            "## Responsibilities\nYou plan and track.\n\n## Benefits\n- Gym", "responsibilities",
            "## Responsibilities\nYou plan and track.\n- Keep a decision log.\n\n## Benefits\n- "
            "Gym");
        row("an empty section gets a bullet under its heading",
            "## Responsibilities\n\n## Benefits\n- Gym", "responsibilities",
            "## Responsibilities\n- Keep a decision log.\n\n## Benefits\n- Gym");
        row("no section: a paragraph at the end", "We are hiring a TPM.\n\n", "responsibilities",
            "We are hiring a TPM.\n\nKeep a decision log.");
        row("an empty posting", "", "qualifications", "Keep a decision log.");
    }
    void postingShapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, section);
        QFETCH(QString, expected);
        QCOMPARE(applied(text, topicInsertion(text, section, kSnippet)), expected);
    }

    // The bundled sample and templates: the new bullet follows the last item of the right list.
    void bundledPostings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("lineBefore");
        const auto row = [](const char *file, const char *section, const char *lineBefore) {
            QTest::addRow("%s %s", file, section)
                << QString::fromLatin1(file) << QString::fromLatin1(section)
                << QString::fromUtf8(lineBefore);
        };
        const char *sample = "samples/sample-posting.md";
        row(sample, "responsibilities",
            "- Report delivery metrics such as cycle time and sprint predictability to "
            "leadership.");
        row(sample, "qualifications", "- Excellent written and spoken communication in English.");
        row(sample, "preferred", "- Working knowledge of Portuguese.");
        for (const char *name :
             {"templates/technical-project-manager.md", "templates/agile-delivery-lead.md",
              "templates/infrastructure-program-manager.md"}) {
            const QString text = bundled(QString::fromLatin1(name));
            // The last bullet before each heading, read off the template itself.
            const auto lastItemOf = [&](const char *heading) {
                const qsizetype at = text.indexOf(QString::fromLatin1(heading));
                const qsizetype next = text.indexOf(QStringLiteral("\n## "), at + 1);
                const QString body = text.mid(at, next - at).trimmed();
                return body.section(QLatin1Char('\n'), -1).toUtf8();
            };
            row(name, "responsibilities", lastItemOf("## What you will do").constData());
            row(name, "qualifications", lastItemOf("## What you bring").constData());
            row(name, "preferred", lastItemOf("## Nice to have").constData());
        }
    }
    void bundledPostings()
    {
        QFETCH(QString, file);
        QFETCH(QString, section);
        QFETCH(QString, lineBefore);
        const QString text = bundled(file);
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        QVERIFY(lineBefore.startsWith(QLatin1Char('-')));
        const TextEdit edit = topicInsertion(text, section, kSnippet);
        QCOMPARE(edit.length, 0);
        QCOMPARE(edit.replacement, QStringLiteral("\n- ") + kSnippet);
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), edit.start - 1) + 1;
        QCOMPARE(text.mid(lineStart, edit.start - lineStart), lineBefore);
        QCOMPARE(text.mid(edit.start, 1), QStringLiteral("\n"));
    }
};

QTEST_MAIN(TestTopicInsertion)
#include "tst_topicinsertion.moc"
