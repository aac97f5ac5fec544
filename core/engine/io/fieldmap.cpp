#include "io/fieldmap.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <set>

#include <QRegularExpression>
#include <QString>

namespace qh {

namespace {

using Words = std::vector<const char *>; // not initializer_list: tables of them outlive their braces

bool isAscii(const char *s)
{
    for (; *s; ++s)
        if (static_cast<unsigned char>(*s) & 0x80)
            return false;
    return true;
}

/// Whether a column name is one of the words: English words whole (ignoring case),
/// Chinese words also at the start ("床位数（张）", "经度_WGS84").
bool nameMatches(const std::string &field, const char *word)
{
    const QString f = QString::fromStdString(field).trimmed();
    const QString w = QString::fromUtf8(word);
    if (f.compare(w, Qt::CaseInsensitive) == 0)
        return true;
    return !isAscii(word) && f.startsWith(w, Qt::CaseInsensitive);
}

/// The first column matching one of the words, in the words' order, skipping
/// columns already taken.
std::string pick(const std::vector<std::string> &fields, const Words &words, std::set<std::string> &taken)
{
    for (const char *w : words)
        for (const std::string &f : fields)
            if (!taken.count(f) && nameMatches(f, w)) {
                taken.insert(f);
                return f;
            }
    return {};
}

} // namespace

FacilityFieldMapping proposeFacilityFields(const std::vector<std::string> &fields)
{
    FacilityFieldMapping m;
    std::set<std::string> taken;
    // The more specific capacity words first, so 护理型床位 is not taken for beds.
    const std::vector<std::pair<const char *, Words>> capacities = {
        {"nursing_beds", {"nursing_beds", "护理型床位", "护理床位"}},
        {"cognitive_beds", {"cognitive_beds", "认知症床位", "失智床位"}},
        {"inclusive_places", {"inclusive_places", "普惠托位", "普惠性托位", "普惠学位", "普惠性学位"}},
        {"childcare_places", {"childcare_places", "托位数", "托位", "托育位", "托育学位"}},
        {"kindergarten_places", {"kindergarten_places", "学位数", "学位"}},
        {"beds", {"beds", "床位数", "总床位", "床位总数", "床位", "核定床位"}},
        {"floor_area_m2", {"floor_area_m2", "floor_area", "建筑面积"}},
        {"land_area_m2", {"land_area_m2", "land_area", "占地面积", "用地面积"}},
        {"places", {"places", "capacity", "容量", "规模"}},
    };
    for (const auto &[key, words] : capacities)
        if (std::string f = pick(fields, words, taken); !f.empty())
            m.capacityFields[key] = f;
    m.idField = pick(fields, {"fac_id", "id", "osm_id", "编号", "机构编号", "机构编码", "序号", "code"}, taken);
    m.nameField = pick(fields, {"name", "名称", "机构名称", "设施名称", "单位名称", "名字", "name_zh"}, taken);
    m.typeField = pick(fields, {"type", "类型", "设施类型", "机构类型", "类别", "fac_type", "category", "amenity"},
                       taken);
    return m;
}

std::optional<std::pair<std::string, std::string>> proposeCoordinateColumns(const std::vector<std::string> &fields)
{
    std::set<std::string> taken;
    const std::string x = pick(fields,
                               {"lon", "lng", "long", "longitude", "经度", "x", "横坐标", "x坐标", "东坐标", "easting",
                                "point_x"},
                               taken);
    const std::string y = pick(fields,
                               {"lat", "latitude", "纬度", "y", "纵坐标", "y坐标", "北坐标", "northing", "point_y"},
                               taken);
    if (x.empty() || y.empty())
        return std::nullopt;
    return std::make_pair(x, y);
}

UnitFieldMapping proposeUnitFields(const std::vector<std::string> &fields)
{
    UnitFieldMapping m;
    std::set<std::string> taken;
    m.idField = pick(fields,
                     {"unit_id", "统计用区划代码", "区划代码", "行政区划代码", "代码", "code", "adcode", "id"}, taken);
    m.nameField = pick(fields,
                       {"name", "名称", "街道名称", "街道", "社区名称", "社区", "乡镇街道", "乡镇", "乡", "name_zh", "nimi"},
                       taken);
    return m;
}

std::map<std::string, std::string> proposePopulationFields(const std::vector<std::string> &fields)
{
    std::map<std::string, std::string> m;
    std::set<std::string> taken;
    const std::vector<std::pair<const char *, Words>> groups = {
        {"elderly", {"pop_60plus", "pop_60", "60岁以上", "60岁及以上", "老年人口", "elderly"}},
        {"infants", {"pop_0_3", "0-3岁", "0～3岁", "0至3岁", "婴幼儿", "infants"}},
        {"children_3_6", {"pop_3_6", "3-6岁", "3～6岁", "3至6岁", "children_3_6"}},
        {"total", {"pop_total", "population", "pop", "total", "inhabitants", "常住人口", "人口数", "总人口", "人口",
                   "户籍人口"}},
    };
    for (const auto &[key, words] : groups)
        if (std::string f = pick(fields, words, taken); !f.empty())
            m[key] = f;
    return m;
}

std::optional<std::string> proposeTypeKey(const std::string &value, const std::vector<std::string> &keys)
{
    static const std::vector<std::pair<const char *, Words>> kWords = {
        {"childcare", {"childcare", "托育", "托儿所", "托育机构", "托育中心", "托育园", "育婴园", "托育服务"}},
        {"kindergarten", {"kindergarten", "幼儿园"}},
        {"elderly_care", {"elderly_care", "nursing_home", "养老院", "敬老院", "养老机构", "福利院", "护理院",
                          "老年公寓", "养老中心", "颐养院", "光荣院"}},
        {"elderly_day_care", {"elderly_day_care", "日间照料", "社区养老服务站", "养老服务站", "居家养老服务站",
                              "日照中心", "嵌入式养老"}},
        {"street_elderly_centre", {"street_elderly_centre", "街道综合养老服务中心", "综合养老服务中心",
                                   "街道养老服务中心", "区域养老服务中心"}},
        {"meal_assist", {"meal_assist", "助餐点", "老年食堂", "长者食堂", "助餐"}},
        {"elderly_activity_centre", {"elderly_activity_centre", "老年活动中心", "老年活动室", "老年人活动中心"}},
    };
    const QString v = QString::fromStdString(value).trimmed();
    if (v.isEmpty())
        return std::nullopt;
    auto allowed = [&](const std::string &k) {
        return keys.empty() || std::find(keys.begin(), keys.end(), k) != keys.end();
    };
    for (const std::string &k : keys)
        if (v.compare(QString::fromStdString(k), Qt::CaseInsensitive) == 0)
            return k;
    std::optional<std::string> best;
    qsizetype bestLength = 0;
    for (const auto &[key, words] : kWords) {
        if (!allowed(key))
            continue;
        for (const char *w : words) {
            const QString word = QString::fromUtf8(w);
            const bool hit = isAscii(w) ? v.compare(word, Qt::CaseInsensitive) == 0 : v.contains(word);
            if (hit && word.size() > bestLength) {
                best = key;
                bestLength = word.size();
            }
        }
    }
    return best;
}

TypeValueMapping proposeTypeValues(const std::map<std::string, int> &valueCounts, const std::vector<std::string> &keys)
{
    TypeValueMapping m;
    m.counts = valueCounts;
    for (const auto &[value, count] : valueCounts) {
        if (auto key = proposeTypeKey(value, keys))
            m.mapped[value] = *key;
        else
            m.unmapped.push_back(value);
    }
    return m;
}

std::optional<NumberReading> readNumber(const std::string &text)
{
    QString t = QString::fromStdString(text);
    for (QChar &c : t) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.unicode() == 0xFF0E) // full-width full stop
            c = QChar(u'.');
    }
    // Thousands separators between digits: "1,200", "1，200".
    static const QRegularExpression thousands(QStringLiteral("(?<=\\d)[,，](?=\\d{3}(\\D|$))"));
    t.replace(thousands, QString());
    static const QRegularExpression number(QStringLiteral("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?"));
    auto it = number.globalMatch(t);
    if (!it.hasNext())
        return std::nullopt;
    const QRegularExpressionMatch first = it.next();
    if (it.hasNext())
        return std::nullopt; // "30-40", "2栋120床": which one is meant is the planner's call
    NumberReading r;
    // strtod, not QString::toDouble: a 309-digit number reads as inf, which the
    // caller's plausibility check then names, instead of "not a number".
    r.value = std::strtod(first.captured(0).toLatin1().constData(), nullptr);
    QString rest = t;
    rest.remove(first.capturedStart(0), first.capturedLength(0));
    r.exact = rest.trimmed().isEmpty();
    return r;
}

} // namespace qh
