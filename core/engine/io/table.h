#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "coverage/analysis.h"
#include "targets/evaluate.h"

namespace qh {

/// A table as every writer sees it (CSV, XLSX, the report's pages): headers in the
/// interface language, typed columns, cells with an optional warning fill.
struct TableColumn
{
    enum class Kind { Text, Count, Number, Percent };
    QString header;
    Kind kind = Kind::Text;
    int decimals = 1;   ///< Number and Percent (in per cent)
    double width = 12;  ///< characters, for XLSX and the report
};

struct TableCell
{
    std::optional<double> number; ///< Count, Number; Percent as a fraction (0.453)
    QString text;                 ///< Text, or why a number is missing
    std::string fill;             ///< "#rrggbb" warning colour, empty for none
};

struct Table
{
    QString name; ///< sheet name ("Units")
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
    bool lastRowIsTotal = false; ///< the whole region, set off in print
};

/// One row per unit and a last row for the whole region: residents per group; per
/// facility type its facilities, capacity, places per 1,000 and share within the
/// circle; per evaluated indicator its value, target, pass, five-colour class (as
/// the cell's fill) and gap. Indicators that cannot be evaluated are left out
/// (the report and summary say why).
Table unitTable(const RegionData &region, const AnalysisResult &result, const Evaluation *evaluation);

/// One indicator per unit and for the whole region: value, target, pass, class
/// (as the cell's fill) and the gap or why it does not apply.
Table indicatorTable(const RegionData &region, const IndicatorResult &indicator);

/// One row per facility: id, name, type, unit, proposed or existing, capacities,
/// snap distance and people within its circle.
Table facilityTable(const RegionData &region, const AnalysisResult &result);

/// A cell as text the way the table shows it ("45.3 %", "1,234", "—").
QString cellText(const TableColumn &column, const TableCell &cell);

} // namespace qh
