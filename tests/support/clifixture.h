#pragma once

// What the rolelens-check tests share: running the installed binary and reading what it
// printed, and the inputs they check.

#include "check/checkcommand.h"
#include "model/finding.h"
#include "support/files.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace rolelens {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

inline QString dataFile(const QString &name)
{
    return QStringLiteral(ROLELENS_TEST_DATA "/cli/") + name;
}

inline Run run(QStringList args, QByteArray stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(ROLELENS_CHECK), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

inline Run runJson(QStringList args, QByteArray stdinData = {})
{
    return run(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args, stdinData);
}

/// Runs rolelens-check's command in this process, as the binary would run it but without
/// PDF export: options, inputs, reports and exit codes are tested through it.
inline Run command(const QStringList &args)
{
    QByteArray out, err;
    QBuffer outBuffer(&out), errBuffer(&err);
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    QTextStream outStream(&outBuffer), errStream(&errBuffer);
    CheckCommand check(outStream, errStream);
    const int code = check.run(QStringList{QStringLiteral("rolelens-check")} + args, false);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

inline Run commandJson(const QStringList &args)
{
    return command(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args);
}

inline QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

inline QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}
inline QJsonArray files(const Run &r)
{
    return parse(r.out).value(QStringLiteral("files")).toArray();
}
/// The findings of the first file, without the posting checks (pay, structure, inclusive
/// wording, requirements inflation), which tst_cli_options checks on their own.
inline QJsonArray findings(const Run &r)
{
    QJsonArray out;
    for (const QJsonValue &finding :
         files(r).at(0).toObject().value(QStringLiteral("findings")).toArray()) {
        const auto category =
            categoryFromName(finding.toObject().value(QStringLiteral("category")).toString());
        if (!category || !isPostingCheckCategory(*category))
            out.append(finding);
    }
    return out;
}
/// The results of the one run of a SARIF log.
inline QJsonArray sarifResults(const Run &r)
{
    return parse(r.out)
        .value(QStringLiteral("runs"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("results"))
        .toArray();
}
inline QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}
inline int num(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toInt(-1);
}

// Number of code points in text before the UTF-16 index.
inline qsizetype codePointIndex(const QString &text, qsizetype utf16Index)
{
    return text.left(utf16Index).toUcs4().size();
}

// text[start:start+length] counted in code points, as in Python.
inline QString codePointSlice(const QString &text, qsizetype start, qsizetype length)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || length < 0 || start + length > ucs4.size())
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, length);
}

// 1-based line and code-point column of a code-point offset, as "line:column".
inline QString lineColumnAt(const QString &text, qsizetype start)
{
    const QList<uint> ucs4 = text.toUcs4();
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < start && i < ucs4.size(); ++i) {
        if (ucs4.at(i) == uint('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(start - lineStart + 1);
}

inline QStringList nonEmptyLines(const QByteArray &b)
{
    return QString::fromUtf8(b).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// The postings, review files and refused inputs the command-line tests run on.
class CliFixture
{
protected:
    /// Call from initTestCase().
    void prepareInputs()
    {
        QVERIFY(QFile::exists(QStringLiteral(ROLELENS_CHECK)));
        QVERIFY(m_tmp.isValid());
        m_article = dataFile(QStringLiteral("article-example.md"));
        m_good = dataFile(QStringLiteral("good-tpm.md"));
        m_emoji = dataFile(QStringLiteral("emoji-offsets.md"));
        m_crlf = dataFile(QStringLiteral("crlf.md"));
        m_articleReview = dataFile(QStringLiteral("article-example.md.review.json"));
        m_brokenReview = tmpPath(QStringLiteral("broken.review.json"));
        QVERIFY(writeBytes(
            m_brokenReview,
            QByteArrayLiteral("{\"format\": \"rolelens-review\",\n \"version\": one}\n")));

        // A good posting whose only finding is an info-level hashtag.
        m_infoOnly = tmpPath(QStringLiteral("info-only.md"));
        QVERIFY(writeBytes(m_infoOnly, readText(m_good).toUtf8() + QByteArrayLiteral("#Hiring\n")));
        m_synergy = tmpPath(QStringLiteral("synergy.md"));
        QVERIFY(writeBytes(
            m_synergy,
            QByteArrayLiteral("# Technical Project Manager\nWe value synergy across teams.\n")));

        // Inputs that must be refused.
        QVERIFY(QDir(m_tmp.path()).mkdir(QStringLiteral("a-directory.md")));
        QVERIFY(
            writeBytes(tmpPath(QStringLiteral("binary.md")), QByteArray("Project\0Manager\n", 16)));
        QVERIFY(writeBytes(tmpPath(QStringLiteral("latin.md")),
                           QByteArrayLiteral("Technical Project \xff\xfe\x80 Manager\n")));
        QVERIFY(
            writeBytes(tmpPath(QStringLiteral("huge.md")), QByteArray(10 * 1024 * 1024 + 1, 'a')));
    }

    QTemporaryDir m_tmp;
    QString m_article, m_good, m_emoji, m_crlf, m_infoOnly, m_synergy;
    QString m_articleReview, m_brokenReview;

    QString tmpPath(const QString &name) const { return m_tmp.filePath(name); }
};

} // namespace rolelens
