#pragma once

#include <string>
#include <utility>
#include <vector>

#include <QColor>
#include <QString>

#include "targets/profile.h"

namespace qh {

/// The colours and class names every map element shares (layers, legend, tables).
namespace symbology {

/// Colour classes of walking minutes (upper bounds) and their colours.
const std::vector<std::pair<double, QColor>> &minuteClasses();
/// Beyond the last minute class, or not reached.
QColor unreachedColour();
/// Population points when the map shows where people live (not minutes).
QColor populationPointColour();
/// A reference layer without a colour of its own.
QColor referenceColour();
/// Upper bounds (people per hectare) of the density classes; the last is open.
const std::vector<double> &densityBounds();
/// Sequential colour for population density (people per hectare).
QColor densityColour(double perHa);
QColor facilityColour(int typeIndex);
/// Fill of a unit when units are not classed.
QColor plainUnitFill();
/// The ring around a facility that serves nobody.
QColor servesNobodyColour();
/// A unit where an indicator does not apply (nothing to divide by).
QColor notApplicableColour();
/// The five-colour class in words ("severe shortfall" …), translated; null is
/// "not applicable".
QString className(const WarningClass *c);
/// The class's colour; null (not applicable) has its own.
QColor classColour(const WarningClass *c);

} // namespace symbology


} // namespace qh
