#include "unittablepanel.h"

#include <cmath>

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include "numberitem.h"
#include "symbology.h"
#include "viewstate.h"

namespace qh {

UnitTablePanel::UnitTablePanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Coverage by unit"), view, parent)
    , mTable(addReadOnlyTable("unitTable"))
{
    setObjectName("units");
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            this->view()->setUnit(mTable->item(rows.first().row(), 0)->data(Qt::UserRole).toULongLong());
    });
    connect(view, &ViewState::unitChanged, this, [this](std::optional<std::size_t> unit) {
        const QSignalBlocker block(mTable);
        mTable->clearSelection();
        for (int r = 0; r < mTable->rowCount(); ++r)
            if (unit && mTable->item(r, 0) && mTable->item(r, 0)->data(Qt::UserRole).toULongLong() == *unit)
                mTable->selectRow(r);
    });
}

void UnitTablePanel::refresh()
{
    const QSignalBlocker block(mTable);
    mTable->setSortingEnabled(false);
    mTable->clear();
    if (!planner()) {
        mTable->setRowCount(0);
        return;
    }
    const AnalysisResult &a = planner()->result();
    const AnalysisResult &b = planner()->baseline();
    const auto &types = a.profile.types;
    QStringList headers{tr("Unit"), tr("Residents")};
    for (const FacilityType &t : types) {
        auto g = a.groupIndex(t.demandGroup);
        headers << tr("%1\n%2 covered %").arg(localLabel(t.label, t.labelZh), localLabel(a.groups[*g].label, a.groups[*g].labelZh));
        headers << tr("%1\nchange vs baseline").arg(localLabel(t.label, t.labelZh));
    }
    mTable->setColumnCount(int(headers.size()));
    mTable->setHorizontalHeaderLabels(headers);
    mTable->setRowCount(int(a.units.size()));
    for (int u = 0; u < int(a.units.size()); ++u) {
        const UnitResult &ur = a.units[u];
        auto *name = new QTableWidgetItem(QString::fromStdString(planner()->region().units[u].name));
        name->setData(Qt::UserRole, qulonglong(u));
        mTable->setItem(u, 0, name);
        auto *pop = new NumberItem(QLocale().toString(qint64(std::round(ur.pop[0]))));
        pop->setData(Qt::UserRole, ur.pop[0]);
        mTable->setItem(u, 1, pop);
        int col = 2;
        for (std::size_t t = 0; t < types.size(); ++t) {
            auto g = a.groupIndex(types[t].demandGroup);
            const double share = ur.share(t, *g) * 100.0;
            const double delta = share - b.units[u].share(t, *g) * 100.0;
            auto *si = new NumberItem(QString::number(share, 'f', 1));
            si->setData(Qt::UserRole, share);
            mTable->setItem(u, col++, si);
            auto *di = new NumberItem(std::abs(delta) < 0.05 ? QString()
                                                             : QStringLiteral("%1%2").arg(delta > 0 ? "+" : "").arg(delta, 0, 'f', 1));
            di->setData(Qt::UserRole, delta);
            if (delta > 0.05)
                di->setForeground(QColor(0, 130, 60));
            mTable->setItem(u, col++, di);
        }
        if (view()->unit() == std::size_t(u))
            mTable->selectRow(u);
    }
    mTable->setSortingEnabled(true);
    mTable->resizeColumnsToContents();
}

} // namespace qh
