#include "commands.h"

#include <QCoreApplication>

namespace qh {

AddFacilityCommand::AddFacilityCommand(Planner &planner, Facility facility)
    : mPlanner(planner), mFacility(std::move(facility))
{
    setText(QCoreApplication::translate("qh::MainWindow", "Add %1").arg(QString::fromStdString(mFacility.name)));
}

MoveFacilityCommand::MoveFacilityCommand(Planner &planner, std::string id, Point from, Point to)
    : mPlanner(planner), mId(std::move(id)), mFrom(from), mTo(to)
{
    setText(QCoreApplication::translate("qh::MainWindow", "Move facility %1").arg(QString::fromStdString(mId)));
}

RemoveFacilityCommand::RemoveFacilityCommand(Planner &planner, Facility facility)
    : mPlanner(planner), mFacility(std::move(facility))
{
    setText(QCoreApplication::translate("qh::MainWindow", "Delete %1")
                .arg(QString::fromStdString(mFacility.name.empty() ? mFacility.id : mFacility.name)));
}

EditFacilityCommand::EditFacilityCommand(Planner &planner, Facility before, Facility after)
    : mPlanner(planner), mBefore(std::move(before)), mAfter(std::move(after))
{
    setText(QCoreApplication::translate("qh::MainWindow", "Edit %1").arg(QString::fromStdString(mAfter.name)));
}

} // namespace qh
