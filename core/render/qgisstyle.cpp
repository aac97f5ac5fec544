#include "qgisstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "io/geopackage.h"
#include "message.h"
#include "symbology.h"

namespace qh {

namespace {

// lupdate files the words of free functions in namespace qh under "qh".
QString tr(const char *text)
{
    return QCoreApplication::translate("qh", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString rgba(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

/// One QGIS symbol: a fill (polygons) or a marker (points).
QString symbol(int index, const QColor &colour, bool marker, const QString &shape = QStringLiteral("circle"))
{
    const QString options =
        marker ? QStringLiteral("<Option type=\"QString\" name=\"color\" value=\"%1\"/>"
                                "<Option type=\"QString\" name=\"name\" value=\"%2\"/>"
                                "<Option type=\"QString\" name=\"size\" value=\"3\"/>"
                                "<Option type=\"QString\" name=\"outline_color\" value=\"255,255,255,255\"/>"
                                "<Option type=\"QString\" name=\"outline_width\" value=\"0.4\"/>")
                     .arg(rgba(colour), shape)
               : QStringLiteral("<Option type=\"QString\" name=\"color\" value=\"%1\"/>"
                                "<Option type=\"QString\" name=\"style\" value=\"solid\"/>"
                                "<Option type=\"QString\" name=\"outline_color\" value=\"60,60,60,255\"/>"
                                "<Option type=\"QString\" name=\"outline_style\" value=\"%2\"/>"
                                "<Option type=\"QString\" name=\"outline_width\" value=\"0.26\"/>")
                     .arg(rgba(colour), colour.alpha() < 255 ? QStringLiteral("no") : QStringLiteral("solid"));
    return QStringLiteral("<symbol type=\"%1\" name=\"%2\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                          "<layer class=\"%3\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">%4</Option></layer>"
                          "</symbol>")
        .arg(marker ? QStringLiteral("marker") : QStringLiteral("fill"))
        .arg(index)
        .arg(marker ? QStringLiteral("SimpleMarker") : QStringLiteral("SimpleFill"), options);
}

struct Category
{
    QString value;
    QString label;
    QColor colour;
    QString shape = QStringLiteral("circle");
};

QString aliases(const std::vector<std::pair<QString, QString>> &fields)
{
    QString s = QStringLiteral("<aliases>");
    for (std::size_t i = 0; i < fields.size(); ++i)
        s += QStringLiteral("<alias field=\"%1\" index=\"%2\" name=\"%3\"/>").arg(esc(fields[i].first)).arg(i).arg(esc(fields[i].second));
    return s + QStringLiteral("</aliases>");
}

QString qmlDocument(const QString &renderer, const QString &aliasXml)
{
    return QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                          "<qgis version=\"3.22.0\" styleCategories=\"Symbology|Fields\">%1%2</qgis>\n")
        .arg(renderer, aliasXml);
}

QString categorizedQml(const QString &attr, const std::vector<Category> &cats, bool marker, const QString &aliasXml)
{
    QString categories, symbols;
    for (std::size_t i = 0; i < cats.size(); ++i) {
        categories += QStringLiteral("<category render=\"true\" symbol=\"%1\" value=\"%2\" label=\"%3\"/>")
                          .arg(i)
                          .arg(esc(cats[i].value), esc(cats[i].label));
        symbols += symbol(int(i), cats[i].colour, marker, cats[i].shape);
    }
    return qmlDocument(QStringLiteral("<renderer-v2 type=\"categorizedSymbol\" attr=\"%1\" forceraster=\"0\" "
                                      "symbollevels=\"0\" enableorderby=\"0\"><categories>%2</categories>"
                                      "<symbols>%3</symbols></renderer-v2>")
                           .arg(esc(attr), categories, symbols),
                       aliasXml);
}

struct Range
{
    double lower, upper;
    QString label;
    QColor colour;
};

QString graduatedQml(const QString &attr, const std::vector<Range> &ranges, const QString &aliasXml, bool marker = false)
{
    QString rs, symbols;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        rs += QStringLiteral("<range render=\"true\" symbol=\"%1\" lower=\"%2\" upper=\"%3\" label=\"%4\"/>")
                  .arg(i)
                  .arg(ranges[i].lower)
                  .arg(ranges[i].upper)
                  .arg(esc(ranges[i].label));
        QColor c = ranges[i].colour;
        symbols += marker ? symbol(int(i), c, true) : symbol(int(i), c, false).replace(QStringLiteral("value=\"solid\"/><Option type=\"QString\" name=\"outline_width\""),
                                                   QStringLiteral("value=\"no\"/><Option type=\"QString\" name=\"outline_width\""));
    }
    return qmlDocument(QStringLiteral("<renderer-v2 type=\"graduatedSymbol\" attr=\"%1\" graduatedMethod=\"GraduatedColor\" "
                                      "forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\"><ranges>%2</ranges>"
                                      "<symbols>%3</symbols></renderer-v2>")
                           .arg(esc(attr), rs, symbols),
                       aliasXml);
}

/// SLD 1.1 with one rule per category (PropertyIsEqualTo) or range (Between).
QString sld(const QString &layer, const QString &attr, const std::vector<Category> &cats, const std::vector<Range> &ranges,
            bool marker)
{
    auto sym = [marker](const QColor &c) {
        return marker ? QStringLiteral("<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName>"
                                       "<se:Fill><se:SvgParameter name=\"fill\">%1</se:SvgParameter></se:Fill></se:Mark>"
                                       "<se:Size>11</se:Size></se:Graphic></se:PointSymbolizer>")
                            .arg(c.name())
                      : QStringLiteral("<se:PolygonSymbolizer><se:Fill><se:SvgParameter name=\"fill\">%1</se:SvgParameter>"
                                       "<se:SvgParameter name=\"fill-opacity\">%2</se:SvgParameter></se:Fill>"
                                       "<se:Stroke><se:SvgParameter name=\"stroke\">#3c3c3c</se:SvgParameter>"
                                       "<se:SvgParameter name=\"stroke-width\">0.5</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>")
                            .arg(c.name())
                            .arg(c.alphaF(), 0, 'f', 2);
    };
    QString rules;
    for (const Category &c : cats)
        rules += QStringLiteral("<se:Rule><se:Name>%1</se:Name><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>%2</ogc:PropertyName>"
                                "<ogc:Literal>%3</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>%4</se:Rule>")
                     .arg(esc(c.label), esc(attr), esc(c.value), sym(c.colour));
    for (const Range &r : ranges)
        rules += QStringLiteral("<se:Rule><se:Name>%1</se:Name><ogc:Filter><ogc:PropertyIsBetween><ogc:PropertyName>%2</ogc:PropertyName>"
                                "<ogc:LowerBoundary><ogc:Literal>%3</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary>"
                                "<ogc:Literal>%4</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween></ogc:Filter>%5</se:Rule>")
                     .arg(esc(r.label), esc(attr))
                     .arg(r.lower)
                     .arg(r.upper)
                     .arg(sym(r.colour));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StyledLayerDescriptor version=\"1.1.0\" "
                          "xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
                          "xmlns:se=\"http://www.opengis.net/se\"><NamedLayer><se:Name>%1</se:Name><UserStyle>"
                          "<se:Name>%1</se:Name><se:FeatureTypeStyle>%2</se:FeatureTypeStyle></UserStyle></NamedLayer>"
                          "</StyledLayerDescriptor>\n")
        .arg(esc(layer), rules);
}

LayerStyle style(const std::string &table, const QString &qml, const QString &sldText)
{
    return {table, table + " (QuarterHour)", qml.toStdString(), sldText.toStdString()};
}

} // namespace

std::vector<LayerStyle> resultLayerStyles(const AnalysisResult &r, const Evaluation *ev)
{
    std::vector<LayerStyle> out;
    const auto &types = r.profile.types;
    std::vector<Category> typeCats;
    for (std::size_t t = 0; t < types.size(); ++t)
        typeCats.push_back({QString::fromStdString(types[t].key), localLabel(types[t].label, types[t].labelZh),
                            symbology::facilityColour(int(t)), t == 1 ? QStringLiteral("square") : QStringLiteral("circle")});

    // Units: five colours of the first evaluated indicator.
    std::vector<std::pair<QString, QString>> unitAliases{{"unit_id", tr("Code")}, {"name", tr("Unit")}};
    for (const DemandGroup &g : r.groups)
        unitAliases.push_back({QString::fromStdString("pop_" + columnKey(g.key)), localLabel(g.label, g.labelZh)});
    const IndicatorResult *first = nullptr;
    if (ev)
        for (const IndicatorResult &ir : ev->indicators)
            if (ir.available) {
                if (!first)
                    first = &ir;
                const QString k = QString::fromStdString(columnKey(ir.indicator.id));
                const QString label = localLabel(ir.indicator.label, ir.indicator.labelZh);
                unitAliases.push_back({k, label});
                unitAliases.push_back({k + "_target", tr("%1: target").arg(label)});
                unitAliases.push_back({k + "_pass", tr("%1: meets target").arg(label)});
                unitAliases.push_back({k + "_class", tr("%1: warning class").arg(label)});
                unitAliases.push_back({k + "_gap", tr("%1: gap").arg(label)});
            }
    if (first) {
        std::vector<Category> cats;
        for (auto it = first->indicator.warningClasses.rbegin(); it != first->indicator.warningClasses.rend(); ++it)
            cats.push_back({QString::fromStdString(it->key), warningClassName(&*it), QColor(QString::fromStdString(it->colour))});
        cats.push_back({QStringLiteral("not_applicable"), warningClassName(nullptr), symbology::notApplicableColour()});
        const QString attr = QString::fromStdString(columnKey(first->indicator.id) + "_class");
        out.push_back(style("units", categorizedQml(attr, cats, false, aliases(unitAliases)), sld("units", attr, cats, {}, false)));
    } else {
        const QString single = qmlDocument(QStringLiteral("<renderer-v2 type=\"singleSymbol\" forceraster=\"0\" symbollevels=\"0\" "
                                                          "enableorderby=\"0\"><symbols>%1</symbols></renderer-v2>")
                                               .arg(symbol(0, symbology::plainUnitFill(), false)),
                                           aliases(unitAliases));
        out.push_back(style("units", single, sld("units", QStringLiteral("name"), {}, {}, false)));
    }

    // Cells: minutes to the first facility type.
    if (!types.empty()) {
        std::vector<Range> ranges;
        double lower = 0;
        for (const auto &[upper, c] : symbology::minuteClasses()) {
            ranges.push_back({lower, upper, tr("%1–%2 min").arg(lower).arg(upper), c});
            lower = upper;
        }
        ranges.push_back({lower, 1e9, tr("over %1 min").arg(lower), symbology::unreachedColour()});
        const QString attr = QString::fromStdString("min_" + columnKey(types[0].key));
        std::vector<std::pair<QString, QString>> cellAliases{{"unit_id", tr("Unit code")}};
        for (const FacilityType &t : types)
            cellAliases.push_back({QString::fromStdString("min_" + columnKey(t.key)),
                                   tr("Walking minutes to %1").arg(localLabel(t.label, t.labelZh))});
        out.push_back(style("cells", graduatedQml(attr, ranges, aliases(cellAliases)), sld("cells", attr, {}, ranges, false)));
        out.push_back(style("population_points", graduatedQml(attr, ranges, aliases(cellAliases), true),
                            sld("population_points", attr, {}, ranges, true)));
    }

    // Facilities and catchments by type.
    const std::vector<std::pair<QString, QString>> facAliases{
        {"fac_id", tr("Id")}, {"name", tr("Name")}, {"type", tr("Type")}, {"proposed", tr("proposed")},
        {"snap_m", tr("Distance to the network (m)")}};
    out.push_back(style("facilities", categorizedQml(QStringLiteral("type"), typeCats, true, aliases(facAliases)),
                        sld("facilities", QStringLiteral("type"), typeCats, {}, true)));
    std::vector<Category> light = typeCats;
    for (Category &c : light)
        c.colour.setAlpha(90);
    for (const char *table : {"catchments", "catchments_by_type"}) {
        const bool present = std::string(table) == "catchments" ? !r.facilityCatchments.empty() : !r.typeCatchments.empty();
        if (present)
            out.push_back(style(table, categorizedQml(QStringLiteral("type"), light, false, QString()),
                                sld(table, QStringLiteral("type"), light, {}, false)));
    }
    return out;
}

} // namespace qh
