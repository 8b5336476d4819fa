#include "editor/textprompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rolelens {

TextPrompt::TextPrompt(const QString &title, const QString &label, const QString &initial,
                       QWidget *parent)
    : QDialog(parent), m_editor(new QPlainTextEdit(initial, this))
{
    setWindowTitle(title);
    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    caption->setTextFormat(Qt::PlainText); // the label quotes the posting
    caption->setBuddy(m_editor);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter starts a new line in the text; Ctrl+Enter (either Enter key) submits it.
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *submit = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        submit->setContext(Qt::WidgetWithChildrenShortcut);
        connect(submit, &QShortcut::activated, this, &QDialog::accept);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(480, 240);
    m_editor->setFocus();
}

QString TextPrompt::text() const
{
    return m_editor->toPlainText();
}

} // namespace rolelens
