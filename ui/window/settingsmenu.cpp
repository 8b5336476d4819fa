#include "window/settingsmenu.h"

#include "editor/analysiscontroller.h"
#include "editor/editorsettings.h"
#include "window/disabledrulesdialog.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

namespace rolelens {

SettingsMenu::SettingsMenu(EditorSettings &settings, AnalysisController *analysis, QWidget *parent)
    : QObject(parent), m_settings(settings), m_analysis(analysis), m_parent(parent)
{}

void SettingsMenu::fill(QMenu *menu)
{
    menu->addAction(tr("Analysis &Delay\u2026"), this, &SettingsMenu::chooseDebounce);
    fillSeverities(menu->addMenu(tr("&Show Findings")));
    fillJurisdictions(menu->addMenu(tr("Pay &Transparency Law")));
    fillPageSizes(menu->addMenu(tr("&Page Size")));
    menu->addAction(tr("PDF &Author\u2026"), this, &SettingsMenu::chooseAuthor);
    menu->addAction(tr("Reviewer &Name\u2026"), this, &SettingsMenu::reviewerNameRequested);
    fillRulePacks(menu->addMenu(tr("&Rule Packs")));
}

void SettingsMenu::fillSeverities(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const std::pair<Severity, QString> levels[] = {{Severity::Info, tr("&All")},
                                                   {Severity::Warning, tr("&Warnings and Errors")},
                                                   {Severity::Error, tr("&Errors Only")}};
    for (const auto &[severity, label] : levels) {
        QAction *action = menu->addAction(label, this, [this, s = severity] {
            m_settings.minimumSeverity = s;
            Q_EMIT filterChanged();
        });
        action->setCheckable(true);
        action->setChecked(m_settings.minimumSeverity == severity);
        group->addAction(action);
    }
}

void SettingsMenu::fillPageSizes(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[label, value] :
         {std::pair{tr("From &Locale"), QString()}, std::pair{tr("&A4"), QStringLiteral("A4")},
          std::pair{tr("&Letter"), QStringLiteral("Letter")}}) {
        QAction *action =
            menu->addAction(label, this, [this, v = value] { m_settings.pageSize = v; });
        action->setCheckable(true);
        action->setChecked(m_settings.pageSize == value);
        group->addAction(action);
    }
}

// The jurisdictions of the rule packs' table: the pay checks follow the chosen one's law, and
// only inform without one.
void SettingsMenu::fillJurisdictions(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("jurisdictions"));
    auto *group = new QActionGroup(menu);
    QList<std::pair<QString, QString>> choices{{tr("&None (pay checks only inform)"), QString()}};
    for (const JurisdictionSpec &jurisdiction : m_analysis->rules().postingChecks().jurisdictions)
        choices.append(
            {QStringLiteral("%1 (%2)").arg(jurisdiction.name, jurisdiction.id), jurisdiction.id});
    for (const auto &[label, id] : choices) {
        QAction *action = menu->addAction(label, this, [this, id = id] {
            m_settings.jurisdiction = id;
            m_analysis->setJurisdiction(id);
        });
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(m_settings.jurisdiction.compare(id, Qt::CaseInsensitive) == 0);
        group->addAction(action);
    }
}

void SettingsMenu::fillRulePacks(QMenu *menu)
{
    menu->addAction(tr("&Add Team Pack\u2026"), this, &SettingsMenu::addTeamPack);
    QAction *enabled = menu->addAction(tr("&Use Team Packs"));
    enabled->setCheckable(true);
    enabled->setChecked(m_settings.teamPacksEnabled);
    connect(enabled, &QAction::toggled, this, [this](bool on) {
        m_settings.teamPacksEnabled = on;
        Q_EMIT rulesChanged();
    });
    menu->addAction(tr("&Disabled Rules\u2026"), this, &SettingsMenu::chooseDisabledRules);
}

void SettingsMenu::chooseDisabledRules()
{
    DisabledRulesDialog dialog(m_settings.disabledRules, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.stillDisabled() == m_settings.disabledRules)
        return;
    m_settings.disabledRules = dialog.stillDisabled();
    Q_EMIT rulesChanged();
}

void SettingsMenu::chooseDebounce()
{
    bool ok = false;
    const int ms =
        QInputDialog::getInt(m_parent, tr("Analysis Delay"),
                             tr("Re-analyse this many milliseconds after you stop typing:"),
                             m_settings.debounceMs, 0, 5000, 50, &ok);
    if (!ok)
        return;
    m_settings.debounceMs = ms;
    m_analysis->setDebounceMs(ms);
}

void SettingsMenu::chooseAuthor()
{
    bool ok = false;
    const QString author =
        QInputDialog::getText(m_parent, tr("PDF Author"), tr("Author written into exported PDFs:"),
                              QLineEdit::Normal, m_settings.pdfAuthor, &ok);
    if (ok)
        m_settings.pdfAuthor = author;
}

void SettingsMenu::addTeamPack()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Add Team Rule Pack"), {},
                                                      tr("Rule packs (*.json)"));
    if (path.isEmpty() || m_settings.teamPacks.contains(path))
        return;
    m_settings.teamPacks.append(path);
    Q_EMIT rulesChanged();
}

} // namespace rolelens
