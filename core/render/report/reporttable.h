#pragma once

#include <vector>

#include <QRectF>

#include "io/table.h"

class QPainter;

namespace qh {

/// A table on paper: fixed row heights (so pages can be counted before painting),
/// the header repeated on every page, column widths in proportion to the table's.
class PaperTable
{
public:
    explicit PaperTable(Table table);

    /// How many pages the table takes in a body of `height` layout units.
    int pageCount(double height) const;
    /// The height page `page` takes in a body of `bodyHeight`.
    double height(double bodyHeight, int page) const;
    /// Paints page `page` (0-based) of the table at the top of `area`.
    void paintPage(QPainter &painter, const QRectF &area, int page) const;

    static double headerHeight();
    static double rowHeight();

private:
    int rowsPerPage(double height) const;
    Table mTable;
};

} // namespace qh
