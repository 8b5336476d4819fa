#pragma once

#include "model/analysis.h"

#include <QIcon>
#include <QSet>
#include <QTreeWidget>
#include <array>

namespace rolelens {

/// The findings of an analysis grouped by category, each group with its count and each row
/// with the severity and a quote. Rows are updated in place while typing, so scrolling,
/// selection and what the user collapsed stay as they were.
class FindingsTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsTree(QWidget *parent = nullptr);

    /// Shows \a findings (sorted by start), quoting \a text. Returns whether any of them
    /// offers a fix.
    bool showFindings(const QList<Finding> &findings, const QString &text);
    /// A note shown after \a category's count in its group's title ("1.2 coded words per
    /// 100"); empty: none. Takes effect with the next showFindings().
    void setGroupNote(Category category, const QString &note);

Q_SIGNALS:
    /// The user clicked (or pressed Enter on) finding number \a index of those shown.
    void findingActivated(int index);

private:
    /// Makes \a group's rows show \a indexes (into \a findings) of \a category.
    void fillGroup(QTreeWidgetItem *group, Category category, const QList<int> &indexes,
                   const QList<Finding> &findings, const QString &text,
                   const std::array<QIcon, 3> &icons);

    QList<Category> m_shownCategories; // the groups the tree shows, in order
    QSet<int> m_collapsed;             // categories the user collapsed, kept across analyses
    std::array<QString, kCategoryCount> m_notes;
};

} // namespace rolelens
