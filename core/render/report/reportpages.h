#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace qh {

/// Paints `text` word-wrapped across `area` from `y` in the page font; returns the
/// y below it.
double paintParagraph(QPainter &painter, const QRectF &area, double y, const QString &text, double pointSize,
                      bool bold = false, const QColor &colour = Qt::black);
/// The height `text` takes word-wrapped in `width` (layout units, any device).
double paragraphHeight(double width, const QString &text, double pointSize, bool bold = false);

} // namespace qh
