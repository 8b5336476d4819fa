#include "window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rolelens {

void installTranslations(QCoreApplication *app)
{
    // The translator installed last is asked first: the locale's own file, then English.
    const auto install = [app](const auto &load) {
        auto *translator = new QTranslator(app);
        if (load(translator))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install([](QTranslator *t) {
        return t->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    install([](QTranslator *t) { return t->load(QStringLiteral(":/i18n/rolelens_en.qm")); });
    install([](QTranslator *t) {
        return QLocale().language() != QLocale::English &&
               t->load(QLocale(), QStringLiteral("rolelens"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"));
    });
}

} // namespace rolelens
