#include "reporttable.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>

#include "pagelayout.h"

namespace qh {

PaperTable::PaperTable(Table table) : mTable(std::move(table)) {}

double PaperTable::headerHeight()
{
    return 11.0 * kLayoutUnitsPerMm;
}

double PaperTable::rowHeight()
{
    return 5.2 * kLayoutUnitsPerMm;
}

int PaperTable::rowsPerPage(double height) const
{
    return std::max(1, int(std::floor((height - headerHeight()) / rowHeight())));
}

int PaperTable::pageCount(double height) const
{
    const int rows = int(mTable.rows.size());
    return std::max(1, (rows + rowsPerPage(height) - 1) / rowsPerPage(height));
}

double PaperTable::height(double bodyHeight, int page) const
{
    const int per = rowsPerPage(bodyHeight);
    const int rows = std::clamp(int(mTable.rows.size()) - page * per, 0, per);
    return headerHeight() + rows * rowHeight();
}

void PaperTable::paintPage(QPainter &p, const QRectF &area, int page) const
{
    const int per = rowsPerPage(area.height());
    const int first = page * per;
    const int last = std::min(int(mTable.rows.size()), first + per);
    double total = 0;
    for (const TableColumn &c : mTable.columns)
        total += c.width;
    if (total <= 0)
        return;
    std::vector<double> x{area.left()};
    for (const TableColumn &c : mTable.columns)
        x.push_back(x.back() + c.width / total * area.width());
    const double pad = 1.2 * kLayoutUnitsPerMm;
    p.save();
    // Header: bold, wrapped, on a grey band.
    p.setFont(pageFont(6.5, true));
    const QRectF head(area.left(), area.top(), area.width(), headerHeight());
    p.fillRect(head, QColor(232, 232, 232));
    p.setPen(Qt::black);
    for (std::size_t c = 0; c < mTable.columns.size(); ++c) {
        const QRectF cell(x[c] + pad, head.top() + pad / 2, x[c + 1] - x[c] - 2 * pad, head.height() - pad);
        const int align = mTable.columns[c].kind == TableColumn::Kind::Text ? Qt::AlignLeft : Qt::AlignRight;
        p.drawText(cell, align | Qt::AlignVCenter | Qt::TextWordWrap, mTable.columns[c].header);
    }
    // Rows: numbers right-aligned, warning classes filled.
    p.setFont(pageFont(7));
    const QFontMetricsF fm(p.font());
    double y = head.bottom();
    for (int r = first; r < last; ++r) {
        const auto &row = mTable.rows[std::size_t(r)];
        if (mTable.lastRowIsTotal && r + 1 == int(mTable.rows.size()))
            p.setFont(pageFont(7, true)); // the whole region
        for (std::size_t c = 0; c < row.size() && c < mTable.columns.size(); ++c) {
            const QRectF box(x[c], y, x[c + 1] - x[c], rowHeight());
            if (!row[c].fill.empty())
                p.fillRect(box, QColor(QString::fromStdString(row[c].fill)));
            const TableColumn &col = mTable.columns[c];
            const int align = col.kind == TableColumn::Kind::Text ? Qt::AlignLeft : Qt::AlignRight;
            const QRectF inner = box.adjusted(pad, 0, -pad, 0);
            // Dark fills (red, green) take white text.
            const QColor fill(QString::fromStdString(row[c].fill));
            const double luma = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue();
            p.setPen(!row[c].fill.empty() && luma < 140 ? Qt::white : Qt::black);
            p.drawText(inner, align | Qt::AlignVCenter, fm.elidedText(cellText(col, row[c]), Qt::ElideRight, inner.width()));
        }
        p.setPen(QPen(QColor(200, 200, 200), 0.5));
        p.drawLine(QPointF(area.left(), y + rowHeight()), QPointF(area.right(), y + rowHeight()));
        y += rowHeight();
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(head.topLeft(), head.topRight());
    p.drawLine(head.bottomLeft(), head.bottomRight());
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.restore();
}

} // namespace qh
