#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "siting/instance.h"
#include "targets/evaluate.h"

namespace qh {
class Feedback;
}

namespace qh::siting {

/// What the suggestion optimises.
enum class Goal
{
    MeetTargets, ///< the least cost of new sites that brings every unit up to the type's targets (set cover)
    MaxCoverage, ///< the most people within a circle with k new sites (maximal covering)
};

/// Which solver answers.
enum class Method
{
    Auto,      ///< the heuristic, then CBC with its answer as a start when the instance is small enough
    Exact,     ///< CBC, whatever the size (within the time limit)
    Heuristic, ///< greedy and local search only
};

/// Where new sites may go. Several sources add up; exclusion areas apply to all.
struct CandidateOptions
{
    std::optional<LayerRef> points;  ///< a point (or polygon) layer: vacant plots, a land register
    std::optional<LayerRef> nodesIn; ///< polygons: the network's junctions inside them
    double gridSpacing = 0.0;        ///< metres; > 0: a regular grid over the walkable network
    std::optional<LayerRef> exclude; ///< polygons no site may fall in (water, protected land)
    std::vector<Point> places;       ///< places given directly (drawn in the app), project CRS
};

struct SuggestRequest
{
    std::string type; ///< facility type key of the project's profile
    Goal goal = Goal::MeetTargets;
    std::size_t k = 0; ///< MaxCoverage: how many new sites
    CandidateOptions candidates;
    /// Sizes a new site can have (capacity in the type's capacity key, cost). Empty:
    /// one size, the median capacity of the type's facilities (40 when there are none).
    std::vector<SiteSize> sizes;
    Method method = Method::Auto;
    /// A site serves people only up to its places, each person at one facility within
    /// reach (existing facilities of the type with theirs): coverage counts people served.
    bool capacitated = false;
    double timeLimitSeconds = 60.0;
    std::string namePrefix = "Suggested site"; ///< names are "<prefix> 1", "<prefix> 2" …
};

/// One suggested new site.
struct SuggestedSite
{
    Facility facility;      ///< proposed, of the requested type, with its capacity
    std::string candidate;  ///< where it came from ("grid 12", "plots.gpkg feature 4" …)
    std::optional<std::size_t> unit; ///< the planning unit it stands in
    double cost = 0.0;
    /// People of the type's demand group within its circle who are within no
    /// existing facility's circle.
    double newlyReached = 0.0;
};

/// What the suggestion found, checked by the engine: `after` is a fresh evaluation
/// with the sites added to the scenario, not the solver's own claim.
struct SuggestResult
{
    Goal goal = Goal::MeetTargets;
    std::string type;
    std::vector<SiteSize> sizes;
    Solution solution;                 ///< the one whose sites are suggested
    std::optional<Solution> heuristic; ///< the heuristic's, when CBC also ran
    std::vector<SuggestedSite> sites;
    std::size_t candidatesGiven = 0, candidatesUsed = 0;
    std::vector<std::string> indicators; ///< ids of the targets aimed at (meet targets)
    /// Per unit, what is still missing after the sites (from `after`), and targets
    /// no placement can meet (people beyond every candidate's reach …).
    Warnings shortfalls;
    Warnings warnings; ///< candidates left out, targets the suggestion does not address
    Evaluation before, after;
    double coveredBefore = 0.0, coveredAfter = 0.0; ///< people of the demand group within a circle of the type
    double demand = 0.0;                            ///< people of the demand group in all
    /// Capacitated: people of the demand group served (each place serves one, within
    /// reach), before and with the sites, from an assignment made afresh from the
    /// engine's searches (not the solver's).
    std::optional<double> servedBefore, servedAfter;
    /// Every unit passes every aimed-at target after the sites (as the engine says).
    bool allUnitsPass = false;
};

/// Suggests new sites for one facility type. `region.facilities` is the scenario as
/// it stands (existing and proposed facilities, all kept where they are); the
/// project's profile must carry the circles of `targets`. Throws DataError with a
/// message for what cannot be asked (an unknown type, no usable candidates, a size
/// of zero, k of zero) and Cancelled when `feedback` is cancelled.
SuggestResult suggestSites(const Project &project, const RegionData &region, const TargetProfile &targets,
                           const SuggestRequest &request, qh::Feedback *feedback = nullptr);

/// Reads "40:1,120:2.5" (capacity:cost, cost 1 when left out) into sizes; throws
/// DataError on anything else, on a capacity outside 1–10,000,000 and a cost ≤ 0.
std::vector<SiteSize> parseSizes(const std::string &text);

/// The plan's facilities applied to a list without a coverage model: removals,
/// moves, capacity changes, then proposals (the scenario a suggestion starts from).
std::vector<Facility> scenarioFacilities(const std::vector<Facility> &layer, const Plan &plan);

} // namespace qh::siting
