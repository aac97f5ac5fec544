#include "plannerpanel.h"

#include <QHeaderView>
#include <QTableWidget>

namespace qh {

PlannerPanel::PlannerPanel(const QString &title, ViewState *view, QWidget *parent)
    : QDockWidget(title, parent)
    , mView(view)
{
}

QTableWidget *PlannerPanel::addReadOnlyTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    setWidget(table);
    return table;
}

void PlannerPanel::setPlanner(Planner *planner)
{
    disconnect(mChanged);
    mPlanner = planner;
    if (planner)
        mChanged = connect(planner, &Planner::changed, this, &PlannerPanel::refresh);
    refresh();
}

} // namespace qh
