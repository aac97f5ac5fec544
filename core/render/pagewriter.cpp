#include "pagewriter.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "error.h"
#include "io/outputs.h"
#include "message.h"

namespace qh {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

constexpr double kLayoutDpi = 96.0;

void paintPdf(const QString &file, const PageLayout &layout, int pages,
              const std::function<void(QPainter &, int)> &paint, const QString &title)
{
    QPdfWriter pdf(file);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("QuarterHour"));
    pdf.setResolution(int(kLayoutDpi));
    pdf.setPageSize(QPageSize(layout.paper == PageLayout::Paper::A4 ? QPageSize::A4 : QPageSize::A3));
    pdf.setPageOrientation(layout.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&pdf))
        throw FileError(file.toStdString() + ": cannot start the PDF");
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage())
            throw FileError(file.toStdString() + ": cannot add a page");
        p.save();
        try {
            paint(p, i);
        } catch (...) {
            p.restore();
            p.end();
            throw;
        }
        p.restore();
    }
    if (!p.end())
        throw FileError(file.toStdString() + ": cannot finish the PDF");
}

void paintSvg(const QString &file, const PageLayout &layout, const std::function<void(QPainter &, int)> &paint,
              const QString &title)
{
    QSvgGenerator svg;
    svg.setFileName(file);
    svg.setTitle(title);
    svg.setResolution(int(kLayoutDpi));
    const QRectF page = layout.pageRect();
    svg.setSize(page.size().toSize());
    svg.setViewBox(page);
    QPainter p;
    if (!p.begin(&svg))
        throw FileError(file.toStdString() + ": cannot start the SVG");
    paint(p, 0);
    p.end();
}

void paintRaster(const QString &file, const char *format, const PageLayout &layout,
                 const std::function<void(QPainter &, int)> &paint)
{
    QImage img(layout.pixelSize(), QImage::Format_RGB32);
    if (img.isNull())
        throw FileError(file.toStdString() + ": the page at " + std::to_string(layout.dpi) + " DPI is too large for memory");
    img.fill(Qt::white);
    // Painted in layout units: fonts are sized for 96 DPI, then everything is scaled.
    const int layoutDpm = int(kLayoutDpi / 0.0254 + 0.5);
    img.setDotsPerMeterX(layoutDpm);
    img.setDotsPerMeterY(layoutDpm);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        const double s = double(img.width()) / layout.pageRect().width();
        p.scale(s, s);
        paint(p, 0);
    }
    const int dpm = int(layout.dpi / 0.0254 + 0.5);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    // Encoded in memory, then written: a full disk is our write's error, not one in
    // libpng's (which prints to stderr and, in Qt 6.4, leaks its row buffer).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (std::string(format) == "tiff")
        writer.setCompression(1); // LZW
    if (!writer.write(img))
        throw FileError(file.toStdString() + ": " + writer.errorString().toStdString());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        throw FileError(file.toStdString() + ": cannot write (" + out.errorString().toStdString() + ")");
}

} // namespace

std::optional<PageFormat> pageFormatOf(const std::string &name)
{
    const std::string n = lower(name);
    if (n == "pdf")
        return PageFormat::Pdf;
    if (n == "svg")
        return PageFormat::Svg;
    if (n == "png")
        return PageFormat::Png;
    if (n == "tif" || n == "tiff")
        return PageFormat::Tif;
    return std::nullopt;
}

std::optional<PageFormat> pageFormatOfPath(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext.empty())
        return std::nullopt;
    return pageFormatOf(ext.substr(1));
}

void writePages(const std::string &path, PageFormat format, const PageLayout &layout, int pageCount,
                const std::function<void(QPainter &, int)> &paint, const QString &title)
{
    writeFileAtomically(path, [&](const std::string &part) {
        const QString file = QString::fromStdString(part);
        switch (format) {
        case PageFormat::Pdf:
            paintPdf(file, layout, pageCount, paint, title);
            break;
        case PageFormat::Svg:
            paintSvg(file, layout, paint, title);
            break;
        case PageFormat::Png:
            paintRaster(file, "png", layout, paint);
            break;
        case PageFormat::Tif:
            paintRaster(file, "tiff", layout, paint);
            break;
        }
    });
}

} // namespace qh
