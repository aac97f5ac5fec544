#include "version.h"

#include <gdal.h>
#include <geos_c.h>
#include <proj.h>

#include <QtGlobal>

namespace qh {

std::string versionReport(const std::string &program)
{
    return program + " " QH_VERSION "\n"
           + "GDAL " + GDALVersionInfo("RELEASE_NAME") + "\n"
           + "GEOS " + GEOSversion() + "\n"
           + "PROJ " + proj_info().release + "\n"
           + "Qt " + qVersion() + "\n";
}

} // namespace qh
