// quarterhour-cli as a user runs it: golden output of `info`, the sample analysis,
// and bad input (one clear line, non-zero exit, nothing written).
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <map>

#include "clirun.h"

using namespace qh::test;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void infoGolden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("goldenName");
        QTest::newRow("sample GeoPackage") << "data/liechtenstein/liechtenstein.gpkg" << "info_sample_gpkg.txt";
        QTest::newRow("CSV with coordinates") << "tests/data/kindergartens.csv" << "info_csv.txt";
    }
    void infoGolden()
    {
        QFETCH(QString, file);
        QFETCH(QString, goldenName);
        const Run r = cli({"info", file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        if (qEnvironmentVariableIsSet("QH_UPDATE_GOLDEN")) {
            QFile g(QStringLiteral(QH_SOURCE_DIR "/tests/cli/golden/") + goldenName);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(r.out.toUtf8());
        }
        QCOMPARE(r.out, golden(goldenName));
    }

    void helpGolden_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("goldenName");
        QTest::newRow("overview") << QStringList{"--help"} << "help.txt";
        for (const char *c : {"info", "import", "new", "analyze", "reach", "suggest", "export", "report", "tables", "profiles"})
            QTest::newRow(c) << QStringList{QString::fromLatin1(c), "--help"}
                             << QStringLiteral("help_%1.txt").arg(QString::fromLatin1(c));
        // Help wins over the other arguments, wherever it stands.
        QTest::newRow("analyze with arguments") << QStringList{"analyze", "x.qhproj", "--fast", "-h"}
                                                << "help_analyze.txt";
    }
    void helpGolden()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, goldenName);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        if (qEnvironmentVariableIsSet("QH_UPDATE_GOLDEN")) {
            QFile g(QStringLiteral(QH_SOURCE_DIR "/tests/cli/golden/") + goldenName);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(r.out.toUtf8());
        }
        QCOMPARE(r.out, golden(goldenName));
    }

    void versionNamesTheLibraries()
    {
        const Run r = cli({"--version"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith("quarterhour-cli 0."), qPrintable(lines[0]));
        for (const char *lib : {"GDAL 3.", "GEOS 3.", "PROJ ", "Qt 6."})
            QVERIFY2(r.out.contains(QString::fromLatin1(lib)), qPrintable(r.out));
    }

    void badArgumentsShowTheCommandsUsage()
    {
        const Run r = cli({"reach", "--network", "n.gpkg", "--cutoff", "-5", "--starts", "s.csv"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith("quarterhour-cli: --cutoff must be a number between 1 and 100000 m, not '-5'\n"
                                  "usage: quarterhour-cli reach "),
                 qPrintable(r.err));
        const Run missing = cli({"reach", "--network"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith("quarterhour-cli: --network needs a value\n"), qPrintable(missing.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("info: missing file") << QStringList{"info", "nope.gpkg"} << 1
                                            << "error: nope.gpkg: no such file\n";
        QTest::newRow("info: not a GIS file") << QStringList{"info", "CMakeLists.txt"} << 1
                                              << "error: CMakeLists.txt: not a GIS format GDAL can read";
        QTest::newRow("info: empty layer") << QStringList{"info", "tests/data/empty.geojson"} << 1
                                           << "error: tests/data/empty.geojson: no features in any of its 1 layer(s)\n";
        QTest::newRow("info: no file") << QStringList{"info"} << 2 << "quarterhour-cli: info takes exactly one file\n";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "quarterhour-cli: unknown command 'frobnicate'\n";
        QTest::newRow("analyze: missing project") << QStringList{"analyze", "nope.qhproj"} << 1
                                                  << "error: nope.qhproj: no such project file\n";
        QTest::newRow("analyze: missing layer") << QStringList{"analyze", "tests/data/missing_layer.qhproj"} << 1
                                                << "has no layer 'kindergartens' (layers: network, municipalities, facilities, population_grid)\n";
        QTest::newRow("analyze: empty layer") << QStringList{"analyze", "tests/data/empty_facilities.qhproj"} << 1
                                              << "empty.geojson, layer 'empty': the facilities layer has no features\n";
        // #13 case 9: PROJ's own "ERROR 1: PROJ: proj_create_from_database" line is not
        // printed beside ours (the one-line check below).
        QTest::newRow("analyze: unknown CRS") << QStringList{"analyze", "tests/data/unknown_crs.qhproj"} << 1
                                              << "unknown coordinate reference system 'EPSG:99999'";
        QTest::newRow("analyze: unknown option") << QStringList{"analyze", "x.qhproj", "--fast"} << 2
                                                 << "quarterhour-cli: unknown option --fast\n";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir out;
        QStringList a = args;
        if (a.first() == "analyze" && !a.contains("--fast"))
            a << "--out" << out.filePath("results");
        const Run r = cli(a);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, QString());
        const QString firstLine = r.err.section('\n', 0, 0) + "\n";
        QVERIFY2(firstLine.contains(message) || (message.endsWith(")") && r.err.contains(message)) || r.err.startsWith(message),
                 qPrintable(r.err));
        if (exitCode == 1)
            QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY2(!QFileInfo::exists(out.filePath("results")), "an error run must write nothing");
    }

    void analyzeSample()
    {
        QTemporaryDir out;
        const Run r = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", out.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains("Network: 1240.5 km"), qPrintable(r.out));
        for (const char *name : {"summary.json", "units.csv", "results.gpkg"})
            QVERIFY2(QFileInfo(out.filePath(name)).size() > 0, name);
        QVERIFY(!QFileInfo::exists(out.filePath(".results.tmp.gpkg")));

        QFile f(out.filePath("summary.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(s["schema"].toString(), QString("quarterhour-summary"));
        QCOMPARE(s["schema_version"].toInt(), 1);
        QCOMPARE(s["units"].toArray().size(), 11);
        QCOMPARE(s["facilities"].toArray().size(), 21);
        QCOMPARE(s["totals"]["population"]["total"].toDouble(), 37269.0);
        QCOMPARE(s["run"]["profile"]["facility_types"][2]["key"].toString(), QString("elderly_care"));
        QCOMPARE(s["run"]["profile"]["facility_types"][2]["speed_mps"].toDouble(), 0.8);
        const double share = s["totals"]["coverage"]["childcare"]["share"]["infants"].toDouble();
        QVERIFY(share > 0.0 && share < 1.0);

        QFile csv(out.filePath("units.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString(csv.readAll()).count('\n'), 12); // header + 11 municipalities

        const Run info = cli({"info", out.filePath("results.gpkg")});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("Layer cells\n"));
        QVERIFY(info.out.contains("Layer units\n  Geometry: Multi Polygon\n  CRS: EPSG:32632"));
        QVERIFY(info.out.contains("    min_childcare: Real\n"));
        QVERIFY(info.out.contains("Layer catchments\n  Geometry: Multi Polygon\n  CRS: EPSG:32632 (WGS 84 / UTM zone 32N)\n  Features: 21\n"));
        QVERIFY(info.out.contains("Layer catchments_by_type\n  Geometry: Multi Polygon\n  CRS: EPSG:32632 (WGS 84 / UTM zone 32N)\n  Features: 3\n"));
    }

    void aKilledRunLeavesTheOldSetOrTheNewOne()
    {
        // #13 case 4: in 50 kill -9 trials during analyze, 13 left a map missing, 1
        // mixed old and new files, 16 left temp files. The set is now swapped in
        // whole: at any moment the folder holds a complete set.
        QTemporaryDir dir;
        const QString out = dir.filePath("set");
        const QStringList args{"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", out};
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli(args).exitCode, 0);
        const int runMs = int(clock.elapsed()); // kills land anywhere in a run, however fast it is
        const QStringList names{"map_childcare.png", "map_elderly_care.png", "map_kindergarten.png",
                                "results.gpkg", "summary.json", "units.csv"};
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), names);
        std::srand(7);
        int killedBeforeTheEnd = 0;
        for (int trial = 0; trial < 20; ++trial) {
            QProcess p;
            p.setWorkingDirectory(QStringLiteral(QH_SOURCE_DIR));
            p.start(QStringLiteral(QH_CLI), args);
            QVERIFY(p.waitForStarted());
            QTest::qWait(20 + std::rand() % std::max(1, runMs * 9 / 10));
            killedBeforeTheEnd += p.state() == QProcess::Running;
            p.kill(); // SIGKILL: no code of ours runs
            p.waitForFinished();
            QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name), names); // complete, no temp files
            QFile s(QDir(out).filePath("summary.json"));
            QVERIFY(s.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(s.readAll()).object()["schema"].toString(), QString("quarterhour-summary"));
            for (const QString &n : names)
                QVERIFY2(QFileInfo(QDir(out).filePath(n)).size() > 0, qPrintable(n));
        }
        QVERIFY(killedBeforeTheEnd >= 10); // most trials really interrupted a run
        // The next run clears what killed runs left beside the folder.
        QCOMPARE(cli(args).exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"set"});
    }

    void sameResultsWhateverTheThreadCount()
    {
        // #12: searches, catchments and maps share out over the cores; 1, 2 and 8
        // threads give the same figures (summary.json without its timings, units.csv).
        QTemporaryDir dir;
        QStringList summaries, tables;
        for (const char *threads : {"1", "2", "8"}) {
            qputenv("QH_THREADS", threads);
            const QString out = dir.filePath(QString("t") + threads);
            const Run r = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", out});
            qunsetenv("QH_THREADS");
            QCOMPARE(r.exitCode, 0);
            QFile s(out + "/summary.json"), u(out + "/units.csv");
            QVERIFY(s.open(QIODevice::ReadOnly) && u.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(s.readAll()).object();
            QJsonObject run = o["run"].toObject();
            QVERIFY(!run["timings_ms"].toObject().isEmpty());
            run.remove("timings_ms");
            o["run"] = run;
            summaries << QString::fromUtf8(QJsonDocument(o).toJson());
            tables << QString::fromUtf8(u.readAll());
        }
        QVERIFY(summaries[0].size() > 1000);
        QCOMPARE(summaries[1], summaries[0]);
        QCOMPARE(summaries[2], summaries[0]);
        QCOMPARE(tables[1], tables[0]);
        QCOMPARE(tables[2], tables[0]);
    }

    void progressLineOnATerminal()
    {
        // A terminal gets a progress line on stderr (forced here with QH_PROGRESS=1),
        // in the interface's language, cleared before the report; a pipe gets none.
        QTemporaryDir dir;
        const QStringList args{"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", dir.filePath("o")};
        qputenv("QH_PROGRESS", "1");
        const Run en = cli(args);
        const Run zh = cli(QStringList{"--lang", "zh_CN"} + args);
        qunsetenv("QH_PROGRESS");
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.err.contains("%] reading the walking network"), qPrintable(en.err));
        QVERIFY2(en.err.contains("%] searching from every facility"), qPrintable(en.err));
        QVERIFY(en.err.endsWith('\r'));
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(!zh.err.contains("searching"), qPrintable(zh.err));
        QVERIFY2(zh.err.contains("%] "), qPrintable(zh.err));
        const Run piped = cli(args);
        QCOMPARE(piped.exitCode, 0);
        QVERIFY2(!piped.err.contains("%]"), qPrintable(piped.err));
    }

    void aFolderWithTheUsersFilesIsNotTakenOver()
    {
        QTemporaryDir dir;
        QFile mine(dir.filePath("notes.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine");
        mine.close();
        const Run r = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("holds 'notes.txt', which is not a QuarterHour result"), qPrintable(r.err));
        QVERIFY(QFile::exists(dir.filePath("notes.txt")));
    }

    void aPipeIsRefusedNotWaitedOn()
    {
        // #13 case 6: a FIFO as input blocked forever.
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.csv");
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        for (const QStringList &args : {QStringList{"info", fifo}, QStringList{"analyze", dir.filePath("pipe.csv")}}) {
            QElapsedTimer t;
            t.start();
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("pipe.csv: is not a regular file"), qPrintable(r.err));
            QVERIFY(t.elapsed() < 20000);
        }
    }

    void csvWithSeveralLongitudeColumns()
    {
        // #13 case 2: GDAL 3.6's CSV driver crashed when several columns matched its
        // coordinate names. One pair is chosen (lon before lng before x) and used.
        QTemporaryDir dir;
        for (const char *header : {"id,x,lon,lat", "id,lng,lon,lat", "id,lon,lng,latitude,lat"}) {
            const QString csv = dir.filePath("two.csv");
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const QByteArray h(header);
            f.write(h + "\n" + (h.count(',') == 3 ? "A,1,9.5,47.1\n" : "A,9.5,1,2,47.1\n"));
            f.close();
            const Run r = cli({"info", csv});
            QVERIFY2(r.exitCode == 0, header);
            QVERIFY2(r.out.contains("Geometry: Point"), qPrintable(r.out));
            QVERIFY2(r.out.contains("Extent: 9.500, 47.100 - 9.500, 47.100"), qPrintable(header + r.out));
        }
    }

    void consoleReportInChinese()
    {
        // --lang zh_CN, or a Chinese locale: the report, the engine's warnings and
        // reasons are Chinese (the maps use the same translators); files stay English.
        QTemporaryDir out;
        const Run r = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", out.path(), "--lang", "zh_CN"});
        QCOMPARE(r.exitCode, 0);
        for (const char *zh : {"指标方案：昆明市养老托育服务体系实施方案（2022）", "未达标 每千人口托位数（2025年）",
                               "全域：托位缺口 78（托育）", "（8 个不适用）", "未评估（项目中没有“街道综合养老服务中心”类设施）",
                               "警告（2 条）：", "步行路网分为 29 个互不连通的部分",
                               "8 个人口格网（42 名常住人口）接入的是路网中的小孤岛"})
            QVERIFY2(r.out.contains(QString::fromUtf8(zh)), qPrintable(r.out));
        for (const char *en : {"not evaluated", "Warnings", "walking network", "Targets:", "more childcare places"})
            QVERIFY2(!r.out.contains(en), en);
        QFile f(out.filePath("summary.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString summary = QString::fromUtf8(f.readAll());
        QVERIFY(summary.contains("the walking network has 29 separate parts"));
        QVERIFY(summary.contains("78 more childcare places (Childcare)"));
        // A Chinese locale does the same without --lang; --lang en overrides it.
        QTemporaryDir out2;
        const Run byLocale = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", out2.path()},
                                 QStringLiteral(QH_SOURCE_DIR), "zh_CN.UTF-8");
        QVERIFY(byLocale.out.contains(QString::fromUtf8("警告（2 条）：")));
        const Run english = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--out", out2.path(), "--lang=en"},
                                QStringLiteral(QH_SOURCE_DIR), "zh_CN.UTF-8");
        QVERIFY(english.out.contains("Warnings (2):"));
        // Errors too.
        const Run missing = cli({"analyze", "tests/data/missing_layer.qhproj", "--lang", "zh_CN", "--out", out2.path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QString::fromUtf8("错误：")) && missing.err.contains(QString::fromUtf8("没有图层“kindergartens”")),
                 qPrintable(missing.err));
        const Run bad = cli({"analyze", "data/liechtenstein/liechtenstein.qhproj", "--lang", "fr"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown language 'fr'"));
    }

    void analyzeUsesTheSavedPlan()
    {
        // The sample with a plan: two childcare centres proposed in Gamprin, one existing
        // facility removed.
        QTemporaryDir dir;
        QFile src(QH_SAMPLE_PROJECT);
        QVERIFY(src.open(QIODevice::ReadOnly));
        QJsonObject p = QJsonDocument::fromJson(src.readAll()).object();
        QJsonObject layers = p["layers"].toObject();
        for (const QString &k : layers.keys()) {
            QJsonObject l = layers[k].toObject();
            l["path"] = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/") + l["path"].toString();
            layers[k] = l;
        }
        p["layers"] = layers;
        const QJsonObject cap{{"childcare_places", 40}, {"inclusive_places", 30}};
        p["plan"] = QJsonObject{
            {"added", QJsonArray{QJsonObject{{"id", "P1"}, {"name", "A"}, {"type", "childcare"}, {"x", 539457}, {"y", 5228542}, {"capacity", cap}},
                                 QJsonObject{{"id", "P2"}, {"name", "B"}, {"type", "childcare"}, {"x", 539250}, {"y", 5228800}, {"capacity", cap}}}},
            {"removed", QJsonArray{"1"}},
            {"moved", QJsonArray{}},
            {"changed", QJsonArray{QJsonObject{{"id", "2"}, {"capacity", QJsonObject{{"childcare_places", 400}}}}}}};
        QFile out(dir.filePath("plan.qhproj"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(p).toJson());
        out.close();

        auto summary = [](const QString &folder) {
            QFile f(folder + "/summary.json");
            f.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(f.readAll()).object();
        };
        const Run plan = cli({"analyze", out.fileName(), "--out", dir.filePath("plan")});
        QCOMPARE(plan.exitCode, 0);
        QVERIFY2(plan.out.contains("Scenario: the project's plan (2 proposed, 0 moved, 1 removed, 1 changed facilities)"), qPrintable(plan.out));
        const QJsonObject s = summary(dir.filePath("plan"));
        QCOMPARE(s["run"]["scenario"]["name"].toString(), QString("plan"));
        QCOMPARE(s["run"]["scenario"]["proposed"].toInt(), 2);
        QCOMPARE(s["facilities"].toArray().size(), 21 - 1 + 2);
        bool expanded = false;
        for (const QJsonValue &f : s["facilities"].toArray())
            expanded = expanded || (f["id"].toString() == "2" && f["capacity"]["childcare_places"].toDouble() == 400);
        QVERIFY2(expanded, "the plan's expansion of facility 2 is not in the results");
        QFile csv(dir.filePath("plan/units.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("scenario,unit_id,name"));
        QVERIFY(csv.readLine().startsWith("plan,"));

        const Run base = cli({"analyze", out.fileName(), "--baseline", "--out", dir.filePath("base")});
        QCOMPARE(base.exitCode, 0);
        QVERIFY(base.out.contains("Scenario: baseline"));
        const QJsonObject b = summary(dir.filePath("base"));
        QCOMPARE(b["run"]["scenario"]["name"].toString(), QString("baseline"));
        QCOMPARE(b["facilities"].toArray().size(), 21);
        // More infants within the childcare circle with the plan, and the map shows it.
        QVERIFY(s["totals"]["coverage"]["childcare"]["covered"]["infants"].toDouble()
                > b["totals"]["coverage"]["childcare"]["covered"]["infants"].toDouble());
        QFile m1(dir.filePath("plan/map_childcare.png")), m2(dir.filePath("base/map_childcare.png"));
        QVERIFY(m1.open(QIODevice::ReadOnly) && m2.open(QIODevice::ReadOnly));
        QVERIFY(m1.readAll() != m2.readAll());
    }

    void analyzeByLayers()
    {
        // A CSV of three kindergartens (lon/lat, no type, no CRS) on the sample network.
        QTemporaryDir out;
        const Run r = cli({"analyze", "--network", "data/liechtenstein/liechtenstein.gpkg:network",
                           "--facilities", "tests/data/kindergartens.csv", "--population",
                           "data/liechtenstein/liechtenstein.gpkg:population_grid", "--units",
                           "data/liechtenstein/liechtenstein.gpkg:municipalities", "--minutes", "10",
                           "--speed", "1.2", "--out", out.path()});
        QCOMPARE(r.exitCode, 0);
        QFile f(out.filePath("summary.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject type = s["run"]["profile"]["facility_types"][0].toObject();
        QCOMPARE(type["key"].toString(), QString("facility"));
        QCOMPARE(type["budget_m"].toDouble(), 720.0);
        QCOMPARE(s["facilities"].toArray().size(), 3);
        QCOMPARE(s["facilities"][0]["capacity"]["places"].toDouble(), 40.0);
        QVERIFY(s["totals"]["coverage"]["facility"]["covered"]["total"].toDouble() > 1000);
        const QString warnings = QJsonDocument(s["run"]["warnings"].toArray()).toJson();
        QVERIFY(warnings.contains("no 'type' column; all facilities are taken as one type"));
        QVERIFY(warnings.contains("WGS 84 (EPSG:4326) was assumed"));
    }

    void chineseTypeKeysMakeDistinctColumns()
    {
        // #13 case 5: type keys 托育 and 养老 became the same column "______" and the
        // GeoPackage failed after the whole analysis. Now each keeps its name.
        QTemporaryDir dir, out;
        const QString csv = dir.filePath("设施.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("name,type,lon,lat,places\nA,托育,9.5218,47.1410,40\nB,养老,9.5075,47.1671,60\n").toUtf8());
        f.close();
        const Run r = cli({"analyze", "--network", "data/liechtenstein/liechtenstein.gpkg:network", "--facilities", csv,
                           "--population", "data/liechtenstein/liechtenstein.gpkg:population_grid", "--out", out.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run info = cli({"info", out.filePath("results.gpkg")});
        QVERIFY2(info.out.contains(QString::fromUtf8("min_托育: Real")) && info.out.contains(QString::fromUtf8("min_养老: Real")),
                 qPrintable(info.out));
        QFile units(out.filePath("units.csv"));
        QVERIFY(units.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(units.readLine()).contains(QString::fromUtf8("facilities_托育")));
    }

    void analyzeArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("project and layers") << QStringList{"analyze", "p.qhproj", "--network", "n.gpkg"}
                                            << "give a project file or layers (--network …), not both";
        QTest::newRow("layers incomplete") << QStringList{"analyze", "--network", "n.gpkg", "--facilities", "f.csv"}
                                           << "analyze by layers needs --network, --facilities and --population";
        QTest::newRow("bad speed") << QStringList{"analyze", "p.qhproj", "--speed", "fast"}
                                   << "--speed must be a number between 0.1 and 3 m/s, not 'fast'";
        // #13 case 6: numbers that hung a run or gave "100 % covered".
        QTest::newRow("infinite minutes") << QStringList{"analyze", "p.qhproj", "--minutes", "inf"}
                                          << "--minutes must be a number between 1 and 120 min, not 'inf'";
        QTest::newRow("tiny speed") << QStringList{"analyze", "p.qhproj", "--speed", "1e-300"}
                                    << "--speed must be a number between 0.1 and 3 m/s, not '1e-300'";
        QTest::newRow("huge cutoff") << QStringList{"reach", "--network", "n.gpkg", "--starts", "s.csv", "--cutoff", "1e300"}
                                     << "--cutoff must be a number between 1 and 100000 m, not '1e300'";
        QTest::newRow("reach without starts") << QStringList{"reach", "--network", "n.gpkg"}
                                              << "reach needs --network and --starts";
    }
    void analyzeArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("quarterhour-cli: " + message), qPrintable(r.err));
    }

    void reachMatchesQgisReference()
    {
        const QString ref = QStringLiteral(QH_SHARED_DIR "/reference/qgis-3.22-service-area/");
        if (!QFileInfo::exists(ref + "li_starts_rand100.gpkg"))
            QSKIP("../shared/reference is not beside the checkout");
        QTemporaryDir out;
        const Run r = cli({"reach", "--network", "data/liechtenstein/liechtenstein.gpkg:network", "--all-ways",
                           "--starts", ref + "li_starts_rand100.gpkg", "--id-field", "start_id", "--out",
                           out.filePath("reach.csv")});
        QCOMPARE(r.exitCode, 0);
        QFile ours(out.filePath("reach.csv")), qgis(ref + "li_rand100_reach.csv");
        QVERIFY(ours.open(QIODevice::ReadOnly) && qgis.open(QIODevice::ReadOnly));
        std::map<QString, double> theirs;
        qgis.readLine();
        while (!qgis.atEnd()) {
            const auto c = QString(qgis.readLine()).trimmed().split(',');
            theirs[c[0]] = c[3].toDouble();
        }
        QCOMPARE(QString(ours.readLine()), QString("start_id,x,y,reachable_len_m\n"));
        int n = 0;
        while (!ours.atEnd()) {
            const auto c = QString(ours.readLine()).trimmed().split(',');
            QVERIFY(theirs.count(c[0]));
            QVERIFY2(std::abs(c[3].toDouble() - theirs[c[0]]) / theirs[c[0]] < 0.01, qPrintable(c.join(',')));
            ++n;
        }
        QCOMPARE(n, 100);
    }

    void refusesToOverwriteInputs()
    {
        // Output folder = the folder holding the project's inputs, with a results.gpkg
        // that is an input: the run must stop before writing anything.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg", dir.filePath("results.gpkg")));
        QFile src(QH_SAMPLE_PROJECT);
        QVERIFY(src.open(QIODevice::ReadOnly));
        QByteArray json = src.readAll().replace("liechtenstein.gpkg", "results.gpkg");
        QFile p(dir.filePath("p.qhproj"));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(json);
        p.close();
        const QByteArray before = [&] { QFile f(dir.filePath("results.gpkg")); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const Run r = cli({"analyze", p.fileName(), "--out", dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("results.gpkg: is an input of this run"), qPrintable(r.err));
        QFile after(dir.filePath("results.gpkg"));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before);
        QVERIFY(!QFileInfo::exists(dir.filePath("summary.json")));

        // #13 case 3: reach wrote its results over its starts. The same file by its
        // name, by another path to it, through a symbolic link or a hard link: refused,
        // the starts intact.
        const QString starts = dir.filePath("starts.csv");
        QFile s(starts);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("id,lon,lat\nA,9.52,47.14\n");
        s.close();
        QVERIFY(QFile::link(starts, dir.filePath("link.csv")));
        QVERIFY(::link(starts.toLocal8Bit().constData(), dir.filePath("hard.csv").toLocal8Bit().constData()) == 0);
        for (const QString &out : {starts, dir.path() + "/./starts.csv", dir.filePath("link.csv"), dir.filePath("hard.csv")}) {
            const Run reach = cli({"reach", "--network", "data/liechtenstein/liechtenstein.gpkg:network", "--starts", starts,
                                   "--out", out});
            QCOMPARE(reach.exitCode, 1);
            QVERIFY2(reach.err.contains(": is an input of this run"), qPrintable(reach.err));
            QFile check(starts);
            QVERIFY(check.open(QIODevice::ReadOnly));
            QCOMPARE(check.readAll(), QByteArray("id,lon,lat\nA,9.52,47.14\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
