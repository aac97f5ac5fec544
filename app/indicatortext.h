#pragma once

#include <optional>
#include <string>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "coverage/analysis.h"
#include "targets/evaluate.h"

namespace qh {

class Planner;

/// Indicator values and gaps in the interface's language, shared by the tables, the
/// unit card and the hover card.
class IndicatorText
{
    Q_DECLARE_TR_FUNCTIONS(qh::IndicatorText)
public:
    /// A value in the indicator's own terms: shares as %, the rest as numbers; "–" for none.
    static QString value(const Indicator &indicator, std::optional<double> v);
    /// A capacity column in words ("childcare places" …).
    static QString capacity(const std::string &key);
    /// What is missing, in the planner's terms (the engine's own gap text is English,
    /// for files); empty when the target is met. `oneUnit`: said of a single unit.
    static QString gap(const Indicator &indicator, const Score &score, const AnalysisResult &analysis, bool oneUnit);
    /// Why the indicator does not apply in a unit ("not applicable: no childcare places
    /// here to take a share of").
    static QString notApplicable(const Score &score);
    /// What a score says in a sentence: met, the gap, or why it does not apply.
    static QString verdict(const Indicator &indicator, const Score &score, const AnalysisResult &analysis);
    /// Why a facility serves nobody, if it does not: off the network, outside every
    /// unit, or no one of its demand group within its circle. Empty when it serves.
    static QStringList facilityProblems(const Planner &planner, std::size_t facility);
    /// The card of a facility: name, type, existing or proposed, capacities, people
    /// within its circle, and what is wrong with it (rich text).
    static QString facilityCard(const Planner &planner, std::size_t facility);
    /// The hover card of a unit: its name and the indicator `indicatorIndex` (value,
    /// target, gap) as rich text.
    static QString unitCard(const Planner &planner, std::size_t unit, int indicatorIndex);
};

} // namespace qh
