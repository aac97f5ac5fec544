// Reference layers in the app (#9): a planner adds a file of planned residential
// plots to the map for context. It is listed in the layer panel above the units,
// drawn (and hidden when unticked), kept in the project through save and reopen, and
// drawn in exports; a file that cannot be read changes nothing and says why.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

#include "exportcontext.h"
#include "maptheme.h"
#include "panels/layerspanel.h"
#include "paths.h"
#include "layermodel.h"
#include "planner.h"
#include "windowhelpers.h"

using namespace qh;
using namespace qh::test;

namespace {

/// One planned plot in lon/lat, in the middle of Vaduz (the sample is in UTM 32N).
QString writePlot(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("规划居住用地.geojson"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"规划居住用地"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[9.515,47.130],[9.535,47.130],[9.535,47.145],)"
            R"([9.515,47.145],[9.515,47.130]]]}}]})");
    return path;
}

Point plotCentre(const Planner &p)
{
    double x = 9.525, y = 47.1375;
    CrsTransform(Crs::fromUserInput("EPSG:4326"), p.project().crs).apply(x, y);
    return {x, y};
}

QRgb canvasPixel(MainWindow &w, const Point &at)
{
    w.canvas()->waitForRender();
    return w.canvas()->grab().toImage().pixel(w.canvas()->toDevice(at));
}


} // namespace

