#pragma once

#include "model/analysis.h"

#include <QListWidget>

namespace rolelens {

/// The TPM topics a posting covers, ticked, and those it misses, each with an Insert button
/// (and Enter) that asks for its sentence. Rebuilt only when what it shows changes.
class CoverageList : public QListWidget
{
    Q_OBJECT

public:
    explicit CoverageList(QWidget *parent = nullptr);

    /// Shows the coverage of \a analysis.
    void showCoverage(const Analysis &analysis);
    /// Missing topic ids in checklist order (what the checklist offers to insert).
    [[nodiscard]] QStringList missingTopicIds() const { return m_missing; }

Q_SIGNALS:
    /// The user asked to insert the snippet of missing topic \a topicId.
    void insertTopicRequested(const QString &topicId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill(const Analysis &analysis);
    /// Shortens the titles of missing topics, with an ellipsis, to the room left of their
    /// Insert buttons; the whole title stays in the tooltip and for screen readers.
    void elideMissingTitles();

    QStringList m_missing;
    QStringList m_shown; // what the list shows, to skip needless rebuilds
};

} // namespace rolelens
