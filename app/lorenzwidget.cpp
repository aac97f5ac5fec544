#include "lorenzwidget.h"

#include <QPainter>
#include <QPainterPath>

namespace qh {

LorenzWidget::LorenzWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 180);
}

void LorenzWidget::setCurve(const std::vector<LorenzPoint> &curve, double gini, const QString &title)
{
    mCurve = curve;
    mGini = gini;
    mTitle = title;
    update();
}

void LorenzWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    // The title may be long (type and indicator): wrapped over two lines, elided past that.
    const QString title = tr("%1 — Gini %2").arg(mTitle).arg(mGini, 0, 'f', 2);
    const QRectF titleBox(4, 2, width() - 8, 2 * p.fontMetrics().height() + 2);
    const bool twoLines = p.fontMetrics().horizontalAdvance(title) > titleBox.width();
    const QRectF plot = QRectF(rect()).adjusted(36, twoLines ? 14 + 2 * p.fontMetrics().height() : 28, -12, -30);
    p.setPen(QPen(QColor(150, 150, 150), 1));
    p.drawRect(plot);
    auto at = [&](double x, double y) { return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height()); };
    p.setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    p.drawLine(at(0, 0), at(1, 1));
    if (mCurve.size() >= 2) {
        QPainterPath path(at(mCurve[0].population, mCurve[0].supply));
        for (const LorenzPoint &pt : mCurve)
            path.lineTo(at(pt.population, pt.supply));
        p.setPen(QPen(QColor(33, 102, 172), 2));
        p.drawPath(path);
    }
    p.setPen(Qt::black);
    p.drawText(twoLines ? titleBox : QRectF(0, 4, width(), 20), Qt::AlignCenter | Qt::TextWordWrap, title);
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 20), Qt::AlignCenter, tr("share of people"));
    p.save();
    p.translate(14, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 20), Qt::AlignCenter, tr("share of supply"));
    p.restore();
}

} // namespace qh
