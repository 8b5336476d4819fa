#include "spelling/dictionaries.h"

#include <QDir>
#include <QFileInfo>

namespace rolelens {

QStringList Dictionaries::searchPaths(const QStringList &extraFolders)
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("ROLELENS_DICTIONARY_PATH");
    if (!fromEnvironment.isEmpty())
        paths += fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    paths += extraFolders;
    paths += {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell"),
              QStringLiteral("/usr/share/myspell/dicts"),
              QDir::homePath() + QStringLiteral("/.local/share/hunspell")};
    return paths;
}

QMap<QString, QString> Dictionaries::available(const QStringList &extraFolders)
{
    QMap<QString, QString> found;
    for (const QString &path : searchPaths(extraFolders)) {
        const QDir dir(path);
        for (const QFileInfo &dic : dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files)) {
            const QString base = dic.absolutePath() + QLatin1Char('/') + dic.completeBaseName();
            // Hyphenation files ("hyph_en_US.dic") sit in the same folders but are no dictionaries.
            if (dic.completeBaseName().startsWith(QLatin1String("hyph_")) ||
                !QFileInfo::exists(base + QStringLiteral(".aff")))
                continue;
            if (!found.contains(dic.completeBaseName()))
                found.insert(dic.completeBaseName(), base);
        }
    }
    return found;
}

} // namespace rolelens

#include "rules/ruleset.h"
#include "spelling/spellchecker.h"

namespace rolelens {

std::shared_ptr<SpellChecker> createSpellChecker(const QString &language,
                                                 std::shared_ptr<const RuleSet> rules,
                                                 const QString &personalDictionaryPath,
                                                 const QStringList &extraFolders)
{
    const QString base = Dictionaries::available(extraFolders).value(language);
    if (base.isEmpty())
        return nullptr;
    auto domain = std::make_shared<const QSet<QString>>(SpellChecker::bundledDomainWords());
    auto isDomainWord = [domain, rules](QStringView word) {
        return domain->contains(SpellChecker::fold(word)) || rules->matcher().knows(word);
    };
    return std::make_shared<SpellChecker>(
        language, [base] { return std::unique_ptr<Speller>(HunspellSpeller::load(base)); },
        isDomainWord, personalDictionaryPath);
}

} // namespace rolelens
