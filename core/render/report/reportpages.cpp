// The report's balance, plan and methods pages, and the text helpers of every page.
#include "reportpages.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include "io/table.h"
#include "mappage.h"
#include "maptheme.h"
#include "message.h"
#include "report.h"
#include "reportcharts.h"
#include "reporttable.h"
#include "targets/profile.h"

namespace qh {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qh::Report", text);
}

constexpr int kFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

/// Font metrics at layout resolution, the same on every device.
QFontMetricsF layoutMetrics(const QFont &font)
{
    static const QImage device = [] {
        QImage img(1, 1, QImage::Format_RGB32);
        img.setDotsPerMeterX(int(96 / 0.0254 + 0.5));
        img.setDotsPerMeterY(int(96 / 0.0254 + 0.5));
        return img;
    }();
    return QFontMetricsF(font, &device);
}

/// A layer's file by its name: the folder is the planner's, not the report's.
QString fileName(const std::string &path)
{
    return QString::fromStdString(std::filesystem::path(path).filename().string());
}

QString people(double v)
{
    return QLocale().toString(qint64(std::llround(v)));
}

/// Paragraphs over as many pages as they need: each page a list of paragraphs.
std::vector<QStringList> splitOverPages(const QStringList &paragraphs, double width, double height, double pointSize)
{
    std::vector<QStringList> pages(1);
    double used = 0;
    for (const QString &text : paragraphs) {
        const double h = paragraphHeight(width, text, pointSize) + layoutMm(1.2);
        if (used + h > height && !pages.back().isEmpty()) {
            pages.emplace_back();
            used = 0;
        }
        pages.back() << text;
        used += h;
    }
    return pages;
}

} // namespace

double paragraphHeight(double width, const QString &text, double pointSize, bool bold)
{
    return layoutMetrics(pageFont(pointSize, bold)).boundingRect(QRectF(0, 0, width, 1e6), kFlags, text).height();
}

double paintParagraph(QPainter &p, const QRectF &area, double y, const QString &text, double pointSize, bool bold,
                      const QColor &colour)
{
    p.setFont(pageFont(pointSize, bold));
    p.setPen(colour);
    const double h = paragraphHeight(area.width(), text, pointSize, bold);
    p.drawText(QRectF(area.left(), y, area.width(), h + 1), kFlags, text);
    return y + h;
}

QString Report::profileTitle(const ExportContext &c)
{
    if (!c.targetProfile)
        return tr("Target profile: none");
    return tr("Target profile: %1").arg(localLabel(c.targetProfile->name, c.targetProfile->nameZh));
}

void Report::addBalance()
{
    const AnalysisResult &r = mInput.context.result;
    if (r.lorenz.empty())
        return;
    mPages.push_back({tr("Balance"), [this](QPainter &p, const QRectF &b) {
                          const AnalysisResult &res = mInput.context.result;
                          double y = paintParagraph(p, b, b.top(), tr("Balance of access (资源均衡指数)"), 12, true);
                          y = paintParagraph(p, b, y + layoutMm(2),
                                             tr("How evenly the places a resident can reach (E2SFCA accessibility) are "
                                                "shared among the people of each demand group. A Gini of 0 is perfectly "
                                                "even, 1 is all in one place; the curve shows the share of accessible "
                                                "supply held by the least served share of people."),
                                             8.5);
                          const std::size_t n = res.profile.types.size();
                          const double w = (b.width() - layoutMm(8)) / 2, h = std::min(layoutMm(80), (b.bottom() - y - layoutMm(6)) / double((n + 1) / 2));
                          for (std::size_t t = 0; t < n && t < res.lorenz.size(); ++t) {
                              const FacilityType &ft = res.profile.types[t];
                              const QRectF area(b.left() + double(t % 2) * (w + layoutMm(8)), y + layoutMm(6) + double(t / 2) * h, w, h - layoutMm(4));
                              paintLorenzChart(p, area, res.lorenz[t], localLabel(ft.label, ft.labelZh),
                                               t < res.gini.size() ? res.gini[t] : NAN);
                          }
                      }});
}

