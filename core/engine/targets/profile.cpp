#include "targets/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "scenario/limits.h"

namespace qh {

double Indicator::targetFor(const std::string &unitClass) const
{
    auto it = targetsByClass.find(unitClass);
    return it == targetsByClass.end() ? target : it->second;
}

bool Indicator::isShare() const
{
    return kind == IndicatorKind::CoverageShare || kind == IndicatorKind::CapacityShare
           || kind == IndicatorKind::UnitsWithFacility;
}

std::vector<WarningClass> defaultWarningClasses()
{
    return {{"red", "severe shortfall (< 50% of target)", 0.0, "#d7191c", "severe_shortfall"},
            {"orange", "shortfall (50-80% of target)", 0.5, "#fdae61", "shortfall"},
            {"yellow", "near target (80-100%)", 0.8, "#ffffbf", "near_target"},
            {"blue", "meets target (100-120%)", 1.0, "#abd9e9", "meets_target"},
            {"green", "well above target (>= 120%)", 1.2, "#1a9641", "well_above_target"}};
}

std::vector<WarningClass> shareWarningClasses()
{
    return {{"red", "severe shortfall (< 50% of target)", 0.0, "#d7191c", "severe_shortfall"},
            {"orange", "shortfall (50-80% of target)", 0.5, "#fdae61", "shortfall"},
            {"yellow", "slight shortfall (80-95%)", 0.8, "#ffffbf", "slight_shortfall"},
            {"blue", "nearly met (95-100%)", 0.95, "#abd9e9", "nearly_met"},
            {"green", "meets target (>= 100%)", 1.0, "#1a9641", "meets_target"}};
}

std::vector<WarningClass> defaultWarningClassesFor(const Indicator &indicator)
{
    return indicator.isShare() ? shareWarningClasses() : defaultWarningClasses();
}

const WarningClass &Indicator::classify(double ratio) const
{
    const WarningClass *best = &warningClasses.front();
    for (const WarningClass &c : warningClasses)
        if (ratio >= c.minRatio)
            best = &c;
    return *best;
}

std::vector<std::string> bundledTargetProfiles()
{
    std::vector<std::string> ids;
    for (const QString &f : QDir(":/profiles").entryList({"*.json"}, QDir::Files, QDir::Name))
        ids.push_back(QFileInfo(f).completeBaseName().toStdString());
    return ids;
}

namespace {

IndicatorKind kindFromString(const std::string &s, const std::string &where)
{
    static const std::map<std::string, IndicatorKind> kinds = {
        {"coverage_share", IndicatorKind::CoverageShare},
        {"capacity_per", IndicatorKind::CapacityPer},
        {"capacity_share", IndicatorKind::CapacityShare},
        {"units_with_facility", IndicatorKind::UnitsWithFacility},
        {"floor_space_per_100_households", IndicatorKind::FloorSpacePer100Households},
        {"land_per_capita", IndicatorKind::LandPerCapita}};
    auto it = kinds.find(s);
    if (it == kinds.end()) {
        std::string known;
        for (const auto &[k, v] : kinds)
            known += (known.empty() ? "" : ", ") + k;
        throw DataError(where + ": unknown indicator kind '" + s + "' (known: " + known + ")");
    }
    return it->second;
}

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(key).toString().toStdString();
}

} // namespace

