#pragma once

#include <QUndoCommand>

#include "planner.h"

namespace qh {

/// Adds a proposed facility; undo removes it.
class AddFacilityCommand : public QUndoCommand
{
public:
    AddFacilityCommand(Planner &planner, Facility facility);
    void redo() override { mPlanner.addFacility(mFacility); }
    void undo() override { mPlanner.removeFacility(mFacility.id); }

private:
    Planner &mPlanner;
    Facility mFacility;
};

/// Moves a facility; undo moves it back.
class MoveFacilityCommand : public QUndoCommand
{
public:
    MoveFacilityCommand(Planner &planner, std::string id, Point from, Point to);
    void redo() override { mPlanner.moveFacility(mId, mTo); }
    void undo() override { mPlanner.moveFacility(mId, mFrom); }

private:
    Planner &mPlanner;
    std::string mId;
    Point mFrom, mTo;
};

/// Removes a facility (existing or proposed); undo brings it back.
class RemoveFacilityCommand : public QUndoCommand
{
public:
    RemoveFacilityCommand(Planner &planner, Facility facility);
    void redo() override { mPlanner.removeFacility(mFacility.id); }
    void undo() override { mPlanner.addFacility(mFacility); }

private:
    Planner &mPlanner;
    Facility mFacility;
};

/// Changes a proposed facility's name, type or capacities, or an existing one's
/// capacities (into the plan); undo restores them.
class EditFacilityCommand : public QUndoCommand
{
public:
    EditFacilityCommand(Planner &planner, Facility before, Facility after);
    void redo() override { apply(mAfter); }
    void undo() override { apply(mBefore); }

private:
    void apply(const Facility &f)
    {
        if (f.proposed)
            mPlanner.replaceFacility(f.id, f);
        else
            mPlanner.changeCapacities(f.id, f.capacity);
    }
    Planner &mPlanner;
    Facility mBefore, mAfter;
};

} // namespace qh
