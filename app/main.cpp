// quarterhour: the desktop planner.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

#include "i18n.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "paths.h"
#include "version.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName("QuarterHour");
    QApplication::setApplicationName("QuarterHour");
    QApplication::setApplicationVersion(QH_VERSION);
    // The language must be known before any text is made; --lang wins over settings.
    QString language = qh::preferredLanguage();
    for (int i = 1; i + 1 < argc; ++i)
        if (QString::fromLocal8Bit(argv[i]) == "--lang")
            language = QString::fromLocal8Bit(argv[i + 1]);
    qh::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "15-minute service circles for elderly care and childcare"));
    parser.addHelpOption();
    QCommandLineOption version(QStringList{"v", "version"},
                               QApplication::translate("main", "Print the version and those of GDAL, GEOS, PROJ and Qt."));
    parser.addOption(version);
    parser.addPositionalArgument("project", QApplication::translate(
        "main", "Project file (.qhproj); the bundled Liechtenstein sample when omitted."));
    QCommandLineOption shot("screenshot",
                            QApplication::translate("main", "Save a PNG of the window once the "
                                                            "project is shown, then quit."),
                            "file");
    parser.addOption(shot);
    QCommandLineOption lang("lang", QApplication::translate("main", "Interface language: zh_CN or en."), "code");
    parser.addOption(lang);
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs(qh::versionReport("quarterhour").c_str(), stdout);
        return 0;
    }

    QString project = parser.positionalArguments().value(0);
    if (project.isEmpty())
        project = qh::sampleProject();

    // A screenshot run is not interactive: it must never wait on a question.
    if (parser.isSet(shot))
        qputenv("QH_NO_DIALOGS", "1");
    qh::MainWindow window;
    window.show();
    if (parser.isSet(shot)) {
        const QString file = parser.value(shot);
        QObject::connect(&window, &qh::MainWindow::projectLoaded, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.canvas()->waitForRender();
                const bool ok = window.grab().save(file);
                std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                             qPrintable(file));
                QApplication::exit(ok ? 0 : 1);
            });
        });
        QObject::connect(&window, &qh::MainWindow::loadFailed, &window, [](const QString &msg) {
            std::fprintf(stderr, "error: %s\n", qPrintable(msg));
            QApplication::exit(1);
        });
    }
    if (project.isEmpty()) {
        // Nothing to open: the window starts empty (File ▸ Open project).
        if (parser.isSet(shot)) {
            std::fprintf(stderr, "error: no project given and the sample is not installed\n");
            return 1;
        }
    } else {
        window.openProject(project);
    }
    return app.exec();
}
