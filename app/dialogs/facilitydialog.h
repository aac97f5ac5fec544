#pragma once

#include <string>
#include <utility>
#include <vector>

#include <QDialog>

#include "scenario/model.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace qh {

/// A facility's properties: name, type, beds, nursing beds, places and inclusive
/// places. All of a proposed facility can be changed; of an existing one the
/// capacities (into the plan).
class FacilityDialog : public QDialog
{
    Q_OBJECT
public:
    FacilityDialog(const Facility &facility, const std::vector<FacilityType> &types, QWidget *parent = nullptr);
    /// The facility with the values entered (same id and place).
    Facility facility() const;

private:
    Facility mFacility;
    QLineEdit *mName;
    QComboBox *mType;
    std::vector<std::pair<std::string, QDoubleSpinBox *>> mCapacities;
};

} // namespace qh
