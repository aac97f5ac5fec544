#pragma once

#include <QDockWidget>
#include <QPointer>

#include "planner.h"

class QTableWidget;

namespace qh {

class ViewState;

/// A dock that shows part of the project being planned (as QGIS's QgsDockWidget
/// subclasses and Tiled's docks). It follows the Planner it is given (refresh() on
/// every change) and the shared ViewState; the main window only places it.
class PlannerPanel : public QDockWidget
{
    Q_OBJECT
public:
    PlannerPanel(const QString &title, ViewState *view, QWidget *parent = nullptr);

    /// Shows this project (null: none). The panel refreshes on each of its changes.
    void setPlanner(Planner *planner);
    Planner *planner() const { return mPlanner; }

public slots:
    /// Shows the figures as they are now.
    virtual void refresh() = 0;

protected:
    ViewState *view() const { return mView; }
    /// A read-only table of whole rows, without row numbers, set as the dock's widget.
    QTableWidget *addReadOnlyTable(const QString &objectName);

private:
    QPointer<Planner> mPlanner;
    ViewState *mView;
    QMetaObject::Connection mChanged;
};

} // namespace qh
