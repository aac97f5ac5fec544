#pragma once

#include <QString>

class QCoreApplication;

namespace qh {

/// The language to use: the one chosen in the app (settings), else the system's.
/// "zh_CN" or "en".
QString preferredLanguage();

/// The system's language (LANG, LC_ALL …): "zh_CN" for any Chinese locale, else "en".
QString systemLanguage();

/// Installs QuarterHour's and Qt's own translations for `language` ("zh_CN", "en")
/// and makes it the default locale. Returns false when the language is unknown.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace qh
