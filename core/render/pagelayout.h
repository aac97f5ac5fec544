#pragma once

#include <optional>
#include <string>

#include <QFont>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace qh {

/// Layout units: what page painters draw in, 1/96 inch (a screen pixel at 100 %),
/// whatever the output (PDF, SVG, or a raster at any DPI).
inline constexpr double kLayoutUnitsPerMm = 96.0 / 25.4;
/// Millimetres on paper in layout units.
inline constexpr double layoutMm(double mm)
{
    return mm * kLayoutUnitsPerMm;
}

/// A sheet of paper: size, orientation, and the resolution of raster output.
struct PageLayout
{
    enum class Paper { A4, A3 };
    Paper paper = Paper::A4;
    bool landscape = false;
    int dpi = 300; ///< PNG/TIFF only; PDF and SVG are vectors

    /// "a4-portrait", "a4-landscape", "a3-portrait", "a3-landscape"; empty when unknown.
    static std::optional<PageLayout> parse(const std::string &name);
    std::string name() const;
    QSizeF sizeMm() const;
    /// The whole sheet in layout units.
    QRectF pageRect() const;
    /// The sheet less margins a printer accepts (10 mm each side).
    QRectF printableRect() const;
    /// Pixel size of a raster of the page at `dpi`.
    QSize pixelSize() const;
};

/// The typeface of every exported page: a CJK sans that `packaging/install-deps`
/// installs (Noto Sans CJK SC), so Chinese and Latin text look the same everywhere
/// and are embedded in PDFs. `pointSize` in points.
QFont pageFont(double pointSize, bool bold = false);

} // namespace qh
