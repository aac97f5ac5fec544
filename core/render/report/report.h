#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QRectF>
#include <QString>

#include "exportcontext.h"
#include "io/table.h"
#include "pagelayout.h"

class QPainter;

namespace qh {

/// What a report is made from: the analysis (with its plan, when it has one) and,
/// for a plan, the baseline it is compared with.
struct ReportInput
{
    ExportContext context;
    const AnalysisResult *baseline = nullptr;       ///< null: no plan to compare
    const Evaluation *baselineEvaluation = nullptr;
};

/// The multi-page report (规划说明书 annex): cover with the key figures and the
/// profile's policy sources, an overview map, a five-colour map per evaluated
/// indicator, a minutes map per facility type, unit tables per indicator (split
/// over pages, headers repeated), the balance index with a Lorenz chart per type,
/// the plan against the baseline, and the methods with every loading warning.
/// Every page has a running head and "page n of N"; the words are in the interface
/// language. Pages are laid out when the report is made, so the count is known.
class Report
{
public:
    Report(const ReportInput &input, const PageLayout &layout);
    ~Report();
    // The pages' painters hold `this`: a report stays where it was made.
    Report(const Report &) = delete;
    Report &operator=(const Report &) = delete;

    int pageCount() const { return int(mPages.size()); }
    /// Paints page `page` (0-based) in layout units over the whole sheet.
    void paintPage(QPainter &painter, int page) const;
    QString title() const { return mTitle; }
    /// Each page's heading, for a table of contents and tests.
    QStringList headings() const;

private:
    struct Page
    {
        QString heading;
        std::function<void(QPainter &, const QRectF &body)> paint;
    };
    void addCover();
    void addMaps();
    void addTables();
    void addBalance();
    void addPlan();
    void addMethods();
    QRectF body() const;
    /// "Target profile: …" or that there is none.
    static QString profileTitle(const ExportContext &context);
    /// The key figures of the cover: every indicator for the whole region.
    static Table keyFigures(const Evaluation &evaluation);

    ReportInput mInput;
    PageLayout mLayout;
    QString mTitle;
    std::shared_ptr<MapScene> mScene;
    std::vector<Page> mPages;
};

} // namespace qh
