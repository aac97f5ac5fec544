// The layer list as a model: add, hide, reorder and restyle layers, and the map
// drawn from it (the scene's render) follows.
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

#include "layermodel.h"
#include "maprenderer.h"
#include "legend.h"
#include "planner.h"

using namespace qh;

namespace {

/// The sample drawn with the model's layers.
QImage draw(const MapScene &scene, const LayerModel &layers, MapStyle style = {})
{
    style.layers = layers.drawOrder();
    style.showLegend = false;
    QImage img(400, 500, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter painter(&img);
    scene.render(painter, MapView::fitting(scene.extent(), img.size()), style);
    return img;
}

} // namespace

class TestLayerModel : public QObject
{
    Q_OBJECT
private slots:
    void defaultsTopToBottom()
    {
        LayerModel m;
        QStringList names;
        for (int r = 0; r < m.rowCount(); ++r)
            names << m.name(r);
        QCOMPARE(names, (QStringList{"Facilities", "Unit names", "Walking network", "Catchments (walking circles)",
                                     "Population cells", "Units"}));
        QCOMPARE(m.data(m.index(m.rowOf(LayerKind::Catchments)), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // drawOrder is bottom first.
        const auto order = m.drawOrder();
        QCOMPARE(order.front().kind, LayerKind::Units);
        QCOMPARE(order.back().kind, LayerKind::Facilities);
    }

    void addHideReorderRestyle()
    {
        LayerModel m;
        QSignalSpy changed(&m, &LayerModel::layersChanged);
        // Add: a second line layer above the network (as a reference layer will be).
        MapLayer extra;
        extra.id = "reference-1";
        extra.kind = LayerKind::Network;
        extra.colour = QColor(200, 0, 0);
        const int row = m.addLayer(extra, "Land-use plan", 2);
        QCOMPARE(row, 2);
        QCOMPARE(m.rowCount(), 7);
        QCOMPARE(m.rowOf("reference-1"), 2);
        QCOMPARE(changed.size(), 1);
        // Hide.
        QVERIFY(m.setData(m.index(row), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m.layer(row).visible);
        QCOMPARE(changed.size(), 2);
        // Reorder: to the top, and down again by one.
        QVERIFY(m.moveLayer(row, 0));
        QCOMPARE(m.rowOf("reference-1"), 0);
        QCOMPARE(m.name(1), QString("Facilities"));
        QVERIFY(m.moveLayer(0, 1));
        QCOMPARE(m.rowOf("reference-1"), 1);
        QVERIFY(!m.moveLayer(1, 7)); // out of range
        QCOMPARE(changed.size(), 4);
        // Restyle.
        QVERIFY(m.setData(m.index(1), 0.5, LayerModel::OpacityRole));
        QVERIFY(m.setData(m.index(1), QColor(0, 0, 200), LayerModel::ColourRole));
        QCOMPARE(m.layer(1).opacity, 0.5);
        QCOMPARE(m.layer(1).colour, QColor(0, 0, 200));
        QVERIFY(!m.data(m.index(1), Qt::DecorationRole).isNull()); // the swatch
        QCOMPARE(changed.size(), 6);
        // The draw order holds it, second from the top.
        const auto order = m.drawOrder();
        QCOMPARE(order[order.size() - 2].id, std::string("reference-1"));
        m.removeLayer(1);
        QCOMPARE(m.rowOf("reference-1"), -1);
        QCOMPARE(m.rowCount(), 6);
    }

    void theLegendCoversEveryLayerShown()
    {
        Planner p(QH_SAMPLE_PROJECT);
        MapScene scene(p.region(), &p.result());
        scene.setAnalysis(p.result(), p.region().facilities, p.evaluation());
        LayerModel m;
        MapStyle style;
        style.layers = m.drawOrder();
        style.unitColouring = MapStyle::UnitColouring::WarningClass;
        style.cellColouring = MapStyle::CellColouring::Minutes;
        auto titles = [&] {
            QStringList t;
            for (const Legend::Section &s : legendFor(scene, style).sections)
                t << s.title.section(':', 0, 0);
            return t;
        };
        // Units classed under cells: both, and the units' fill is the light one.
        QCOMPARE(titles(), (QStringList{"Units (light fill)", "Cells", "Facilities"}));
        const Legend legend = legendFor(scene, style);
        QVERIFY(legend.sections[0].entries[0].colour.alpha() < 255);
        QCOMPARE(legend.sections[1].entries.size(), 6u); // five minute classes and "not reached"
        // Without cells the units are filled fully and said so.
        style.layer(LayerKind::Cells)->visible = false;
        QCOMPARE(titles(), (QStringList{"Units", "Facilities"}));
        QCOMPARE(legendFor(scene, style).sections[0].entries[0].colour.alpha(), 255);
        // Catchments, once there are some.
        style.layer(LayerKind::Catchments)->visible = true;
        scene.setCatchments({{0, p.region().units[0].shape}});
        QVERIFY(titles().contains("Catchments (streets within the circle)"));
        QCOMPARE(unitClassFill(QColor(255, 0, 0), true).alpha(), 90);
    }

    void theSceneDrawsWhatTheModelSays()
    {
        Planner p(QH_SAMPLE_PROJECT);
        MapScene scene(p.region(), &p.result());
        LayerModel m;
        const QImage all = draw(scene, m);

        // Hidden cells: no density colours left.
        const QModelIndex cells = m.index(m.rowOf(LayerKind::Cells));
        m.setData(cells, Qt::Unchecked, Qt::CheckStateRole);
        const QImage noCells = draw(scene, m);
        QVERIFY(noCells != all);
        m.setData(cells, Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(draw(scene, m), all);

        // Restyle: a blue network puts blue on the map (facilities, the only other
        // blue, are hidden for this).
        m.setData(m.index(m.rowOf(LayerKind::Facilities)), Qt::Unchecked, Qt::CheckStateRole);
        auto bluePixels = [](const QImage &img) {
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QColor c = img.pixelColor(x, y);
                    n += c.blue() - std::max(c.red(), c.green()) > 60;
                }
            return n;
        };
        const QImage grey = draw(scene, m);
        const QModelIndex network = m.index(m.rowOf(LayerKind::Network));
        m.setData(network, QColor(0, 0, 255), LayerModel::ColourRole);
        const QImage blue = draw(scene, m);
        QVERIFY2(bluePixels(blue) > 1000, qPrintable(QString::number(bluePixels(blue))));
        QCOMPARE(bluePixels(grey), 0);

        // Reorder: the cells above the network hide part of it.
        const int cellsRow = m.rowOf(LayerKind::Cells);
        QVERIFY(m.moveLayer(cellsRow, m.rowOf(LayerKind::Network)));
        QVERIFY(m.rowOf(LayerKind::Cells) < m.rowOf(LayerKind::Network));
        const QImage cellsOnTop = draw(scene, m);
        QVERIFY(bluePixels(cellsOnTop) < bluePixels(blue));

        // Opacity 0 on the network: as if it were hidden.
        m.setData(m.index(m.rowOf(LayerKind::Network)), 0.0, LayerModel::OpacityRole);
        const QImage transparent = draw(scene, m);
        m.setData(m.index(m.rowOf(LayerKind::Network)), 1.0, LayerModel::OpacityRole);
        m.setData(m.index(m.rowOf(LayerKind::Network)), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(transparent, draw(scene, m));
    }
};

QTEST_MAIN(TestLayerModel)
#include "test_layermodel.moc"
