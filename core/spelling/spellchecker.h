#pragma once

#include "spelling/speller.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

namespace rolelens {

/// Spell checking for postings: a dictionary (loaded lazily, on first use, so that loading
/// never delays the editor's first paint), results cached per word, PM and technology
/// vocabulary accepted, a personal dictionary, and the kinds of tokens that are not words:
/// URLs, e-mail addresses, hashtags, words with digits, short ALLCAPS acronyms, inline code.
/// Thread-safe.
class SpellChecker
{
public:
    using Loader = std::function<std::unique_ptr<Speller>()>;
    /// Whether a word belongs to the domain vocabulary (compared case-insensitively).
    using DomainWords = std::function<bool(QStringView word)>;

    SpellChecker(QString language, Loader loader, DomainWords domainWords,
                 QString personalDictionaryPath = {});

    [[nodiscard]] const QString &language() const { return m_language; }
    /// Loads the dictionary if that has not been tried yet; false if it cannot be loaded.
    bool ensureLoaded() const;

    /// Misspelled words of \a text (tokenized as \a tokens) as [start, end) offsets.
    [[nodiscard]] QList<std::pair<int, int>> misspellings(QStringView text,
                                                          const QList<Token> &tokens) const;
    [[nodiscard]] bool isCorrect(const QString &word) const;
    /// Up to \a limit suggestions; cached, but slow the first time for each word.
    [[nodiscard]] QStringList suggestions(const QString &word, int limit = 6) const;

    /// Adds \a word to the personal dictionary file (written atomically). Returns an error
    /// message, or an empty string.
    QString addToPersonalDictionary(const QString &word);
    /// Accepts \a word for the rest of the session.
    void ignoreAll(const QString &word);

    /// The bundled domain word list (":/words/domain.txt"), folded for comparison.
    [[nodiscard]] static QSet<QString> bundledDomainWords();
    /// \a word as the domain and personal lists compare it: case-folded, ’ as '.
    [[nodiscard]] static QString fold(QStringView word);

private:
    QString m_language;
    Loader m_loader;
    DomainWords m_domainWords;
    QString m_personalPath;
    mutable QMutex m_mutex;
    mutable std::unique_ptr<Speller> m_speller;
    mutable bool m_loadTried = false;
    mutable QHash<QString, bool> m_correct;
    mutable QHash<QString, QStringList> m_suggestions;
    QSet<QString> m_accepted; // personal dictionary and "Ignore all", folded
};

} // namespace rolelens
