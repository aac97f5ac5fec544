// File ▸ Export as a planner uses it: the map dialog's preview follows paper and
// view, Export writes the sheet (PDF, PNG at its DPI), the report, tables and
// GeoPackage come from the plan on screen, Cancel leaves the old file; in Chinese
// no English word is left in the dialog.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTranslator>
#include <QtTest>

#include "chinesetext.h"
#include "dialogs/exportmapdialog.h"
#include "exporter.h"
#include "i18n.h"
#include "mapcanvas.h"
#include "pagelayout.h"
#include "planner.h"
#include "windowhelpers.h"

using namespace qh;
using namespace qh::test;

namespace {

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

/// Share of the image's pixels that are not white (the sheet has a map on it).
double inked(const QImage &img)
{
    int n = 0, total = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4, ++total)
            n += img.pixel(x, y) != qRgb(255, 255, 255);
    return total ? double(n) / total : 0;
}

std::unique_ptr<ExportMapDialog> dialogOf(MainWindow &w)
{
    const MapView &v = w.canvas()->view();
    const QPointF a = v.toMap(QPointF(0, 0)), b = v.toMap(QPointF(v.size.width(), v.size.height()));
    Rect shown;
    shown.extend(Point{a.x(), a.y()});
    shown.extend(Point{b.x(), b.y()});
    return std::make_unique<ExportMapDialog>(*w.planner(), std::make_shared<MapScene>(*w.canvas()->scene()),
                                             w.canvas()->mapStyle(), shown, &w);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void mapDialogPreviewsAndWrites()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(openAndWait(w, copySample(dir)));
        auto d = dialogOf(w);
        const QImage portrait = d->preview();
        QVERIFY(!portrait.isNull());
        QVERIFY(portrait.height() > portrait.width());
        QVERIFY(inked(portrait) > 0.2);
        d->layoutBox()->setCurrentIndex(d->layoutBox()->findData("a3-landscape"));
        QVERIFY(d->preview().width() > d->preview().height());
        d->viewBox()->setCurrentIndex(1); // five-colour map
        QVERIFY(!d->preview().isNull());
        d->titleEdit()->setText(QStringLiteral("养老服务设施地图 2026"));
        if (qEnvironmentVariableIsSet("QH_SCREENSHOT_DIR")) { // for a look, as a planner sees it
            d->resize(1000, 640);
            d->show();
            QTest::qWait(100);
            d->grab().save(qEnvironmentVariable("QH_SCREENSHOT_DIR") + "/export_map_dialog.png");
        }
        const QString pdf = dir.filePath(QStringLiteral("地图 map.pdf"));
        d->exportTo(pdf);
        QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
        QProcess text;
        text.start("pdftotext", {pdf, "-"});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("2026")));
        d->formatBox()->setCurrentIndex(d->formatBox()->findData("png"));
        QVERIFY(d->dpiBox()->isEnabled());
        d->dpiBox()->setValue(100);
        const QString png = dir.filePath("map.png");
        d->exportTo(png);
        QImage img(png);
        QCOMPARE(img.size(), QSize(1654, 1169)); // A3 landscape at 100 DPI
        QVERIFY(inked(img) > 0.2);
        QCOMPARE(QDir(dir.path()).entryList({".*part*"}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void reportTablesAndGeoPackageFromThePlan()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, copySample(dir)));
        // A proposed facility: the report compares the plan with the baseline.
        Facility f;
        f.id = w.planner()->newProposalId();
        f.name = "New childcare";
        f.type = "childcare";
        f.capacity["childcare_places"] = 40;
        f.pos = w.planner()->region().facilities.front().pos;
        QVERIFY(w.planner()->addFacility(f));
        const auto snap = Exporter::snapshot(*w.planner());
        const QString pdf = dir.filePath("report.pdf");
        Exporter::writeReport(*snap, pdf, PageLayout{});
        QProcess text;
        text.start("pdftotext", {pdf, "-"});
        QVERIFY(text.waitForFinished(30000));
        const QString t = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(t.contains("The plan against the baseline"));
        QVERIFY(t.contains("New childcare"));
        // Cancel: the old file stays as it was, nothing staged is left.
        std::atomic<bool> cancel{true};
        const QByteArray before = head(pdf, 1 << 24);
        QVERIFY_THROWS_EXCEPTION(Error, Exporter::writeReport(*snap, pdf, PageLayout{}, &cancel));
        QCOMPARE(head(pdf, 1 << 24), before);
        const QString xlsx = dir.filePath("tables.xlsx");
        Exporter::writeTables(*snap, xlsx);
        QCOMPARE(head(xlsx, 2), QByteArray("PK"));
        const QString gpkg = dir.filePath("plan.gpkg");
        Exporter::writeGeoPackage(*snap, gpkg);
        QProcess info;
        info.start("ogrinfo", {"-ro", "-q", "-sql", "SELECT COUNT(*) AS n FROM layer_styles", gpkg});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY2(QString::fromUtf8(info.readAllStandardOutput()).contains("n (Integer) = 5"), "five styled layers");
        QCOMPARE(QDir(dir.path()).entryList({".*part*"}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void chineseDialog()
    {
        QTemporaryDir dir;
        QVERIFY(installTranslations(*qApp, "zh_CN"));
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, copySample(dir)));
        auto d = dialogOf(w);
        QCOMPARE(d->windowTitle(), QStringLiteral("导出地图"));
        const QStringList english = englishLeft(w);
        QVERIFY2(english.isEmpty(), qPrintable(english.join('\n')));
        installTranslations(*qApp, "en");
    }
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
