#include "geo/crsguess.h"

#include <algorithm>
#include <cmath>

#include <ogr_spatialref.h>

namespace qh {

namespace {

bool inChina(double lon, double lat)
{
    return lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54;
}

bool lonLatRange(const Rect &e)
{
    return e.minX >= -180 && e.maxX <= 180 && e.minY >= -90 && e.maxY <= 90;
}

bool swappedRange(const Rect &e)
{
    return e.minX >= -90 && e.maxX <= 90 && e.minY >= -180 && e.maxY <= 180 && (e.minY < -90 || e.maxY > 90);
}

/// Northings of the northern hemisphere up to 58° N (metres from the equator).
bool northingRange(const Rect &e)
{
    return e.minY >= 0 && e.maxY <= 6.5e6;
}

/// The Gauss-Krüger zone number in front of the eastings (39 for 39,500,000), or 0.
int zonePrefix(const Rect &e)
{
    if (e.minX < 13e6 || e.maxX >= 46e6)
        return 0;
    const int zone = int(std::floor(e.minX / 1e6));
    return int(std::floor(e.maxX / 1e6)) == zone ? zone : 0;
}

/// CGCS2000 Gauss-Krüger with zone number: 6° zones 13–23 (EPSG:4491–4501), 3°
/// zones 25–45 (EPSG:4513–4533).
std::string prefixedZoneEpsg(int zone)
{
    if (zone >= 13 && zone <= 23)
        return "EPSG:" + std::to_string(4491 + zone - 13);
    if (zone >= 25 && zone <= 45)
        return "EPSG:" + std::to_string(4513 + zone - 25);
    return {};
}

double falseEasting(const Crs &crs)
{
    return crs.ogr()->GetProjParm(SRS_PP_FALSE_EASTING, 0.0);
}

double centralMeridian(const Crs &crs)
{
    return crs.ogr()->GetProjParm(SRS_PP_CENTRAL_MERIDIAN, 0.0);
}

std::string km(double metres)
{
    return std::to_string(long(std::lround(metres / 1000.0)));
}

} // namespace

std::string cgcs2000ZoneFor(double lon)
{
    const int cm = 3 * int(std::lround(lon / 3.0));
    if (cm < 75 || cm > 135)
        return {};
    return "EPSG:" + std::to_string(4534 + (cm - 75) / 3);
}

Crs analysisCrsFor(double lon, double lat)
{
    if (inChina(lon, lat))
        return Crs::fromUserInput(cgcs2000ZoneFor(lon));
    const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    return Crs::fromUserInput("EPSG:" + std::to_string((lat >= 0 ? 32600 : 32700) + zone));
}

CrsGuess guessCrs(const Rect &e, const Crs &declared)
{
    CrsGuess g;
    const double midLon = (e.minX + e.maxX) / 2, midLat = (e.minY + e.maxY) / 2;
    if (declared.isValid()) {
        g.kind = CrsGuess::Kind::Declared;
        g.why = Message::coded("crs_declared", {declared.authId(), declared.name()});
        if (e.isEmpty())
            return g;
        if (declared.ogr()->IsGeographic()) {
            if (swappedRange(e)) {
                g.kind = CrsGuess::Kind::SwappedLonLat;
                g.why = Message::coded("crs_swapped", {declared.authId()});
            }
            return g;
        }
        if (!declared.isProjectedMetric())
            return g;
        if (lonLatRange(e)) {
            g.kind = CrsGuess::Kind::DeclaredSuspect;
            g.suggested = inChina(midLon, midLat) ? "EPSG:4490" : "EPSG:4326";
            g.why = Message::coded("crs_degrees_in_metric", {declared.authId(), g.suggested});
            return g;
        }
        const bool transverseMercator =
            std::string(declared.ogr()->GetAttrValue("PROJECTION") ? declared.ogr()->GetAttrValue("PROJECTION") : "")
            == SRS_PT_TRANSVERSE_MERCATOR;
        if (!transverseMercator)
            return g;
        const double fe = falseEasting(declared);
        const int prefix = zonePrefix(e);
        if (prefix > 0 && fe < 1e6) {
            g.kind = CrsGuess::Kind::DeclaredSuspect;
            g.suggested = prefixedZoneEpsg(prefix);
            g.why = Message::coded("crs_prefix_unexpected",
                                   {std::to_string(prefix), declared.authId(),
                                    g.suggested.empty() ? std::string("a CRS with a zone number") : g.suggested});
            return g;
        }
        if (fe >= 1e6 && e.maxX < 1e6) {
            g.kind = CrsGuess::Kind::DeclaredSuspect;
            g.suggested = cgcs2000ZoneFor(centralMeridian(declared));
            g.why = Message::coded("crs_prefix_missing",
                                   {declared.authId(), g.suggested.empty() ? std::string("the zone-less CRS") : g.suggested});
            return g;
        }
        // A zone is at most a few hundred kilometres wide: eastings further from its
        // false easting belong to another zone (or another CRS).
        const double off = std::max(std::abs(e.minX - fe), std::abs(e.maxX - fe));
        if (off > 800e3) {
            g.kind = CrsGuess::Kind::DeclaredSuspect;
            g.why = Message::coded("crs_outside_zone", {km(off), declared.authId()});
        }
        return g;
    }
    if (e.isEmpty()) {
        g.why = Message::coded("crs_unknown");
        return g;
    }
    if (lonLatRange(e)) {
        g.kind = CrsGuess::Kind::LonLat;
        g.suggested = inChina(midLon, midLat) ? "EPSG:4490" : "EPSG:4326";
        g.why = Message::coded("crs_guess_lonlat", {g.suggested});
    } else if (swappedRange(e)) {
        g.kind = CrsGuess::Kind::SwappedLonLat;
        g.why = Message::coded("crs_swapped_nocrs");
    } else if (const int zone = zonePrefix(e); zone > 0 && northingRange(e) && !prefixedZoneEpsg(zone).empty()) {
        g.kind = CrsGuess::Kind::GaussKruger;
        g.suggested = prefixedZoneEpsg(zone);
        const int cm = zone <= 23 ? zone * 6 - 3 : zone * 3;
        g.why = Message::coded("crs_guess_gk", {std::to_string(zone), g.suggested, std::to_string(cm)});
    } else if (e.minX >= 0 && e.maxX <= 1e6 && northingRange(e)) {
        g.kind = CrsGuess::Kind::MetricNoZone;
        g.why = Message::coded("crs_guess_metric");
    } else {
        g.why = Message::coded("crs_unknown");
    }
    return g;
}

} // namespace qh
