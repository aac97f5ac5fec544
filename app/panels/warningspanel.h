#pragma once

#include <optional>

#include "plannerpanel.h"

class QListWidget;

namespace qh {

/// What loading and the analysis warned about (files, layers, features, what to do),
/// one line each. A warning that names a facility zooms to it on a click.
class WarningsPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit WarningsPanel(ViewState *view, QWidget *parent = nullptr);
    QListWidget *list() const { return mList; }
    int count() const;
    void refresh() override;
    /// The facility a warning is about (Message::facilityId), by index into the
    /// region's facilities.
    std::optional<std::size_t> facilityOf(const std::string &id) const;

signals:
    void zoomRequested(const Point &at);
    void countChanged(int count);

private:
    QListWidget *mList;
};

} // namespace qh
