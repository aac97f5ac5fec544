#pragma once

#include <string>

namespace qh {

/// "QuarterHour 0.1.0" and the versions of GDAL, GEOS, PROJ and Qt in use (the
/// libraries loaded at run time, not those built against), one per line, for
/// `--version` and the About box: planners' IT asks for them.
std::string versionReport(const std::string &program);

} // namespace qh
