#include "warningspanel.h"

#include <QListWidget>
#include <QRegularExpression>

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
        if (const auto f = facilityOf(item->text()))
            emit zoomRequested(planner()->region().facilities[*f].pos);
    });
    connect(mList, &QListWidget::itemClicked, mList, &QListWidget::itemActivated);
}

int WarningsPanel::count() const
{
    return mList->count();
}

std::optional<std::size_t> WarningsPanel::facilityOf(const QString &warning) const
{
    if (!planner())
        return std::nullopt;
    static const QRegularExpression named(QStringLiteral("\\bfacility ([^\\s:()]+)"));
    const QRegularExpressionMatch m = named.match(warning);
    if (!m.hasMatch())
        return std::nullopt;
    const std::string id = m.captured(1).toStdString();
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
        for (const std::string &w : planner()->result().warnings) {
            auto *item = new QListWidgetItem(QString::fromStdString(w), mList);
            if (facilityOf(item->text()))
                item->setToolTip(tr("Click to show this facility on the map"));
        }
    if (mList->count() != before)
        emit countChanged(mList->count());
}

} // namespace qh
