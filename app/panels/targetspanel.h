#pragma once

#include "plannerpanel.h"

class QComboBox;
class QFormLayout;
class QWidget;

namespace qh {

/// The target profile in force and the circle (minutes, walking speed) of each
/// facility type. A change is not applied here: it asks for a rebuild with the new
/// settings (done off the UI thread by the main window).
class TargetsPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit TargetsPanel(ViewState *view, QWidget *parent = nullptr);
    QComboBox *profileChoice() const { return mProfile; }
    /// Shows the profile and circles in force (after a load or a rebuild).
    void refresh() override;
    /// Shows the settings in force even where an editor holds another value (after a
    /// rebuild was cancelled or failed).
    void reload();

signals:
    void rebuildRequested(const qh::Planner::Settings &settings);

private:
    QComboBox *mProfile;
    QWidget *mCircles;
    std::string mShownFor; // profile and circles the widgets show, to skip needless rebuilds
};

} // namespace qh
