#include "siting/suggest.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "coverage/model.h"
#include "feedback.h"
#include "scenario/limits.h"
#include "siting/assignment.h"
#include "siting/candidates.h"
#include "siting/exact.h"
#include "siting/heuristic.h"
#include "siting/rows.h"

namespace qh::siting {

namespace {

std::string whole(double v)
{
    return std::isfinite(v) && std::abs(v) < 9e15 ? std::to_string(std::llround(v)) : std::string("?");
}

std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

/// Units and facilities: all that evaluate() reads of a region.
RegionData unitsAndFacilities(const RegionData &region, std::vector<Facility> facilities)
{
    RegionData out;
    out.units = region.units;
    out.facilities = std::move(facilities);
    return out;
}

double coveredOf(const AnalysisResult &a, int type, std::optional<std::size_t> group)
{
    return group ? a.totalCovered[std::size_t(type)][*group] : 0.0;
}

/// The default size: the median capacity of the type's facilities, else 40.
std::vector<SiteSize> defaultSizes(const std::vector<Facility> &facilities, const FacilityType &type)
{
    std::vector<double> caps;
    for (const Facility &f : facilities)
        if (f.type == type.key)
            if (auto it = f.capacity.find(type.capacityKey); it != f.capacity.end() && it->second > 0)
                caps.push_back(it->second);
    if (caps.empty())
        return {{40.0, 1.0}};
    std::sort(caps.begin(), caps.end());
    return {{std::max(1.0, std::round(caps[caps.size() / 2])), 1.0}};
}

/// Small enough for CBC to be asked by default (its answer is then checked
/// against the heuristic's, and the better one is kept).
bool smallEnoughForExact(const Instance &in)
{
    std::size_t reachSize = 0;
    for (const auto &r : in.reach)
        reachSize += r.size();
    // Capacitated, CBC has a column per person-and-site pair within reach.
    return in.candidates * in.sizes.size() <= 20000 && reachSize <= (in.capacitated ? 1000000 : 5000000);
}

/// People served as the engine sees them: fresh searches from every facility of the
/// type (the last `newSites` are the suggested ones), an assignment of people to
/// places, and per unit the coverage targets of the type's group met or not.
struct ServedCheck
{
    double before = 0.0, after = 0.0;
    std::vector<double> perNewSite;
    Warnings shortfalls;
};

ServedCheck checkServed(const CoverageModel &model, const RegionData &region, int t, std::size_t group,
                        const Evaluation &evaluation, std::size_t newSites)
{
    const FacilityType &type = model.project().profile.types[std::size_t(t)];
    std::vector<Point> at;
    std::vector<double> places;
    for (const Facility &f : model.facilities())
        if (f.type == type.key) {
            at.push_back(f.pos);
            places.push_back(f.capacityOf(type.capacityKey));
        }
    std::vector<std::vector<std::uint32_t>> reach;
    for (const PlaceReach &r : model.reachFrom(at, t)) {
        auto &list = reach.emplace_back();
        for (const auto &pm : r.points)
            list.push_back(pm.first);
    }
    std::vector<double> people;
    for (const auto &pop : model.samplePopulation())
        people.push_back(pop[group]);
    ServedCheck out;
    const std::size_t existing = reach.size() - newSites;
    {
        const std::vector<std::vector<std::uint32_t>> old(reach.begin(), reach.begin() + long(existing));
        const std::vector<double> oldPlaces(places.begin(), places.begin() + long(existing));
        Assignment a(people, old, oldPlaces);
        out.before = a.solve();
    }
    Assignment a(people, reach, places);
    out.after = a.solve();
    // What each new site adds: the people served with it less those served without it.
    out.perNewSite.assign(newSites, 0.0);
    for (std::size_t i = 0; i < newSites; ++i) {
        std::vector<std::vector<std::uint32_t>> without = reach;
        std::vector<double> placesWithout = places;
        placesWithout[existing + i] = 0.0;
        Assignment b(people, without, placesWithout);
        out.perNewSite[i] = out.after - b.solve();
    }
    // Per unit: the target share of its people served, all units at once.
    const auto &units = model.sampleUnits();
    std::vector<int> unitOf(units.size(), -1);
    for (std::size_t p = 0; p < units.size(); ++p)
        if (units[p])
            unitOf[p] = int(*units[p]);
    for (const IndicatorResult &ir : evaluation.indicators) {
        if (ir.indicator.facilityType != type.key || ir.indicator.kind != IndicatorKind::CoverageShare ||
            ir.indicator.group != type.demandGroup || !ir.available)
            continue;
        std::vector<double> need(region.units.size(), 0.0), demand(region.units.size(), 0.0);
        for (std::size_t p = 0; p < units.size(); ++p)
            if (units[p])
                demand[*units[p]] += people[p];
        for (std::size_t u = 0; u < need.size(); ++u)
            need[u] = ir.units[u].applicable ? ir.units[u].target * demand[u] : 0.0;
        Assignment c(people, reach, places);
        c.solveGrouped(unitOf, need);
        std::vector<double> served(need.size(), 0.0);
        for (std::size_t p = 0; p < units.size(); ++p)
            if (units[p])
                served[*units[p]] += c.served()[p];
        for (std::size_t u = 0; u < need.size(); ++u)
            if (served[u] < need[u] - 1e-6 * std::max(1.0, need[u]))
                out.shortfalls.push_back(Message::coded(
                    "unit_still_short_served", {region.units[u].name.empty() ? Message(region.units[u].id) : Message(region.units[u].name),
                                                Message::label(ir.indicator.label, ir.indicator.labelZh),
                                                whole(need[u] - served[u])}));
    }
    return out;
}

} // namespace

std::vector<SiteSize> parseSizes(const std::string &text)
{
    std::vector<SiteSize> out;
    std::stringstream all(text);
    std::string item;
    while (std::getline(all, item, ',')) {
        SiteSize s;
        const auto colon = item.find(':');
        const std::string cap = item.substr(0, colon), cost = colon == std::string::npos ? "" : item.substr(colon + 1);
        char *end = nullptr;
        s.capacity = std::strtod(cap.c_str(), &end);
        const bool capOk = !cap.empty() && end && *end == '\0';
        bool costOk = true;
        if (!cost.empty()) {
            s.cost = std::strtod(cost.c_str(), &end);
            costOk = end && *end == '\0';
        } else if (colon != std::string::npos) {
            costOk = false;
        }
        if (!capOk || !costOk)
            throw DataError(Message::coded("size_unreadable", {item}));
        if (!limits::capacity.contains(s.capacity) || s.capacity < 1)
            throw DataError(Message::coded("size_capacity_range", {item}));
        if (!(s.cost > 0) || !std::isfinite(s.cost))
            throw DataError(Message::coded("size_cost_positive", {item}));
        out.push_back(s);
    }
    if (out.empty())
        throw DataError(Message::coded("size_unreadable", {text}));
    return out;
}

std::vector<Facility> scenarioFacilities(const std::vector<Facility> &layer, const Plan &plan)
{
    std::vector<Facility> out;
    const std::set<std::string> removed(plan.removed.begin(), plan.removed.end());
    for (Facility f : layer) {
        if (removed.count(f.id))
            continue;
        if (auto m = plan.moved.find(f.id); m != plan.moved.end())
            f.pos = m->second;
        if (auto c = plan.changed.find(f.id); c != plan.changed.end())
            for (const auto &[key, value] : c->second)
                f.capacity[key] = value;
        out.push_back(std::move(f));
    }
    for (Facility f : plan.added) {
        f.proposed = true;
        out.push_back(std::move(f));
    }
    return out;
}

SuggestResult suggestSites(const Project &project, const RegionData &region, const TargetProfile &targets,
                           const SuggestRequest &request, Feedback *feedback)
{
    SuggestResult res;
    res.goal = request.goal;
    res.type = request.type;
    const int t = project.profile.typeIndex(request.type);
    if (t < 0) {
        std::string known;
        for (const FacilityType &ft : project.profile.types)
            known += (known.empty() ? "" : ", ") + ft.key;
        throw DataError(Message::coded("suggest_unknown_type", {request.type, known}));
    }
    const FacilityType &type = project.profile.types[std::size_t(t)];
    if (request.goal == Goal::MaxCoverage && request.k == 0)
        throw DataError(Message::coded("suggest_k_zero"));
    res.sizes = request.sizes.empty() ? defaultSizes(region.facilities, type) : request.sizes;
    for (const SiteSize &s : res.sizes)
        if (!(s.capacity >= 1 && limits::capacity.contains(s.capacity)) || !(s.cost > 0) || !std::isfinite(s.cost))
            throw DataError(Message::coded("size_capacity_range", {number(s.capacity) + ":" + number(s.cost)}));

    if (feedback)
        feedback->step(0, QT_TRANSLATE_NOOP("qh::Feedback", "searching from every facility"));
    CoverageModel model(project, region);
    const AnalysisResult before = model.result();
    res.before = evaluate(targets, before, unitsAndFacilities(region, model.facilities()));
    const auto group = before.groupIndex(type.demandGroup);
    res.coveredBefore = coveredOf(before, t, group);
    res.demand = group ? before.totalPop[*group] : 0.0;

    // Candidates: usable when on the network and inside a unit.
    std::vector<Candidate> candidates =
        gatherCandidates(request.candidates, project, model.graph(), model.snapIndex(), res.warnings);
    res.candidatesGiven = candidates.size();
    if (candidates.empty())
        throw DataError(Message::coded("no_candidates"));
    std::vector<Point> positions;
    for (const Candidate &c : candidates)
        positions.push_back(c.pos);
    std::vector<PlaceReach> reach = model.reachFrom(positions, t, feedback);
    std::vector<std::size_t> used;
    std::size_t offNetwork = 0, outside = 0, duplicate = 0;
    std::set<std::pair<double, double>> seen;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!reach[i].snapDistance)
            ++offNetwork;
        else if (!reach[i].unit)
            ++outside;
        else if (!seen.insert({positions[i].x, positions[i].y}).second)
            ++duplicate;
        else
            used.push_back(i);
    }
    if (offNetwork)
        res.warnings.push_back(Message::coded("candidates_off_network",
                                              {std::to_string(offNetwork), whole(project.profile.maxSnapDistance)}));
    if (outside)
        res.warnings.push_back(Message::coded("candidates_outside_units", {std::to_string(outside)}));
    if (duplicate)
        res.warnings.push_back(Message::coded("candidates_duplicate", {std::to_string(duplicate)}));
    res.candidatesUsed = used.size();
    if (used.empty())
        throw DataError(Message::coded("no_usable_candidates", {std::to_string(candidates.size()),
                                                                std::to_string(offNetwork), std::to_string(outside)}));

    TargetRows rows = buildRows(model, region, before, res.before, t, reach, used, res.sizes, request.goal,
                                request.capacitated);
    rows.instance.k = request.k;
    res.indicators = rows.aimedAt;
    for (Message &m : rows.notAddressed)
        res.warnings.push_back(std::move(m));
    for (Message &m : rows.unreachable)
        res.shortfalls.push_back(std::move(m));
    if (feedback)
        feedback->step(100, QT_TRANSLATE_NOOP("qh::Feedback", "choosing sites"));

    const bool maxCoverage = request.goal == Goal::MaxCoverage;
    const Instance &in = rows.instance;
    // The heuristic always runs: its answer is CBC's first solution.
    const Solution heuristic = maxCoverage ? maxCoverageHeuristic(in, request.timeLimitSeconds)
                                           : meetTargetsHeuristic(in, request.timeLimitSeconds);
    res.solution = heuristic;
    const bool runExact = request.method == Method::Exact ||
                          (request.method == Method::Auto && smallEnoughForExact(in) && in.candidates > 0);
    if (runExact) {
        Solution exact = solveExact(in, maxCoverage, request.timeLimitSeconds, &heuristic);
        res.heuristic = heuristic;
        const bool better = exact.feasible &&
                            (!heuristic.feasible ||
                             (maxCoverage ? exact.objective >= heuristic.objective - 1e-9
                                          : exact.objective <= heuristic.objective + 1e-9));
        if (better) {
            res.solution = exact;
        } else {
            // CBC found nothing better (or nothing): the heuristic's sites, named as
            // such, with what CBC proved about them.
            res.solution.bound = exact.bound;
            res.solution.optimal = exact.optimal && exact.feasible &&
                                   std::abs(exact.objective - heuristic.objective) < 1e-9;
            res.solution.timeLimitReached = exact.timeLimitReached;
        }
        res.solution.seconds = heuristic.seconds + exact.seconds;
    }

    // The suggested sites, as facilities of the scenario.
    std::set<std::string> ids;
    for (const Facility &f : region.facilities)
        ids.insert(f.id);
    std::size_t n = 0;
    for (const Opening &o : res.solution.open) {
        const std::size_t ci = used[o.candidate];
        SuggestedSite site;
        std::string id;
        do
            id = "suggested-" + std::to_string(++n);
        while (ids.count(id));
        ids.insert(id);
        site.facility.id = id;
        site.facility.name = request.namePrefix + " " + std::to_string(n);
        site.facility.type = type.key;
        site.facility.pos = positions[ci];
        site.facility.proposed = true;
        const double capacity = res.sizes[o.size].capacity;
        if (!type.capacityKey.empty())
            site.facility.capacity[type.capacityKey] = capacity;
        for (const std::string &key : rows.alsoCarry) // e.g. inclusive places: new public sites are inclusive
            site.facility.capacity[key] = capacity;
        site.candidate = candidates[ci].source.text();
        site.cost = res.sizes[o.size].cost;
        site.unit = reach[ci].unit;
        const auto &nearest = model.nearestMetres(t);
        for (const auto &[p, metres] : reach[ci].points)
            if (group && nearest[p] > type.budgetMetres())
                site.newlyReached += model.samplePopulation()[p][*group];
        if (request.capacitated) // newly served, not only newly within a circle: filled below
            site.newlyReached = 0.0;
        std::string error;
        if (!model.addFacility(site.facility, &error))
            throw DataError(Message(error));
        res.sites.push_back(std::move(site));
    }

    if (request.capacitated && group) {
        // The check of a capacitated claim: the engine's searches from every facility
        // of the type as it now stands, and an assignment of people to places made
        // from them alone; per unit, at least the target share served.
        const ServedCheck check = checkServed(model, region, t, *group, res.before, res.sites.size());
        res.servedBefore = check.before;
        res.servedAfter = check.after;
        for (std::size_t i = 0; i < res.sites.size(); ++i)
            res.sites[i].newlyReached = check.perNewSite[i];
        for (const Message &m : check.shortfalls)
            res.shortfalls.push_back(m);
    }
    // The engine's check of the claim: a fresh evaluation with the sites added.
    const AnalysisResult after = model.result();
    res.after = evaluate(targets, after, unitsAndFacilities(region, model.facilities()));
    res.coveredAfter = coveredOf(after, t, group);
    res.allUnitsPass = !res.indicators.empty() && res.shortfalls.empty();
    for (const IndicatorResult &ir : res.after.indicators) {
        if (std::find(res.indicators.begin(), res.indicators.end(), ir.indicator.id) == res.indicators.end())
            continue;
        const bool servedCounts = request.capacitated && ir.indicator.kind == IndicatorKind::CoverageShare &&
                                  ir.indicator.group == type.demandGroup;
        for (std::size_t u = 0; u < ir.units.size(); ++u) {
            const Score &s = ir.units[u];
            if (!s.applicable || s.pass || servedCounts) // served people were checked above
                continue;
            res.allUnitsPass = false;
            res.shortfalls.push_back(Message::coded(
                "unit_still_short", {region.units[u].name.empty() ? Message(region.units[u].id) : Message(region.units[u].name),
                                     Message::label(ir.indicator.label, ir.indicator.labelZh),
                                     s.gapText.empty() ? Message("?") : s.gapText}));
        }
    }
    return res;
}

} // namespace qh::siting
