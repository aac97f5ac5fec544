#include "report.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "io/table.h"
#include "mappage.h"
#include "maptheme.h"
#include "message.h"
#include "reportpages.h"
#include "reporttable.h"
#include "targets/profile.h"

namespace qh {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qh::Report", text);
}

} // namespace

Table Report::keyFigures(const Evaluation &ev)
{
    using Kind = TableColumn::Kind;
    Table t;
    t.columns = {{tr("Indicator"), Kind::Text, 0, 30},      {tr("Whole region"), Kind::Text, 0, 10},
                 {tr("Target"), Kind::Text, 0, 9},          {tr("Units meeting the target"), Kind::Text, 0, 12},
                 {tr("Warning class"), Kind::Text, 0, 12}};
    for (const IndicatorResult &ir : ev.indicators) {
        std::vector<TableCell> row(5);
        row[0].text = localLabel(ir.indicator.label, ir.indicator.labelZh);
        if (!ir.available) {
            row[1].text = tr("not evaluated (see below)");
            t.rows.push_back(std::move(row));
            continue;
        }
        const bool share = ir.indicator.isShare();
        const TableColumn value{QString(), share ? Kind::Percent : Kind::Number, share ? 1 : 2, 0};
        TableCell v, target;
        v.number = ir.region.value;
        target.number = ir.region.target;
        row[1].text = ir.region.value ? cellText(value, v) : ir.region.notApplicableReason.localText();
        row[2].text = cellText(value, target);
        row[3].text = tr("%1 of %2").arg(ir.unitsPassing).arg(ir.unitsApplicable);
        const WarningClass *wc = warningClassOf(ir.region, ir);
        row[4].text = warningClassName(wc);
        if (wc)
            row[4].fill = wc->colour;
        t.rows.push_back(std::move(row));
    }
    return t;
}

Report::Report(const ReportInput &input, const PageLayout &layout) : mInput(input), mLayout(layout)
{
    mTitle = tr("15-minute service circles: assessment of %1").arg(QString::fromStdString(input.context.project.name));
    mScene = std::make_shared<MapScene>(exportScene(input.context, false));
    addCover();
    addMaps();
    addTables();
    addBalance();
    addPlan();
    addMethods();
}

Report::~Report() = default;

QRectF Report::body() const
{
    const QRectF r = mLayout.printableRect();
    return r.adjusted(0, layoutMm(8), 0, -layoutMm(8));
}

QStringList Report::headings() const
{
    QStringList h;
    for (const Page &p : mPages)
        h << p.heading;
    return h;
}

