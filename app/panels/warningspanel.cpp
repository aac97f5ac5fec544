#include "warningspanel.h"

#include <set>

#include <QFileInfo>
#include <QListWidget>

#include "io/readers.h"

namespace qh {

WarningsPanel::WarningsPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Import report and warnings"), view, parent)
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
    return mWarnings;
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
    const int before = mWarnings;
    mList->clear();
    mWarnings = 0;
    if (!planner()) {
        if (before != 0)
            emit countChanged(0);
        return;
    }
    const auto header = [this](const QString &text, const QString &tip = {}) {
        auto *item = new QListWidgetItem(text, mList);
        item->setToolTip(tip);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setFlags(Qt::ItemIsEnabled); // not a warning: not selected, not counted
        item->setBackground(palette().alternateBase());
    };
    const auto warning = [this](const Message &w) {
        auto *item = new QListWidgetItem(QStringLiteral("  ") + w.localText(), mList);
        item->setData(Qt::UserRole, QString::fromStdString(w.facilityId));
        if (facilityOf(w.facilityId))
            item->setToolTip(tr("Click to show this facility on the map"));
        ++mWarnings;
    };
    // The import report: each layer read, what came in, and what reading it said;
    // then what the analysis says (on every edit).
    std::set<std::string> fromLayers;
    for (const LayerReport &l : planner()->region().layers) {
        // The file's name here, its whole path in the tooltip.
        const QString path = QString::fromStdString(l.ref.path);
        header(describeLayer(l).localText().replace(path, QFileInfo(path).fileName()), path);
        for (const Message &w : l.warnings) {
            fromLayers.insert(w.text());
            warning(w);
        }
    }
    bool analysisHeader = false;
    for (const Message &w : planner()->result().warnings) {
        if (fromLayers.count(w.text()))
            continue;
        if (!analysisHeader) {
            header(tr("The analysis"));
            analysisHeader = true;
        }
        warning(w);
    }
    if (mWarnings != before)
        emit countChanged(mWarnings);
}

} // namespace qh
