#include "viewstate.h"

namespace qh {

void ViewState::setIndicator(int index)
{
    if (index != mIndicator) {
        mIndicator = index;
        emit indicatorChanged(index);
    }
    if (mUnitMode > 0 && index >= 0)
        setUnitMode(index + 1);
}

void ViewState::setUnit(std::optional<std::size_t> unit)
{
    if (unit == mUnit)
        return;
    mUnit = unit;
    emit unitChanged(unit);
}

void ViewState::setCellMode(int mode)
{
    if (mode == mCellMode)
        return;
    mCellMode = mode;
    emit cellModeChanged(mode);
}

void ViewState::setUnitMode(int mode)
{
    if (mode == mUnitMode)
        return;
    mUnitMode = mode;
    emit unitModeChanged(mode);
}

} // namespace qh
