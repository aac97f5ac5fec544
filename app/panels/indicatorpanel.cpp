#include "indicatorpanel.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "indicatortext.h"
#include "numberitem.h"
#include "symbology.h"
#include "viewstate.h"

namespace qh {

IndicatorPanel::IndicatorPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Indicators"), view, parent)
    , mIndicator(new QComboBox)
    , mFailingOnly(new QCheckBox(tr("Failing units only")))
    , mTargetEdit(new QDoubleSpinBox)
    , mTable(new QTableWidget)
{
    setObjectName("indicators");
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    mIndicator->setObjectName("indicatorChoice");
    layout->addWidget(mIndicator);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(mFailingOnly);
    targetRow->addStretch();
    targetRow->addWidget(new QLabel(tr("Target")));
    mTargetEdit->setRange(0, 1000000);
    mTargetEdit->setDecimals(2);
    mTargetEdit->setToolTip(tr("The default target of this indicator; kept in the project"));
    targetRow->addWidget(mTargetEdit);
    layout->addLayout(targetRow);
    mTable->setObjectName("indicatorTable");
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    layout->addWidget(mTable);
    setWidget(panel);

    connect(mIndicator, &QComboBox::currentIndexChanged, view, &ViewState::setIndicator);
    connect(view, &ViewState::indicatorChanged, this, [this](int i) {
        const QSignalBlocker block(mIndicator);
        mIndicator->setCurrentIndex(i);
        fillTable();
    });
    connect(view, &ViewState::unitChanged, this, &IndicatorPanel::selectUnitRow);
    connect(mFailingOnly, &QCheckBox::toggled, this, &IndicatorPanel::fillTable);
    // Shares are edited as per cent, as the table shows them.
    connect(mTargetEdit, &QDoubleSpinBox::editingFinished, this, [this] {
        setTarget(mTargetEdit->suffix().isEmpty() ? mTargetEdit->value() : mTargetEdit->value() / 100.0);
    });
    connect(mTable, &QTableWidget::cellDoubleClicked, this, &IndicatorPanel::zoomToUnitRequested);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mTable->selectionModel()->selectedRows();
        if (rows.isEmpty() || !mTable->item(rows.first().row(), 0))
            return;
        this->view()->setUnit(mTable->item(rows.first().row(), 0)->data(Qt::UserRole).toULongLong());
    });
}

void IndicatorPanel::refresh()
{
    fillIndicators();
    fillTable();
}

void IndicatorPanel::fillIndicators()
{
    const QSignalBlocker block(mIndicator);
    const int current = view()->indicator();
    mIndicator->clear();
    const Evaluation *ev = planner() ? planner()->evaluation() : nullptr;
    if (!ev) {
        view()->setIndicator(-1);
        return;
    }
    int firstAvailable = -1;
    for (std::size_t i = 0; i < ev->indicators.size(); ++i) {
        const IndicatorResult &ir = ev->indicators[i];
        const QString label = localLabel(ir.indicator.label, ir.indicator.labelZh);
        mIndicator->addItem(ir.available ? label : tr("%1 (not evaluated)").arg(label));
        if (ir.available && firstAvailable < 0)
            firstAvailable = int(i);
    }
    // First time: the first evaluated indicator.
    const int chosen = current >= 0 && current < mIndicator->count() ? current : std::max(0, firstAvailable);
    mIndicator->setCurrentIndex(chosen);
    view()->setIndicator(mIndicator->count() ? chosen : -1);
}

