// Smoke test of the desktop window under the offscreen platform: it opens the
// sample, draws a real map, fills the unit table, and pans and zooms.
#include <QComboBox>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "mainwindow.h"
#include "mapcanvas.h"

using namespace qh;

namespace {

int distinctColours(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            colours.insert(img.pixel(x, y));
    return colours.size();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensSampleAndDrawsIt()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openProject(QH_SAMPLE_PROJECT);
        QVERIFY(loaded.wait(30000));
        QVERIFY(w.current());
        QCOMPARE(w.current()->region.units.size(), 11u);

        auto *table = w.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 11);
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << table->item(r, 0)->text();
        QVERIFY(names.contains("Vaduz"));

        // The canvas shows the whole country: a real map has many colours.
        MapCanvas *canvas = w.canvas();
        const QImage full = canvas->grab().toImage();
        QVERIFY2(distinctColours(full) > 20, "the map looks blank");
        const MapView v0 = canvas->view();
        const Rect ext = w.current()->region.extent;
        QVERIFY(v0.metresPerPixel * canvas->width() >= ext.width());

        // Wheel zoom in around the centre, then drag pan.
        canvas->zoomAt(QPointF(canvas->width() / 2.0, canvas->height() / 2.0), 4.0);
        QVERIFY(std::abs(canvas->view().metresPerPixel - v0.metresPerPixel / 4.0) < 1e-9);
        const Point c0 = canvas->view().center;
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(400, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(500, 300), canvas->mapToGlobal(QPointF(500, 300)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(500, 300));
        QVERIFY(std::abs((c0.x - canvas->view().center.x) - 100 * canvas->view().metresPerPixel) < 1e-6);

        // Switching the cell colouring changes the picture.
        auto *mode = w.findChild<QComboBox *>();
        QVERIFY(mode && mode->count() == 3);
        mode->setCurrentIndex(0);
        const QImage pop = canvas->grab().toImage();
        mode->setCurrentIndex(1);
        const QImage minutes = canvas->grab().toImage();
        QVERIFY(pop != minutes);
    }

    void reportsBadProject()
    {
        MainWindow w;
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openProject(QStringLiteral(QH_SOURCE_DIR "/tests/data/missing_layer.qhproj"));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains("has no layer 'kindergartens'"));
        QVERIFY(!w.current());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