void Report::paintPage(QPainter &p, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF r = mLayout.printableRect();
    // Running head and foot.
    p.setFont(pageFont(7));
    p.setPen(QColor(90, 90, 90));
    p.drawText(QRectF(r.left(), r.top(), r.width(), layoutMm(5)), Qt::AlignLeft | Qt::AlignVCenter, mTitle);
    p.drawText(QRectF(r.left(), r.top(), r.width(), layoutMm(5)), Qt::AlignRight | Qt::AlignVCenter,
               mPages[std::size_t(page)].heading);
    p.setPen(QPen(QColor(170, 170, 170), 0.5));
    p.drawLine(QPointF(r.left(), r.top() + layoutMm(5.5)), QPointF(r.right(), r.top() + layoutMm(5.5)));
    p.setPen(QColor(90, 90, 90));
    p.drawText(QRectF(r.left(), r.bottom() - layoutMm(5), r.width(), layoutMm(5)), Qt::AlignCenter,
               tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    p.drawText(QRectF(r.left(), r.bottom() - layoutMm(5), r.width(), layoutMm(5)), Qt::AlignRight | Qt::AlignVCenter,
               madeOnNote());
    p.restore();
    p.save();
    mPages[std::size_t(page)].paint(p, body());
    p.restore();
}

void Report::addCover()
{
    const ExportContext &c = mInput.context;
    std::shared_ptr<PaperTable> figures;
    if (c.evaluation)
        figures = std::make_shared<PaperTable>(keyFigures(*c.evaluation));
    mPages.push_back({tr("Cover"), [this, figures](QPainter &p, const QRectF &b) {
                          const ExportContext &ctx = mInput.context;
                          double y = b.top() + layoutMm(20);
                          y = paintParagraph(p, b, y, tr("15-minute service circles for elderly care and childcare"), 13, false, QColor(90, 90, 90));
                          y = paintParagraph(p, b, y + layoutMm(2), QString::fromStdString(ctx.project.name), 24, true);
                          double residents = 0;
                          if (!ctx.result.totalPop.empty())
                              residents = ctx.result.totalPop[0];
                          y = paintParagraph(p, b, y + layoutMm(2),
                                             tr("%1 planning units · %2 residents · %3 facilities")
                                                 .arg(ctx.region.units.size())
                                                 .arg(QLocale().toString(qint64(residents)))
                                                 .arg(ctx.region.facilities.size()),
                                             11);
                          y = paintParagraph(p, b, y + layoutMm(1), scenarioText(ctx.result), 11);
                          y = paintParagraph(p, b, y + layoutMm(6), profileTitle(ctx), 11, true);
                          if (ctx.targetProfile) {
                              for (const auto &[id, citation] : ctx.targetProfile->sources)
                                  y = paintParagraph(p, b.adjusted(layoutMm(4), 0, 0, 0), y + layoutMm(1),
                                                     QStringLiteral("• ") + QString::fromStdString(citation), 8.5);
                          }
                          y = paintParagraph(p, b, y + layoutMm(4), crsNote(ctx.project), 9);
                          y = paintParagraph(p, b, y + layoutMm(1), madeOnNote(), 9);
                          if (figures) {
                              y = paintParagraph(p, b, y + layoutMm(8), tr("Key figures for the whole region"), 12, true);
                              const QRectF room(b.left(), y + layoutMm(2), b.width(), b.bottom() - y - layoutMm(2));
                              figures->paintPage(p, room, 0);
                              y = room.top() + figures->height(room.height(), 0) + layoutMm(3);
                              for (const IndicatorResult &ir : ctx.evaluation->indicators)
                                  if (!ir.available)
                                      y = paintParagraph(p, b, y + layoutMm(1),
                                                         tr("Not evaluated: %1 — %2")
                                                             .arg(localLabel(ir.indicator.label, ir.indicator.labelZh),
                                                                  ir.unavailableReason.localText()),
                                                         8);
                          } else {
                              paintParagraph(p, b, y + layoutMm(8), tr("No target profile is set: the report shows coverage, not targets."), 10);
                          }
                      }});
}

void Report::addMaps()
{
    const ExportContext &c = mInput.context;
    auto mapPage = [this](const QString &heading, MapTheme theme, int index) {
        const MapStyle style = styleForTheme(theme, index);
        const QString title = themeTitle(theme, *mScene, index);
        mPages.push_back({heading, [this, style, title](QPainter &p, const QRectF &b) {
                              paintMapPage(p, b, *mScene, style, mapPageText(mInput.context, title));
                          }});
    };
    mapPage(tr("Overview map"), MapTheme::Facilities, 0);
    if (c.evaluation)
        for (std::size_t i = 0; i < c.evaluation->indicators.size(); ++i)
            if (c.evaluation->indicators[i].available)
                mapPage(tr("Five-colour map"), MapTheme::Warning, int(i));
    for (std::size_t t = 0; t < c.result.profile.types.size(); ++t)
        mapPage(tr("Walking minutes"), MapTheme::Minutes, int(t));
}

void Report::addTables()
{
    const ExportContext &c = mInput.context;
    if (!c.evaluation)
        return;
    const QRectF b = body();
    const double titleH = layoutMm(10), gap = layoutMm(6);
    // Tables that fit share a page; a long one runs over pages of its own.
    struct Block
    {
        std::shared_ptr<PaperTable> table;
        QString title;
        int page;
    };
    std::vector<std::vector<Block>> pages;
    double used = b.height(); // no page yet
    for (const IndicatorResult &ir : c.evaluation->indicators) {
        if (!ir.available)
            continue;
        auto table = std::make_shared<PaperTable>(indicatorTable(c.region, ir));
        const QString name = localLabel(ir.indicator.label, ir.indicator.labelZh);
        const int count = table->pageCount(b.height() - titleH);
        for (int k = 0; k < count; ++k) {
            const double h = titleH + table->height(b.height() - titleH, k);
            if (used + h > b.height()) {
                pages.emplace_back();
                used = 0;
            }
            pages.back().push_back({table, count > 1 && k > 0 ? tr("%1 (continued, %2 of %3)").arg(name).arg(k + 1).arg(count) : name, k});
            used += h + gap;
        }
    }
    for (const std::vector<Block> &blocks : pages)
        mPages.push_back({tr("Unit tables"), [blocks, titleH, gap, b](QPainter &p, const QRectF &area) {
                              double y = area.top();
                              for (const Block &bl : blocks) {
                                  paintParagraph(p, area, y, bl.title, 11, true);
                                  bl.table->paintPage(p, QRectF(area.left(), y + titleH, area.width(), b.height() - titleH), bl.page);
                                  y += titleH + bl.table->height(b.height() - titleH, bl.page) + gap;
                              }
                          }});
}

} // namespace qh
