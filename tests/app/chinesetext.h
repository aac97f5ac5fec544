#pragma once

// The check of the Chinese interface the GUI tests share: no English word left in
// what the window shows.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>

#include "mainwindow.h"
#include "sampleplan.h"
#include "viewstate.h"

namespace qh::test {

/// Every English word a widget of the window shows (in the Chinese interface), less
/// what comes from the data (unit, facility and project names, ids) and allowed
/// names and formats; with the text it was found in.
inline QStringList englishLeft(MainWindow &w)
{
    QStringList english;
    QStringList data{QString::fromStdString(w.planner()->project().name),
                     QFileInfo(w.planner()->projectPath()).fileName()};
    for (const Unit &u : w.planner()->region().units)
        data << QString::fromStdString(u.name);
    for (const Facility &f : w.planner()->region().facilities)
        data << QString::fromStdString(f.name) << QString::fromStdString(f.id);
    for (const LayerReport &l : w.planner()->region().layers) // file paths, in the import report
        data << QString::fromStdString(l.ref.path) << QFileInfo(QString::fromStdString(l.ref.path)).fileName()
             << QString::fromStdString(l.ref.layer);
    std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList texts;
    // Every indicator's table, including those not evaluated and units where
    // one does not apply (the engine's reasons, composed in Chinese).
    const auto tables = [&] {
        for (QTableWidget *t : w.findChildren<QTableWidget *>())
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    texts << (t->item(r, c) ? t->item(r, c)->text() : QString());
    };
    const int nIndicators = w.planner()->evaluation() ? int(w.planner()->evaluation()->indicators.size()) : 0;
    for (int i = 0; i < nIndicators; ++i) {
        w.viewState()->setIndicator(i);
        tables();
    }
    w.viewState()->setIndicator(0);
    texts << w.statusBar()->currentMessage();
    for (QAction *a : w.findChildren<QAction *>())
        texts << a->text() << a->toolTip();
    for (QMenu *m : w.menuBar()->findChildren<QMenu *>())
        texts << m->title();
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        texts << d->windowTitle();
    for (QLabel *l : w.findChildren<QLabel *>())
        texts << l->text();
    for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
        texts << b->text();
    for (QComboBox *c : w.findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    for (QTableWidget *t : w.findChildren<QTableWidget *>()) {
        for (int c = 0; c < t->columnCount(); ++c)
            texts << (t->horizontalHeaderItem(c) ? t->horizontalHeaderItem(c)->text() : QString());
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                texts << (t->item(r, c) ? t->item(r, c)->text() : QString());
    }
    for (QTextBrowser *b : w.findChildren<QTextBrowser *>())
        texts << b->toPlainText();
    for (QListView *v : w.findChildren<QListView *>())
        if (v->objectName() == "layerList" || v->objectName() == "warningList")
            for (int r = 0; r < v->model()->rowCount(); ++r)
                texts << v->model()->index(r, 0).data().toString();
    texts << w.hoverText(busiestCell(*w.planner(), unitIndex(*w.planner(), "Gamprin")));
    // Words of three or more Latin letters; units and formats allowed.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QStringList allowed{"OpenStreetMap", "ODbL", "GDAL", "GEOS", "PROJ", "WorldPop", "HSY", "XYZ", "CBC",
                                     "Tianditu", "QuarterHour", "gpkg", "geojson", "json", "shp", "csv", "xlsx",
                                     "kml", "qhproj", "EPSG", "UTM", "WGS", "GeoPackage", "PDF", "SVG", "PNG", "TIFF", "DPI",
                                     "English"}; // the language menu names each language in itself
    for (QString t : texts) {
        if (t.startsWith('/'))
            continue; // a file path (recent projects)
        t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        t.remove(QRegularExpression(QStringLiteral("“[^”]*”"))); // a column name, quoted as data
        for (const QString &d : data)
            if (!d.isEmpty())
                t.remove(d);
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

} // namespace qh::test
