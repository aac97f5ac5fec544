#include "mappage.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "legend.h"
#include "mapscene.h"
#include "mapstyle.h"
#include "mapview.h"
#include "northarrow.h"
#include "pagelayout.h"
#include "scalebar.h"

namespace qh {

namespace {

/// Draws `text` word-wrapped from `top` in `width`; returns the height used.
double paintWrapped(QPainter &p, const QPointF &topLeft, double width, const QString &text)
{
    const QRectF room(topLeft, QSizeF(width, 1e6));
    const QRectF used = p.boundingRect(room, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(room, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return used.height();
}

/// The height `text` takes word-wrapped in `width` in the painter's font.
double wrappedHeight(const QPainter &p, double width, const QString &text)
{
    const QFontMetricsF fm(p.font());
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text).height();
}

/// The notes and sources as the panel draws them: their height in `width`.
double notesHeight(QPainter &p, double width, const MapPageText &text, bool scaleBar)
{
    double h = scaleBar ? layoutMm(11) : 0;
    p.setFont(pageFont(7.5));
    for (const QString &note : text.notes)
        h += wrappedHeight(p, width, note) + layoutMm(1);
    if (!text.sources.isEmpty()) {
        p.setFont(pageFont(6.5));
        h += wrappedHeight(p, width, text.sources) + layoutMm(1);
    }
    return h;
}

/// The whole region small in the frame's bottom-left corner: units outlined, the
/// part the frame shows in red.
void paintOverview(QPainter &p, const QRectF &frame, const MapScene &scene, const MapView &shown)
{
    const Rect all = scene.extent();
    if (all.isEmpty())
        return;
    const double side = std::min(layoutMm(38), std::min(frame.width(), frame.height()) / 3);
    const QRectF box(frame.left() + layoutMm(2), frame.bottom() - side - layoutMm(2), side, side);
    const MapView small = MapView::fitting(all, box.size().toSize());
    p.save();
    p.setPen(QPen(QColor(120, 120, 120), 0.6));
    p.setBrush(Qt::white);
    p.drawRect(box);
    p.setClipRect(box);
    p.translate(box.topLeft());
    const QTransform toBox = small.toDevice();
    p.setPen(QPen(QColor(90, 90, 90), 0.5));
    p.setBrush(QColor(235, 235, 230));
    for (const MapScene::UnitShape &u : scene.units())
        p.drawPath(toBox.map(u.path));
    // The frame's part of the map, from the frame's corners.
    const QPointF a = shown.toMap(QPointF(0, 0)), b = shown.toMap(QPointF(shown.size.width(), shown.size.height()));
    p.setPen(QPen(QColor(220, 30, 30), 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(toBox.map(a), toBox.map(b)).normalized());
    p.restore();
}

} // namespace

double roundScale(double denominator)
{
    if (!(denominator > 0) || !std::isfinite(denominator))
        return denominator;
    const double mag = std::pow(10.0, std::floor(std::log10(denominator)));
    for (double f : {1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0})
        if (f * mag >= denominator * (1 - 1e-9))
            return f * mag;
    return 10 * mag;
}

void paintLayoutScaleBar(QPainter &p, const QPointF &topLeft, double maxWidth, double metresPerUnit)
{
    const double len = roundScaleLength(maxWidth * 0.8 * metresPerUnit);
    const double w = len / metresPerUnit;
    const int parts = 4;
    const double h = layoutMm(1.6);
    p.setPen(QPen(Qt::black, 0.6));
    for (int i = 0; i < parts; ++i) {
        p.setBrush(i % 2 ? Qt::white : Qt::black);
        p.drawRect(QRectF(topLeft.x() + w * i / parts, topLeft.y(), w / parts, h));
    }
    p.setFont(pageFont(7));
    const QFontMetricsF fm(p.font());
    auto label = [](double metres) {
        return metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000) : QStringLiteral("%1 m").arg(metres);
    };
    const double ty = topLeft.y() + h + fm.ascent() + layoutMm(0.6);
    p.drawText(QPointF(topLeft.x() - fm.horizontalAdvance(QStringLiteral("0")) / 2, ty), QStringLiteral("0"));
    const QString mid = label(len / 2), end = label(len);
    p.drawText(QPointF(topLeft.x() + w / 2 - fm.horizontalAdvance(mid) / 2, ty), mid);
    p.drawText(QPointF(topLeft.x() + w - fm.horizontalAdvance(end) / 2, ty), end);
    const double denominator = metresPerUnit / (0.0254 / 96.0);
    const QString ratio = QCoreApplication::translate("qh::MapPage", "Scale 1:%1")
                              .arg(QLocale(QLocale::English).toString(qint64(std::llround(denominator))));
    p.drawText(QPointF(topLeft.x(), ty + fm.height() + layoutMm(0.5)), ratio);
}

MapView paintMapPage(QPainter &p, const QRectF &area, const MapScene &scene, const MapStyle &style,
                     const MapPageText &text, const MapPageOptions &options)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // Title band: the title on up to two lines, then the subtitle.
    p.setPen(Qt::black);
    p.setFont(pageFont(15, true));
    const QFontMetricsF tm(p.font());
    const double titleH = std::min(wrappedHeight(p, area.width(), text.title), 2 * tm.lineSpacing());
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleH), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               text.title);
    double top = area.top() + titleH;
    if (!text.subtitle.isEmpty()) {
        p.setFont(pageFont(9));
        const QFontMetricsF sm(p.font());
        p.setPen(QColor(60, 60, 60));
        p.drawText(QPointF(area.left(), top + sm.ascent() + layoutMm(0.5)), sm.elidedText(text.subtitle, Qt::ElideRight, area.width()));
        top += sm.height() + layoutMm(0.5);
    }
    top += layoutMm(3);

    // Frame and panel: the panel beside the map in landscape, below it in portrait,
    // as tall as the legend or the notes need.
    const bool landscape = area.width() > area.height();
    p.setFont(pageFont(8));
    const Legend legend = options.legend ? legendFor(scene, style) : Legend{};
    const QSizeF legendBox = legendSize(p, legend);
    const double legendW = landscape ? layoutMm(64) : std::min(legendBox.width(), area.width() / 2 - layoutMm(3));
    const double notesW = landscape ? layoutMm(64) : area.width() - legendW - layoutMm(6);
    const double notesH = notesHeight(p, notesW, text, options.scaleBar);
    const double panelSize = landscape ? layoutMm(64) : std::max(legendBox.height(), notesH);
    const QRectF rest(area.left(), top, area.width(), area.bottom() - top);
    const QRectF frame = landscape ? rest.adjusted(0, 0, -panelSize - layoutMm(4), 0) : rest.adjusted(0, 0, 0, -panelSize - layoutMm(4));
    const QRectF panel = landscape ? QRectF(frame.right() + layoutMm(4), rest.top(), panelSize, rest.height())
                                   : QRectF(rest.left(), frame.bottom() + layoutMm(4), rest.width(), panelSize);

    // The map, fitted and then set to a round scale, clipped to its frame.
    MapView view = MapView::fitting(options.extent ? *options.extent : scene.extent(), frame.size().toSize());
    view.metresPerPixel = roundScale(view.metresPerPixel / (0.0254 / 96.0)) * (0.0254 / 96.0);
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    MapStyle inFrame = style;
    inFrame.showLegend = false;
    inFrame.showScaleBar = false;
    inFrame.showNorthArrow = false;
    scene.render(p, view, inFrame);
    p.restore();
    if (options.extent && options.overview)
        paintOverview(p, frame, scene, view);
    p.setPen(QPen(Qt::black, 0.8));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    if (options.northArrow)
        paintNorthArrow(p, QPointF(frame.right() - layoutMm(8), frame.top() + layoutMm(4)));

    // The panel: legend; then scale bar, notes and sources.
    p.setFont(pageFont(8));
    double notesLeft = panel.left(), notesTop = panel.top();
    if (!legend.sections.empty()) {
        paintLegendAt(p, legend, panel.topLeft(), legendW);
        if (landscape)
            notesTop = panel.top() + legendBox.height() + layoutMm(5);
        else
            notesLeft = panel.left() + legendW + layoutMm(6);
    }
    const double notesWidth = landscape ? panel.width() : panel.right() - notesLeft;
    double y = notesTop;
    if (options.scaleBar) {
        paintLayoutScaleBar(p, QPointF(notesLeft + layoutMm(2), y), std::min(notesWidth, layoutMm(60)), view.metresPerPixel);
        y += layoutMm(11);
    }
    p.setPen(QColor(40, 40, 40));
    p.setFont(pageFont(7.5));
    for (const QString &note : text.notes)
        y += paintWrapped(p, QPointF(notesLeft, y), notesWidth, note) + layoutMm(1);
    if (!text.sources.isEmpty()) {
        p.setPen(QColor(80, 80, 80));
        p.setFont(pageFont(6.5));
        paintWrapped(p, QPointF(notesLeft, y + layoutMm(1)), notesWidth, text.sources);
    }
    p.restore();
    return view;
}

} // namespace qh
