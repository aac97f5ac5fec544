#include "facilitiespanel.h"

#include <cmath>

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include "indicatortext.h"
#include "numberitem.h"
#include "symbology.h"

namespace qh {

FacilitiesPanel::FacilitiesPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Facilities"), view, parent)
    , mTable(addReadOnlyTable("facilityTable"))
{
    setObjectName("facilities");
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const auto i = mTable->item(row, 0)->data(Qt::UserRole).toULongLong();
        if (planner() && i < planner()->region().facilities.size())
            emit zoomToFacilityRequested(planner()->region().facilities[i].pos);
    });
}

void FacilitiesPanel::refresh()
{
    mTable->setSortingEnabled(false);
    mTable->clear();
    const QStringList headers{tr("Facility"), tr("Type"), tr("Status"), tr("Capacity"), tr("People in its circle"),
                              tr("Serves nobody because")};
    mTable->setColumnCount(int(headers.size()));
    mTable->setHorizontalHeaderLabels(headers);
    if (!planner()) {
        mTable->setRowCount(0);
        return;
    }
    const RegionData &r = planner()->region();
    const AnalysisResult &a = planner()->result();
    mTable->setRowCount(int(r.facilities.size()));
    for (std::size_t i = 0; i < r.facilities.size() && i < a.facilities.size(); ++i) {
        const Facility &f = r.facilities[i];
        const FacilityResult &fr = a.facilities[i];
        const int row = int(i);
        auto *name = new QTableWidgetItem(QString::fromStdString(f.name.empty() ? f.id : f.name));
        name->setData(Qt::UserRole, qulonglong(i));
        mTable->setItem(row, 0, name);
        const FacilityType *type = fr.typeIndex >= 0 ? &a.profile.types[std::size_t(fr.typeIndex)] : nullptr;
        mTable->setItem(row, 1, new QTableWidgetItem(type ? localLabel(type->label, type->labelZh) : QString::fromStdString(f.type)));
        mTable->setItem(row, 2, new QTableWidgetItem(f.proposed ? tr("proposed") : tr("existing")));
        double cap = 0;
        if (type && f.capacity.count(type->capacityKey))
            cap = f.capacity.at(type->capacityKey);
        auto *capItem = new NumberItem(QLocale().toString(qint64(std::round(cap))));
        capItem->setData(Qt::UserRole, cap);
        mTable->setItem(row, 3, capItem);
        double people = 0;
        if (type)
            if (const auto g = a.groupIndex(type->demandGroup); g && *g < fr.coveredPop.size())
                people = fr.coveredPop[*g];
        auto *peopleItem = new NumberItem(QLocale().toString(qint64(std::round(people))));
        peopleItem->setData(Qt::UserRole, people);
        mTable->setItem(row, 4, peopleItem);
        const QStringList problems = IndicatorText::facilityProblems(*planner(), i);
        auto *problem = new QTableWidgetItem(problems.join(QStringLiteral("; ")));
        if (!problems.isEmpty())
            problem->setForeground(symbology::servesNobodyColour());
        mTable->setItem(row, 5, problem);
    }
    mTable->setSortingEnabled(true);
    mTable->resizeColumnsToContents();
}

} // namespace qh