void Report::addPlan()
{
    const ExportContext &c = mInput.context;
    const AnalysisResult *base = mInput.baseline;
    if (!base || c.result.scenario != "plan")
        return;
    using Kind = TableColumn::Kind;
    // What changed for each facility type and indicator, region-wide.
    Table effect;
    effect.columns = {{tr("Facility type or indicator"), Kind::Text, 0, 30}, {tr("Baseline"), Kind::Text, 0, 12},
                      {tr("Plan"), Kind::Text, 0, 12}, {tr("Change"), Kind::Text, 0, 14}};
    for (std::size_t t = 0; t < c.result.profile.types.size(); ++t) {
        const FacilityType &ft = c.result.profile.types[t];
        for (std::size_t g = 0; g < c.result.groups.size(); ++g) {
            if (c.result.groups[g].key != ft.demandGroup || t >= base->totalCovered.size())
                continue;
            // Whole people, and the change between the whole numbers shown (372 → 363 is 9 fewer).
            const double before = std::round(base->totalCovered[t][g]), after = std::round(c.result.totalCovered[t][g]);
            std::vector<TableCell> row(4);
            row[0].text = tr("%1: %2 within the circle")
                              .arg(localLabel(ft.label, ft.labelZh), localLabel(c.result.groups[g].label, c.result.groups[g].labelZh));
            row[1].text = people(before);
            row[2].text = people(after);
            row[3].text = after >= before ? tr("%1 newly covered").arg(people(after - before))
                                          : tr("%1 fewer").arg(people(before - after));
            effect.rows.push_back(std::move(row));
        }
    }
    Table units;
    units.columns = {{tr("Unit"), Kind::Text, 0, 16}, {tr("Indicator"), Kind::Text, 0, 30},
                     {tr("Baseline"), Kind::Text, 0, 10}, {tr("Plan"), Kind::Text, 0, 10},
                     {tr("Meets target"), Kind::Text, 0, 14}};
    if (c.evaluation && mInput.baselineEvaluation)
        for (std::size_t i = 0; i < c.evaluation->indicators.size(); ++i) {
            const IndicatorResult &after = c.evaluation->indicators[i];
            const IndicatorResult &before = mInput.baselineEvaluation->indicators[i];
            if (!after.available || !before.available)
                continue;
            const bool share = after.indicator.isShare();
            const TableColumn value{QString(), share ? Kind::Percent : Kind::Number, share ? 1 : 2, 0};
            auto text = [&value](const Score &s) {
                TableCell cell;
                cell.number = s.value;
                return s.value ? cellText(value, cell) : tr("n/a");
            };
            std::vector<TableCell> row(4);
            row[0].text = localLabel(after.indicator.label, after.indicator.labelZh) + tr(" (units meeting it)");
            row[1].text = tr("%1 of %2").arg(before.unitsPassing).arg(before.unitsApplicable);
            row[2].text = tr("%1 of %2").arg(after.unitsPassing).arg(after.unitsApplicable);
            row[3].text = QString::number(after.unitsPassing - before.unitsPassing);
            effect.rows.push_back(std::move(row));
            for (std::size_t u = 0; u < c.region.units.size() && u < after.units.size(); ++u) {
                const Score &a = after.units[u], &bs = before.units[u];
                if (a.value == bs.value)
                    continue;
                std::vector<TableCell> ur(5);
                ur[0].text = QString::fromStdString(c.region.units[u].name);
                ur[1].text = localLabel(after.indicator.label, after.indicator.labelZh);
                ur[2].text = text(bs);
                ur[3].text = text(a);
                ur[4].text = bs.pass == a.pass ? (a.pass ? tr("yes, as before") : tr("no, as before"))
                                               : (a.pass ? tr("now yes") : tr("now no"));
                if (const WarningClass *wc = warningClassOf(a, after))
                    ur[4].fill = wc->colour;
                units.rows.push_back(std::move(ur));
            }
        }
    QStringList proposed;
    for (const Facility &f : c.region.facilities)
        if (f.proposed)
            proposed << QStringLiteral("%1 (%2)").arg(QString::fromStdString(f.name.empty() ? f.id : f.name),
                                                      typeWords(f.type).localText());
    auto effectTable = std::make_shared<PaperTable>(effect);
    auto unitTable = std::make_shared<PaperTable>(units);
    QStringList moved, removed;
    if (c.baselineFacilities)
        for (const Facility &f : *c.baselineFacilities) {
            const QString name = QString::fromStdString(f.name.empty() ? f.id : f.name);
            if (c.project.plan.moved.count(f.id))
                moved << name;
            if (std::find(c.project.plan.removed.begin(), c.project.plan.removed.end(), f.id) != c.project.plan.removed.end())
                removed << name;
        }
    QString summary = scenarioText(c.result);
    if (!proposed.isEmpty())
        summary += tr(". Proposed: %1").arg(proposed.join(tr(", ")));
    if (!moved.isEmpty())
        summary += tr(". Moved: %1").arg(moved.join(tr(", ")));
    if (!removed.isEmpty())
        summary += tr(". Removed: %1").arg(removed.join(tr(", ")));
    // The plan on the map: the first indicator's classes with the changes marked.
    if (c.evaluation && c.baselineFacilities)
        for (std::size_t i = 0; i < c.evaluation->indicators.size(); ++i)
            if (c.evaluation->indicators[i].available) {
                const MapStyle style = styleForTheme(MapTheme::Plan, int(i));
                const QString title = themeTitle(MapTheme::Plan, *mScene, int(i));
                mPages.push_back({tr("Plan"), [this, style, title](QPainter &p, const QRectF &area) {
                                      paintMapPage(p, area, *mScene, style, mapPageText(mInput.context, title));
                                  }});
                break;
            }
    mPages.push_back({tr("Plan"), [effectTable, summary](QPainter &p, const QRectF &b) {
                          double y = paintParagraph(p, b, b.top(), tr("The plan against the baseline"), 12, true);
                          y = paintParagraph(p, b, y + layoutMm(2), summary, 9);
                          effectTable->paintPage(p, QRectF(b.left(), y + layoutMm(4), b.width(), b.bottom() - y - layoutMm(4)), 0);
                      }});
    if (units.rows.empty())
        return;
    const QRectF b = body();
    const int pages = unitTable->pageCount(b.height() - layoutMm(10));
    for (int k = 0; k < pages; ++k)
        mPages.push_back({tr("Plan"), [unitTable, k](QPainter &p, const QRectF &area) {
                              paintParagraph(p, area, area.top(), tr("Indicators that change, per unit"), 12, true);
                              unitTable->paintPage(p, area.adjusted(0, layoutMm(10), 0, 0), k);
                          }});
}

