#pragma once

#include <vector>

#include <QRectF>
#include <QString>

#include "coverage/accessibility.h"

class QPainter;

namespace qh {

/// A Lorenz chart in `area`: cumulative share of people (x) against cumulative
/// share of accessible supply (y), the line of equality, and the Gini in the title.
void paintLorenzChart(QPainter &painter, const QRectF &area, const std::vector<LorenzPoint> &curve,
                      const QString &title, double gini);

} // namespace qh
