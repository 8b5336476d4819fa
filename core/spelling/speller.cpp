#include "spelling/speller.h"

#include <QFile>
#include <QMutex>
#include <QStringDecoder>
#include <QStringEncoder>
#include <hunspell.hxx>
#include <memory>
#include <vector>

namespace rolelens {

struct HunspellSpeller::Private
{
    QByteArray aff;
    QByteArray dic;
    Hunspell hunspell; ///< for spell(): fast, so one instance behind a lock will do
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    mutable QMutex mutex;
    /// Instances for suggest(), which is slow: each caller takes an idle one (or loads one),
    /// so suggestions run in parallel on as many threads as ask for them.
    mutable QMutex poolMutex;
    mutable std::vector<std::unique_ptr<Hunspell>> idle;

    Private(const QByteArray &affPath, const QByteArray &dicPath)
        : aff(affPath), dic(dicPath), hunspell(aff.constData(), dic.constData())
    {}

    [[nodiscard]] std::string encode(const QString &word) const
    {
        QStringEncoder encoder(encoding);
        return QByteArray(encoder.encode(word)).toStdString();
    }
    [[nodiscard]] QString decode(const std::string &word) const
    {
        QStringDecoder decoder(encoding);
        return decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
    }
};

std::unique_ptr<HunspellSpeller> HunspellSpeller::load(const QString &basePath)
{
    const QString aff = basePath + QStringLiteral(".aff");
    const QString dic = basePath + QStringLiteral(".dic");
    if (!QFile::exists(aff) || !QFile::exists(dic))
        return nullptr;
    auto d = std::make_unique<Private>(QFile::encodeName(aff), QFile::encodeName(dic));
    // Dictionaries name their encoding ("UTF-8", "ISO8859-1"); unknown ones fall back to UTF-8.
    const auto encoding =
        QStringConverter::encodingForName(d->hunspell.get_dict_encoding().c_str());
    d->encoding = encoding.value_or(QStringConverter::Utf8);
    return std::unique_ptr<HunspellSpeller>(new HunspellSpeller(std::move(d)));
}

HunspellSpeller::HunspellSpeller(std::unique_ptr<Private> p) : d(std::move(p)) {}

HunspellSpeller::~HunspellSpeller() = default;

bool HunspellSpeller::spell(const QString &word) const
{
    const QMutexLocker lock(&d->mutex);
    return d->hunspell.spell(d->encode(word));
}

QStringList HunspellSpeller::suggest(const QString &word) const
{
    std::unique_ptr<Hunspell> speller;
    {
        const QMutexLocker lock(&d->poolMutex);
        if (!d->idle.empty()) {
            speller = std::move(d->idle.back());
            d->idle.pop_back();
        }
    }
    if (!speller)
        speller = std::make_unique<Hunspell>(d->aff.constData(), d->dic.constData());
    QStringList out;
    for (const std::string &suggestion : speller->suggest(d->encode(word)))
        out.append(d->decode(suggestion));
    const QMutexLocker lock(&d->poolMutex);
    d->idle.push_back(std::move(speller));
    return out;
}

} // namespace rolelens