void Report::addMethods()
{
    const ExportContext &c = mInput.context;
    const AnalysisResult &r = c.result;
    QStringList paragraphs;
    paragraphs << tr("Walking network: %1 — %2 nodes, %3 edges, %4 km; %5 connected parts, the largest holding %6 % of the nodes.")
                      .arg(fileName(c.project.network.ref.path))
                      .arg(r.network.nodes)
                      .arg(r.network.edges)
                      .arg(r.network.lengthKm, 0, 'f', 1)
                      .arg(r.network.components)
                      .arg(r.network.largestComponentShare * 100, 0, 'f', 1);
    for (const FacilityType &t : r.profile.types)
        paragraphs << tr("%1: a circle of %2 minutes at %3 m/s (%4 m along the streets); speed: %5.")
                          .arg(localLabel(t.label, t.labelZh))
                          .arg(t.minutes)
                          .arg(t.speedMps, 0, 'f', 2)
                          .arg(t.budgetMetres(), 0, 'f', 0)
                          .arg(QString::fromStdString(t.speedSource.empty() ? std::string("—") : t.speedSource));
    QStringList groups;
    for (std::size_t g = 0; g < r.groups.size() && g < r.totalPop.size(); ++g)
        groups << QStringLiteral("%1 %2").arg(localLabel(r.groups[g].label, r.groups[g].labelZh), people(r.totalPop[g]));
    paragraphs << tr("Population: %1 — %2 cells; %3.")
                      .arg(fileName(c.project.population.ref.path))
                      .arg(c.region.cells.size())
                      .arg(groups.join(tr(", ")));
    if (r.largeCells > 0)
        paragraphs << tr("People are counted where they live: each cell at its representative point, and the %1 cells "
                         "larger than the sampling spacing at several points inside them (%2 points in all), so a large "
                         "cell is not all in or all out of a circle.")
                          .arg(r.largeCells)
                          .arg(r.samplePoints);
    else
        paragraphs << tr("People are counted where they live, each cell at its representative point (%1 points); no "
                         "cell is larger than the sampling spacing.")
                          .arg(r.samplePoints);
    paragraphs << tr("A facility or a home farther than %1 m from a walkable street is not reached. Catchment areas are the "
                     "streets reached within the circle, widened by %2 m either side.")
                      .arg(r.profile.maxSnapDistance, 0, 'f', 0)
                      .arg(r.profile.catchmentBuffer, 0, 'f', 0);
    paragraphs << crsNote(c.project) << profileTitle(c) << tr("Data sources: %1").arg(QString::fromStdString(c.project.attribution));
    QStringList warnings;
    for (const Message &m : c.region.warnings)
        warnings << QStringLiteral("• ") + m.localText();
    for (const Message &m : r.warnings)
        warnings << QStringLiteral("• ") + m.localText();
    if (warnings.isEmpty())
        warnings << tr("No warnings while loading and analysing.");
    const QRectF b = body();
    QStringList all = paragraphs;
    all << QString(); // the warnings' heading goes here
    const int headingAt = int(paragraphs.size());
    all << warnings;
    const std::vector<QStringList> pages = splitOverPages(all, b.width(), b.height() - layoutMm(10), 8.5);
    int seen = 0;
    for (std::size_t k = 0; k < pages.size(); ++k) {
        const QStringList page = pages[k];
        const int first = seen;
        seen += int(page.size());
        mPages.push_back({tr("Methods"), [page, first, headingAt, k](QPainter &p, const QRectF &area) {
                              double y = paintParagraph(p, area, area.top(),
                                                        k == 0 ? tr("Methods and data") : tr("Methods and data (continued)"), 12, true);
                              y += layoutMm(2);
                              for (int i = 0; i < int(page.size()); ++i) {
                                  if (first + i == headingAt) {
                                      y = paintParagraph(p, area, y + layoutMm(2), tr("Warnings from loading and analysis"), 10, true) + layoutMm(1.2);
                                      continue;
                                  }
                                  y = paintParagraph(p, area, y, page[i], 8.5) + layoutMm(1.2);
                              }
                          }});
    }
}

} // namespace qh
