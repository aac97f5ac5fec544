#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace qh::siting {

/// A size a new site can be built at: its capacity (places, beds) and its cost in
/// the planner's unit (1 for a standard site, 2.5 for a centre …).
struct SiteSize
{
    double capacity = 0.0;
    double cost = 1.0;
};

/// A site-suggestion problem as the solvers see it: plain numbers, no geometry.
/// Demand points are the people not yet within a circle whom some candidate
/// reaches; candidates are indexed 0 … candidates-1, sizes 0 … sizes-1.
struct Instance
{
    std::size_t candidates = 0;
    std::vector<SiteSize> sizes;
    /// [candidate] the demand points within its circle.
    std::vector<std::vector<std::uint32_t>> reach;
    /// [candidate] the unit it stands in; -1 when none.
    std::vector<int> candidateUnit;
    /// [point] people counted by max-coverage (the type's demand group).
    std::vector<double> pointWeight;

    /// Σ weight·covered over the points ≥ need (people of a group within a circle).
    struct CoverRow
    {
        std::vector<std::pair<std::uint32_t, double>> points;
        double need = 0.0;
    };
    /// Σ perPlace·capacity of the sites opened in `unit` ≥ need (places per 1,000,
    /// a share of places).
    struct CapacityRow
    {
        int unit = -1;
        double perPlace = 1.0;
        double need = 0.0;
    };
    /// At least `need` sites of capacity ≥ minCapacity opened in `unit`.
    struct CountRow
    {
        int unit = -1;
        double minCapacity = 0.0;
        double need = 1.0;
    };
    std::vector<CoverRow> cover;
    std::vector<CapacityRow> capacity;
    std::vector<CountRow> count;

    /// Max-coverage: at most this many new sites.
    std::size_t k = 0;

    /// Capacitated: a site serves people only up to its capacity, each person at one
    /// site within reach; the type's existing facilities take part with their places.
    /// Serve rows then count people served, not people within a circle, and max
    /// coverage counts people served.
    bool capacitated = false;
    std::vector<std::vector<std::uint32_t>> fixedReach; ///< [existing facility] points within its circle
    std::vector<double> fixedCapacity;                  ///< [existing facility] its places
    std::vector<int> pointUnit;                         ///< [point] unit, -1 for none
    /// People (point weights) of `unit` served ≥ need.
    struct ServeRow
    {
        int unit = -1;
        double need = 0.0;
    };
    std::vector<ServeRow> serve;
    std::size_t units = 0; ///< number of units (serve rows index them)

    std::size_t points() const { return pointWeight.size(); }
};

/// The sites a solver opens: (candidate, size index), each candidate at most once.
struct Opening
{
    std::uint32_t candidate = 0;
    std::size_t size = 0;
    bool operator==(const Opening &) const = default;
};

/// What a solver found.
struct Solution
{
    std::vector<Opening> open;      ///< sorted by candidate
    double objective = 0.0;         ///< cost (meet targets) or people covered (max coverage)
    std::optional<double> bound;    ///< best bound the solver proved, when it has one
    bool optimal = false;           ///< proven optimal
    bool timeLimitReached = false;
    bool feasible = true;           ///< every row met (meet targets)
    std::string method;             ///< "heuristic", "exact (CBC)"
    std::string status;             ///< CBC: how it ended ("optimal", "time limit", "infeasible" …)
    double seconds = 0.0;

    /// Relative gap between objective and bound (0 when optimal); empty without a bound.
    std::optional<double> gap() const;
};

/// Whether every row of the instance is met by these sites, and the total cost.
bool meetsRows(const Instance &instance, const std::vector<Opening> &open);
double costOf(const Instance &instance, const std::vector<Opening> &open);
/// People (point weights) within the circle of at least one of the sites.
double coveredWeight(const Instance &instance, const std::vector<Opening> &open);
/// Capacitated: the most people the sites and the fixed facilities serve together.
double servedWeight(const Instance &instance, const std::vector<Opening> &open);
/// Capacitated: whether every serve row can be met at once; `servedPerUnit`, when
/// given, gets what each unit is served towards its need.
bool meetsServeRows(const Instance &instance, const std::vector<Opening> &open,
                    std::vector<double> *servedPerUnit = nullptr, std::vector<double> *servedPerPoint = nullptr);

} // namespace qh::siting
