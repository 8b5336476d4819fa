#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace rolelens {

/// Asks for a few lines of text (a comment, a reason): a label that wraps, a text box that
/// wraps its lines, and Ctrl+Enter to accept as well as the OK button.
class TextPrompt : public QDialog
{
    Q_OBJECT

public:
    TextPrompt(const QString &title, const QString &label, const QString &initial,
               QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
};

} // namespace rolelens
