#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace qh {

QString preferredLanguage()
{
    const QString chosen = QSettings().value("language").toString();
    return chosen.isEmpty() ? systemLanguage() : chosen;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/quarterhour_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace qh
