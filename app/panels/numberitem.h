#pragma once

#include <QTableWidgetItem>

namespace qh {

/// A table cell that sorts by the number in its Qt::UserRole, not by its text.
class NumberItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

} // namespace qh
