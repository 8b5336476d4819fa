#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace rolelens {

/// Finds installed Hunspell dictionaries. Searched, in order: the folders in the
/// ROLELENS_DICTIONARY_PATH environment variable (colon-separated), \a extraFolders, then
/// the standard places (/usr/share/hunspell, /usr/share/myspell, /usr/share/myspell/dicts,
/// ~/.local/share/hunspell). The first folder that has a language wins.
class Dictionaries
{
public:
    static constexpr const char *kDefaultLanguage = "en_US";

    [[nodiscard]] static QStringList searchPaths(const QStringList &extraFolders = {});
    /// Language ("en_US") -> base path without extension, for each complete .aff/.dic pair.
    [[nodiscard]] static QMap<QString, QString> available(const QStringList &extraFolders = {});
};

} // namespace rolelens

#include <memory>

namespace rolelens {

class RuleSet;
class SpellChecker;

/// A spell checker for \a language over the installed dictionary, accepting the bundled
/// domain words and every word of \a rules' lexicons. nullptr when no dictionary for
/// \a language is installed. The dictionary itself loads on first use.
[[nodiscard]] std::shared_ptr<SpellChecker>
createSpellChecker(const QString &language, std::shared_ptr<const RuleSet> rules,
                   const QString &personalDictionaryPath = {},
                   const QStringList &extraFolders = {});

} // namespace rolelens
