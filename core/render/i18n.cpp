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
    // Called again (another language, or the fuzz harness's many runs in one
    // process): the previous translators go, they do not pile up.
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("qh_i18n"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("qh_i18n"));
    if (!own->load(QStringLiteral(":/i18n/quarterhour_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("qh_i18n"));
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace qh
