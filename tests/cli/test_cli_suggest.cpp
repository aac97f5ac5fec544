// quarterhour-cli suggest as a planner runs it: suggested sites saved into a copy of
// the plan make every unit pass in `analyze`; the Chinese report; capacitated
// suggestions; bad input exits 1 or 2 and leaves the inputs as they were.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"

using namespace qh::test;

class TestCliSuggest : public QObject
{
    Q_OBJECT
private slots:
    // The "done when": suggest childcare sites for the sample's Kunming
    // target, save them into a copy of the project's plan, and `analyze` that copy:
    // every unit passes, as the analysis (not the solver) says.
    void suggestedSitesMakeEveryUnitPass()
    {
        QTemporaryDir dir;
        const QString sites = dir.filePath("out/sites.gpkg"), plan = dir.filePath("with sites 建议.qhproj");
        const Run r = cli({"suggest", "--project", "data/liechtenstein/liechtenstein.qhproj", "--type", "childcare",
                           "--goal", "meet-targets", "--grid", "300", "--out", sites, "--save-plan", plan});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("Every unit meets every target aimed at."), qPrintable(r.out));
        QFile j(dir.filePath("out/sites.json"));
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(j.readAll()).object();
        QVERIFY(report["all_units_pass"].toBool());
        const int n = report["sites"].toArray().size();
        QVERIFY(n >= 4);
        QCOMPARE(report["solver"].toObject()["sites"].toInt(), n);
        QVERIFY(report["solver"].toObject()["optimal"].toBool()); // small: CBC proves it
        QVERIFY(QFileInfo::exists(sites));
        QCOMPARE(QDir(dir.filePath("out")).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{"sites.gpkg", "sites.json"})); // nothing staged left behind
        const QString out = dir.filePath("analysis");
        const Run a = cli({"analyze", plan, "--out", out});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(a.out.contains(QStringLiteral("Scenario: the project's plan (%1 proposed").arg(n)), qPrintable(a.out));
        QFile f(QDir(out).filePath("summary.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(f.readAll()).object();
        int checked = 0;
        for (const QJsonValue v : summary["evaluation"].toObject()["indicators"].toArray()) {
            const QJsonObject ind = v.toObject();
            if (ind["facility_type"].toString() != "childcare")
                continue;
            QCOMPARE(ind["units_passing"].toInt(), ind["units_applicable"].toInt());
            ++checked;
        }
        QCOMPARE(checked, 2); // places per 1,000 and the inclusive share
        // The same sites written as a file of proposals read back as facilities.
        const Run info = cli({"info", sites});
        QVERIFY2(info.out.contains("suggested_sites") && info.out.contains(QStringLiteral("Features: %1").arg(n)),
                 qPrintable(info.out));
    }

    void suggestInChinese()
    {
        QTemporaryDir dir;
        const Run r = cli({"suggest", "data/liechtenstein/liechtenstein.qhproj", "--type", "childcare", "--grid", "400",
                           "--out", dir.filePath("s.gpkg"), "--lang", "zh_CN"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("建议点位：")) && r.out.contains(QStringLiteral("建议点 1")), qPrintable(r.out));
    }

    // Capacitated: people served, each place serving one, from the engine's own
    // assignment; two sites of 30 places serve at most 60 more.
    void suggestCapacitated()
    {
        QTemporaryDir dir;
        const Run r = cli({"suggest", "data/liechtenstein/liechtenstein.qhproj", "--type", "childcare", "--goal",
                           "max-coverage", "--k", "2", "--capacitated", "--heuristic", "--grid", "400", "--out",
                           dir.filePath("s.gpkg")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Served, each place serving one person within reach:"), qPrintable(r.out));
        QFile j(dir.filePath("s.json"));
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(j.readAll()).object();
        QVERIFY(report["capacitated"].toBool());
        const QJsonObject people = report["people"].toObject();
        const double before = people["served_before"].toDouble(), after = people["served_after"].toDouble();
        QVERIFY2(after > before + 30 && after <= before + 60 + 1e-6, qPrintable(QString("%1 → %2").arg(before).arg(after)));
    }

    void suggestBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList base{"suggest", "data/liechtenstein/liechtenstein.qhproj", "--type", "childcare"};
        QTest::newRow("no --out") << base << 2 << "--out";
        QTest::newRow("max coverage without k") << (base + QStringList{"--goal", "max-coverage", "--out", "x.gpkg"})
                                                << 2 << "--k";
        QTest::newRow("zero size") << (base + QStringList{"--sizes", "0:1", "--out", "x.gpkg"}) << 2
                                   << "capacity must be between 1";
        QTest::newRow("unknown goal") << (base + QStringList{"--goal", "cheapest", "--out", "x.gpkg"}) << 2 << "--goal";
        QTest::newRow("unknown type") << QStringList{"suggest", "data/liechtenstein/liechtenstein.qhproj", "--type",
                                                     "hospital", "--out", "x.gpkg"}
                                      << 1 << "no facility type 'hospital'";
        QTest::newRow("over an input") << (base + QStringList{"--out", "data/liechtenstein/liechtenstein.gpkg"}) << 1
                                       << "liechtenstein.gpkg";
        QTest::newRow("plan over the project")
            << (base + QStringList{"--out", "x.gpkg", "--save-plan", "data/liechtenstein/liechtenstein.qhproj"}) << 1
            << "liechtenstein.qhproj";
    }
    void suggestBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QTemporaryDir dir;
        // Relative outputs land in the temporary folder; the project is given absolutely.
        for (QString &a : args)
            if (a.startsWith("data/"))
                a = QStringLiteral(QH_SOURCE_DIR "/") + a;
        const QByteArray before = [] {
            QFile f(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run r = cli(args, dir.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("x.gpkg")));
        QFile f(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
    }

};

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "test_cli_suggest.moc"
