#pragma once

#include "model/finding.h"

#include <QByteArray>
#include <QStringList>

namespace rolelens {

/// The pause after the last keystroke before the text is analysed again, unless the user
/// chose another in Settings.
inline constexpr int kDefaultDebounceMs = 150;

/// Everything the editor remembers between runs, loaded and saved in one place (QSettings).
struct EditorSettings
{
    int debounceMs = kDefaultDebounceMs;       ///< pause after typing before re-analysing
    Severity minimumSeverity = Severity::Info; ///< findings below this are not shown
    QStringList disabledRules;                 ///< rule ids turned off with "Disable rule"
    QStringList teamPacks;                     ///< extra rule-pack files
    bool teamPacksEnabled = true;
    QString spellLanguage = QStringLiteral("en_US"); ///< empty: spelling off
    QString dictionaryFolder;                        ///< searched before the system dictionaries
    QString pdfAuthor;                               ///< written into exported PDFs
    QString reviewerName;    ///< written with each comment and decision; empty: ask on the first
    QString pageSize;        ///< "A4", "Letter", or empty: from the locale
    QString jurisdiction;    ///< whose pay-transparency law applies ("NYC"); empty: none
    QStringList recentFiles; ///< most recent first
    int zoom = 0;            ///< editor font size steps above (or below) the default, in points
    int textColumn = 80;     ///< width of the centred text column in characters; 0: full width
    QByteArray geometry;
    QByteArray windowState;

    static constexpr int kMaxRecentFiles = 8;

    [[nodiscard]] static EditorSettings load();
    void save() const;
    /// Puts \a path first in the recent files, dropping duplicates and the oldest.
    void addRecentFile(const QString &path);
};

} // namespace rolelens
