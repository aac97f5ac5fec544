#include "io/table.h"

#include <cmath>
#include <set>

#include <QCoreApplication>
#include <QLocale>

#include "message.h"

namespace qh {

namespace {

// lupdate files the words of free functions in namespace qh under "qh".
QString tr(const char *text)
{
    return QCoreApplication::translate("qh", text);
}

using Kind = TableColumn::Kind;

TableCell num(double v)
{
    TableCell c;
    if (std::isfinite(v))
        c.number = v;
    return c;
}

TableCell opt(const std::optional<double> &v, const QString &why = {})
{
    TableCell c;
    if (v && std::isfinite(*v))
        c.number = *v;
    else
        c.text = why;
    return c;
}

TableCell text(const QString &t)
{
    TableCell c;
    c.text = t;
    return c;
}

QString groupLabel(const DemandGroup &g)
{
    return localLabel(g.label, g.labelZh);
}

/// Value, target, pass, class (as fill) and gap of one score.
void scoreCells(std::vector<TableCell> &row, const Score &sc, const IndicatorResult &ir)
{
    const WarningClass *wc = warningClassOf(sc, ir);
    row.push_back(opt(sc.value)); // why not: in the gap column
    row.push_back(num(sc.target));
    row.push_back(text(!sc.applicable ? tr("not applicable") : sc.pass ? tr("yes") : tr("no")));
    TableCell cls = text(warningClassName(wc));
    if (wc)
        cls.fill = wc->colour;
    row.push_back(cls);
    row.push_back(text((sc.applicable ? sc.gapText : sc.notApplicableReason).localText()));
}

} // namespace

Table unitTable(const RegionData &region, const AnalysisResult &r, const Evaluation *ev)
{
    Table t;
    t.name = tr("Units");
    auto col = [&t](const QString &header, Kind kind, int decimals = 1, double width = 12) {
        t.columns.push_back({header, kind, decimals, width});
    };
    col(tr("Code"), Kind::Text, 0, 12);
    col(tr("Unit"), Kind::Text, 0, 18);
    for (const DemandGroup &g : r.groups)
        col(tr("%1 (people)").arg(groupLabel(g)), Kind::Number, 0, 12);
    for (const FacilityType &type : r.profile.types) {
        const QString tl = localLabel(type.label, type.labelZh);
        col(tr("%1: facilities").arg(tl), Kind::Count, 0, 10);
        col(tr("%1: %2").arg(tl, capacityWords(type.capacityKey).localText()), Kind::Number, 0, 11);
        QString ratioGroup;
        for (const DemandGroup &g : r.groups)
            if (g.key == type.ratioGroup)
                ratioGroup = groupLabel(g);
        col(tr("%1: %2 per 1,000 %3").arg(tl, capacityWords(type.capacityKey).localText(), ratioGroup), Kind::Number, 1, 12);
        for (const DemandGroup &g : r.groups)
            if (g.key == type.demandGroup)
                col(tr("%1: %2 within %3 min (%)").arg(tl, groupLabel(g)).arg(type.minutes), Kind::Percent, 1, 14);
    }
    std::vector<const IndicatorResult *> indicators;
    if (ev)
        for (const IndicatorResult &ir : ev->indicators)
            if (ir.available) {
                indicators.push_back(&ir);
                const QString il = localLabel(ir.indicator.label, ir.indicator.labelZh);
                const bool share = ir.indicator.isShare();
                col(share ? tr("%1 (%)").arg(il) : il, share ? Kind::Percent : Kind::Number, share ? 1 : 2, 16);
                col(tr("%1: target").arg(il), share ? Kind::Percent : Kind::Number, share ? 1 : 2, 9);
                col(tr("%1: meets target").arg(il), Kind::Text, 0, 9);
                col(tr("%1: warning class").arg(il), Kind::Text, 0, 14);
                col(tr("%1: gap or why not applicable").arg(il), Kind::Text, 0, 28);
            }


    for (std::size_t u = 0; u < region.units.size() && u < r.units.size(); ++u) {
        const UnitResult &ur = r.units[u];
        std::vector<TableCell> row;
        row.push_back(text(QString::fromStdString(region.units[u].id)));
        row.push_back(text(QString::fromStdString(region.units[u].name)));
        for (double p : ur.pop)
            row.push_back(num(p));
        for (std::size_t ty = 0; ty < r.profile.types.size(); ++ty) {
            row.push_back(num(ur.facilityCount[ty]));
            row.push_back(num(ur.capacity[ty]));
            row.push_back(opt(ur.ratioPer1000[ty], tr("no residents")));
            for (std::size_t g = 0; g < r.groups.size(); ++g)
                if (r.groups[g].key == r.profile.types[ty].demandGroup)
                    row.push_back(ur.pop[g] > 0 ? num(ur.share(ty, g)) : text(tr("no residents")));
        }
        for (const IndicatorResult *ir : indicators)
            scoreCells(row, ir->units[u], *ir);
        t.rows.push_back(std::move(row));
    }
    // The whole region.
    std::vector<TableCell> row;
    row.push_back(text(QString()));
    row.push_back(text(tr("Whole region")));
    for (double p : r.totalPop)
        row.push_back(num(p));
    for (std::size_t ty = 0; ty < r.profile.types.size(); ++ty) {
        double count = 0, capacity = 0, ratioPop = 0;
        for (const UnitResult &ur : r.units) {
            count += ur.facilityCount[ty];
            capacity += ur.capacity[ty];
        }
        for (std::size_t g = 0; g < r.groups.size(); ++g)
            if (r.groups[g].key == r.profile.types[ty].ratioGroup)
                ratioPop = r.totalPop[g];
        row.push_back(num(count));
        row.push_back(num(capacity));
        row.push_back(ratioPop > 0 ? num(capacity / ratioPop * 1000.0) : text(tr("no residents")));
        for (std::size_t g = 0; g < r.groups.size(); ++g)
            if (r.groups[g].key == r.profile.types[ty].demandGroup)
                row.push_back(r.totalPop[g] > 0 ? num(r.totalCovered[ty][g] / r.totalPop[g]) : text(tr("no residents")));
    }
    for (const IndicatorResult *ir : indicators)
        scoreCells(row, ir->region, *ir);
    t.rows.push_back(std::move(row));
    t.lastRowIsTotal = true;
    return t;
}

Table facilityTable(const RegionData &region, const AnalysisResult &r)
{
    Table t;
    t.name = tr("Facilities");
    std::set<std::string> keys;
    for (const Facility &f : region.facilities)
        for (const auto &[k, v] : f.capacity)
            keys.insert(k);
    t.columns = {{tr("Id"), Kind::Text, 0, 12},         {tr("Name"), Kind::Text, 0, 24},
                 {tr("Type"), Kind::Text, 0, 14},       {tr("Unit"), Kind::Text, 0, 16},
                 {tr("Status"), Kind::Text, 0, 10}};
    for (const std::string &k : keys)
        t.columns.push_back({capacityWords(k).localText(), Kind::Number, 0, 11});
    t.columns.push_back({tr("Distance to the network (m)"), Kind::Number, 0, 12});
    t.columns.push_back({tr("People within its circle"), Kind::Number, 0, 12});
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const Facility &f = region.facilities[i];
        const FacilityResult *fr = i < r.facilities.size() ? &r.facilities[i] : nullptr;
        std::vector<TableCell> row;
        row.push_back(text(QString::fromStdString(f.id)));
        row.push_back(text(QString::fromStdString(f.name)));
        QString type = QString::fromStdString(f.type);
        if (fr && fr->typeIndex >= 0) {
            const FacilityType &ft = r.profile.types[std::size_t(fr->typeIndex)];
            type = localLabel(ft.label, ft.labelZh);
        }
        row.push_back(text(type));
        row.push_back(text(fr && fr->unit ? QString::fromStdString(region.units[*fr->unit].name) : tr("outside every unit")));
        row.push_back(text(f.proposed ? tr("proposed") : tr("existing")));
        for (const std::string &k : keys) {
            const auto it = f.capacity.find(k);
            row.push_back(it == f.capacity.end() ? text(QString()) : num(it->second));
        }
        row.push_back(fr ? opt(fr->snapDistance, tr("off the network")) : text(QString()));
        double people = 0;
        if (fr && fr->typeIndex >= 0)
            for (std::size_t g = 0; g < r.groups.size(); ++g)
                if (r.groups[g].key == r.profile.types[std::size_t(fr->typeIndex)].demandGroup && g < fr->coveredPop.size())
                    people = fr->coveredPop[g];
        row.push_back(num(people));
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table indicatorTable(const RegionData &region, const IndicatorResult &ir)
{
    Table t;
    const QString il = localLabel(ir.indicator.label, ir.indicator.labelZh);
    t.name = il;
    const bool share = ir.indicator.isShare();
    const Kind kind = share ? Kind::Percent : Kind::Number;
    t.columns = {{tr("Unit"), Kind::Text, 0, 18},
                 {share ? tr("Value (%)") : tr("Value"), kind, share ? 1 : 2, 9},
                 {share ? tr("Target (%)") : tr("Target"), kind, share ? 1 : 2, 9},
                 {tr("Meets target"), Kind::Text, 0, 9},
                 {tr("Warning class"), Kind::Text, 0, 12},
                 {tr("Gap or why not applicable"), Kind::Text, 0, 34}};
    for (std::size_t u = 0; u < region.units.size() && u < ir.units.size(); ++u) {
        std::vector<TableCell> row{text(QString::fromStdString(region.units[u].name))};
        scoreCells(row, ir.units[u], ir);
        t.rows.push_back(std::move(row));
    }
    std::vector<TableCell> row{text(tr("Whole region"))};
    scoreCells(row, ir.region, ir);
    t.rows.push_back(std::move(row));
    t.lastRowIsTotal = true;
    return t;
}

QString cellText(const TableColumn &column, const TableCell &cell)
{
    if (!cell.number)
        return cell.text;
    const QLocale locale;
    switch (column.kind) {
    case Kind::Text:
        return cell.text;
    case Kind::Count:
        return locale.toString(qint64(std::llround(*cell.number)));
    case Kind::Number:
        return locale.toString(*cell.number, 'f', column.decimals);
    case Kind::Percent:
        return locale.toString(*cell.number * 100.0, 'f', column.decimals) + QStringLiteral(" %");
    }
    return {};
}

} // namespace qh
