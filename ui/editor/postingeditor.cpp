#include "editor/postingeditor.h"

#include "editor/listindentlayout.h"
#include "export/displaynames.h"
#include "import/documentimport.h"
#include "theme/theme.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

namespace rolelens {

namespace {
constexpr int kMarginWidth = 16;

} // namespace

/// The strip left of the text where comment markers are painted.
class PostingEditor::CommentMargin : public QWidget
{
public:
    explicit CommentMargin(PostingEditor *editor) : QWidget(editor), m_editor(editor)
    {
        setAccessibleName(tr("Comment markers"));
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintCommentMargin(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (const auto *mark = m_editor->commentAt(help->pos().y()))
                QToolTip::showText(help->globalPos(), mark->format.toolTip(), this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    PostingEditor *m_editor;
};

PostingEditor::PostingEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setAccessibleName(tr("Posting text"));
    auto *text = new QTextDocument(this);
    text->setDocumentLayout(new ListIndentLayout(text));
    setDocument(text);
    m_margin = new CommentMargin(this);
    setViewportMargins(kMarginWidth, 0, 0, 0);
    // Follow the text as it scrolls and as lines are laid out again.
    connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &PostingEditor::onCursorMoved);
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'\u2019';
}

} // namespace

namespace {

// Whether pasted HTML has a document's structure. Code editors put their text on the clipboard
// as HTML too, in styled <div>s and <span>s; that text is pasted as it is, so that a "#" they
// copied is not escaped into "\#".
bool hasDocumentStructure(const QString &html)
{
    static const QRegularExpression structure(
        QStringLiteral(R"(<(h[1-6]|ul|ol|li|p|b|strong|table|a)[\s>])"),
        QRegularExpression::CaseInsensitiveOption);
    return html.contains(structure);
}

} // namespace

bool PostingEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PostingEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasHtml() && (!source->hasText() || hasDocumentStructure(source->html()))) {
        const QString markdown = markdownFromHtml(source->html());
        if (!markdown.isEmpty()) {
            textCursor().insertText(markdown.endsWith(QLatin1Char('\n')) &&
                                            !source->text().endsWith(QLatin1Char('\n'))
                                        ? markdown.chopped(1)
                                        : markdown);
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void PostingEditor::keyPressEvent(QKeyEvent *event)
{
    const int revision = document()->revision();
    m_inKey = true;
    QPlainTextEdit::keyPressEvent(event);
    m_inKey = false;
    noteTyping(revision);
}

void PostingEditor::inputMethodEvent(QInputMethodEvent *event)
{
    const int revision = document()->revision();
    m_inKey = true;
    QPlainTextEdit::inputMethodEvent(event);
    m_inKey = false;
    noteTyping(revision);
}

void PostingEditor::noteTyping(int revisionBefore)
{
    if (document()->revision() == revisionBefore)
        return onCursorMoved(); // an arrow key or a shortcut: the caret may have left
    const int caret = textCursor().position();
    int start = caret;
    int end = caret;
    while (start > 0 && isWordChar(document()->characterAt(start - 1)))
        --start;
    while (isWordChar(document()->characterAt(end)))
        ++end;
    const bool wasTyping = m_typingWord.first < m_typingWord.second;
    m_typingWord = {start, end};
    if (wasTyping && start == end)
        Q_EMIT typingWordLeft(); // a space or a full stop ends the word
}

void PostingEditor::onCursorMoved()
{
    if (m_inKey || m_typingWord.first == m_typingWord.second)
        return;
    const int caret = textCursor().position();
    if (caret >= m_typingWord.first && caret <= m_typingWord.second && !textCursor().hasSelection())
        return;
    m_typingWord = {0, 0};
    Q_EMIT typingWordLeft();
}

bool PostingEditor::isBeingTyped(const Finding &finding) const
{
    return m_typingWord.first < m_typingWord.second && finding.start < m_typingWord.second &&
           finding.start + finding.length > m_typingWord.first;
}

void PostingEditor::setFindings(const QList<Finding> &findings, const QString &text)
{
    // Both lists are shared, not copied: this runs on every analysis of a large document.
    m_findings = findings;
    m_findingsText = text;
}

QString PostingEditor::quotedText(int index) const
{
    const Finding finding = m_findings.value(index);
    return m_findingsText.mid(finding.start, finding.length);
}

bool PostingEditor::isValid(const Finding &finding, const QString &quotedText) const
{
    const QTextDocument *doc = document();
    if (finding.end() > doc->characterCount() - 1)
        return false;
    QTextCursor cursor(const_cast<QTextDocument *>(doc));
    cursor.setPosition(int(finding.start));
    cursor.setPosition(int(finding.end()), QTextCursor::KeepAnchor);
    // Findings were made on toPlainText(), which turns block separators and line separators
    // into "\n" and no-break spaces into spaces; selectedText() keeps them.
    QString selected = cursor.selectedText();
    selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
        .replace(QChar::LineSeparator, QLatin1Char('\n'))
        .replace(QChar::Nbsp, QLatin1Char(' '));
    return selected == quotedText;
}

bool PostingEditor::isValid(int index) const
{
    return index >= 0 && index < m_findings.size() && isValid(m_findings[index], quotedText(index));
}

int PostingEditor::findingAt(int position) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings[i];
        if (position >= f.start && position <= f.end() && isValid(i))
            return i;
    }
    return -1;
}

