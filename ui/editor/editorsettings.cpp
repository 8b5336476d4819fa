#include "editor/editorsettings.h"

#include <QSettings>

namespace rolelens {

EditorSettings EditorSettings::load()
{
    const QSettings settings;
    EditorSettings s;
    s.debounceMs = qBound(
        0, settings.value(QStringLiteral("analysis/debounceMs"), s.debounceMs).toInt(), 5000);
    s.minimumSeverity =
        severityFromName(settings.value(QStringLiteral("analysis/minimumSeverity")).toString())
            .value_or(Severity::Info);
    s.disabledRules = settings.value(QStringLiteral("rules/disabled")).toStringList();
    s.teamPacks = settings.value(QStringLiteral("rules/teamPacks")).toStringList();
    s.teamPacksEnabled = settings.value(QStringLiteral("rules/teamPacksEnabled"), true).toBool();
    s.spellLanguage =
        settings.value(QStringLiteral("spelling/language"), s.spellLanguage).toString();
    s.dictionaryFolder = settings.value(QStringLiteral("spelling/dictionaryFolder")).toString();
    s.pdfAuthor = settings.value(QStringLiteral("export/author")).toString();
    s.reviewerName = settings.value(QStringLiteral("review/name")).toString();
    s.pageSize = settings.value(QStringLiteral("export/pageSize")).toString();
    s.jurisdiction = settings.value(QStringLiteral("analysis/jurisdiction")).toString();
    s.recentFiles =
        settings.value(QStringLiteral("files/recent")).toStringList().mid(0, kMaxRecentFiles);
    s.zoom = settings.value(QStringLiteral("editor/zoom"), 0).toInt();
    s.textColumn = settings.value(QStringLiteral("editor/textColumn"), s.textColumn).toInt();
    s.geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    s.windowState = settings.value(QStringLiteral("window/state")).toByteArray();
    return s;
}

void EditorSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("analysis/debounceMs"), debounceMs);
    settings.setValue(QStringLiteral("analysis/minimumSeverity"), severityName(minimumSeverity));
    settings.setValue(QStringLiteral("rules/disabled"), disabledRules);
    settings.setValue(QStringLiteral("rules/teamPacks"), teamPacks);
    settings.setValue(QStringLiteral("rules/teamPacksEnabled"), teamPacksEnabled);
    settings.setValue(QStringLiteral("spelling/language"), spellLanguage);
    settings.setValue(QStringLiteral("spelling/dictionaryFolder"), dictionaryFolder);
    settings.setValue(QStringLiteral("export/author"), pdfAuthor);
    settings.setValue(QStringLiteral("review/name"), reviewerName);
    settings.setValue(QStringLiteral("export/pageSize"), pageSize);
    settings.setValue(QStringLiteral("analysis/jurisdiction"), jurisdiction);
    settings.setValue(QStringLiteral("files/recent"), recentFiles);
    settings.setValue(QStringLiteral("editor/zoom"), zoom);
    settings.setValue(QStringLiteral("editor/textColumn"), textColumn);
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), windowState);
}

void EditorSettings::addRecentFile(const QString &path)
{
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > kMaxRecentFiles)
        recentFiles.removeLast();
}

} // namespace rolelens
