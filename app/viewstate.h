#pragma once

#include <optional>

#include <QObject>

namespace qh {

/// What the planner is looking at, shared by the map and the panels: the indicator
/// examined, the selected unit, what the cells and units are coloured by. A panel
/// that changes one of these sets it here; the others follow the signal.
class ViewState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Index into the evaluation's indicators; -1 for none.
    int indicator() const { return mIndicator; }
    /// Sets the indicator; a warning map on the units follows it.
    void setIndicator(int index);
    std::optional<std::size_t> unit() const { return mUnit; }
    void setUnit(std::optional<std::size_t> unit);
    /// 0: population density; 1 + t: walking minutes to facility type t.
    int cellMode() const { return mCellMode; }
    void setCellMode(int mode);
    /// 0: plain; 1 + i: five-colour warning class of indicator i.
    int unitMode() const { return mUnitMode; }
    void setUnitMode(int mode);
    /// The facility type being examined: the one the cells show, else the first.
    int facilityType() const { return mCellMode > 0 ? mCellMode - 1 : 0; }

signals:
    void indicatorChanged(int index);
    void unitChanged(std::optional<std::size_t> unit);
    void cellModeChanged(int mode);
    void unitModeChanged(int mode);

private:
    int mIndicator = -1;
    std::optional<std::size_t> mUnit;
    int mCellMode = 0;
    int mUnitMode = 0;
};

} // namespace qh
