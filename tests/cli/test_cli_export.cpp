// quarterhour-cli export, report and tables as a planner runs them: vector PDFs of
// the right paper with the CJK font embedded, rasters of the right pixel size, a
// report holding every unit and figure of the summary, XLSX that GDAL opens with
// Chinese headers, CSV with a BOM; and bad input that leaves no partial file.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"

using qh::test::cli;
using qh::test::Run;

namespace {

const QString kProject = QStringLiteral("data/liechtenstein/liechtenstein.qhproj");

/// A tool of poppler-utils or GDAL, its stdout.
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    // pdftotext gives ligatures (ﬁ) and, from Qt's PDF text map, a few ideographs
    // as the Kangxi radical of the same glyph (⼀ for 一): compared after
    // compatibility normalisation.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Width and height from a PNG's header.
QSize pngSize(const QString &path)
{
    const QByteArray b = readAll(path);
    if (b.size() < 24 || !b.startsWith("\x89PNG"))
        return {};
    auto be = [&b](int at) {
        return (uchar(b[at]) << 24) | (uchar(b[at + 1]) << 16) | (uchar(b[at + 2]) << 8) | uchar(b[at + 3]);
    };
    return QSize(int(be(16)), int(be(20)));
}

/// The project with its "targets" line changed (or removed when empty).
QString projectWithTargets(const QTemporaryDir &dir, const QString &targets)
{
    QString text = QString::fromUtf8(readAll(QStringLiteral(QH_SOURCE_DIR "/") + kProject));
    const QString line = QStringLiteral("\"targets\": \"kunming-2022\",");
    text.replace(line, targets.isEmpty() ? QString() : QStringLiteral("\"targets\": \"%1\",").arg(targets));
    // Layers stay where they are: paths are made absolute.
    text.replace(QStringLiteral("\"liechtenstein.gpkg\""), QStringLiteral("\"" QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg\""));
    const QString path = dir.filePath(QStringLiteral("project.qhproj"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return path;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private slots:
    void mapPdfIsVectorA4WithTheCjkFontEmbedded()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("五色图 childcare.pdf"));
        const Run r = cli({"--lang", "zh_CN", "export", kProject, "--view", "warning", "--indicator",
                           "childcare_places_per_1000", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString info = tool("pdfinfo", {out});
        QVERIFY2(info.contains(QRegularExpression("Pages:\\s+1\\n")), qPrintable(info));
        QVERIFY2(info.contains("595 x 842 pts (A4)"), qPrintable(info));
        const QString fonts = tool("pdffonts", {out});
        QVERIFY2(fonts.contains(QRegularExpression("NotoSansCJK\\S*\\s.*yes")), qPrintable(fonts));
        // Vectors, not one picture: no image in the PDF, and a small file.
        const QString images = tool("pdfimages", {"-list", out});
        QCOMPARE(images.split('\n', Qt::SkipEmptyParts).size(), 2); // the two header lines only
        QVERIFY(QFileInfo(out).size() < 1'500'000); // 79,000 street vertices as lines: 0.6 MB
        const QString text = tool("pdftotext", {out, "-"});
        QVERIFY2(text.contains(QStringLiteral("五色预警图")), qPrintable(text));
        QVERIFY2(text.contains("EPSG:32632"), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1:")), qPrintable(text));       // the scale ratio
        QVERIFY2(text.contains("OpenStreetMap"), qPrintable(text));            // attribution
        QVERIFY2(text.contains(QStringLiteral("Balzers")), qPrintable(text));  // a unit's label
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // nothing staged left
    }

    void rasterAndSvgSizes_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("dpi");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("A4 portrait 300 DPI") << "a4-portrait" << "300" << QSize(2480, 3508);
        QTest::newRow("A3 landscape 150 DPI") << "a3-landscape" << "150" << QSize(2480, 1754);
    }
    void rasterAndSvgSizes()
    {
        QFETCH(QString, layout);
        QFETCH(QString, dpi);
        QFETCH(QSize, pixels);
        QTemporaryDir dir;
        const QString png = dir.filePath("minutes.png");
        Run r = cli({"export", kProject, "--view", "minutes", "--type", "elderly_care", "--layout", layout, "--dpi", dpi,
                     "--out", png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pngSize(png), pixels);
        const QString svg = dir.filePath("catchments.svg");
        r = cli({"export", kProject, "--view", "catchments", "--layout", layout, "--out", svg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray s = readAll(svg);
        QVERIFY(s.contains("<svg"));
        QVERIFY(!s.contains("<image")); // the streets too are vectors
        QVERIFY(s.count("<path") > 20);
    }

    void reportHoldsEveryUnitAndFigure()
    {
        QTemporaryDir dir;
        const Run a = cli({"analyze", kProject, "--out", dir.filePath("analysis")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const QJsonObject summary = QJsonDocument::fromJson(readAll(dir.filePath("analysis/summary.json"))).object();
        const QString out = dir.filePath("report.pdf");
        const Run r = cli({"report", kProject, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString info = tool("pdfinfo", {out});
        const QRegularExpressionMatch pages = QRegularExpression("Pages:\\s+(\\d+)").match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY2(r.out.contains(QStringLiteral("(%1 pages)").arg(pages.captured(1))), qPrintable(r.out));
        QVERIFY(pages.captured(1).toInt() >= 10);
        QVERIFY(info.contains("595 x 842 pts (A4)"));
        const QString text = tool("pdftotext", {out, "-"});
        const QJsonArray units = summary["units"].toArray();
        QCOMPARE(units.size(), 11);
        for (const QJsonValue &u : units)
            QVERIFY2(text.contains(u.toObject()["name"].toString()), qPrintable(u.toObject()["name"].toString()));
        // Every evaluated indicator's regional value, as the summary has it.
        int checked = 0;
        for (const QJsonValue &v : summary["evaluation"].toObject()["indicators"].toArray()) {
            const QJsonObject ind = v.toObject();
            if (!ind["available"].toBool())
                continue;
            const QJsonObject region = ind["region"].toObject();
            if (region["value"].isNull())
                continue;
            const double value = region["value"].toDouble();
            // A share is printed in per cent, a ratio with two decimals.
            const QString asShare = QStringLiteral("%1 %").arg(value * 100, 0, 'f', 1);
            const QString asRatio = QLocale(QLocale::English).toString(value, 'f', 2);
            QVERIFY2(text.contains(asShare) || text.contains(asRatio), qPrintable(ind["id"].toString() + ": " + asRatio));
            ++checked;
        }
        QVERIFY(checked >= 3);
        QVERIFY(text.contains("GB 50180-2018"));            // a policy source of the profile
        QVERIFY(text.contains("Methods and data"));
        QVERIFY(text.contains("Warnings from loading and analysis"));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages.captured(1))));
        QVERIFY(text.contains("Gini"));
        const QString fonts = tool("pdffonts", {out});
        QVERIFY2(fonts.contains(QRegularExpression("NotoSansCJK\\S*\\s.*yes")), qPrintable(fonts));
    }

    void reportInChinese()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("报告 2026.pdf"));
        const Run r = cli({"--lang", "zh_CN", "report", kProject, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = tool("pdftotext", {out, "-"});
        // (页 comes out as the radical ⻚, which has no compatibility form.)
        for (const char *words : {"一刻钟服务圈", "五色预警图", "方法与数据", "第 1 "})
            QVERIFY2(text.contains(QString::fromUtf8(words)), words);
        QVERIFY(!text.contains("Methods and data"));
    }

    void reportComparesThePlanWithTheBaseline()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath("with plan.qhproj");
        Run r = cli({"suggest", "--project", kProject, "--type", "childcare", "--goal", "meet-targets", "--grid", "300",
                     "--out", dir.filePath("sites.gpkg"), "--save-plan", plan});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = dir.filePath("plan.pdf");
        r = cli({"report", plan, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = tool("pdftotext", {out, "-"});
        QVERIFY(text.contains("The plan against the baseline"));
        QVERIFY(text.contains("newly covered"));
        QVERIFY(text.contains("Indicators that change, per unit"));
        QVERIFY(text.contains("now yes"));
    }

    // results.gpkg carries the app's styles in QGIS's layer_styles table.
    void geopackageOpensStyledInQgis()
    {
        QTemporaryDir dir;
        const Run a = cli({"--lang", "zh_CN", "analyze", kProject, "--out", dir.filePath("out")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const QString gpkg = dir.filePath("out/results.gpkg");
        const QString rows = tool("ogrinfo", {"-ro", "-q", "-sql", "SELECT f_table_name, useAsDefault, styleQML, styleSLD FROM layer_styles", gpkg});
        for (const char *layer : {"units", "cells", "facilities", "catchments", "catchments_by_type"})
            QVERIFY2(rows.contains(QStringLiteral("f_table_name (String) = %1\n").arg(QLatin1String(layer))), layer);
        // The units' QML: categories on the first indicator's class, in its colours,
        // labelled and aliased in the interface language.
        QVERIFY(rows.contains(QStringLiteral("type=\"categorizedSymbol\" attr=\"childcare_places_per_1000_class\"")));
        QVERIFY(rows.contains(QStringLiteral("value=\"red\" label=\"严重不足\"")));
        QVERIFY(rows.contains(QStringLiteral("name=\"color\" value=\"215,25,28,255\""))); // #d7191c
        QVERIFY(rows.contains(QStringLiteral("<alias field=\"name\" index=\"1\" name=\"单元\"/>")));
        QVERIFY(rows.contains(QStringLiteral("type=\"graduatedSymbol\" attr=\"min_childcare\"")));
        QVERIFY(rows.contains(QStringLiteral("<ogc:PropertyIsEqualTo><ogc:PropertyName>childcare_places_per_1000_class")));
        // And QGIS itself, where it is installed.
        // Debian's python3, where python3-qgis installs (a pyenv on PATH has not got it).
        const QString python = QFileInfo::exists("/usr/bin/python3") ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
        QProcess probe;
        probe.start(python, {"-c", "import qgis.core"});
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("QGIS (python3-qgis) is not installed here: the styles were checked as text only");
        const QString seen = tool(python, {QStringLiteral(QH_SOURCE_DIR "/tests/cli/qgis_style_check.py"), gpkg, "units",
                                              "cells", "facilities", "catchments_by_type"});
        QVERIFY2(seen.contains("units categorizedSymbol childcare_places_per_1000_class green:#1a9641,"), qPrintable(seen));
        QVERIFY2(seen.contains("red:#d7191c,not_applicable:"), qPrintable(seen));
        QVERIFY2(seen.contains("cells graduatedSymbol min_childcare 0-5:#006837"), qPrintable(seen));
        QVERIFY2(seen.contains("facilities categorizedSymbol type childcare:"), qPrintable(seen));
        QVERIFY2(seen.contains("catchments_by_type categorizedSymbol type"), qPrintable(seen));
    }

    // The plan map: the warning classes of the plan with a moved facility's old place
    // (dashed line from a grey ring) and a removed one crossed out, in the legend too.
    // A part of the map at its round scale, with the overview in the corner.
    void partOfTheMap()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("zoom.pdf");
        Run r = cli({"export", kProject, "--view", "minutes", "--extent", "535000,5219000,541000,5226000", "--layout",
                     "a4-landscape", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(tool("pdftotext", {out, "-"}).contains("Scale 1:50,000")); // the whole region is 1:150,000 on A4
        for (const char *bad : {"1,2,3", "535000,5219000,535000,5226000", "a,b,c,d"}) {
            r = cli({"export", kProject, "--extent", bad, "--out", dir.filePath("x.pdf")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--extent"), qPrintable(r.err));
        }
    }

    void planMapMarksTheChanges()
    {
        QTemporaryDir dir;
        QString text = QString::fromUtf8(readAll(QStringLiteral(QH_SOURCE_DIR "/") + kProject));
        text.replace(QStringLiteral("\"liechtenstein.gpkg\""), QStringLiteral("\"" QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg\""));
        // Kindergarten 2 (KiTa Bahnhofstrasse, at 538,453 / 5,223,884) 400 m east; facility 1 removed.
        const int brace = text.lastIndexOf('}');
        text.insert(brace, QStringLiteral(",\n  \"plan\": {\"removed\": [\"1\"], \"moved\": [{\"id\": \"2\", \"x\": 538853, \"y\": 5223884}]}\n"));
        const QString project = dir.filePath("plan.qhproj");
        {
            QFile f(project);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        const QString svg = dir.filePath("plan.svg");
        Run r = cli({"export", project, "--view", "plan", "--out", svg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QByteArray s = readAll(svg);
        QVERIFY(s.contains("stroke-dasharray"));
        QVERIFY(s.contains("moved by the plan"));
        QVERIFY(s.contains("removed by the plan"));
        QVERIFY(s.contains("The plan: Childcare places per 1,000 residents"));
        r = cli({"report", project, "--out", dir.filePath("plan.pdf")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = tool("pdftotext", {dir.filePath("plan.pdf"), "-"});
        QVERIFY(pdf.contains("The plan: Childcare places per 1,000 residents"));
        QVERIFY(pdf.contains("0 proposed, 1 moved, 1 removed"));
        QVERIFY(pdf.contains("Moved: KiTa Bahnhofstrasse"));
        // The change is the difference of the whole numbers shown beside it.
        const QRegularExpressionMatch row = QRegularExpression("Kindergarten: Children 3-6 within the circle\\s+(\\d+)\\s+(\\d+)\\s+(\\d+) (fewer|newly covered)").match(pdf);
        QVERIFY2(row.hasMatch(), qPrintable(pdf.mid(pdf.indexOf("The plan against"), 800)));
        const int change = row.captured(2).toInt() - row.captured(1).toInt();
        QCOMPARE(row.captured(4) == "fewer" ? -row.captured(3).toInt() : row.captured(3).toInt(), change);
        // Without a plan the view says so.
        r = cli({"export", kProject, "--view", "plan", "--out", dir.filePath("none.pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("needs a plan"), qPrintable(r.err));
    }

    // analyze --geojson: the units, facilities and type catchments for web maps, in
    // WGS 84 longitude/latitude, Chinese names intact.
    void geojsonOnRequest()
    {
        QTemporaryDir dir;
        const Run r = cli({"analyze", kProject, "--geojson", "--out", dir.filePath("out")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *layer : {"units", "facilities", "catchments_by_type"}) {
            const QString path = dir.filePath(QStringLiteral("out/%1.geojson").arg(QLatin1String(layer)));
            QVERIFY2(r.out.contains(path), qPrintable(r.out));
            const QJsonObject o = QJsonDocument::fromJson(readAll(path)).object();
            QCOMPARE(o["type"].toString(), QString("FeatureCollection"));
            const QJsonArray features = o["features"].toArray();
            QVERIFY(!features.isEmpty());
            QJsonValue g = features[0].toObject()["geometry"].toObject()["coordinates"];
            while (g.isArray() && g.toArray()[0].isArray())
                g = g.toArray()[0];
            const double lon = g.toArray()[0].toDouble(), lat = g.toArray()[1].toDouble();
            QVERIFY2(lon > 9.4 && lon < 9.7 && lat > 47.0 && lat < 47.3, qPrintable(QStringLiteral("%1 %2").arg(lon).arg(lat)));
        }
        const QJsonArray units = QJsonDocument::fromJson(readAll(dir.filePath("out/units.geojson"))).object()["features"].toArray();
        QCOMPARE(units.size(), 11);
        QVERIFY(units[0].toObject()["properties"].toObject().contains("childcare_places_per_1000_class"));
        // Without it, none; and a later run without it replaces the set whole.
        QCOMPARE(cli({"analyze", kProject, "--out", dir.filePath("out")}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(dir.filePath("out/units.geojson")));
    }

    // A population given as points stays points in results.gpkg, with its id in the
    // population layer, and styled as the cells are.
    void pointPopulationStaysPoints()
    {
        QTemporaryDir dir;
        const QString points = dir.filePath("people.gpkg");
        QProcess make;
        make.start("ogr2ogr", {"-f", "GPKG", points, QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg"),
                               "-dialect", "sqlite", "-sql", "SELECT ST_Centroid(geom) AS geom, pop_total AS total FROM population_grid",
                               "-nln", "people", "-nlt", "POINT"});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        const QString gpkg = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg");
        const Run r = cli({"analyze", "--network", gpkg + ":network", "--facilities", gpkg + ":facilities", "--population",
                           points, "--pop-field", "total", "--out", dir.filePath("out")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString results = dir.filePath("out/results.gpkg");
        const QString layers = tool("ogrinfo", {"-ro", "-q", results});
        QVERIFY2(layers.contains("population_points (Point)"), qPrintable(layers));
        QVERIFY(!layers.contains("cells ("));
        const QString first = tool("ogrinfo", {"-ro", "-q", "-sql",
                                               "SELECT COUNT(*) AS n, MIN(source_id) AS lo, MAX(source_id) AS hi FROM population_points", results});
        QVERIFY2(first.contains("n (Integer) = 2689") && first.contains(QRegularExpression("lo \\(Integer(64)?\\) = 1\\n")) && first.contains(QRegularExpression("hi \\(Integer(64)?\\) = 2689\\n")),
                 qPrintable(first));
        QVERIFY(tool("ogrinfo", {"-ro", "-q", "-sql", "SELECT f_table_name FROM layer_styles", results})
                    .contains("population_points"));
    }

    void tablesAsXlsxAndCsv()
    {
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("单元表.xlsx"));
        Run r = cli({"--lang", "zh_CN", "tables", kProject, "--out", xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString info = tool("ogrinfo", {"-ro", "-al", "-so", xlsx});
        QVERIFY2(info.contains(QRegularExpression("Feature Count: 12\\b")), qPrintable(info)); // 11 units and the region
        QVERIFY2(info.contains(QStringLiteral("常住人口")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("每千人口托位数")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Layer name: 设施")), qPrintable(info));
        const QString csv = dir.filePath("units.csv");
        r = cli({"tables", kProject, "--out", csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines[0].startsWith("Code,Unit,Residents (people)"));
        QVERIFY(lines.last().contains("Whole region"));
    }

    void badInputLeavesNoPartialFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown indicator") << QStringList{"export", kProject, "--indicator", "nope"} << 2 << "no indicator 'nope'";
        QTest::newRow("unknown view") << QStringList{"export", kProject, "--view", "heat"} << 2 << "unknown view";
        QTest::newRow("unknown layout") << QStringList{"export", kProject, "--layout", "letter"} << 2 << "unknown layout";
        QTest::newRow("dpi out of range") << QStringList{"export", kProject, "--dpi", "5000"} << 2 << "--dpi";
        QTest::newRow("report not pdf") << QStringList{"report", kProject} << 2 << "must end in .pdf";
        QTest::newRow("tables wrong extension") << QStringList{"tables", kProject} << 2 << ".xlsx or .csv";
        QTest::newRow("a project without facilities")
            << QStringList{"export", "tests/data/empty_facilities.qhproj"} << 1 << "the facilities layer has no features";
    }
    void badInputLeavesNoPartialFile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QTemporaryDir dir;
        // The file of that name exists: it must stay as it was.
        const QString ext = args[0] == "export" ? "pdf" : args[0] == "report" ? "txt" : "ods";
        const QString out = dir.filePath("old." + ext);
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the planner's old file");
        f.close();
        const Run r = cli(args + QStringList{"--out", out});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("the planner's old file"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void filesItCannotWrite()
    {
        QTemporaryDir dir;
        // No such folder, a folder, an input.
        Run r = cli({"export", kProject, "--out", dir.filePath("missing/map.pdf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing/map.pdf") && r.err.contains("does not exist"), qPrintable(r.err));
        QDir(dir.path()).mkdir("folder.pdf");
        r = cli({"report", kProject, "--out", dir.filePath("folder.pdf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is a folder"), qPrintable(r.err));
        const QByteArray before = readAll(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj"));
        r = cli({"tables", kProject, "--out", "data/liechtenstein/liechtenstein.qhproj.csv"});
        QCOMPARE(r.exitCode, 0); // a new name beside the inputs is fine …
        QFile::remove(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj.csv"));
        const QString input = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg");
        const QByteArray gpkg = readAll(input);
        r = cli({"export", kProject, "--format", "pdf", "--out", input}); // … an input is not
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(readAll(input), gpkg);
        QCOMPARE(readAll(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj")), before);
    }

    // A disk that fills up part-way: a 256 KB tmpfs (needs root, as CI runs; skipped
    // where mounting is not allowed).
    void fullDiskLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath("small");
        QDir().mkpath(small);
        QProcess mount;
        mount.start("mount", {"-t", "tmpfs", "-o", "size=256k", "tmpfs", small});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (not root, or not allowed)");
        struct Unmount
        {
            QString at;
            ~Unmount() { QProcess::execute("umount", {at}); }
        } unmount{small};
        const QString out = small + "/report.pdf";
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the old report");
        }
        for (const QStringList &args : {QStringList{"report", kProject, "--out", out},
                                        QStringList{"export", kProject, "--dpi", "600", "--format", "png", "--out", out}}) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("the disk is full") && r.err.contains(out), qPrintable(r.err));
            QCOMPARE(readAll(out), QByteArray("the old report"));
            QCOMPARE(QDir(small).entryList(QDir::Files | QDir::Hidden), QStringList{"report.pdf"});
        }
    }

    // #13: kill -9 at random moments of export, report and tables: the file of that name is
    // the old one or a complete new one, never a torn one; what a killed run left
    // beside it (its hidden part file) goes with the next run.
    void aKilledExportLeavesTheOldFileOrTheNewOne_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("complete"); // how a whole file of the format ends
        QTest::newRow("export") << "export" << "map.pdf" << QByteArray("%%EOF");
        QTest::newRow("report") << "report" << "report.pdf" << QByteArray("%%EOF");
        QTest::newRow("tables") << "tables" << "units.xlsx" << QByteArray("PK\x05\x06");
    }
    void aKilledExportLeavesTheOldFileOrTheNewOne()
    {
        QFETCH(QString, command);
        QFETCH(QString, name);
        QFETCH(QByteArray, complete);
#ifdef __SANITIZE_ADDRESS__
        QSKIP("the kill trials test the file system, not memory: they run in the release build (60 runs)");
#endif
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        const QStringList args{command, kProject, "--out", out};
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the old file");
        }
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli(args).exitCode, 0);
        const int runMs = int(clock.elapsed());
        std::srand(11);
        int interrupted = 0, old = 0, renewed = 0;
        for (int trial = 0; trial < 20; ++trial) {
            { // every trial against the old file
                QFile f(out);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("the old file");
            }
            QProcess p;
            p.setWorkingDirectory(QStringLiteral(QH_SOURCE_DIR));
            p.start(QStringLiteral(QH_CLI), args);
            QVERIFY(p.waitForStarted());
            QTest::qWait(10 + std::rand() % std::max(1, runMs));
            interrupted += p.state() == QProcess::Running;
            p.kill();
            p.waitForFinished();
            const QByteArray now = readAll(out);
            if (now == "the old file")
                ++old;
            else {
                QVERIFY2(now.right(64).contains(complete), qPrintable(QStringLiteral("torn file after trial %1").arg(trial)));
                ++renewed;
            }
            for (const QString &f : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
                QVERIFY2(f == name || (f.startsWith('.') && f.contains(".part")), qPrintable(f));
        }
        QVERIFY2(interrupted >= 8, qPrintable(QString::number(interrupted)));
        QVERIFY(old > 0);
        QCOMPARE(cli(args).exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void withoutATargetProfile()
    {
        QTemporaryDir dir;
        const QString project = projectWithTargets(dir, QString());
        Run r = cli({"export", project, "--out", dir.filePath("w.pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("needs a target profile"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("w.pdf")));
        r = cli({"report", project, "--out", dir.filePath("r.pdf")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = tool("pdftotext", {dir.filePath("r.pdf"), "-"});
        QVERIFY(text.contains("No target profile is set"));
        QVERIFY(!text.contains("Five-colour warning map"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
