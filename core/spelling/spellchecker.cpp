#include "spelling/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rolelens {

namespace {

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// "PMO", "RACI", "AWS": short acronyms are names, not words to correct.
bool isShortAcronym(QStringView word)
{
    constexpr qsizetype kMaxAcronym = 5;
    return word.size() <= kMaxAcronym && std::all_of(word.begin(), word.end(), [](QChar c) {
               return !c.isLetter() || c.isUpper();
           });
}

// Ranges of \a text that hold no prose: URLs, e-mail addresses and `inline code`.
QList<std::pair<qsizetype, qsizetype>> nonProse(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges = addressRanges(text);
    for (qsizetype open = text.indexOf(QLatin1Char('`')); open >= 0;) {
        const qsizetype close = text.indexOf(QLatin1Char('`'), open + 1);
        if (close < 0)
            break;
        ranges.append({open, close + 1});
        open = text.indexOf(QLatin1Char('`'), close + 1);
    }
    return ranges;
}

} // namespace

SpellChecker::SpellChecker(QString language, Loader loader, DomainWords domainWords,
                           QString personalDictionaryPath)
    : m_language(std::move(language)), m_loader(std::move(loader)),
      m_domainWords(std::move(domainWords)), m_personalPath(std::move(personalDictionaryPath))
{
    QFile personal(m_personalPath);
    if (!m_personalPath.isEmpty() && personal.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : personal.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty())
                m_accepted.insert(fold(word));
        }
    }
}

QString SpellChecker::fold(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < word.size(); ++i)
        out[i] = QChar(foldForMatching(word[i].unicode()));
    return out;
}

QSet<QString> SpellChecker::bundledDomainWords()
{
    QSet<QString> words;
    QFile file(QStringLiteral(":/words/domain.txt"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
                words.insert(fold(word));
        }
    }
    return words;
}

bool SpellChecker::ensureLoaded() const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_loadTried) {
        m_loadTried = true;
        m_speller = m_loader ? m_loader() : nullptr;
    }
    return m_speller != nullptr;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!ensureLoaded())
        return true;
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_correct.constFind(word); it != m_correct.cend())
        return it.value();
    const QString folded = fold(word);
    const bool correct = m_accepted.contains(folded) || (m_domainWords && m_domainWords(word)) ||
                         m_speller->spell(word);
    m_correct.insert(word, correct);
    return correct;
}

QList<std::pair<int, int>> SpellChecker::misspellings(QStringView text,
                                                      const QList<Token> &tokens) const
{
    QList<std::pair<int, int>> out;
    if (!ensureLoaded())
        return out;
    auto skipped = nonProse(text);
    std::sort(skipped.begin(), skipped.end());
    qsizetype range = 0; // tokens come in text order, so one index walks the sorted ranges
    for (const Token &token : tokens) {
        if (token.kind != TokenKind::Word)
            continue;
        const QStringView word = text.sliced(token.start, token.length);
        if (hasDigit(word) || isShortAcronym(word))
            continue;
        while (range < skipped.size() && skipped[range].second <= token.start)
            ++range;
        const bool inNonProse = range < skipped.size() && token.start >= skipped[range].first &&
                                token.end() <= skipped[range].second;
        if (!inNonProse && !isCorrect(word.toString()))
            out.append({token.start, token.end()});
    }
    return out;
}

QStringList SpellChecker::suggestions(const QString &word, int limit) const
{
    if (!ensureLoaded())
        return {};
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_suggestions.constFind(word); it != m_suggestions.cend())
            return it.value().mid(0, limit);
    }
    const QStringList found = m_speller->suggest(word); // slow: outside our lock
    const QMutexLocker lock(&m_mutex);
    m_suggestions.insert(word, found);
    return found.mid(0, limit);
}

QString SpellChecker::addToPersonalDictionary(const QString &word)
{
    QStringList words;
    QFile existing(m_personalPath);
    if (existing.open(QIODevice::ReadOnly))
        words = QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    existing.close();
    if (!words.contains(word))
        words.append(word);
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QSaveFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        return file.errorString();
    ignoreAll(word);
    return {};
}

void SpellChecker::ignoreAll(const QString &word)
{
    const QMutexLocker lock(&m_mutex);
    m_accepted.insert(fold(word));
    m_correct.clear(); // cheap to rebuild, and other spellings of the word may be cached
}

} // namespace rolelens
