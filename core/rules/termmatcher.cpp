#include "rules/termmatcher.h"

#include "text/scratchlist.h"

namespace rolelens {

namespace {

quint64 edgeKey(int node, int id)
{
    return (quint64(quint32(node)) << 32) | quint32(id);
}

bool isJoiner(QStringView text)
{
    return text.size() == 1 &&
           (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('.') ||
            text[0] == QLatin1Char('/') || foldForMatching(text[0].unicode()) == u'-');
}

bool isWordKind(TokenKind kind)
{
    return kind == TokenKind::Word || kind == TokenKind::Number;
}

// Whether the single letters at \a first and \a first + 2 are joined by a dot or an
// ampersand: "U.S", "C.P", "P&C", "R&D".
bool lettersJoined(QStringView text, const QList<Token> &tokens, int first)
{
    if (first < 0 || first + 2 >= tokens.size())
        return false;
    const Token &letter = tokens[first];
    const Token &mark = tokens[first + 1];
    const Token &next = tokens[first + 2];
    return letter.kind == TokenKind::Word && letter.length == 1 && mark.kind == TokenKind::Punct &&
           mark.length == 1 &&
           (text[mark.start] == QLatin1Char('.') || text[mark.start] == QLatin1Char('&')) &&
           !mark.spaceBefore && next.kind == TokenKind::Word && next.length == 1 &&
           !next.spaceBefore;
}

// Whether the letter at \a i is part of an abbreviation of single letters ("U.S.C.", "C.P.A.",
// "R.N.", "P&C"): it is no term of its own there, so the "C" of "8 U.S.C. 1324" is not the C
// language.
bool insideAbbreviation(QStringView text, const QList<Token> &tokens, int i)
{
    return tokens[i].length == 1 &&
           (lettersJoined(text, tokens, i - 2) || lettersJoined(text, tokens, i));
}

// "<num>" in a lexicon term is one placeholder token, not '<', "num", '>'.
QList<Token> mergePlaceholders(QStringView term, QList<Token> tokens)
{
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        const Token &open = tokens[i];
        const Token &close = tokens[i + 2];
        if (term[open.start] == QLatin1Char('<') && close.length == 1 &&
            term[close.start] == QLatin1Char('>') && !tokens[i + 1].spaceBefore &&
            !close.spaceBefore) {
            tokens[i] =
                Token{open.start, close.end() - open.start, TokenKind::Punct, open.spaceBefore};
            tokens.remove(i + 1, 2);
        }
    }
    return tokens;
}

// The spellings a term also matches: as written, joiners dropped, joined words fused.
QList<QList<QString>> spellingsOf(QStringView term, const QList<Token> &tokens)
{
    QList<QString> written, dropped, fused;
    bool hasJoiner = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        const QString text = term.sliced(token.start, token.length).toString();
        written.append(text);
        const bool joiner = token.kind == TokenKind::Punct && isJoiner(text) && i > 0 &&
                            i + 1 < tokens.size() && !token.spaceBefore &&
                            !tokens[i + 1].spaceBefore && isWordKind(tokens[i - 1].kind) &&
                            isWordKind(tokens[i + 1].kind);
        if (joiner) {
            hasJoiner = true;
            continue;
        }
        dropped.append(text);
        const bool gluedToJoiner = i > 0 && !token.spaceBefore && !fused.isEmpty() &&
                                   tokens[i - 1].kind == TokenKind::Punct &&
                                   isJoiner(term.sliced(tokens[i - 1].start, tokens[i - 1].length));
        if (gluedToJoiner && isWordKind(token.kind))
            fused.last() += text;
        else
            fused.append(text);
    }
    if (!hasJoiner)
        return {written};
    return {written, dropped, fused};
}

// A list's "and/or" ends in the "or" that starts an alternative ("and/or program management"),
// and as the matcher keeps the leftmost longest term, "and/or" would swallow it: a term that
// starts with "or" also matches with "and/" before it.
void addAndSlashOrSpellings(QStringView term, const QList<Token> &tokens,
                            QList<QList<QString>> &spellings, int maxTokens)
{
    // Only "or" as a word of its own: "or-tools" is no alternative.
    if (tokens.size() < 2 || !tokens[1].spaceBefore)
        return;
    const Token &first = tokens.first();
    if (first.kind != TokenKind::Word ||
        term.sliced(first.start, first.length).compare(u"or", Qt::CaseInsensitive) != 0)
        return;
    for (qsizetype i = 0, count = spellings.size(); i < count; ++i) {
        if (spellings[i].size() + 2 <= maxTokens)
            spellings.append(QList<QString>{QStringLiteral("and"), QStringLiteral("/")} +
                             spellings[i]);
    }
}

} // namespace

TermMatcher::TermMatcher() : m_nodes(1)
{
    m_numberId = m_vocabulary.intern(u"<num>");
    m_hashtagId = m_vocabulary.intern(u"<hashtag>");
    m_emojiId = m_vocabulary.intern(u"<emoji>");
}

int TermMatcher::tokenId(QStringView text, const Token &token) const
{
    switch (token.kind) {
    case TokenKind::Number:
        return m_numberId;
    case TokenKind::Hashtag:
        return m_hashtagId;
    case TokenKind::Emoji:
        return m_emojiId;
    case TokenKind::Word:
    case TokenKind::Punct:
        break;
    }
    return m_vocabulary.find(text.sliced(token.start, token.length));
}