TargetProfile loadTargetProfile(const std::string &idOrPath)
{
    QString path = QString::fromStdString(idOrPath);
    const bool isFile = path.contains('/') || path.endsWith(".json");
    if (!isFile)
        path = QStringLiteral(":/profiles/%1.json").arg(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (isFile)
            throw FileError(idOrPath + ": cannot read the target profile (" + f.errorString().toStdString() + ")");
        std::string ids;
        for (const std::string &id : bundledTargetProfiles())
            ids += (ids.empty() ? "" : ", ") + id;
        throw DataError("no bundled target profile '" + idOrPath + "' (bundled: " + ids + ")");
    }
    const std::string name = isFile ? idOrPath : "target profile " + idOrPath;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw DataError(name + ": not valid JSON (" + err.errorString().toStdString() + " at byte "
                        + std::to_string(err.offset) + ")");
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != "quarterhour-targets" || root.value("version").toInt() != 1)
        throw DataError(name + ": not a QuarterHour target profile (format \"quarterhour-targets\", version 1)");

    TargetProfile p;
    p.id = str(root, "id");
    p.name = str(root, "name");
    p.nameZh = str(root, "name_zh");
    const QJsonObject sources = root.value("sources").toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        p.sources[it.key().toStdString()] = it.value().toString().toStdString();
    const QJsonObject circles = root.value("circles").toObject();
    for (auto it = circles.begin(); it != circles.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        Circle circle{c.value("minutes").toDouble(15.0), c.value("speed_mps").toDouble(1.0), str(c, "source")};
        if (!limits::minutes.contains(circle.minutes) || !limits::speedMps.contains(circle.speedMps))
            throw DataError(name + ": circle '" + it.key().toStdString() + "' needs minutes " + limits::minutes.text()
                            + " and speed_mps " + limits::speedMps.text());
        p.circles[it.key().toStdString()] = circle;
    }
    for (const QJsonValue &v : root.value("indicators").toArray()) {
        const QJsonObject o = v.toObject();
        Indicator ind;
        ind.id = str(o, "id");
        const std::string where = name + ", indicator '" + ind.id + "'";
        if (ind.id.empty())
            throw DataError(name + ": an indicator has no id");
        ind.kind = kindFromString(str(o, "kind"), where);
        ind.label = str(o, "label");
        ind.labelZh = str(o, "label_zh");
        ind.facilityType = str(o, "facility_type");
        ind.capacity = str(o, "capacity");
        ind.capacityOf = str(o, "capacity_of");
        ind.group = str(o, "group");
        const QJsonObject only = o.value("counts_only").toObject();
        ind.countsOnlyCapacity = str(only, "capacity");
        ind.countsOnlyAtLeast = only.value("at_least").toDouble(0.0);
        ind.per = o.value("per").toDouble(1000.0);
        ind.target = o.value("target").toDouble(-1.0);
        ind.source = str(o, "source");
        ind.note = str(o, "note");
        const QJsonObject byClass = o.value("targets_by_unit_class").toObject();
        for (auto it = byClass.begin(); it != byClass.end(); ++it)
            ind.targetsByClass[it.key().toStdString()] = it.value().toDouble();
        if (ind.target < 0)
            throw DataError(where + ": needs a non-negative \"target\"");
        if (ind.facilityType.empty())
            throw DataError(where + ": needs \"facility_type\"");
        if (ind.source.empty() || !p.sources.count(ind.source))
            throw DataError(where + ": \"source\" must name one of the profile's sources");
        const bool needsCapacity = ind.kind == IndicatorKind::CapacityPer || ind.kind == IndicatorKind::CapacityShare
                                   || ind.kind == IndicatorKind::FloorSpacePer100Households
                                   || ind.kind == IndicatorKind::LandPerCapita;
        if (needsCapacity && ind.capacity.empty())
            throw DataError(where + ": needs \"capacity\"");
        if (!ind.countsOnlyCapacity.empty() && ind.kind != IndicatorKind::UnitsWithFacility)
            throw DataError(where + ": \"counts_only\" applies to units_with_facility indicators only");
        if (o.contains("counts_only") && ind.countsOnlyCapacity.empty())
            throw DataError(where + ": \"counts_only\" needs a \"capacity\"");
        if (ind.kind == IndicatorKind::CapacityShare && ind.capacityOf.empty())
            throw DataError(where + ": needs \"capacity_of\"");
        if (ind.kind != IndicatorKind::CapacityShare && ind.kind != IndicatorKind::UnitsWithFacility
            && ind.group.empty())
            throw DataError(where + ": needs \"group\"");
        p.indicators.push_back(std::move(ind));
    }
    // The profile's own classes, if it names them, apply to every indicator;
    // otherwise each indicator gets the classes of its kind.
    std::vector<WarningClass> own;
    for (const QJsonValue &v : root.value("warning_classes").toArray()) {
        const QJsonObject o = v.toObject();
        own.push_back({str(o, "key"), str(o, "label"), o.value("min_ratio").toDouble(), str(o, "colour"), str(o, "meaning")});
    }
    std::sort(own.begin(), own.end(), [](const WarningClass &a, const WarningClass &b) { return a.minRatio < b.minRatio; });
    for (Indicator &ind : p.indicators)
        ind.warningClasses = !own.empty() ? own : defaultWarningClassesFor(ind);
    return p;
}

void applyTargetOverrides(TargetProfile &profile, const std::map<std::string, double> &overrides)
{
    for (Indicator &ind : profile.indicators) {
        auto it = overrides.find(ind.id);
        if (it != overrides.end())
            ind.target = it->second;
    }
}

void applyCircles(Project &project, const TargetProfile &profile)
{
    for (FacilityType &t : project.profile.types) {
        auto it = profile.circles.find(t.key);
        if (it == profile.circles.end() || t.circleSetByUser)
            continue;
        t.minutes = it->second.minutes;
        t.speedMps = it->second.speedMps;
        auto src = profile.sources.find(it->second.source);
        t.speedSource = src != profile.sources.end() ? src->second : it->second.source;
    }
    project.profile.name = profile.name;
    project.profile.source = profile.id;
}

} // namespace qh
