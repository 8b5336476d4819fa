#pragma once

#include "review/review.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTextDocument;

namespace rolelens {

/// The Review dock: the reviewer's comments (with the line and the text each is about) and
/// decisions (accepted suggestions and findings kept, with their reasons). It only shows a
/// Review; the window carries out what its buttons ask for.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    /// Shows \a review; \a document (the posting) gives the line numbers.
    void setReview(const Review &review, const QTextDocument *document);

    [[nodiscard]] QListWidget *commentList() const { return m_comments; }
    [[nodiscard]] QListWidget *decisionList() const { return m_decisions; }

Q_SIGNALS:
    void commentActivated(const QString &id);
    void addCommentRequested();
    void editCommentRequested(const QString &id);
    void removeCommentRequested(const QString &id);
    /// \a index is the decision's position in Review::decisions().
    void withdrawDecisionRequested(int index);
    void exportExceptionsRequested();

private:
    void updateButtons();

    QListWidget *m_comments = nullptr;
    QListWidget *m_decisions = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace rolelens
