#pragma once

#include <string>
#include <vector>

#include "io/table.h"

namespace qh {

/// The table as CSV in UTF-8 with a byte-order mark (so Excel shows Chinese), a
/// header row, numbers without thousands separators, per cent as per cent.
std::string tableCsv(const Table &table);

/// Writes tableCsv() beside `path` and renames it into place. Throws FileError.
void writeCsv(const std::string &path, const Table &table);

/// Writes an XLSX workbook (libxlsxwriter), one sheet per table: a bold frozen
/// header row with a filter, number formats per column (thousands, decimals, per
/// cent), column widths, and the five-colour warning fills. Written beside `path`
/// and renamed into place; the old file stays until the new one is complete.
void writeXlsx(const std::string &path, const std::vector<Table> &tables);

} // namespace qh
