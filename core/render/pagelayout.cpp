#include "pagelayout.h"

#include <cmath>

namespace qh {

namespace {
constexpr double kMarginMm = 10.0;
}

std::optional<PageLayout> PageLayout::parse(const std::string &name)
{
    for (Paper paper : {Paper::A4, Paper::A3})
        for (bool landscape : {false, true}) {
            PageLayout l;
            l.paper = paper;
            l.landscape = landscape;
            if (l.name() == name)
                return l;
        }
    return std::nullopt;
}

std::string PageLayout::name() const
{
    return std::string(paper == Paper::A4 ? "a4" : "a3") + (landscape ? "-landscape" : "-portrait");
}

QSizeF PageLayout::sizeMm() const
{
    const QSizeF portrait = paper == Paper::A4 ? QSizeF(210, 297) : QSizeF(297, 420);
    return landscape ? portrait.transposed() : portrait;
}

QRectF PageLayout::pageRect() const
{
    return QRectF(QPointF(0, 0), sizeMm() * kLayoutUnitsPerMm);
}

QRectF PageLayout::printableRect() const
{
    const double m = kMarginMm * kLayoutUnitsPerMm;
    return pageRect().adjusted(m, m, -m, -m);
}

QSize PageLayout::pixelSize() const
{
    const QSizeF mm = sizeMm();
    return QSize(int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi)));
}

QFont pageFont(double pointSize, bool bold)
{
    // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC: Qt's
    // PDF text map takes the lowest code point of a glyph, and Noto's digits and
    // common ideographs share glyphs with other code points (一 with the Kangxi
    // radical ⼀), so text copied from a PDF would come out wrong.
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace qh