void IndicatorPanel::fillTable()
{
    const QSignalBlocker block(mTable);
    mTable->setSortingEnabled(false);
    mTable->clear();
    const Evaluation *ev = planner() ? planner()->evaluation() : nullptr;
    const int i = view()->indicator();
    const QStringList headers{tr("Unit"), tr("Value"), tr("Target"), tr("Pass"), tr("Class"), tr("Gap"),
                              tr("Change vs baseline")};
    mTable->setColumnCount(int(headers.size()));
    mTable->setHorizontalHeaderLabels(headers);
    if (!ev || i < 0 || i >= int(ev->indicators.size())) {
        mTable->setRowCount(0);
        return;
    }
    const IndicatorResult &ir = ev->indicators[i];
    {
        const QSignalBlocker b(mTargetEdit);
        const bool share = ir.indicator.isShare();
        mTargetEdit->setEnabled(ir.available);
        mTargetEdit->setSuffix(share ? QStringLiteral(" %") : QString());
        mTargetEdit->setDecimals(share ? 1 : 2);
        mTargetEdit->setRange(0, share ? 100 : 1000000);
        mTargetEdit->setValue(share ? ir.indicator.target * 100.0 : ir.indicator.target);
    }
    if (!ir.available) {
        mTable->setRowCount(1);
        mTable->setItem(0, 0, new QTableWidgetItem(tr("Not evaluated: %1").arg(ir.unavailableReason.localText())));
        mTable->resizeColumnsToContents();
        return;
    }
    const Evaluation *baseEv = planner()->baselineEvaluation();
    const IndicatorResult *base = baseEv && i < int(baseEv->indicators.size()) ? &baseEv->indicators[i] : nullptr;
    int row = 0;
    mTable->setRowCount(int(ir.units.size()));
    for (std::size_t u = 0; u < ir.units.size(); ++u) {
        const Score &sc = ir.units[u];
        if (mFailingOnly->isChecked() && (sc.pass || !sc.applicable))
            continue;
        auto *name = new QTableWidgetItem(QString::fromStdString(planner()->region().units[u].name));
        name->setData(Qt::UserRole, qulonglong(u));
        mTable->setItem(row, 0, name);
        auto *value = new NumberItem(IndicatorText::value(ir.indicator, sc.value));
        value->setData(Qt::UserRole, sc.value.value_or(-1));
        mTable->setItem(row, 1, value);
        mTable->setItem(row, 2, new QTableWidgetItem(IndicatorText::value(ir.indicator, sc.target)));
        // Not applicable: neither pass nor fail, in its own class and colour.
        auto *pass = new QTableWidgetItem(!sc.applicable ? tr("n/a") : sc.pass ? tr("yes") : tr("no"));
        pass->setForeground(!sc.applicable ? QColor(110, 110, 130) : sc.pass ? QColor(0, 130, 60) : QColor(200, 30, 30));
        mTable->setItem(row, 3, pass);
        const WarningClass *wc = warningClassOf(sc, ir);
        auto *cls = new QTableWidgetItem(symbology::className(wc));
        cls->setBackground(symbology::classColour(wc));
        mTable->setItem(row, 4, cls);
        auto *gap = new NumberItem(sc.applicable ? IndicatorText::gap(ir.indicator, sc, planner()->result(), true)
                                                 : IndicatorText::notApplicable(sc));
        gap->setData(Qt::UserRole, sc.gap);
        mTable->setItem(row, 5, gap);
        QString change;
        if (base && base->units[u].value && sc.value) {
            const double d = *sc.value - *base->units[u].value;
            if (std::abs(d) > 1e-9)
                change = (d > 0 ? "+" : "") + IndicatorText::value(ir.indicator, d);
        }
        mTable->setItem(row, 6, new QTableWidgetItem(change));
        ++row;
    }
    mTable->setRowCount(row);
    mTable->setSortingEnabled(true);
    mTable->resizeColumnsToContents();
    selectUnitRow();
}

void IndicatorPanel::selectUnitRow()
{
    const QSignalBlocker block(mTable);
    mTable->clearSelection();
    const auto unit = view()->unit();
    for (int r = 0; r < mTable->rowCount(); ++r)
        if (unit && mTable->item(r, 0) && mTable->item(r, 0)->data(Qt::UserRole).toULongLong() == *unit)
            mTable->selectRow(r);
}

QDoubleSpinBox *IndicatorPanel::targetEdit() const
{
    return mTargetEdit;
}

void IndicatorPanel::setTarget(double target)
{
    const Evaluation *ev = planner() ? planner()->evaluation() : nullptr;
    const int i = view()->indicator();
    if (!ev || i < 0 || i >= int(ev->indicators.size()) || ev->indicators[i].indicator.target == target)
        return;
    planner()->setIndicatorTarget(ev->indicators[i].indicator.id, target);
}

} // namespace qh
