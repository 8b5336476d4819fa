#pragma once

// What the window's tests share: a window with its settings in a scratch folder, and the
// highlighter's marks in a form that compares.

#include "editor/analysiscontroller.h"
#include "editor/findinghighlighter.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "window/mainwindow.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <memory>
#include <optional>

namespace rolelens {

// The marks (underlined formats) of \a block as "start+length:underline-style", with the
// underline's colour as well when \a colour is set.
inline QStringList formatsOf(const QTextBlock &block, bool colour = false)
{
    QStringList out;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        // Only the marks of findings and misspellings; the Markdown styling is not a mark.
        if (range.format.underlineStyle() == QTextCharFormat::NoUnderline)
            continue;
        QString mark = QStringLiteral("%1+%2:%3")
                           .arg(range.start)
                           .arg(range.length)
                           .arg(int(range.format.underlineStyle()));
        if (colour)
            mark += u':' + range.format.underlineColor().name();
        out.append(mark);
    }
    return out;
}

// Every mark the highlighter painted in \a block, with its underline colour.
inline QStringList marksOf(const QTextBlock &block)
{
    return formatsOf(block, true);
}

// Replaces \a removed characters at \a position with \a inserted, as typing would.
inline void edit(QTextDocument *document, int position, int removed, const QString &inserted)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.setPosition(position + removed, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
}

// Prompts that record every question and warning, answer questions with \a answer and
// requests for text with \a texts in turn (then as if cancelled).
inline PostingDocument::Prompts recordingPrompts(QStringList *asked, bool answer,
                                                 QStringList texts = {})
{
    auto queue = std::make_shared<QStringList>(std::move(texts));
    return {[asked](const QString &, const QString &text) { asked->append(text); },
            [asked, answer](const QString &, const QString &text) {
                asked->append(text);
                return answer;
            },
            [asked, queue](const QString &, const QString &label,
                           const QString &) -> std::optional<QString> {
                asked->append(label);
                if (queue->isEmpty())
                    return std::nullopt;
                return queue->takeFirst();
            },
            // Yes discards the changes, no keeps editing: a test never opens a save dialog.
            [asked, answer](const QString &, const QString &text) {
                asked->append(text);
                return answer ? PostingDocument::SaveChoice::Discard
                              : PostingDocument::SaveChoice::Cancel;
            }};
}

// A posting with findings in several lines, a lead-in and prose, for the highlighter tests.
inline const QString kHighlightText = QStringLiteral("# Technical Project Manager\n"
                                                     "Must have:\n"
                                                     "- Expertise in Java and AWS\n"
                                                     "- Write production code\n"
                                                     "\n"
                                                     "We want a rockstar. Expertise in Go.\n"
                                                     "Nice to have:\n"
                                                     "- Proficiency in Python\n");

/// A window for each test, with its settings, recovery copies and personal dictionary in a
/// scratch folder, never the user's.
class WindowFixture
{
protected:
    /// Call from initTestCase(): \a appName keeps each test's settings apart.
    void isolateSettings(const QString &appName)
    {
        // Settings go to a scratch folder, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RoleLensTest"));
        QCoreApplication::setApplicationName(appName);
        QStandardPaths::setTestModeEnabled(true); // the personal dictionary too
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/personal-dictionary.txt"));
        // A known reviewer, so that commenting asks for the comment only (the first-time
        // question has a test of its own).
        QSettings().setValue(QStringLiteral("review/name"), kReviewer);
    }

    static inline const QString kReviewer = QStringLiteral("Test Reviewer");

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    // A fresh window with no debounce and \a text analysed.
    MainWindow &windowWith(const QString &text)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->analysis()->setDebounceMs(0);
        m_window->newFromText(text);
        waitForAnalysis();
        return *m_window;
    }

    void waitForAnalysis() { QTRY_VERIFY(m_window->analysis()->isCurrent()); }

    // The marks of every block of the window's editor.
    static QList<QStringList> paintedMarks(MainWindow &w)
    {
        QList<QStringList> marks;
        for (QTextBlock b = w.editor()->document()->firstBlock(); b.isValid(); b = b.next())
            marks.append(marksOf(b));
        return marks;
    }

    // The marks of the editor's findings painted from scratch on a copy of its text.
    static QList<QStringList> freshMarks(MainWindow &w)
    {
        QTextDocument fresh;
        fresh.setPlainText(w.editor()->toPlainText());
        FindingHighlighter highlighter(&fresh);
        highlighter.setFindings(w.editor()->findings());
        QList<QStringList> marks;
        for (QTextBlock b = fresh.firstBlock(); b.isValid(); b = b.next())
            marks.append(marksOf(b));
        return marks;
    }
};

} // namespace rolelens
