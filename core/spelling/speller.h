#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace rolelens {

/// The dictionary behind the spell checker. An interface so tests can use a fake or a tiny
/// bundled dictionary; HunspellSpeller is the real one.
class Speller
{
public:
    virtual ~Speller() = default;
    [[nodiscard]] virtual bool spell(const QString &word) const = 0;
    /// Costs tens of milliseconds per word with real dictionaries: never on the typing path.
    [[nodiscard]] virtual QStringList suggest(const QString &word) const = 0;
};

/// A Speller over Hunspell. Hunspell is not thread-safe: spell() calls share one instance in
/// turn, and suggest() calls, which are slow, each use an instance of their own from a pool,
/// so they run in parallel.
class HunspellSpeller : public Speller
{
public:
    /// Loads "<basePath>.aff" and "<basePath>.dic"; nullptr if either cannot be read.
    static std::unique_ptr<HunspellSpeller> load(const QString &basePath);
    ~HunspellSpeller() override;

    [[nodiscard]] bool spell(const QString &word) const override;
    [[nodiscard]] QStringList suggest(const QString &word) const override;

private:
    struct Private;
    explicit HunspellSpeller(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace rolelens
