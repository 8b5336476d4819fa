#include "io/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>

namespace rolelens {

namespace {
constexpr int kFormatVersion = 1;
} // namespace

RecoveryStore::RecoveryStore(QString folder) : m_folder(std::move(folder)) {}

QString RecoveryStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RecoveryStore::fileOf(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString RecoveryStore::save(const Entry &entry) const
{
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("cannot create %1").arg(m_folder);
    const QJsonObject object{{QStringLiteral("version"), kFormatVersion},
                             {QStringLiteral("name"), entry.name},
                             {QStringLiteral("path"), entry.originalPath},
                             {QStringLiteral("saved"), entry.saved.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("text"), entry.text},
                             {QStringLiteral("review"), QString::fromUtf8(entry.review)}};
    QSaveFile file(fileOf(entry.id));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return file.errorString();
    return {};
}

void RecoveryStore::remove(const QString &id) const
{
    QFile::remove(fileOf(id));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> found;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (object.value(QLatin1String("version")).toInt() != kFormatVersion)
            continue;
        found.append({name.chopped(5), object.value(QLatin1String("name")).toString(),
                      object.value(QLatin1String("path")).toString(),
                      QDateTime::fromString(object.value(QLatin1String("saved")).toString(),
                                            Qt::ISODateWithMs),
                      object.value(QLatin1String("text")).toString(),
                      object.value(QLatin1String("review")).toString().toUtf8()});
    }
    std::sort(found.begin(), found.end(),
              [](const Entry &a, const Entry &b) { return a.saved < b.saved; });
    return found;
}

} // namespace rolelens
