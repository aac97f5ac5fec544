#include "planningtoolbar.h"

#include <cmath>

#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QUndoStack>

#include "commands.h"
#include "facilityfile.h"
#include "symbology.h"

namespace qh {

PlanningToolBar::PlanningToolBar(MapCanvas *canvas, QUndoStack *undo, QWidget *parent)
    : QToolBar(tr("Planning"), parent)
    , mCanvas(canvas)
    , mUndo(undo)
    , mTools(new QActionGroup(this))
    , mType(new QComboBox)
    , mCapacity(new QDoubleSpinBox)
    , mInclusive(new QDoubleSpinBox)
{
    setObjectName("planning");
    auto tool = [this](const QString &text, MapCanvas::Tool t, const QString &tip) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setToolTip(tip);
        a->setObjectName(QStringLiteral("tool_%1").arg(int(t)));
        a->setData(int(t));
        mTools->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { mCanvas->setTool(t); });
        return a;
    };
    tool(tr("Pan / inspect"), MapCanvas::Tool::Pan, tr("Drag to pan, click a unit to see its indicators"))->setChecked(true);
    tool(tr("Add facility"), MapCanvas::Tool::Add, tr("Click the map to propose a facility of the chosen type"));
    tool(tr("Move facility"), MapCanvas::Tool::Move, tr("Drag a facility to a new place"));
    tool(tr("Delete facility"), MapCanvas::Tool::Delete, tr("Click a facility to take it out of the plan"));
    addSeparator();
    addWidget(new QLabel(tr(" Type ")));
    mType->setObjectName("addType");
    addWidget(mType);
    addWidget(new QLabel(tr(" Capacity ")));
    mCapacity->setObjectName("addCapacity");
    mCapacity->setRange(0, 100000);
    mCapacity->setDecimals(0);
    mCapacity->setValue(40);
    addWidget(mCapacity);
    // New facilities get the type's inclusive share, not 0, which would drag the
    // inclusive-share indicators down.
    mInclusiveLabel = addWidget(new QLabel(tr(" Inclusive ")));
    mInclusive->setObjectName("addInclusive");
    mInclusive->setRange(0, 100);
    mInclusive->setDecimals(0);
    mInclusive->setSuffix(tr(" %"));
    mInclusive->setToolTip(tr("Share of the new facility's places that are inclusive (普惠); "
                              "by default the share of the type's existing facilities"));
    mInclusiveAction = addWidget(mInclusive);
    connect(mType, &QComboBox::currentIndexChanged, this, &PlanningToolBar::updateInclusiveDefault);
    addSeparator();
    mUndoAction = undo->createUndoAction(this, tr("&Undo"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = undo->createRedoAction(this, tr("&Redo"));
    mRedoAction->setShortcut(QKeySequence::Redo);
    addAction(mUndoAction);
    addAction(mRedoAction);

    connect(canvas, &MapCanvas::addRequested, this, &PlanningToolBar::addAt);
    connect(canvas, &MapCanvas::moveRequested, this, [this](const std::string &id, const Point &to) {
        if (!mPlanner || !mPlanner->canPlaceAt(to))
            return;
        if (auto f = mPlanner->facility(id))
            mUndo->push(new MoveFacilityCommand(*mPlanner, id, f->pos, to));
    });
    connect(canvas, &MapCanvas::deleteRequested, this, [this](const std::string &id) {
        if (auto f = mPlanner ? mPlanner->facility(id) : std::nullopt)
            mUndo->push(new RemoveFacilityCommand(*mPlanner, *f));
    });
}

void PlanningToolBar::setPlanner(Planner *planner)
{
    if (mPlanner)
        disconnect(mPlanner, nullptr, this, nullptr);
    mPlanner = planner;
    fillTypes();
    if (planner)
        connect(planner, &Planner::changed, this, &PlanningToolBar::fillTypes); // another profile may bring other types
}

void PlanningToolBar::fillTypes()
{
    QStringList keys, labels;
    if (mPlanner)
        for (const FacilityType &t : mPlanner->project().profile.types) {
            keys << QString::fromStdString(t.key);
            labels << localLabel(t.label, t.labelZh);
        }
    QStringList shown;
    for (int i = 0; i < mType->count(); ++i)
        shown << mType->itemData(i).toString();
    if (shown == keys && mType->count() == labels.size())
        return;
    const QString current = mType->currentData().toString();
    const QSignalBlocker block(mType);
    mType->clear();
    for (int i = 0; i < keys.size(); ++i)
        mType->addItem(labels[i], keys[i]);
    mType->setCurrentIndex(std::max(0, mType->findData(current)));
    updateInclusiveDefault();
}

std::string PlanningToolBar::inclusiveKey(const FacilityType &type) const
{
    if (type.capacityKey.empty() || !mPlanner)
        return {};
    if (const TargetProfile *t = mPlanner->targets())
        for (const Indicator &ind : t->indicators)
            if (ind.kind == IndicatorKind::CapacityShare && ind.facilityType == type.key
                && ind.capacityOf == type.capacityKey && ind.capacity.rfind("inclusive", 0) == 0)
                return ind.capacity;
    return {};
}

void PlanningToolBar::updateInclusiveDefault()
{
    const int i = mType->currentIndex();
    std::string key;
    double share = 0.0;
    if (mPlanner && i >= 0 && i < int(mPlanner->project().profile.types.size())) {
        const FacilityType &type = mPlanner->project().profile.types[std::size_t(i)];
        key = inclusiveKey(type);
        double inclusive = 0.0, all = 0.0;
        for (const Facility &f : mPlanner->region().facilities)
            if (f.type == type.key && !f.proposed) {
                const auto a = f.capacity.find(type.capacityKey), b = f.capacity.find(key);
                all += a == f.capacity.end() ? 0.0 : a->second;
                inclusive += b == f.capacity.end() ? 0.0 : b->second;
            }
        if (!key.empty())
            share = all > 0 ? 100.0 * inclusive / all : 0.0;
        // Without existing facilities to learn from: the profile's target share.
        if (!key.empty() && all <= 0)
            for (const Indicator &ind : mPlanner->targets()->indicators)
                if (ind.capacity == key && ind.facilityType == type.key)
                    share = 100.0 * ind.target;
    }
    mInclusiveLabel->setVisible(!key.empty());
    mInclusiveAction->setVisible(!key.empty());
    mInclusive->setValue(std::round(share));
}

std::optional<double> PlanningToolBar::inclusiveShare() const
{
    if (!mInclusiveAction->isVisible())
        return std::nullopt;
    return mInclusive->value();
}

void PlanningToolBar::setAddType(int typeIndex)
{
    mType->setCurrentIndex(typeIndex);
}

int PlanningToolBar::addType() const
{
    return mType->currentIndex();
}

QAction *PlanningToolBar::toolAction(MapCanvas::Tool tool) const
{
    for (QAction *a : mTools->actions())
        if (a->data().toInt() == int(tool))
            return a;
    return nullptr;
}

int PlanningToolBar::addFacilitiesFromFile(const QString &path, Warnings &warnings)
{
    if (!mPlanner)
        return 0;
    const std::vector<Facility> read = readProposals(path.toStdString(), mPlanner->project(), std::max(0, addType()), warnings);
    mUndo->beginMacro(tr("Add %1 facilities from %2").arg(read.size()).arg(QFileInfo(path).fileName()));
    for (Facility f : read) {
        f.id = mPlanner->newProposalId();
        if (f.name.empty())
            f.name = tr("Proposed %1").arg(QString::fromStdString(f.id)).toStdString();
        mUndo->push(new AddFacilityCommand(*mPlanner, f));
    }
    mUndo->endMacro();
    return int(read.size());
}

void PlanningToolBar::addAt(const Point &at)
{
    if (!mPlanner || mType->currentIndex() < 0 || !mPlanner->canPlaceAt(at))
        return;
    const FacilityType &type = mPlanner->project().profile.types[mType->currentIndex()];
    Facility f;
    f.id = mPlanner->newProposalId();
    f.name = tr("Proposed %1 %2").arg(localLabel(type.label, type.labelZh), QString::fromStdString(f.id)).toStdString();
    f.type = type.key;
    f.pos = at;
    f.proposed = true;
    if (!type.capacityKey.empty())
        f.capacity[type.capacityKey] = mCapacity->value();
    const std::string inclusive = inclusiveKey(type);
    if (!inclusive.empty())
        f.capacity[inclusive] = std::round(mCapacity->value() * mInclusive->value() / 100.0);
    mUndo->push(new AddFacilityCommand(*mPlanner, f));
}

} // namespace qh
