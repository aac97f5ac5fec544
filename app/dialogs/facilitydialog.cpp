#include "facilitydialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "symbology.h"

namespace qh {

FacilityDialog::FacilityDialog(const Facility &f, const std::vector<FacilityType> &types, QWidget *parent)
    : QDialog(parent)
    , mFacility(f)
    , mName(new QLineEdit(QString::fromStdString(f.name)))
    , mType(new QComboBox)
{
    const QString id = QString::fromStdString(f.id);
    setWindowTitle(f.proposed ? tr("Proposed facility %1").arg(id) : tr("Facility %1").arg(id));
    auto *form = new QFormLayout(this);
    for (const FacilityType &t : types)
        mType->addItem(localLabel(t.label, t.labelZh), QString::fromStdString(t.key));
    mType->setCurrentIndex(std::max(0, mType->findData(QString::fromStdString(f.type))));
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Type"), mType);
    const std::pair<const char *, QString> keys[] = {{"beds", tr("Beds")},
                                                     {"nursing_beds", tr("Nursing beds")},
                                                     {"childcare_places", tr("Childcare places")},
                                                     {"kindergarten_places", tr("Kindergarten places")},
                                                     {"inclusive_places", tr("Inclusive places")}};
    for (const auto &[key, label] : keys) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, 100000);
        spin->setDecimals(0);
        const auto it = f.capacity.find(key);
        spin->setValue(it == f.capacity.end() ? 0 : it->second);
        form->addRow(label, spin);
        mCapacities.push_back({key, spin});
    }
    mName->setEnabled(f.proposed);
    mType->setEnabled(f.proposed);
    if (!f.proposed) {
        auto *note = new QLabel(tr("An existing facility: a change of capacity (an expansion 扩建, or a cut) goes into "
                                   "the plan and is compared with the baseline; the data layer is not changed. To close "
                                   "it, delete it with the Delete tool."));
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Facility FacilityDialog::facility() const
{
    Facility after = mFacility;
    after.name = mName->text().toStdString();
    after.type = mType->currentData().toString().toStdString();
    for (const auto &[key, spin] : mCapacities)
        // A capacity the facility never had stays absent unless one is entered.
        if (mFacility.capacity.count(key) || spin->value() > 0)
            after.capacity[key] = spin->value();
    return after;
}

} // namespace qh
