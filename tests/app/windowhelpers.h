#pragma once

// Helpers the main-window tests share: a copy of the sample to change, opening a
// project and waiting for it, the layer list.
#include <QAbstractItemModel>
#include <QDir>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "mainwindow.h"
#include "mapcanvas.h"
#include "sampleplan.h"
#include "scenario/project.h"

namespace qh::test {

/// The layer-list row for a layer name (the list can be reordered).
inline QModelIndex layerIndex(QListView *list, const QString &name)
{
    QAbstractItemModel *m = list->model();
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->index(i, 0).data().toString().startsWith(name))
            return m->index(i, 0);
    return {};
}

/// Ticks or unticks a layer in the list, as a click on its check box does.
inline void setLayerChecked(QListView *list, const QString &name, bool on)
{
    list->model()->setData(layerIndex(list, name), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

/// A copy of the sample project in `dir` (data stay where they are).
inline QString copySample(const QTemporaryDir &dir)
{
    Project p = loadProject(QH_SAMPLE_PROJECT);
    const QString path = dir.filePath("plan.qhproj");
    saveProject(p, path.toStdString());
    return path;
}

/// Adds a 40-place childcare proposal in a unit's busiest cell through the Add tool,
/// as a click does.
inline void addChildcareCentre(MainWindow &w, const std::string &unit)
{
    w.setAddType(0);
    emit w.canvas()->addRequested(busiestCell(*w.planner(), unitIndex(*w.planner(), unit)));
}

/// Waits for a rebuild (new circle or profile) to be adopted.
inline bool waitRebuilt(MainWindow &w)
{
    QSignalSpy rebuilt(&w, &MainWindow::rebuilt);
    return rebuilt.wait(30000);
}

/// With QH_SCREENSHOT_DIR set, saves the window at a step (for looking at it as a
/// planner would; the README's screenshots come from here).
inline void shot(MainWindow &w, const char *name)
{
    const QString dir = qEnvironmentVariable("QH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.canvas()->waitForRender();
    w.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + ".png"));
}

inline bool openAndWait(MainWindow &w, const QString &path)
{
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(path);
    return loaded.wait(30000);
}

} // namespace qh::test
