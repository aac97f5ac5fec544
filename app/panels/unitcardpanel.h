#pragma once

#include "plannerpanel.h"

class QTextBrowser;

namespace qh {

/// The selected unit's card: population per group and every evaluated indicator with
/// its warning colour, value, target and gap.
class UnitCardPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit UnitCardPanel(ViewState *view, QWidget *parent = nullptr);
    /// The card as shown (rich text).
    QString html() const;
    void refresh() override;
    /// Shows a facility's card (from IndicatorText::facilityCard) until a unit is selected.
    void showFacility(const QString &html);

private:
    QTextBrowser *mCard;
};

} // namespace qh