void PostingEditor::selectFinding(int index)
{
    if (!isValid(index))
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(int(m_findings[index].start));
    cursor.setPosition(int(m_findings[index].end()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void PostingEditor::nextFinding()
{
    const int position = textCursor().selectionEnd();
    int best = -1;
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].start >= position &&
            (best < 0 || m_findings[i].start < m_findings[best].start))
            best = i;
    }
    if (best < 0 && !m_findings.isEmpty())
        best = 0; // wrap to the first
    selectFinding(best);
}

void PostingEditor::previousFinding()
{
    const int position = textCursor().selectionStart();
    int best = -1;
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].start < position &&
            (best < 0 || m_findings[i].start > m_findings[best].start))
            best = i;
    }
    if (best < 0 && !m_findings.isEmpty())
        best = int(m_findings.size()) - 1; // wrap to the last
    selectFinding(best);
}

void PostingEditor::applySuggestion(int index, const QString &suggestion)
{
    if (isValid(index))
        applyEdits({editFor(toPlainText(), m_findings[index], suggestion)});
}

void PostingEditor::applyEdits(const QList<TextEdit> &edits)
{
    if (edits.isEmpty())
        return;
    // A copy of the caret, not a fresh cursor at the start: the undo step remembers where the
    // edit block began, and Undo puts the caret back there.
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // From the end backwards, so earlier offsets stay valid.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        cursor.setPosition(int(it->start));
        cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
}

void PostingEditor::addFindingActions(int index, QMenu *menu)
{
    Finding finding = m_findings.value(index);
    const bool spelling = finding.category == Category::Spelling;
    const QString word = quotedText(index);
    // Hunspell's suggestions are slow, so they are looked up only now that a menu opens.
    if (spelling && m_spelling)
        finding.suggestions = m_spelling->suggestions(word);
    QAction *first = menu->actions().value(0);
    const auto insert = [&](QAction *action) { menu->insertAction(first, action); };
    auto *title = new QAction(finding.message, menu);
    title->setEnabled(false);
    insert(title);
    if (finding.suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        insert(none);
    }
    for (const QString &suggestion : finding.suggestions) {
        const QString label = suggestion.isEmpty()
                                  ? tr("Remove %1").arg(quoted(quotedText(index), 48))
                                  : elided(suggestion, 90);
        auto *action = new QAction(label, menu);
        action->setData(suggestion); // the replacement travels with the action
        action->setToolTip(suggestion);
        // The finding travels with the action, not its index: a new analysis may arrive
        // while the menu is open and renumber the findings.
        connect(action, &QAction::triggered, this, [this, finding, word, action] {
            if (isValid(finding, word))
                applyEdits({editFor(toPlainText(), finding, action->data().toString())});
        });
        insert(action);
    }
    menu->insertSeparator(first);
    if (spelling) {
        auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu);
        connect(add, &QAction::triggered, this,
                [this, word] { Q_EMIT addToDictionaryRequested(word); });
        insert(add);
        auto *ignoreAll = new QAction(tr("Ignore All"), menu);
        connect(ignoreAll, &QAction::triggered, this,
                [this, word] { Q_EMIT ignoreAllRequested(word); });
        insert(ignoreAll);
        if (first)
            menu->insertSeparator(first);
        return;
    }
    // The reviewer's decisions, recorded in the review with the finding they are about.
    if (!finding.suggestions.isEmpty()) {
        auto *accept = new QAction(tr("Accept Suggestion"), menu);
        connect(accept, &QAction::triggered, this, [this, finding, word] {
            const int now = int(m_findings.indexOf(finding));
            if (now >= 0 && isValid(finding, word))
                decide(now, DecisionKind::Accepted);
        });
        insert(accept);
    }
    auto *keep = new QAction(tr("Keep as Is\u2026"), menu);
    connect(keep, &QAction::triggered, this, [this, finding, word] {
        if (isValid(finding, word))
            Q_EMIT decisionRequested(finding, DecisionKind::Kept);
    });
    insert(keep);
    auto *ignore = new QAction(tr("Ignore Here"), menu);
    ignore->setToolTip(tr("Set this finding aside without a reason; saved with the review"));
    connect(ignore, &QAction::triggered, this, [this, finding, word] {
        if (isValid(finding, word))
            Q_EMIT decisionRequested(finding, DecisionKind::Ignored);
    });
    insert(ignore);
    auto *disable = new QAction(tr("Disable Rule \u201c%1\u201d").arg(finding.ruleId), menu);
    connect(disable, &QAction::triggered, this,
            [this, id = finding.ruleId] { Q_EMIT disableRuleRequested(id); });
    insert(disable);
    if (first)
        menu->insertSeparator(first);
}

void PostingEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const int position = cursorForPosition(event->pos()).position();
    QMenu *menu = createStandardContextMenu(event->pos());
    if (const int index = findingAt(position); index >= 0)
        addFindingActions(index, menu);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void PostingEditor::showFixesAtCursor()
{
    const int index = findingAt(textCursor().position());
    if (index < 0)
        return;
    auto *menu = new QMenu(this);
    addFindingActions(index, menu);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport()->mapToGlobal(cursorRect().bottomLeft()));
}

bool PostingEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        const int index = findingAt(position);
        if (index < 0) {
            // Over a comment or a decided finding: who said what about it.
            if (const QString note = reviewNoteAt(position); !note.isEmpty()) {
                QToolTip::showText(help->globalPos(), note, this);
                return true;
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Finding &f = m_findings[index];
        // The severity in words as well: the underline's colour alone says nothing to a
        // screen reader or to someone who cannot tell the colours apart.
        QString tip = QStringLiteral("<b>%1: %2</b><p>%3</p>")
                          .arg(severityTitle(f.severity).toHtmlEscaped(), f.message.toHtmlEscaped(),
                               f.rationale.toHtmlEscaped());
        if (!f.suggestions.isEmpty()) {
            const QString &s = f.suggestions.first();
            tip += QStringLiteral("<p><i>%1</i> %2</p>")
                       .arg(tr("Suggestion:"), s.isEmpty() ? tr("remove it") : s.toHtmlEscaped());
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool PostingEditor::decide(int index, DecisionKind kind)
{
    if (!isValid(index))
        return false;
    const Finding finding = m_findings[index];
    const QString suggestion = finding.suggestions.value(0);
    Q_EMIT decisionRequested(finding, kind);
    if (kind == DecisionKind::Accepted && !finding.suggestions.isEmpty())
        applyEdits({editFor(toPlainText(), finding, suggestion)});
    return true;
}

void PostingEditor::setReviewMarks(const Review &review)
{
    const auto markOf = [this](const TextAnchor &anchor) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(int(anchor.start));
        mark.cursor.setPosition(int(anchor.end()), QTextCursor::KeepAnchor);
        return mark;
    };
    m_commentMarks.clear();
    for (const ReviewComment &comment : review.comments()) {
        if (comment.anchor.orphaned)
            continue;
        QTextEdit::ExtraSelection mark = markOf(comment.anchor);
        QColor tint = theme::comment();
        tint.setAlpha(60);
        mark.format.setBackground(tint);
        mark.format.setToolTip(comment.author.isEmpty()
                                   ? comment.body
                                   : tr("%1: %2").arg(comment.author, comment.body));
        m_commentMarks.append(mark);
    }
    // A closed finding is no longer underlined as a problem; a quiet dotted line says that a
    // reviewer decided about it, so nobody "fixes" it again.
    m_decisionMarks.clear();
    for (const ReviewDecision &decision : review.decisions()) {
        if (decision.anchor.orphaned || decision.kind == DecisionKind::Accepted)
            continue;
        QTextEdit::ExtraSelection mark = markOf(decision.anchor);
        mark.format.setUnderlineStyle(QTextCharFormat::DotLine);
        mark.format.setUnderlineColor(palette().color(QPalette::PlaceholderText));
        const QString who = decision.author.isEmpty() ? tr("a reviewer") : decision.author;
        mark.format.setToolTip(decision.kind == DecisionKind::Kept
                                   ? tr("Kept as is by %1: %2").arg(who, decision.reason)
                                   : tr("Ignored here by %1").arg(who));
        m_decisionMarks.append(mark);
    }
    setExtraSelections(m_commentMarks + m_decisionMarks);
    m_margin->update();
}

QString PostingEditor::reviewNoteAt(int position) const
{
    QStringList notes;
    for (const auto *marks : {&m_commentMarks, &m_decisionMarks}) {
        for (const QTextEdit::ExtraSelection &mark : *marks) {
            if (position >= mark.cursor.selectionStart() && position < mark.cursor.selectionEnd())
                notes.append(mark.format.toolTip());
        }
    }
    return notes.join(u'\n');
}

void PostingEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumn();
}

void PostingEditor::setTextColumn(int characters)
{
    m_textColumn = qMax(0, characters);
    updateColumn();
}

void PostingEditor::updateColumn()
{
    const QRect area = contentsRect();
    int side = 0;
    if (m_textColumn > 0) {
        // The column's width in the editor's font, with room for the document's margins.
        const QFontMetrics metrics(font());
        const int column = metrics.horizontalAdvance(QLatin1Char('n')) * m_textColumn +
                           2 * int(document()->documentMargin());
        side = qMax(0, (area.width() - kMarginWidth - column) / 2);
    }
    const QMargins margins(kMarginWidth + side, 0, side, 0);
    if (margins != viewportMargins()) {
        setViewportMargins(margins);
        // QPlainTextEdit wraps the text again only when the widget itself changes width, not
        // when its viewport does: tell it the width changed.
        QResizeEvent widthChanged(size(), QSize(-1, -1));
        QPlainTextEdit::resizeEvent(&widthChanged);
    }
    // The comment markers stay beside the text.
    m_margin->setGeometry(area.left() + side, area.top(), kMarginWidth, area.height());
}

void PostingEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    updateColumn();
    // Headings are sized from the font: style them again at the new size.
    if (auto *styling = document()->findChild<QSyntaxHighlighter *>())
        styling->rehighlight();
}

