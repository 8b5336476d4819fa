#include "spelling/speller.h"

#include <QFile>
#include <QMutex>
#include <QStringDecoder>
#include <QStringEncoder>
#include <hunspell.hxx>

namespace rolelens {

struct HunspellSpeller::Private
{
    Hunspell hunspell;
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    mutable QMutex mutex;

    Private(const QByteArray &aff, const QByteArray &dic)
        : hunspell(aff.constData(), dic.constData())
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
    const QMutexLocker lock(&d->mutex);
    QStringList out;
    for (const std::string &suggestion : d->hunspell.suggest(d->encode(word)))
        out.append(d->decode(suggestion));
    return out;
}

} // namespace rolelens