int TermMatcher::child(int node, int id) const
{
    if (node == 0)
        return std::size_t(id) < m_rootChildren.size() ? m_rootChildren[std::size_t(id)] : -1;
    return m_edges[edgeSlot(edgeKey(node, id))].node;
}

// The slot holding \a key, or the empty slot where it would go (linear probing).
std::size_t TermMatcher::edgeSlot(quint64 key) const
{
    const std::size_t mask = m_edges.size() - 1;
    std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & mask; // Fibonacci hashing
    while (m_edges[i].key != 0 && m_edges[i].key != key)
        i = (i + 1) & mask;
    return i;
}

void TermMatcher::addEdge(quint64 key, int node)
{
    // At most a quarter full, so a lookup that finds nothing stops after a probe or two.
    if ((m_edgeCount + 1) * 4 > m_edges.size()) {
        std::vector<Edge> old(m_edges.size() * 2);
        old.swap(m_edges);
        for (const Edge &edge : old) {
            if (edge.key != 0)
                m_edges[edgeSlot(edge.key)] = edge;
        }
    }
    m_edges[edgeSlot(key)] = {key, node};
    ++m_edgeCount;
}

int TermMatcher::addPath(const QList<int> &ids)
{
    int node = 0;
    for (int id : ids) {
        int next = child(node, id);
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            m_nodes[std::size_t(node)].hasChildren = true;
            if (node == 0) {
                if (std::size_t(id) >= m_rootChildren.size())
                    m_rootChildren.resize(std::size_t(id) + 1, -1);
                m_rootChildren[std::size_t(id)] = next;
            } else {
                addEdge(edgeKey(node, id), next);
            }
        }
        node = next;
    }
    return node;
}

TermMatcher::AddResult TermMatcher::addTerm(QStringView term, int classId, bool caseSensitive)
{
    const QList<Token> tokens = mergePlaceholders(term, tokenize(term));
    if (tokens.isEmpty())
        return AddResult::Empty;
    if (tokens.size() > kMaxTermTokens)
        return AddResult::TooLong;
    QList<QList<QString>> spellings = spellingsOf(term, tokens);
    addAndSlashOrSpellings(term, tokens, spellings, kMaxTermTokens);
    for (const QList<QString> &spelling : spellings) {
        QList<int> ids;
        QString exact;
        for (const QString &word : spelling) {
            ids.append(m_vocabulary.intern(word));
            exact += word;
        }
        const int node = addPath(ids);
        if (!caseSensitive) {
            m_nodes[std::size_t(node)].classes.set(std::size_t(classId));
            continue;
        }
        ExactTerm entry{exact, {}, m_nodes[std::size_t(node)].firstExact};
        entry.classes.set(std::size_t(classId));
        m_nodes[std::size_t(node)].firstExact = int(m_exact.size());
        m_exact.push_back(entry);
    }
    ++m_termCount;
    return AddResult::Added;
}

ClassMask TermMatcher::classesAt(int node, QStringView text, const QList<Token> &tokens, int first,
                                 int last) const
{
    const Node &n = m_nodes[std::size_t(node)];
    ClassMask classes = n.classes;
    QString written;
    for (int i = first; i <= last; ++i)
        written += text.sliced(tokens[i].start, tokens[i].length);
    for (int e = n.firstExact; e >= 0; e = m_exact[std::size_t(e)].next) {
        if (m_exact[std::size_t(e)].text == written)
            classes |= m_exact[std::size_t(e)].classes;
    }
    return classes;
}

QList<Tag> TermMatcher::match(QStringView text, const QList<Token> &tokens,
                              TokenIds *tokenIds) const
{
    // Gathered in a reused vector and handed over by takeAsList(), as the tokenizer's tokens.
    thread_local std::vector<Tag> tags;
    tags.clear();
    const int count = int(tokens.size());
    TokenIds own;
    TokenIds &ids = tokenIds ? *tokenIds : own;
    ids.resize(std::size_t(count));
    for (int i = 0; i < count; ++i)
        ids[std::size_t(i)] = tokenId(text, tokens[i]);

    for (int i = 0; i < count;) {
        // The first step, from the root, is taken before the loop: child() looks the root's
        // children up in an array and deeper edges in a hash table, and choosing between the two
        // on alternate calls was a branch the predictor kept getting wrong.
        const int first = ids[std::size_t(i)];
        int node = first < 0 ? -1 : child(0, first);
        int best = -1;
        ClassMask bestClasses;
        for (int j = i; node >= 0;) {
            const Node &n = m_nodes[std::size_t(node)];
            const ClassMask classes =
                n.firstExact < 0 ? n.classes : classesAt(node, text, tokens, i, j);
            if (classes.any()) {
                best = j;
                bestClasses = classes;
            }
            if (!n.hasChildren || ++j >= count || j - i >= kMaxTermTokens)
                break;
            const int id = ids[std::size_t(j)];
            node = id < 0 ? -1 : child(node, id);
        }
        if (best < 0 || insideAbbreviation(text, tokens, i)) {
            ++i;
            continue;
        }
        tags.push_back(Tag{i, best - i + 1, tokens[i].start, tokens[best].end(), bestClasses});
        i = best + 1;
    }
    constexpr std::size_t kKeptCapacity = 1024;
    return takeAsList(tags, kKeptCapacity);
}

} // namespace rolelens
