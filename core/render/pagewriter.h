#pragma once

#include <functional>
#include <optional>
#include <string>

#include <QString>

#include "pagelayout.h"

class QPainter;

namespace qh {

/// What a page is written as: vector PDF (several pages) and SVG, raster PNG and TIFF.
enum class PageFormat { Pdf, Svg, Png, Tif };

/// "pdf", "svg", "png", "tif"/"tiff"; empty when unknown.
std::optional<PageFormat> pageFormatOf(const std::string &name);
/// The format a file name's extension says; empty when it says none of them.
std::optional<PageFormat> pageFormatOfPath(const std::string &path);

/// Paints `pageCount` pages into `path`: `paint(painter, page)` draws page `page` in
/// layout units (pageLayout.h) onto any format. PNG, TIFF and SVG hold one page.
/// The file is written beside its final name and renamed into place at the end, so
/// a failure leaves the previous file of that name untouched and no partial file.
/// Throws FileError naming `path` (and "disk full" when it is).
void writePages(const std::string &path, PageFormat format, const PageLayout &layout, int pageCount,
                const std::function<void(QPainter &, int page)> &paint, const QString &title);

} // namespace qh