class TestReferenceLayers : public QObject
{
    Q_OBJECT
private slots:
    void addedDrawnSavedAndReopened()
    {
        QTemporaryDir dir;
        const QString project = copySample(dir);
        const QString plot = writePlot(dir);
        const QByteArray before = [&] {
            QFile f(plot);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        {
            MainWindow w;
            w.resize(1100, 800);
            w.show();
            QVERIFY(openAndWait(w, project));
            const int rowsBefore = w.layerModel()->rowCount();
            const Point centre = plotCentre(*w.planner());
            const QRgb without = canvasPixel(w, centre);

            QVERIFY(w.addReferenceFromFile(plot));
            QVERIFY(w.planner()->isModified());
            // Not an undoable edit, but autosaved all the same (a crash keeps it).
            QCOMPARE(loadProject(MainWindow::autosavePath(project).toStdString()).references.size(), std::size_t(1));
            QCOMPARE(w.layerModel()->rowCount(), rowsBefore + 1);
            const int row = w.layerModel()->rowOf(LayerKind::Reference);
            QVERIFY(row >= 0);
            QCOMPARE(w.layerModel()->name(row), QStringLiteral("规划居住用地"));
            QCOMPARE(row, w.layerModel()->rowOf(LayerKind::Units) - 1); // just above the units
            QVERIFY2(canvasPixel(w, centre) != without, "the plot is not drawn");
            shot(w, "reference_layer");

            // Unticked, the map is as before, and the project keeps it hidden.
            w.layerModel()->setData(w.layerModel()->index(row), Qt::Unchecked, Qt::CheckStateRole);
            QCOMPARE(canvasPixel(w, centre), without);
            QVERIFY(!w.planner()->project().references[0].visible);

            // Exports draw it too: their themes do not list reference layers, and the
            // scene puts them above the units as a new map has them.
            const Planner &pl = *w.planner();
            const ExportContext c{pl.project(), pl.region(), pl.result(), pl.evaluation(), pl.targets()};
            const MapScene withPlot = exportScene(c, false);
            QCOMPARE(withPlot.references().size(), std::size_t(1));
            RegionData bare = pl.region();
            bare.references.clear();
            const MapScene withoutPlot(bare, &pl.result());
            const MapView view = MapView::fitting(pl.region().extent, QSize(400, 600));
            const auto draw = [&](const MapScene &scene) {
                QImage img(view.size, QImage::Format_RGB32);
                img.fill(Qt::white);
                QPainter p(&img);
                scene.render(p, view, styleForTheme(MapTheme::Facilities, 0));
                p.end();
                return img.pixel(view.toDevice().map(QPointF(centre.x, centre.y)).toPoint());
            };
            // Hidden in the app, it is not on the sheets either; shown again, it is.
            QCOMPARE(draw(withPlot), draw(withoutPlot));
            w.layerModel()->setData(w.layerModel()->index(row), Qt::Checked, Qt::CheckStateRole);
            QVERIFY(w.planner()->project().references[0].visible);
            QVERIFY(draw(exportScene(c, false)) != draw(withoutPlot));

            // A FileGDB (a folder): a file chosen inside it stands for the folder.
            const QString gdb = dir.filePath("plan.gdb");
            QProcess make;
            make.start("ogr2ogr", {"-f", "OpenFileGDB", gdb, plot, "-nln", "plots"});
            QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
            const QString inside = QDir(gdb).entryInfoList(QDir::Files).first().absoluteFilePath();
            QCOMPARE(gisSourceOf(inside), QFileInfo(gdb).absoluteFilePath());
            QCOMPARE(gisSourceOf(plot), plot);
            QVERIFY(w.addReferenceFromFile(gisSourceOf(inside)));
            QCOMPARE(w.planner()->region().references.back().polygons.size(), std::size_t(1));
            QCOMPARE(w.layerModel()->name(w.layerModel()->rowOf(LayerKind::Reference)), QStringLiteral("plan"));
            // Removed again from the layer panel: the list, the project and the file
            // (untouched) as before.
            w.layersPanel()->setCurrentRow(w.layerModel()->rowOf(LayerKind::Reference));
            auto *remove = w.layersPanel()->findChild<QPushButton *>("removeReference");
            QVERIFY(remove && remove->isEnabled());
            remove->click();
            QCOMPARE(w.planner()->project().references.size(), std::size_t(1));
            QCOMPARE(w.planner()->region().references.size(), std::size_t(1));
            QCOMPARE(w.layerModel()->name(w.layerModel()->rowOf(LayerKind::Reference)), QStringLiteral("规划居住用地"));
            QVERIFY(QFileInfo::exists(gdb));
            w.layersPanel()->setCurrentRow(w.layerModel()->rowOf(LayerKind::Units));
            QVERIFY(!remove->isEnabled()); // the analysis's layers cannot go

            // A file that cannot be read: nothing changes, the reason is shown.
            QVERIFY(!w.addReferenceFromFile(dir.filePath("nowhere.tif")));
            QCOMPARE(w.planner()->project().references.size(), std::size_t(1));
            QCOMPARE(w.layerModel()->rowCount(), rowsBefore + 1);
            // A colour the planner picks is kept in the project (the panel's colour
            // dialog sends this).
            emit w.layersPanel()->referenceColourChanged(0, QColor("#8e44ad"));
            QCOMPARE(w.planner()->project().references[0].colour, std::string("#8e44ad"));
            QVERIFY(w.save());
        }
        QFile f(plot);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // the input is never written to
        MainWindow again;
        again.resize(1100, 800);
        again.show();
        QVERIFY(openAndWait(again, project));
        QCOMPARE(again.planner()->region().references.size(), std::size_t(1));
        const int row = again.layerModel()->rowOf(LayerKind::Reference);
        QVERIFY(row >= 0);
        QCOMPARE(again.layerModel()->name(row), QStringLiteral("规划居住用地"));
        QCOMPARE(again.layerModel()->layer(row).colour, QColor("#8e44ad"));
    }

    void unreadableLayerListedKeptAndRemovable()
    {
        // The plots file is gone when the project is opened again: the layer is
        // listed as one that cannot be read (greyed, not drawn), stays in the project
        // through a save, and the planner can take it out from the layer panel.
        QTemporaryDir dir;
        const QString project = copySample(dir);
        const QString plot = writePlot(dir);
        {
            MainWindow w;
            w.resize(1100, 800);
            w.show();
            QVERIFY(openAndWait(w, project));
            QVERIFY(w.addReferenceFromFile(plot));
            QVERIFY(w.save());
        }
        QVERIFY(QFile::remove(plot));
        auto unreadRow = [](MainWindow &w) {
            for (int r = 0; r < w.layerModel()->rowCount(); ++r)
                if (w.layerModel()->unreadReference(r) >= 0)
                    return r;
            return -1;
        };
        {
            MainWindow w;
            w.resize(1100, 800);
            w.show();
            QVERIFY(openAndWait(w, project));
            QVERIFY(w.planner()->region().references.empty());
            QCOMPARE(w.planner()->project().references.size(), std::size_t(1));
            const int row = unreadRow(w);
            QVERIFY(row >= 0);
            QVERIFY(w.layerModel()->name(row).startsWith(QStringLiteral("规划居住用地")));
            QVERIFY(!(w.layerModel()->flags(w.layerModel()->index(row)) & Qt::ItemIsUserCheckable));
            for (const MapLayer &l : w.layerModel()->drawOrder())
                QVERIFY(l.kind != LayerKind::Reference); // nothing to draw
            QVERIFY(w.save());
        }
        {
            MainWindow w;
            w.resize(1100, 800);
            w.show();
            QVERIFY(openAndWait(w, project));
            QCOMPARE(w.planner()->project().references.size(), std::size_t(1)); // kept through the save
            w.layersPanel()->setCurrentRow(unreadRow(w));
            auto *remove = w.layersPanel()->findChild<QPushButton *>("removeReference");
            QVERIFY(remove && remove->isEnabled());
            remove->click();
            QVERIFY(w.planner()->project().references.empty());
            QCOMPARE(unreadRow(w), -1);
            QVERIFY(w.planner()->isModified());
            for (const LayerReport &l : w.planner()->region().layers)
                QVERIFY(l.role != "reference");
            QVERIFY(w.save());
        }
        MainWindow again;
        again.resize(1100, 800);
        again.show();
        QVERIFY(openAndWait(again, project));
        QVERIFY(again.planner()->project().references.empty());
        QCOMPARE(unreadRow(again), -1);
    }
};

QTEST_MAIN(TestReferenceLayers)
#include "test_reference_layers.moc"
