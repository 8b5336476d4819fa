#include "editor/findbar.h"

#include "editor/postingeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
#include <algorithm>

namespace rolelens {

FindBar::FindBar(PostingEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)), m_replaceLabel(new QLabel(tr("Replace with:"), this)),
      m_replaceOne(new QPushButton(tr("&Replace"), this)),
      m_replaceAll(new QPushButton(tr("Replace &All"), this)),
      m_matchCase(new QCheckBox(tr("Match &case"), this)),
      m_wholeWords(new QCheckBox(tr("&Whole words"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    // Arrows as in Qt Creator's and most browsers' find bars: the field keeps the width.
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setAccessibleName(tr("Previous match"));
    previous->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setAccessibleName(tr("Next match"));
    next->setToolTip(tr("Next match (F3, Enter)"));
    for (QLineEdit *field : {m_find, m_replace})
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_replaceAll->setToolTip(tr("Replace every match; one Undo takes it all back"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("999 of 999")));

    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(next, 0, 3);
    layout->addWidget(m_matchCase, 0, 4);
    layout->addWidget(m_wholeWords, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    auto *replaceButtons = new QHBoxLayout;
    replaceButtons->addWidget(m_replaceOne);
    replaceButtons->addWidget(m_replaceAll);
    layout->addLayout(replaceButtons, 1, 2, 1, 4, Qt::AlignLeft);
    layout->setColumnStretch(1, 1);

    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textEdited, this, [this] { selectFrom(m_searchStart, false); });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    for (QCheckBox *box : {m_matchCase, m_wholeWords})
        connect(box, &QCheckBox::toggled, this, [this] { selectFrom(m_searchStart, false); });
    hide();
}

void FindBar::showFind()
{
    open(false);
}

void FindBar::showReplace()
{
    open(true);
}

void FindBar::open(bool withReplace)
{
    for (QWidget *w : {static_cast<QWidget *>(m_replaceLabel), static_cast<QWidget *>(m_replace),
                       static_cast<QWidget *>(m_replaceOne), static_cast<QWidget *>(m_replaceAll)})
        w->setVisible(withReplace);
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    // A selection within one line is what to look for; a longer one is not a search term.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_searchStart = cursor.selectionStart();
    show();
    m_find->setFocus();
    m_find->selectAll();
    showCount(matches(), -1);
}

SearchOptions FindBar::options() const
{
    return {m_matchCase->isChecked(), m_wholeWords->isChecked()};
}

QList<qsizetype> FindBar::matches() const
{
    return findMatches(m_editor->toPlainText(), m_find->text(), options());
}

bool FindBar::selectionIsMatch() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.selectionEnd() - cursor.selectionStart() != m_find->text().size())
        return false;
    return matches().contains(cursor.selectionStart());
}

bool FindBar::findNext()
{
    const QTextCursor cursor = m_editor->textCursor();
    // From the end of a selected match, so the same match is not found again.
    return selectFrom(selectionIsMatch() ? cursor.selectionEnd() : cursor.position(), false);
}

bool FindBar::findPrevious()
{
    return selectFrom(m_editor->textCursor().selectionStart(), true);
}

bool FindBar::selectFrom(qsizetype position, bool backwards)
{
    const QList<qsizetype> found = matches();
    if (found.isEmpty()) {
        showCount(found, -1);
        return false;
    }
    qsizetype index = 0;
    if (backwards) {
        const auto it = std::lower_bound(found.cbegin(), found.cend(), position);
        index = it == found.cbegin() ? found.size() - 1 : (it - found.cbegin()) - 1;
    } else {
        const auto it = std::lower_bound(found.cbegin(), found.cend(), position);
        index = it == found.cend() ? 0 : it - found.cbegin(); // wraps to the first
    }
    select(found[index], m_find->text().size());
    showCount(found, index);
    return true;
}

void FindBar::select(qsizetype start, qsizetype length)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void FindBar::showCount(const QList<qsizetype> &found, qsizetype selected)
{
    if (m_find->text().isEmpty())
        m_status->clear();
    else if (found.isEmpty())
        m_status->setText(tr("No matches"));
    else if (selected < 0)
        m_status->setText(tr("%n match(es)", nullptr, int(found.size())));
    else
        m_status->setText(tr("%1 of %2").arg(selected + 1).arg(found.size()));
}

void FindBar::replaceCurrent()
{
    if (selectionIsMatch()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    findNext();
}

int FindBar::replaceAll()
{
    const QList<TextEdit> edits =
        replaceAllEdits(m_editor->toPlainText(), m_find->text(), m_replace->text(), options());
    m_editor->applyEdits(edits);
    m_status->setText(tr("Replaced %n", nullptr, int(edits.size())));
    return int(edits.size());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter goes back; the line edit would take it for Enter.
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rolelens
