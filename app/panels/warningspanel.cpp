#include "warningspanel.h"

#include <QListWidget>

namespace qh {

WarningsPanel::WarningsPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Warnings"), view, parent)
    , mList(new QListWidget)
{
    setObjectName("warnings");
    mList->setObjectName("warningList");
    mList->setWordWrap(true);
    setWidget(mList);
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const auto f = facilityOf(item->data(Qt::UserRole).toString().toStdString()))
            emit zoomRequested(planner()->region().facilities[*f].pos);
    });
    connect(mList, &QListWidget::itemClicked, mList, &QListWidget::itemActivated);
}

int WarningsPanel::count() const
{
    return mList->count();
}

std::optional<std::size_t> WarningsPanel::facilityOf(const std::string &id) const
{
    if (!planner() || id.empty())
        return std::nullopt;
    const auto &fs = planner()->region().facilities;
    for (std::size_t i = 0; i < fs.size(); ++i)
        if (fs[i].id == id)
            return i;
    return std::nullopt;
}

void WarningsPanel::refresh()
{
    const int before = mList->count();
    mList->clear();
    if (planner())
        for (const Message &w : planner()->result().warnings) {
            auto *item = new QListWidgetItem(w.localText(), mList);
            item->setData(Qt::UserRole, QString::fromStdString(w.facilityId));
            if (facilityOf(w.facilityId))
                item->setToolTip(tr("Click to show this facility on the map"));
        }
    if (mList->count() != before)
        emit countChanged(mList->count());
}

} // namespace qh
