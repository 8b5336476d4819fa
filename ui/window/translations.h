#pragma once

class QCoreApplication;

namespace rolelens {

/// Installs the translations for the user's locale: Qt's own and RoleLens's, with the
/// English plural forms ("1 word", "2 words") as the fallback when there is no file for the
/// locale. Call once, after the application object exists.
void installTranslations(QCoreApplication *app);

} // namespace rolelens
