// File ▸ New project… with every layer from a PostGIS database, as a bureau keeps
// them: the Database… dialog lists the tables, gives a connection the wizard reads
// like a file, never puts the password in it; the project the wizard saves has the
// same figures as the one `quarterhour-cli new` makes from the sample's files. In
// Chinese, the dialog speaks Chinese.
//
// Runs beside a throwaway server: tests/postgis/with-cluster.sh starts it and sets
// QH_PG (ctest does this).
#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "coverage/analysis.h"
#include "dialogs/databasedialog.h"
#include "dialogs/newprojectwizard.h"
#include "dialogs/wizardpages.h"
#include "i18n.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "windowhelpers.h"

using namespace qh;

namespace {

const QString sample = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg");

/// The server's socket folder, from QH_PG ("host=FOLDER user=postgres").
QString socketFolder()
{
    static const QRegularExpression host(QStringLiteral("host=(\\S+)"));
    return host.match(qEnvironmentVariable("QH_PG")).captured(1);
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("QH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

/// Fills the dialog for the test server's database "qh".
void fill(DatabaseDialog &d)
{
    d.findChild<QLineEdit *>("host")->setText(socketFolder());
    d.findChild<QLineEdit *>("database")->setText("qh");
    d.findChild<QLineEdit *>("user")->setText("postgres");
}

/// Chooses a table by name; false when the dialog does not list it.
bool choose(DatabaseDialog &d, const QString &table)
{
    auto *list = d.findChild<QListWidget *>("tables");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == table) {
            list->setCurrentRow(i);
            return true;
        }
    return false;
}

} // namespace

class TestNewProjectPostgis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (socketFolder().isEmpty())
            QFAIL("QH_PG is not set: run this test through tests/postgis/with-cluster.sh (ctest does)");
        QProcess load;
        load.start("ogr2ogr", {"-f", "PostgreSQL", "PG:" + qEnvironmentVariable("QH_PG") + " dbname=qh", sample, "-lco",
                               "GEOMETRY_NAME=geom"});
        QVERIFY(load.waitForFinished(120000));
        QVERIFY2(load.exitCode() == 0, load.readAllStandardError().constData());
    }

    void dialogListsTheTablesAndKeepsThePasswordOut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Chinese") << "zh_CN";
    }
    void dialogListsTheTablesAndKeepsThePasswordOut()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        DatabaseDialog d;
        d.show();
        fill(d);
        d.findChild<QLineEdit *>("password")->setText("s3cret"); // trust auth: taken, not needed
        d.connectToDatabase();
        auto *list = d.findChild<QListWidget *>("tables");
        QCOMPARE(list->count(), 4);
        QVERIFY(choose(d, "population_grid"));
        QVERIFY2(list->currentItem()->text().contains("2689"), qPrintable(list->currentItem()->text()));
        QCOMPARE(d.connection(), "PG:host=" + socketFolder() + " dbname=qh user=postgres tables=population_grid");
        QVERIFY(!d.connection().contains("s3cret"));
        shoot(&d, "database-dialog-" + language + ".png");
        if (language == "zh_CN") {
            QStringList texts{d.windowTitle(), d.findChild<QLabel *>("status")->text()};
            for (QLabel *l : d.findChildren<QLabel *>())
                texts << l->text();
            for (QAbstractButton *b : d.findChildren<QAbstractButton *>())
                texts << b->text();
            for (QLineEdit *e : d.findChildren<QLineEdit *>())
                texts << e->placeholderText();
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
            for (const QString &t : texts)
                QVERIFY2(!word.match(QString(t).remove("PostGIS")).hasMatch(), qPrintable(t));
        }
        // A database that is not there: said in the dialog, nothing listed.
        d.findChild<QLineEdit *>("database")->setText("nosuchdb");
        d.connectToDatabase();
        QCOMPARE(list->count(), 0);
        QVERIFY(d.findChild<QLabel *>("status")->text().contains("nosuchdb"));
    }

    void cleanup()
    {
        qunsetenv("PGPASSWORD");
        installTranslations(*qApp, "en");
    }

    void wizardFromTheDatabaseEqualsTheCliOnFiles()
    {
        QTemporaryDir dir;
        auto table = [&](const QString &name) {
            DatabaseDialog d;
            fill(d);
            d.connectToDatabase();
            return choose(d, name) ? d.connection() : QString();
        };
        NewProjectWizard w;
        w.show();
        w.networkPage()->setPath(table("network"));
        QVERIFY(w.networkPage()->isComplete());
        QVERIFY2(w.networkPage()->findChild<QLabel *>("summary")->text().contains("PostGIS database"),
                 qPrintable(w.networkPage()->findChild<QLabel *>("summary")->text()));
        w.next();
        w.facilitiesPage()->setPath(table("facilities"));
        QVERIFY(w.facilitiesPage()->isComplete());
        shoot(&w, "wizard-postgis-facilities.png");
        w.next();
        w.next();
        w.populationPage()->setPath(table("population_grid"));
        QCOMPARE(w.populationPage()->column(), QString("pop_total"));
        w.next();
        w.unitsPage()->setPath(table("municipalities"));
        w.next();
        QVERIFY(w.currentPage()->isFinalPage());
        // No file to put it beside: the home folder, named after the units table.
        QCOMPARE(w.outputEdit()->text(), QDir::home().filePath("municipalities.qhproj"));
        const QString out = dir.filePath("db.qhproj");
        w.outputEdit()->setText(out);
        w.targetsBox()->setCurrentIndex(w.targetsBox()->findData("kunming-2022"));
        w.button(QWizard::FinishButton)->click();
        QVERIFY2(QFile::exists(out), qPrintable(w.findChild<QLabel *>("error")->text()));

        // The CLI on the database's copy in a file (the database holds numbers with
        // the 15 significant digits ogr2ogr wrote, not the sample's exact ones).
        QProcess copy;
        const QString file = dir.filePath("copy.gpkg");
        copy.start("ogr2ogr", {"-f", "GPKG", file, "PG:" + qEnvironmentVariable("QH_PG") + " dbname=qh"});
        QVERIFY(copy.waitForFinished(120000));
        QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());
        QProcess cli;
        const QString cliOut = dir.filePath("files.qhproj");
        cli.start(QStringLiteral(QH_CLI), {"new", "--network", file, "--facilities", file, "--population", file, "--units",
                                           file, "--targets", "kunming-2022", "--out", cliOut});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const Project a = loadProject(out.toStdString()), b = loadProject(cliOut.toStdString());
        QVERIFY(QString::fromStdString(a.units.ref.path).startsWith("PG:"));
        const AnalysisResult ra = analyze(a, loadRegion(a)), rb = analyze(b, loadRegion(b));
        QCOMPARE(ra.totalCovered, rb.totalCovered);
        QCOMPARE(ra.units.size(), 11u);
        QVERIFY(ra.totalCovered[0][0] > 0);

        // The app opens it with its units from the database (not "missing": no file).
        MainWindow main;
        QVERIFY(qh::test::openAndWait(main, out));
        QCOMPARE(main.planner()->region().units.size(), 11u);
        QVERIFY2(main.relocatedLayers().isEmpty(), qPrintable(main.relocatedLayers().join("; ")));
    }

    // A project whose tables a password-protected role reads (a bureau's server):
    // reopened with no password around, the app asks for it, a wrong one is asked
    // again, the right one opens it; the project file never holds it. Given none,
    // the load fails with the server's reason.
    void reopeningAsksForTheDatabasePassword()
    {
        QTemporaryDir dir;
        const QString pg = "PG:" + qEnvironmentVariable("QH_PG_PLANNER") + " dbname=qh tables=";
        const QString project = dir.filePath("bureau.qhproj");
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", qEnvironmentVariable("QH_PG_PLANNER_PASSWORD"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(QH_CLI), {"new", "--network", pg + "network", "--facilities", pg + "facilities",
                                           "--population", pg + "population_grid", "--units", pg + "municipalities",
                                           "--targets", "kunming-2022", "--out", project});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(qEnvironmentVariable("QH_PG_PLANNER_PASSWORD").toUtf8()));

        qunsetenv("PGPASSWORD");
        MainWindow w;
        QStringList asked;
        w.setPasswordQuestion([&](const QString &why) {
            asked << why;
            return asked.size() == 1 ? QStringLiteral("wrong") : qEnvironmentVariable("QH_PG_PLANNER_PASSWORD");
        });
        QVERIFY(qh::test::openAndWait(w, project));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked[0].contains("password"), qPrintable(asked[0]));
        QCOMPARE(w.planner()->region().units.size(), 11u);

        qunsetenv("PGPASSWORD");
        MainWindow refused;
        refused.setPasswordQuestion([](const QString &) { return QString(); });
        QSignalSpy failed(&refused, &MainWindow::loadFailed);
        refused.openProject(project);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed[0][0].toString().contains("cannot open the database"), qPrintable(failed[0][0].toString()));
        QVERIFY(!refused.planner());

        // A server that is not there does not ask for a password: it says so.
        QString text;
        {
            QFile f(project);
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll());
        }
        text.replace(socketFolder(), dir.filePath("no-server-here"));
        const QString gone = dir.filePath("gone.qhproj");
        {
            QFile f(gone);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        MainWindow down;
        int asks = 0;
        down.setPasswordQuestion([&](const QString &) {
            ++asks;
            return QStringLiteral("anything");
        });
        QSignalSpy downFailed(&down, &MainWindow::loadFailed);
        down.openProject(gone);
        QVERIFY(downFailed.wait(30000));
        QCOMPARE(asks, 0);
        QVERIFY2(downFailed[0][0].toString().contains("no-server-here"), qPrintable(downFailed[0][0].toString()));
    }
};

QTEST_MAIN(TestNewProjectPostgis)
#include "test_newproject_postgis.moc"
