// Map sheets and report pages drawn as they always were: the sample's sheet and the
// report's cover, at 50 DPI, against reference images committed in
// tests/data/reference (same fonts from install-deps; the date fixed by
// SOURCE_DATE_EPOCH). A change of layout, colours or text shows as pixels that
// differ; antialiasing noise stays under the tolerance. After a deliberate change:
// QH_UPDATE_REFERENCE=1 build/tests/test_render_reference, then look at the images.
#include <atomic>
#include <thread>

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include "exportcontext.h"
#include "legend.h"
#include "mappage.h"
#include "maptheme.h"
#include "pagelayout.h"
#include "planner.h"
#include "report.h"
#include "symbology.h"
#include "titleblock.h"

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

    // The map, an export and its preview draw one scene at once. Qt makes a path's
    // vector form on its first draw without a lock, so the scene makes them before it
    // is shared: drawn by four threads at once it gives the same pixels as drawn by
    // one, and (in the asan build) leaks nothing. Before, test_export leaked there.
    void sceneDrawnByFourThreadsAtOnce()
    {
        Planner planner(QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj"));
        const ExportContext c{planner.project(), planner.region(), planner.result(), planner.evaluation(), planner.targets()};
        for (int round = 0; round < 15; ++round) { // without the fix, about one round in ten leaked
            const MapScene scene = exportScene(c, true);
            QVERIFY(!scene.cells().empty());
            const MapView view = MapView::fitting(planner.region().extent, QSize(300, 300));
            const MapStyle style = styleForTheme(MapTheme::Warning, 0);
            std::atomic<int> ready{0};
            std::vector<QImage> images(4);
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t)
                threads.emplace_back([&, t] {
                    QImage img(view.size, QImage::Format_ARGB32_Premultiplied);
                    img.fill(Qt::white);
                    QPainter p(&img);
                    ++ready;
                    while (ready.load() < 4) {
                    }
                    scene.render(p, view, style);
                    p.end();
                    images[t] = img;
                });
            for (std::thread &th : threads)
                th.join();
            QImage alone(view.size, QImage::Format_ARGB32_Premultiplied);
            alone.fill(Qt::white);
            {
                QPainter p(&alone);
                scene.render(p, view, style);
            }
            for (const QImage &img : images)
                QCOMPARE(img, alone);
        }
    }

    // A population given as points (a CSV of addresses) is drawn as dots whose area
    // grows with their people: 400 people make a dot twice as wide as 100 (radius by
    // the square root), a place with no one none; the legend speaks of dots.
    void populationPointsAreDotsSizedByPeople()
    {
        RegionData region;
        region.extent = Rect{0, 0, 1000, 1000};
        const auto point = [](double x, double y, double people) {
            PopulationCell c;
            c.rep = {x, y};
            c.pop = {people};
            return c;
        };
        region.cells = {point(250, 500, 400), point(750, 500, 100), point(500, 200, 0)};
        region.units.push_back({"all", "all", "", {{{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}}}});
        const MapScene scene(region, nullptr);
        QVERIFY(scene.populationIsPoints());
        QCOMPARE(scene.maxPointPeople(), 400.0);
        MapStyle style;
        style.showLegend = style.showScaleBar = style.showNorthArrow = false;
        const MapView view = MapView::fitting(region.extent, QSize(200, 200));
        QImage img(view.size, QImage::Format_RGB32);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            scene.render(p, view, style);
        }
        // Width of the run of dot-coloured pixels through a point's centre.
        const auto width = [&](double x, double y) {
            const QPoint centre = view.toDevice().map(QPointF(x, y)).toPoint();
            const QRgb inside = img.pixel(centre);
            int w = 0;
            for (int px = 0; px < img.width(); ++px)
                w += std::abs(px - centre.x()) < 20 && img.pixel(px, centre.y()) == inside;
            return w;
        };
        const QRgb background = img.pixel(view.toDevice().map(QPointF(500, 800)).toPoint());
        QVERIFY(img.pixel(view.toDevice().map(QPointF(250, 500)).toPoint()) != background);
        QVERIFY(img.pixel(view.toDevice().map(QPointF(750, 500)).toPoint()) != background);
        QCOMPARE(img.pixel(view.toDevice().map(QPointF(500, 200)).toPoint()), background);
        const int big = width(250, 500), small = width(750, 500);
        QVERIFY2(big >= 2 * small - 2 && big <= 2 * small + 2, qPrintable(QStringLiteral("%1 vs %2").arg(big).arg(small)));
        const Legend legend = legendFor(scene, style);
        bool dots = false;
        for (const Legend::Section &sec : legend.sections)
            dots = dots || (sec.title.contains("dot") && sec.entries.size() == 1 && sec.entries[0].label.contains("400"));
        QVERIFY(dots);
    }

    // A province on one page: thousands of small units and facilities in one view.
    // Names that would not fit their unit or would overlap another are left out, and
    // facility symbols shrink to about a third of their spacing; a few large units and
    // facilities are drawn as before.
    void crowdedViewThinsLabelsAndSymbols()
    {
        const auto scene = [](int side, double unitSize) {
            RegionData region;
            region.extent = Rect{0, 0, side * unitSize, side * unitSize};
            std::vector<Facility> facilities;
            for (int i = 0; i < side; ++i)
                for (int j = 0; j < side; ++j) {
                    const double x0 = i * unitSize, y0 = j * unitSize, x1 = x0 + unitSize, y1 = y0 + unitSize;
                    const std::string id = std::to_string(i * side + j);
                    region.units.push_back({id, "Community " + id, "", {{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}}});
                    facilities.push_back({id, "", "childcare", {}, {x0 + unitSize / 2, y0 + unitSize / 2}});
                }
            auto s = std::make_shared<MapScene>(region, nullptr);
            s->setAnalysis(AnalysisResult{}, facilities, nullptr);
            return s;
        };
        const auto drawn = [](const MapScene &sc, bool labels, QImage *out = nullptr) {
            MapStyle style;
            style.showLegend = style.showScaleBar = style.showNorthArrow = false;
            style.drawBackground = false;
            for (MapLayer &l : style.layers) {
                l.visible = l.kind == LayerKind::Units || (labels ? l.kind == LayerKind::UnitLabels : l.kind == LayerKind::Facilities);
                if (l.kind == LayerKind::Units)
                    l.colour = Qt::white; // outlines out of the count: names need the units layer on
            }
            const MapView view = MapView::fitting(sc.extent(), QSize(400, 400));
            QImage img(view.size, QImage::Format_RGB32);
            img.fill(Qt::white);
            {
                QPainter p(&img);
                if (!labels) // no outlines under the symbols: only what the facilities cover counts
                    for (MapLayer &l : style.layers)
                        l.visible = l.kind == LayerKind::Facilities;
                sc.render(p, view, style);
            }
            if (out)
                *out = img;
            // Share of pixels drawn in the labels' dark text or the symbols' colour.
            qint64 n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QRgb c = img.pixel(x, y);
                    n += labels ? qRed(c) < 80 && qGreen(c) < 80 && qBlue(c) < 80 : c != qRgb(255, 255, 255);
                }
            return double(n) / (double(img.width()) * img.height());
        };
        const auto crowded = scene(40, 100), few = scene(2, 2000);
        // Labels: 1,600 names of ~80 px in units of ~9 px: none fits; four large units show theirs.
        QImage fewLabels;
        const double crowdedText = drawn(*crowded, true), fewText = drawn(*few, true, &fewLabels);
        QVERIFY2(fewText > 0.001, qPrintable(QString::number(fewText)));
        QVERIFY2(crowdedText < fewText / 2, qPrintable(QStringLiteral("%1 vs %2").arg(crowdedText).arg(fewText)));
        // Symbols: at the layer's 6 px radius 1,600 symbols 9 px apart would cover the
        // whole view; at a third of the spacing they cover about half of it.
        const double crowdedCover = drawn(*crowded, false), fewCover = drawn(*few, false);
        QVERIFY2(crowdedCover < 0.7, qPrintable(QString::number(crowdedCover)));
        // Four symbols at full size: each about π (6 + rim)² px.
        QVERIFY2(fewCover * 400 * 400 > 4 * 3.14 * 6 * 6, qPrintable(QString::number(fewCover)));
    }

    // The CLI's maps: a region as wide as the page keeps clear of the legend in the
    // bottom-right corner (it was fitted to the whole page, the legend over its data).
    void mapImageKeepsDataClearOfTheLegend()
    {
        RegionData region;
        region.extent = Rect{0, 0, 4000, 5000};
        PopulationCell cell;
        cell.shape = {{{{0, 0}, {4000, 0}, {4000, 5000}, {0, 5000}, {0, 0}}}};
        cell.rep = {2000, 2500};
        cell.pop = {2000}; // 1 per hectare
        region.cells = {cell};
        const MapScene scene(region, nullptr);
        const MapStyle style;
        const QSize size(400, 500);
        const QImage img = renderMapImage(scene, style, size, "title", "sources");
        // The legend as MapScene::render places it: bottom right of the map, under the title band.
        QImage probe(size, QImage::Format_RGB32);
        QPainter p(&probe);
        const QSizeF l = legendSize(p, legendFor(scene, style));
        const int top = 44, bottom = 26;
        const QRectF legend(size.width() - 12 - l.width(), size.height() - top - bottom - 48 - l.height() + top, l.width(),
                            l.height());
        // Where the cell's colour is outside the legend (whose swatch has it too): the
        // cell is a rectangle, so its box reaches into the legend only if it runs under it.
        const QRgb fill = symbology::densityColour(1.0).rgb();
        QRect data;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if ((img.pixel(x, y) & 0xffffff) == (fill & 0xffffff) && !legend.contains(QPointF(x + 0.5, y + 0.5)))
                    data |= QRect(x, y, 1, 1);
        QVERIFY2(data.width() > 150 && data.height() > 150, qPrintable(QStringLiteral("%1 x %2").arg(data.width()).arg(data.height())));
        QVERIFY2(!QRectF(data).intersects(legend), qPrintable(QStringLiteral("data %1,%2 %3x%4, legend %5,%6 %7x%8")
                                                                  .arg(data.x()).arg(data.y()).arg(data.width()).arg(data.height())
                                                                  .arg(legend.x()).arg(legend.y()).arg(legend.width()).arg(legend.height())));
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
