#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace rolelens {

class AnalysisController;
struct EditorSettings;

/// The Settings menu: analysis delay, which findings show, whose pay-transparency law applies,
/// page size and author of exported PDFs, and the team rule packs. Changes go into the settings at
/// once.
class SettingsMenu : public QObject
{
    Q_OBJECT

public:
    SettingsMenu(EditorSettings &settings, AnalysisController *analysis, QWidget *parent);

    /// Adds the menu's actions to \a menu.
    void fill(QMenu *menu);

Q_SIGNALS:
    /// The team packs or the disabled rules changed: the rule set needs rebuilding.
    void rulesChanged();
    /// The least severity shown changed.
    void filterChanged();
    /// The user wants to change the name written with comments and decisions.
    void reviewerNameRequested();

private:
    void chooseDebounce();
    void chooseAuthor();
    void addTeamPack();
    void chooseDisabledRules();
    void fillSeverities(QMenu *menu);
    void fillPageSizes(QMenu *menu);
    void fillJurisdictions(QMenu *menu);
    void fillRulePacks(QMenu *menu);

    EditorSettings &m_settings;
    AnalysisController *m_analysis;
    QWidget *m_parent;
};

} // namespace rolelens
