#include "targetspanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "scenario/limits.h"
#include "symbology.h"

namespace qh {

namespace {

/// A number box without trailing zeros: "15 分钟", "7.5 分钟", "0.8 米/秒".
class CompactSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        return locale().toString(value, 'g', 6);
    }
};

} // namespace

TargetsPanel::TargetsPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Targets and circles"), view, parent)
    , mProfile(new QComboBox)
    , mCircles(new QWidget)
{
    setObjectName("targets");
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    auto *form = new QFormLayout;
    mProfile->setObjectName("profileChoice");
    form->addRow(tr("Targets"), mProfile);
    layout->addLayout(form);
    layout->addWidget(mCircles);
    auto *reset = new QPushButton(tr("Reset to the profile's circles and targets"));
    reset->setObjectName("resetToProfile");
    reset->setToolTip(tr("Circles and targets you set stay when you switch profiles, until you reset them here"));
    layout->addWidget(reset);
    connect(reset, &QPushButton::clicked, this, [this] {
        if (planner())
            emit rebuildRequested(planner()->withProfileDefaults());
    });
    layout->addStretch();
    setWidget(panel);
    for (const std::string &id : bundledTargetProfiles()) {
        const TargetProfile p = loadTargetProfile(id);
        mProfile->addItem(localLabel(p.name, p.nameZh), QString::fromStdString(id));
    }
    connect(mProfile, &QComboBox::activated, this, [this](int i) {
        if (planner() && i >= 0)
            emit rebuildRequested(planner()->withTargets(mProfile->itemData(i).toString().toStdString()));
    });
}

void TargetsPanel::reload()
{
    mShownFor.clear();
    refresh();
}

void TargetsPanel::refresh()
{
    if (!planner())
        return;
    // The circle editors are rebuilt only when the settings in force change, so that
    // an edit in progress survives the plan's own changes.
    std::string key = planner()->targets() ? planner()->targets()->id : std::string();
    for (const FacilityType &t : planner()->project().profile.types)
        key += "|" + t.key + ":" + std::to_string(t.minutes) + "@" + std::to_string(t.speedMps);
    if (key == mShownFor)
        return;
    mShownFor = key;
    {
        const QSignalBlocker block(mProfile);
        mProfile->setCurrentIndex(planner()->targets() ? mProfile->findData(QString::fromStdString(planner()->targets()->id)) : -1);
    }
    delete mCircles->layout();
    for (QWidget *w : mCircles->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    auto *form = new QFormLayout(mCircles);
    form->setContentsMargins(0, 0, 0, 0);
    const auto &types = planner()->project().profile.types;
    for (std::size_t t = 0; t < types.size(); ++t) {
        auto *minutes = new CompactSpinBox;
        minutes->setObjectName(QStringLiteral("minutes_%1").arg(t));
        minutes->setRange(limits::minutes.min, limits::minutes.max);
        minutes->setSuffix(tr(" min"));
        minutes->setValue(types[t].minutes);
        auto *speed = new CompactSpinBox;
        speed->setObjectName(QStringLiteral("speed_%1").arg(t));
        speed->setRange(limits::speedMps.min, limits::speedMps.max);
        speed->setSingleStep(0.05);
        speed->setSuffix(tr(" m/s"));
        speed->setValue(types[t].speedMps);
        speed->setToolTip(QString::fromStdString(types[t].speedSource));
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(minutes);
        h->addWidget(speed);
        form->addRow(localLabel(types[t].label, types[t].labelZh), row);
        auto apply = [this, t, minutes, speed] {
            const auto &ty = planner()->project().profile.types[t];
            if (ty.minutes != minutes->value() || ty.speedMps != speed->value())
                emit rebuildRequested(planner()->withCircle(t, minutes->value(), speed->value()));
        };
        connect(minutes, &QDoubleSpinBox::editingFinished, this, apply);
        connect(speed, &QDoubleSpinBox::editingFinished, this, apply);
    }
}

} // namespace qh
