#include "symbology.h"

#include <QCoreApplication>
#include <QLocale>

#include "targets/evaluate.h"

namespace qh {

namespace symbology {

const std::vector<std::pair<double, QColor>> &minuteClasses()
{
    static const std::vector<std::pair<double, QColor>> classes = {
        {5, QColor(0, 104, 55)},    {10, QColor(49, 163, 84)},  {15, QColor(161, 217, 155)},
        {20, QColor(254, 196, 79)}, {30, QColor(227, 74, 51)},
    };
    return classes;
}

QColor unreachedColour()
{
    return QColor(120, 0, 30);
}

QColor populationPointColour()
{
    return QColor(84, 39, 143, 190);
}

QColor referenceColour()
{
    return QColor(40, 80, 160);
}

const std::vector<double> &densityBounds()
{
    static const std::vector<double> bounds{5, 15, 30, 60, 100, 150};
    return bounds;
}

QColor densityColour(double perHa)
{
    static const std::pair<double, QColor> ramp[] = {
        {5, QColor(255, 255, 204)}, {15, QColor(255, 237, 160)}, {30, QColor(254, 217, 118)},
        {60, QColor(254, 178, 76)}, {100, QColor(253, 141, 60)}, {150, QColor(240, 59, 32)},
        {1e300, QColor(189, 0, 38)}};
    for (const auto &[upper, c] : ramp)
        if (perHa <= upper)
            return c;
    return ramp[6].second;
}

QColor facilityColour(int typeIndex)
{
    static const QColor colours[] = {QColor(33, 102, 172), QColor(118, 42, 131), QColor(0, 136, 55),
                                     QColor(191, 129, 45)};
    return typeIndex < 0 ? QColor(120, 120, 120) : colours[typeIndex % 4];
}

QColor plainUnitFill()
{
    return QColor(235, 235, 228);
}

QColor servesNobodyColour()
{
    return QColor(215, 25, 28);
}

QColor notApplicableColour()
{
    return QColor(214, 214, 232);
}

QString className(const WarningClass *c)
{
    return warningClassName(c);
}

QColor classColour(const WarningClass *c)
{
    return c ? QColor(QString::fromStdString(c->colour)) : notApplicableColour();
}

} // namespace symbology

} // namespace qh
