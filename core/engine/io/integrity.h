#pragma once

// Files cut short where GDAL reads on without a word: a Shapefile whose .shp, .shx
// or .dbf ends before its header says, a FileGDB table likewise, a CSV whose last
// row stops mid-way.

#include <optional>
#include <string>

#include "message.h"

namespace qh {

/// Throws DataError naming the part (.shp, .shx or .dbf) of the Shapefile at `path`
/// that holds fewer bytes than its header declares. Parts that are missing or too
/// short to have a header are left to GDAL to report.
void checkShapefileWhole(const std::string &path);

/// Throws DataError naming the table file of the FileGDB folder at `path` that
/// holds fewer bytes than its header declares (the file size at byte 24).
void checkFileGdbWhole(const std::string &path);

/// For a CSV whose last row has fewer columns than its header (or ends inside a
/// quoted value): a warning naming `where` and the row, saying it may be cut short.
std::optional<Message> csvLastRowShort(const std::string &path, const Message &where);

} // namespace qh
