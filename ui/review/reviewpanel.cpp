#include "review/reviewpanel.h"

#include "export/displaynames.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rolelens {

namespace {

constexpr int kQuoteLength = 40;

/// "Line 4" for an anchor still in the text, "Text deleted" for one whose text is gone.
QString whereIs(const TextAnchor &anchor, const QTextDocument *document)
{
    if (anchor.orphaned)
        return ReviewPanel::tr("Text deleted");
    return ReviewPanel::tr("Line %1").arg(document->findBlock(int(anchor.start)).blockNumber() + 1);
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(text.simplified().remove(u'&'));
    return b;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Review panel"));

    m_comments = new QListWidget(this);
    m_comments->setAccessibleName(tr("Review comments"));
    m_comments->setWordWrap(true);
    auto *add = button(tr("&Add\u2026"), this);
    add->setToolTip(tr("Comment on the selected text (Ctrl+Alt+M)"));
    m_edit = button(tr("Ed&it\u2026"), this);
    m_remove = button(tr("De&lete"), this);
    auto *commentButtons = new QHBoxLayout;
    commentButtons->addWidget(add);
    commentButtons->addWidget(m_edit);
    commentButtons->addWidget(m_remove);
    commentButtons->addStretch();
    auto *commentsGroup = new QGroupBox(tr("Comments"), this);
    auto *commentsLayout = new QVBoxLayout(commentsGroup);
    commentsLayout->addWidget(m_comments, 1);
    commentsLayout->addLayout(commentButtons);

    m_decisions = new QListWidget(this);
    m_decisions->setAccessibleName(tr("Review decisions"));
    m_decisions->setWordWrap(true);
    m_withdraw = button(tr("&Withdraw"), this);
    m_withdraw->setToolTip(
        tr("Forget this decision; a kept or ignored finding shows as open again"));
    m_export = button(tr("E&xport Exceptions\u2026"), this);
    m_export->setToolTip(tr("Save the kept findings as a rule pack, so the team's RoleLens "
                            "accepts them too"));
    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_withdraw);
    decisionButtons->addWidget(m_export);
    decisionButtons->addStretch();
    auto *decisionsGroup = new QGroupBox(tr("Decisions"), this);
    auto *decisionsLayout = new QVBoxLayout(decisionsGroup);
    decisionsLayout->addWidget(m_decisions, 1);
    decisionsLayout->addLayout(decisionButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(commentsGroup, 1);
    layout->addWidget(decisionsGroup, 1);

    const auto currentId = [this] {
        const QListWidgetItem *item = m_comments->currentItem();
        return item ? item->data(Qt::UserRole).toString() : QString();
    };
    connect(m_comments, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT commentActivated(item->data(Qt::UserRole).toString());
    });
    connect(add, &QPushButton::clicked, this, &ReviewPanel::addCommentRequested);
    connect(m_edit, &QPushButton::clicked, this,
            [this, currentId] { Q_EMIT editCommentRequested(currentId()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this, currentId] { Q_EMIT removeCommentRequested(currentId()); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_decisions->currentItem())
            Q_EMIT withdrawDecisionRequested(item->data(Qt::UserRole).toInt());
    });
    connect(m_export, &QPushButton::clicked, this, &ReviewPanel::exportExceptionsRequested);
    connect(m_comments, &QListWidget::currentRowChanged, this, &ReviewPanel::updateButtons);
    connect(m_decisions, &QListWidget::currentRowChanged, this, &ReviewPanel::updateButtons);

    setReview(Review(), nullptr);
}

void ReviewPanel::setReview(const Review &review, const QTextDocument *document)
{
    const int commentRow = m_comments->currentRow();
    m_comments->clear();
    for (const ReviewComment &comment : review.comments()) {
        auto *item =
            new QListWidgetItem(tr("%1 \u00b7 %2\n%3")
                                    .arg(whereIs(comment.anchor, document),
                                         quoted(comment.anchor.quote, kQuoteLength), comment.body),
                                m_comments);
        item->setData(Qt::UserRole, comment.id);
        // The list cuts quotes short; the tooltip has the whole of it.
        item->setToolTip(quoted(comment.anchor.quote, comment.anchor.quote.size()) + u'\n' +
                         byline(comment.author, comment.created));
    }
    m_comments->setCurrentRow(qMin(commentRow, m_comments->count() - 1));

    const int decisionRow = m_decisions->currentRow();
    m_decisions->clear();
    bool anyKept = false;
    for (int i = 0; i < review.decisions().size(); ++i) {
        const ReviewDecision &decision = review.decisions().at(i);
        const bool kept = decision.kind == DecisionKind::Kept;
        anyKept = anyKept || kept;
        const QString quote = quoted(decision.anchor.quote, kQuoteLength);
        // Accepted suggestions replaced their text, so only kept and ignored findings have a
        // line.
        QString text =
            decision.kind == DecisionKind::Accepted
                ? tr("Accepted \u00b7 %1").arg(quote)
                : (kept ? tr("Kept \u00b7 %1 \u00b7 %2") : tr("Ignored \u00b7 %1 \u00b7 %2"))
                      .arg(whereIs(decision.anchor, document), quote);
        if (!decision.reason.isEmpty())
            text += u'\n' + decision.reason;
        auto *item = new QListWidgetItem(text, m_decisions);
        item->setData(Qt::UserRole, i);
        item->setToolTip(quoted(decision.anchor.quote, decision.anchor.quote.size()) + u'\n' +
                         decision.ruleId + u'\n' + byline(decision.author, decision.decided));
    }
    m_decisions->setCurrentRow(qMin(decisionRow, m_decisions->count() - 1));
    m_export->setEnabled(anyKept);
    updateButtons();
}

void ReviewPanel::updateButtons()
{
    m_edit->setEnabled(m_comments->currentRow() >= 0);
    m_remove->setEnabled(m_comments->currentRow() >= 0);
    m_withdraw->setEnabled(m_decisions->currentRow() >= 0);
}

} // namespace rolelens