const QTextEdit::ExtraSelection *PostingEditor::commentAt(int y) const
{
    for (const QTextEdit::ExtraSelection &mark : m_commentMarks) {
        const QTextBlock block = document()->findBlock(mark.cursor.selectionStart());
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (y >= box.top() && y < box.bottom())
            return &mark;
    }
    return nullptr;
}

void PostingEditor::paintCommentMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    for (const QTextEdit::ExtraSelection &mark : std::as_const(m_commentMarks)) {
        const QTextBlock block = document()->findBlock(mark.cursor.selectionStart());
        if (!block.isVisible())
            continue;
        const qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
        if (top > event->rect().bottom() || top + metrics.height() < event->rect().top())
            continue;
        // A small speech bubble: a rounded box with a tail, on the comment's first line.
        const QRectF bubble(3, top + 3, kMarginWidth - 6, qMin(metrics.height() - 6, 10));
        QPainterPath path;
        path.addRoundedRect(bubble, 2, 2);
        path.moveTo(bubble.left() + 2, bubble.bottom());
        path.lineTo(bubble.left() + 2, bubble.bottom() + 3);
        path.lineTo(bubble.left() + 5, bubble.bottom());
        painter.setPen(theme::comment().darker(140));
        painter.setBrush(theme::comment());
        painter.drawPath(path);
    }
}

} // namespace rolelens
