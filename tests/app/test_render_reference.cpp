// Map sheets and report pages drawn as they always were: the sample's sheet and the
// report's cover, at 50 DPI, against reference images committed in
// tests/data/reference (same fonts from install-deps; the date fixed by
// SOURCE_DATE_EPOCH). A change of layout, colours or text shows as pixels that
// differ; antialiasing noise stays under the tolerance. After a deliberate change:
// QH_UPDATE_REFERENCE=1 build/tests/test_render_reference, then look at the images.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include "exportcontext.h"
#include "mappage.h"
#include "maptheme.h"
#include "pagelayout.h"
#include "planner.h"
#include "report.h"

using namespace qh;

namespace {

const QString kReference = QStringLiteral(QH_SOURCE_DIR "/tests/data/reference/");

QImage draw(const PageLayout &layout, const std::function<void(QPainter &)> &paint)
{
    QImage img(layout.pixelSize(), QImage::Format_RGB32);
    img.fill(Qt::white);
    const int dpm = int(96 / 0.0254 + 0.5);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    QPainter p(&img);
    const double s = double(img.width()) / layout.pageRect().width();
    p.scale(s, s);
    paint(p);
    return img;
}

/// Share of pixels whose colour differs by more than `threshold` in some channel.
double differing(const QImage &a, const QImage &b, int threshold)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            n += std::abs(qRed(pa[x]) - qRed(pb[x])) > threshold || std::abs(qGreen(pa[x]) - qGreen(pb[x])) > threshold
                 || std::abs(qBlue(pa[x]) - qBlue(pb[x])) > threshold;
    }
    return double(n) / (double(a.width()) * a.height());
}

void compareWithReference(const QImage &actual, const QString &name)
{
    const QString path = kReference + name;
    if (qEnvironmentVariableIsSet("QH_UPDATE_REFERENCE")) {
        QVERIFY(actual.save(path));
        QSKIP("reference image written");
    }
    const QImage expected = QImage(path).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), qPrintable(path));
    const double share = differing(actual, expected, 60);
    if (share > 0.01)
        actual.save(QDir::temp().filePath(name)); // to look at beside the reference
    QVERIFY2(share <= 0.01, qPrintable(QStringLiteral("%1: %2 % of pixels differ (actual saved in %3)")
                                           .arg(name)
                                           .arg(share * 100, 0, 'f', 2)
                                           .arg(QDir::temp().filePath(name))));
    // And a drawing that is not the reference must fail: half the sheet blanked.
    QImage blanked = actual;
    QPainter(&blanked).fillRect(QRect(0, 0, blanked.width(), blanked.height() / 2), Qt::white);
    QVERIFY(differing(blanked, expected, 60) > 0.01);
}

} // namespace

class TestRenderReference : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("SOURCE_DATE_EPOCH", "1780000000"); }

    void warningMapSheet()
    {
        Planner planner(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj"));
        const ExportContext c{planner.project(), planner.region(), planner.result(), planner.evaluation(), planner.targets()};
        const MapScene scene = exportScene(c, false);
        PageLayout layout;
        layout.dpi = 50;
        const QImage img = draw(layout, [&](QPainter &p) {
            paintMapPage(p, layout.printableRect(), scene, styleForTheme(MapTheme::Warning, 0),
                         mapPageText(c, themeTitle(MapTheme::Warning, scene, 0)));
        });
        compareWithReference(img, "sheet_warning_a4_50dpi.png");
    }

    // An indicator that cannot be computed (the sample has no street centres) is
    // drawn with every unit grey, not read past the end of its empty scores.
    void warningMapOfAnIndicatorNotEvaluated()
    {
        Planner planner(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj"));
        const ExportContext c{planner.project(), planner.region(), planner.result(), planner.evaluation(), planner.targets()};
        const MapScene scene = exportScene(c, false);
        int k = -1;
        for (std::size_t i = 0; i < planner.evaluation()->indicators.size() && k < 0; ++i)
            if (!planner.evaluation()->indicators[i].available)
                k = int(i);
        QVERIFY(k >= 0);
        QCOMPARE(scene.unitClassColours()[k].size(), planner.region().units.size());
        QCOMPARE(scene.unitClassColours()[k].front(), QColor(200, 200, 200));
        PageLayout layout;
        layout.dpi = 30;
        const QImage img = draw(layout, [&](QPainter &p) {
            paintMapPage(p, layout.printableRect(), scene, styleForTheme(MapTheme::Warning, k),
                         mapPageText(c, themeTitle(MapTheme::Warning, scene, k)));
        });
        QVERIFY(!img.isNull());
    }

    void reportCover()
    {
        Planner planner(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj"));
        const ReportInput input{{planner.project(), planner.region(), planner.result(), planner.evaluation(), planner.targets()}};
        PageLayout layout;
        layout.dpi = 50;
        const Report report(input, layout);
        const QImage img = draw(layout, [&](QPainter &p) { report.paintPage(p, 0); });
        compareWithReference(img, "report_cover_a4_50dpi.png");
    }
};

QTEST_MAIN(TestRenderReference)
#include "test_render_reference.moc"
