// MainWindow's dialogs of the File, View and Help menus: new project, open, save
// as, add facilities, basemap, about. (The window itself: mainwindow.cpp.)
#include "mainwindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

#include "dialogs/exportmapdialog.h"
#include "dialogs/newprojectwizard.h"
#include "error.h"
#include "io/reference.h"
#include "layermodel.h"
#include "mapcanvas.h"
#include "mapscene.h"
#include "panels/warningspanel.h"
#include "paths.h"
#include "planningtoolbar.h"
#include "projectloader.h"
#include "projectsession.h"
#include "statusbar.h"
#include "tilelayer.h"
#include "version.h"

namespace qh {

void MainWindow::newProjectWizard()
{
    NewProjectWizard wizard(this);
    if (wizard.exec() == QDialog::Accepted)
        openProject(wizard.projectPath());
}

void MainWindow::exportMapDialog()
{
    if (!mPlanner || !mScene)
        return;
    // The service-circle view needs every catchment (a second or so at city scale).
    if (mPlanner->catchmentsPending() > 0) {
        mStatus->showMessage(tr("Computing catchments for the export …"));
        mPlanner->requestCatchments();
        mPlanner->waitForCatchments();
        updateScene(false);
    }
    const MapView &v = mCanvas->view();
    const QPointF a = v.toMap(QPointF(0, 0)), b = v.toMap(QPointF(v.size.width(), v.size.height()));
    Rect shown;
    shown.extend(Point{a.x(), a.y()});
    shown.extend(Point{b.x(), b.y()});
    ExportMapDialog dialog(*mPlanner, mScene, mCanvas->mapStyle(), shown, this);
    dialog.exec();
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("QuarterHour projects (*.qhproj)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAsDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), QString(), tr("QuarterHour projects (*.qhproj)"));
    if (!path.isEmpty())
        saveAs(path);
}

void MainWindow::addFacilitiesDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add facilities"), QString(),
        tr("Point layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)"));
    if (!path.isEmpty())
        addFacilitiesFromFile(path);
}

QString MainWindow::aboutText()
{
    QString versions = QString::fromStdString(versionReport("QuarterHour")).trimmed().toHtmlEscaped();
    versions.replace('\n', QStringLiteral("<br>"));
    return tr("<h3>QuarterHour · 一刻钟服务圈规划</h3>"
              "<p>15-minute service circles for elderly care and childcare.</p>"
              "<p>%1</p>"
              "<p><b>Data licences</b><br>"
              "Bundled sample: map data © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0.<br>"
              "Population grids you load keep their own licences, e.g. WorldPop and Helsinki HSY under "
              "Creative Commons Attribution (CC BY 4.0); maps and reports name them.</p>"
              "<p>Target profiles cite the municipal plans and national standards they come from.</p>")
        .arg(versions);
}

void MainWindow::aboutDialog()
{
    if (dialogsAllowed())
        QMessageBox::about(this, tr("About QuarterHour"), aboutText());
}

void MainWindow::basemapDialog()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Basemap"),
        tr("XYZ tile URL with {z}, {x}, {y} (e.g. Tianditu with your key, or an OpenStreetMap tile server). "
           "Leave empty for none."),
        QLineEdit::Normal, mBasemap ? mBasemap->urlTemplate() : QString(), &ok);
    if (ok)
        setBasemap(url.trimmed());
}

int MainWindow::addFacilitiesFromFile(const QString &path)
{
    try {
        Warnings warnings;
        const int added = mTools->addFacilitiesFromFile(path, warnings);
        mStatus->showMessage(tr("Added %1 proposed facilities from %2%3")
                                     .arg(added)
                                     .arg(QFileInfo(path).fileName())
                                     .arg(warnings.empty() ? QString() : tr(" (%1 warnings)").arg(warnings.size())),
                                 8000);
        return added;
    } catch (const std::exception &e) {
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not add facilities"), localError(e));
        mStatus->showMessage(tr("Could not add facilities: %1").arg(localError(e)));
        return 0;
    }
}

void MainWindow::addReferenceDialog()
{
    if (!mPlanner)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add reference layer"), QString(),
        tr("Maps and plans (*.gpkg *.shp *.geojson *.json *.kml *.gdb *.tif *.tiff *.png *.jpg *.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        addReferenceFromFile(gisSourceOf(path)); // a file inside a FileGDB folder stands for the folder
}

bool MainWindow::addReferenceFromFile(const QString &path, const QString &layer)
{
    if (!mPlanner)
        return false;
    try {
        ReferenceLayerSpec spec;
        spec.ref.path = QFileInfo(path).absoluteFilePath().toStdString();
        spec.ref.layer = layer.toStdString();
        spec.name = QFileInfo(path).completeBaseName().toStdString();
        Warnings warnings;
        mPlanner->addReference(spec, warnings);
        referencesChanged();
        QString note = tr("Added the reference layer %1").arg(QFileInfo(path).fileName());
        for (const Message &w : warnings)
            note += QStringLiteral("; ") + w.localText();
        mStatus->showMessage(note, 8000);
        return true;
    } catch (const std::exception &e) {
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not add the reference layer"), localError(e));
        mStatus->showMessage(tr("Could not add the reference layer: %1").arg(localError(e)));
        return false;
    }
}

void MainWindow::removeReferenceLayer(int index)
{
    if (!mPlanner || index < 0 || std::size_t(index) >= mPlanner->region().references.size())
        return;
    const QString name = QString::fromStdString(mPlanner->region().references[std::size_t(index)].name);
    mPlanner->removeReference(std::size_t(index));
    referencesChanged();
    mStatus->showMessage(tr("Removed the reference layer %1 (the file itself is untouched)").arg(name), 8000);
}

void MainWindow::removeUnreadReferenceLayer(int index)
{
    const std::vector<ReferenceLayerSpec> unread = mPlanner ? mPlanner->unreadReferences() : std::vector<ReferenceLayerSpec>{};
    if (index < 0 || std::size_t(index) >= unread.size())
        return;
    const ReferenceLayerSpec &spec = unread[std::size_t(index)];
    const QString name = QString::fromStdString(referenceName(spec));
    mPlanner->removeUnreadReference(std::size_t(index));
    referencesChanged();
    mStatus->showMessage(tr("Removed the reference layer %1 from the project").arg(name), 8000);
}

void MainWindow::referencesChanged()
{
    // A new scene sharing the old one's geometry, with the layers (a render job may
    // still be drawing the old one).
    auto next = std::make_shared<MapScene>(*mScene);
    next->setReferences(mPlanner->region().references);
    mScene = next;
    syncReferenceLayers();
    onPlanChanged();
    mWarningsPanel->refresh();
    mSession->autosave(); // not an undoable edit: kept for a crash all the same
}

void MainWindow::syncReferenceLayers()
{
    std::vector<LayerModel::ReferenceRow> layers;
    for (const MapScene::Reference &r : mScene->references())
        layers.push_back({r.name, r.colour, r.visible});
    if (mPlanner) {
        const std::vector<ReferenceLayerSpec> unread = mPlanner->unreadReferences();
        for (std::size_t k = 0; k < unread.size(); ++k)
            layers.push_back({QString::fromStdString(referenceName(unread[k])), QColor(), false, int(k)});
    }
    mLayerModel->setReferenceLayers(layers);
}

} // namespace qh
