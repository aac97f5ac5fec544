#pragma once

#include <optional>

#include "plannerpanel.h"

class QListWidget;

namespace qh {

/// The import report and what the analysis warns about: a heading per layer read
/// (what came in from which file), its warnings (files, layers, features, what to
/// do) one line each, then the analysis's. A warning that names a facility zooms
/// to it on a click.
class WarningsPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit WarningsPanel(ViewState *view, QWidget *parent = nullptr);
    QListWidget *list() const { return mList; }
    /// The warnings listed (headings not counted).
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
    int mWarnings = 0;
};

} // namespace qh
