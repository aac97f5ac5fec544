#include "planner.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "feedback.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "io/reference.h"
#include "scenario/project.h"

namespace qh {

Planner::Planner(const QString &projectPath, QObject *parent)
    : Planner(loadProject(projectPath.toStdString()), projectPath, parent)
{
}

Planner::Planner(const Project &project, const QString &projectPath, QObject *parent, Feedback *feedback)
    : QObject(parent)
    , mPath(projectPath)
    , mProject(project)
{
    init(feedback);
}

std::map<std::string, std::string> Planner::relocateMissing(Project &project)
{
    namespace fs = std::filesystem;
    std::map<std::string, std::string> found;
    const fs::path home = fs::absolute(fs::path(project.path)).parent_path();
    for (LayerRef *ref : {&project.network.ref, &project.facilities.ref, &project.population.ref, &project.units.ref}) {
        if (ref->path.empty() || sourceExists(ref->path))
            continue;
        const std::string name = fs::path(ref->path).filename().string();
        std::string hit;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(home, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator() && hit.empty(); it.increment(ec)) {
            if (it.depth() > 3)
                it.disable_recursion_pending();
            if (it->is_regular_file(ec) && it->path().filename() == name)
                hit = it->path().string();
        }
        found[ref->path] = hit;
        if (!hit.empty())
            ref->path = hit;
    }
    return found;
}

bool Planner::canPlaceAt(const Point &at) const
{
    return at.x >= mValidArea.minX && at.x <= mValidArea.maxX && at.y >= mValidArea.minY && at.y <= mValidArea.maxY;
}

void Planner::init(Feedback *feedback)
{
    mValidArea = mProject.crs.validArea();
    if (!mProject.targets.empty()) {
        mTargets = loadTargetProfile(mProject.targets);
        applyTargetOverrides(*mTargets, mProject.targetOverrides);
        applyCircles(mProject, *mTargets);
    }
    mLoaded = loadRegion(mProject, feedback);
    rebuild(feedback);
    // The planner is made on a loader thread and moved to the UI thread: the
    // watcher must move with it (a member is destroyed before its parent's
    // destructor runs, so the parent never deletes it).
    mCatchmentWatcher.setParent(this);
    connect(&mCatchmentWatcher, &QFutureWatcher<std::vector<std::pair<std::string, Catchment>>>::finished, this, [this] {
        for (auto &[id, c] : mCatchmentWatcher.result())
            mCatchments[id] = std::move(c);
        emit catchmentsChanged();
        if (mCatchmentsAgain) {
            mCatchmentsAgain = false;
            requestCatchments();
        }
    });
}

Planner::~Planner()
{
    mCatchmentWatcher.waitForFinished();
}

std::string Planner::catchmentKey(const Facility &f, int type) const
{
    const FacilityType &t = mProject.profile.types[type];
    return f.id + "|" + std::to_string(f.pos.x) + "|" + std::to_string(f.pos.y) + "|" + std::to_string(type) + "|"
           + std::to_string(t.budgetMetres());
}

void Planner::requestCatchments()
{
    if (mCatchmentWatcher.isRunning()) {
        mCatchmentsAgain = true; // once this batch is in, look again
        return;
    }
    struct Job
    {
        std::string id, key;
        int type;
        Point pos;
        double budget;
    };
    std::vector<Job> jobs;
    std::map<std::string, bool> live;
    for (std::size_t i = 0; i < mRegion.facilities.size(); ++i) {
        const Facility &f = mRegion.facilities[i];
        const int type = mResult.facilities[i].typeIndex;
        if (type < 0)
            continue;
        live[f.id] = true;
        const std::string key = catchmentKey(f, type);
        auto it = mCatchments.find(f.id);
        if (it == mCatchments.end() || it->second.key != key)
            jobs.push_back({f.id, key, type, f.pos, mProject.profile.types[type].budgetMetres()});
    }
    bool dropped = false;
    for (auto it = mCatchments.begin(); it != mCatchments.end();)
        if (!live.count(it->first)) {
            it = mCatchments.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    if (jobs.empty()) {
        if (dropped)
            emit catchmentsChanged();
        return;
    }
    // The task keeps the model (and so its immutable graph) alive even if the
    // project is rebuilt meanwhile.
    std::shared_ptr<const CoverageModel> model = mModel;
    const double buffer = mProject.profile.catchmentBuffer, maxSnap = mProject.profile.maxSnapDistance;
    mCatchmentWatcher.setFuture(QtConcurrent::run([model, jobs, buffer, maxSnap] {
        std::vector<std::pair<std::string, Catchment>> out;
        for (const Job &j : jobs)
            out.push_back({j.id, {j.key, j.type, catchmentAt(model->graph(), model->snapIndex(), j.pos, j.budget, buffer, maxSnap)}});
        return out;
    }));
}

bool Planner::hasCurrentCatchment(std::size_t i) const
{
    const int type = mResult.facilities[i].typeIndex;
    const auto it = type >= 0 ? mCatchments.find(mRegion.facilities[i].id) : mCatchments.end();
    return it != mCatchments.end() && it->second.key == catchmentKey(mRegion.facilities[i], type);
}

std::vector<std::pair<int, MultiPolygon>> Planner::currentCatchments() const
{
    std::vector<std::pair<int, MultiPolygon>> out;
    for (std::size_t i = 0; i < mRegion.facilities.size() && i < mResult.facilities.size(); ++i)
        if (hasCurrentCatchment(i))
            out.push_back({mResult.facilities[i].typeIndex, mCatchments.at(mRegion.facilities[i].id).polygon});
    return out;
}

std::size_t Planner::catchmentsPending() const
{
    std::size_t pending = 0;
    for (std::size_t i = 0; i < mRegion.facilities.size() && i < mResult.facilities.size(); ++i)
        pending += mResult.facilities[i].typeIndex >= 0 && !hasCurrentCatchment(i);
    return pending;
}

void Planner::waitForCatchments()
{
    while (mCatchmentWatcher.isRunning() || mCatchmentsAgain) {
        mCatchmentWatcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void Planner::rebuild(Feedback *feedback)
{
    adoptModel(std::make_shared<CoverageModel>(mProject, mLoaded, feedback));
}

void Planner::adoptModel(std::shared_ptr<CoverageModel> model)
{
    // Baseline: the layers as loaded. Then the plan, applied through the same edits
    // the user makes, so a reopened plan gives the same numbers as when it was made.
    mModel = std::move(model);
    mBaseline = mModel->result();
    mRegion = mLoaded;
    mBaselineEvaluation.reset();
    if (mTargets)
        mBaselineEvaluation = evaluate(*mTargets, mBaseline, mRegion);
    applyPlan(*mModel, mProject.plan);
    refresh();
}

void Planner::refresh()
{
    const auto t0 = std::chrono::steady_clock::now();
    mResult = mModel->result();
    mRegion.facilities = mModel->facilities();
    mEvaluation.reset();
    if (mTargets)
        mEvaluation = evaluate(*mTargets, mResult, mRegion);
    mLastUpdateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    emit changed();
}

std::string Planner::newProposalId() const
{
    for (int i = 1;; ++i) {
        const std::string id = "P" + std::to_string(i);
        if (!facility(id))
            return id;
    }
}

std::optional<Facility> Planner::facility(const std::string &id) const
{
    for (const Facility &f : mRegion.facilities)
        if (f.id == id)
            return f;
    for (const Facility &f : mProject.plan.added)
        if (f.id == id)
            return f;
    return std::nullopt;
}

bool Planner::addFacility(const Facility &f)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (!mModel->addFacility(f))
        return false;
    // Bringing back an existing facility (undo of a removal) takes it off the plan's
    // removals; anything else is a proposal.
    auto it = std::find(mProject.plan.removed.begin(), mProject.plan.removed.end(), f.id);
    if (it != mProject.plan.removed.end() && !f.proposed) {
        mProject.plan.removed.erase(it);
        for (const Facility &orig : mLoaded.facilities)
            if (orig.id == f.id && (orig.pos.x != f.pos.x || orig.pos.y != f.pos.y))
                mProject.plan.moved[f.id] = f.pos;
    } else {
        mProject.plan.added.push_back(f);
    }
    mModified = true;
    refresh();
    mLastUpdateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return true;
}

bool Planner::moveFacility(const std::string &id, const Point &pos)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (!mModel->moveFacility(id, pos))
        return false;
    bool proposal = false;
    for (Facility &f : mProject.plan.added)
        if (f.id == id) {
            f.pos = pos;
            proposal = true;
        }
    if (!proposal)
        mProject.plan.moved[id] = pos;
    mModified = true;
    refresh();
    mLastUpdateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return true;
}

bool Planner::removeFacility(const std::string &id)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (!mModel->removeFacility(id))
        return false;
    auto &added = mProject.plan.added;
    auto it = std::find_if(added.begin(), added.end(), [&](const Facility &f) { return f.id == id; });
    if (it != added.end()) {
        added.erase(it);
    } else {
        mProject.plan.removed.push_back(id);
        mProject.plan.moved.erase(id);
    }
    mModified = true;
    refresh();
    mLastUpdateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return true;
}

bool Planner::setCapacity(const std::string &id, const std::string &key, double value)
{
    if (!mModel->setCapacity(id, key, value))
        return false;
    for (Facility &f : mProject.plan.added)
        if (f.id == id)
            f.capacity[key] = value;
    mModified = true;
    refresh();
    return true;
}

void Planner::setIndicatorTarget(const std::string &indicatorId, double target)
{
    if (!mTargets)
        return;
    mProject.targetOverrides[indicatorId] = target;
    applyTargetOverrides(*mTargets, mProject.targetOverrides);
    mBaselineEvaluation = evaluate(*mTargets, mBaseline, mLoaded);
    mModified = true;
    emit settingsChanged();
    refresh();
}

bool Planner::replaceFacility(const std::string &id, const Facility &now)
{
    auto &added = mProject.plan.added;
    auto it = std::find_if(added.begin(), added.end(), [&](const Facility &f) { return f.id == id; });
    if (it == added.end() || !mModel->removeFacility(id))
        return false;
    Facility f = now;
    f.id = id;
    f.pos = it->pos;
    f.proposed = true;
    *it = f;
    mModel->addFacility(f);
    mModified = true;
    refresh();
    return true;
}

bool Planner::changeCapacities(const std::string &id, const std::map<std::string, double> &capacities)
{
    const auto now = facility(id);
    if (!now)
        return false;
    if (now->proposed) {
        Facility f = *now;
        for (const auto &[k, v] : capacities)
            f.capacity[k] = v;
        return replaceFacility(id, f);
    }
    const Facility *loaded = nullptr;
    for (const Facility &f : mLoaded.facilities)
        if (f.id == id)
            loaded = &f;
    for (const auto &[key, value] : capacities) {
        if (!mModel->setCapacity(id, key, value))
            return false;
        // The plan holds what differs from the layer as loaded.
        const auto was = loaded ? loaded->capacity.find(key) : std::map<std::string, double>::const_iterator();
        const bool same = loaded && was != loaded->capacity.end() && was->second == value;
        if (same)
            mProject.plan.changed[id].erase(key);
        else
            mProject.plan.changed[id][key] = value;
    }
    if (mProject.plan.changed.count(id) && mProject.plan.changed[id].empty())
        mProject.plan.changed.erase(id);
    mModified = true;
    refresh();
    return true;
}

Planner::Settings Planner::withTargets(const std::string &idOrPath) const
{
    // The planner's own circles and local targets stay (withDefaults() drops them).
    Settings s{mProject, loadTargetProfile(idOrPath)};
    s.project.targets = idOrPath;
    applyTargetOverrides(*s.targets, s.project.targetOverrides);
    applyCircles(s.project, *s.targets);
    return s;
}

Planner::Settings Planner::withCircle(std::size_t type, double minutes, double speedMps) const
{
    Settings s{mProject, mTargets};
    if (type < s.project.profile.types.size()) {
        s.project.profile.types[type].minutes = minutes;
        s.project.profile.types[type].speedMps = speedMps;
        s.project.profile.types[type].speedSource = "set in the app";
        s.project.profile.types[type].circleSetByUser = true;
    }
    return s;
}

Planner::Settings Planner::withProfileDefaults() const
{
    Settings s{mProject, mTargets};
    s.project.targetOverrides.clear();
    for (FacilityType &t : s.project.profile.types)
        t.circleSetByUser = false;
    if (!s.project.targets.empty()) {
        s.targets = loadTargetProfile(s.project.targets);
        applyCircles(s.project, *s.targets);
    }
    return s;
}

std::shared_ptr<CoverageModel> Planner::buildModel(const Settings &settings, Feedback *feedback) const
{
    return std::make_shared<CoverageModel>(settings.project, mLoaded, feedback);
}

void Planner::adopt(const Settings &settings, std::shared_ptr<CoverageModel> model)
{
    // The plan made meanwhile (nothing: edits wait for the rebuild) stays as it is.
    const Plan plan = mProject.plan;
    mProject = settings.project;
    mProject.plan = plan;
    mTargets = settings.targets;
    mModified = true;
    emit settingsChanged();
    adoptModel(std::move(model));
}

void Planner::setTargets(const std::string &idOrPath)
{
    const Settings s = withTargets(idOrPath);
    adopt(s, buildModel(s, nullptr));
}

void Planner::setCircle(std::size_t type, double minutes, double speedMps)
{
    if (type >= mProject.profile.types.size())
        return;
    const Settings s = withCircle(type, minutes, speedMps);
    adopt(s, buildModel(s, nullptr));
}

void Planner::save(const QString &path)
{
    saveProject(mProject, path.toStdString());
    mPath = path;
    mProject.path = path.toStdString();
    mModified = false;
    emit changed();
}

void Planner::saveCopy(const QString &path) const
{
    saveProject(mProject, path.toStdString());
}

void Planner::addReference(const ReferenceLayerSpec &spec, Warnings &warnings)
{
    ReferenceData data = readReference(spec, mProject.crs, mRegion.extent, warnings);
    mRegion.layers.push_back({"reference", spec.ref, data.drawnFeatures(), -1, warnings});
    mRegion.references.push_back(std::move(data));
    mProject.references.push_back(spec);
    mModified = true;
}

namespace {

bool sameLayer(const LayerRef &a, const LayerRef &b)
{
    return a.path == b.path && a.layer == b.layer;
}

} // namespace

ReferenceLayerSpec *Planner::specOf(const ReferenceData &r)
{
    for (ReferenceLayerSpec &s : mProject.references)
        if (sameLayer(s.ref, r.source))
            return &s;
    return nullptr;
}

void Planner::setReferenceColour(std::size_t index, const std::string &colour)
{
    if (index >= mRegion.references.size())
        return;
    ReferenceData &r = mRegion.references[index];
    r.colour = colour;
    if (ReferenceLayerSpec *spec = specOf(r))
        spec->colour = colour;
    mModified = true;
}

void Planner::setReferenceVisible(std::size_t index, bool visible)
{
    if (index >= mRegion.references.size() || mRegion.references[index].visible == visible)
        return;
    ReferenceData &r = mRegion.references[index];
    r.visible = visible;
    if (ReferenceLayerSpec *spec = specOf(r))
        spec->visible = visible;
    mModified = true;
}

std::vector<ReferenceLayerSpec> Planner::unreadReferences() const
{
    std::vector<ReferenceLayerSpec> out;
    for (const ReferenceLayerSpec &s : mProject.references)
        if (std::none_of(mRegion.references.begin(), mRegion.references.end(),
                         [&](const ReferenceData &r) { return sameLayer(s.ref, r.source); }))
            out.push_back(s);
    return out;
}

bool Planner::removeUnreadReference(std::size_t index)
{
    const std::vector<ReferenceLayerSpec> unread = unreadReferences();
    if (index >= unread.size())
        return false;
    const LayerRef ref = unread[index].ref;
    std::erase_if(mProject.references, [&](const ReferenceLayerSpec &s) { return sameLayer(s.ref, ref); });
    std::erase_if(mRegion.layers, [&](const LayerReport &l) { return l.role == "reference" && sameLayer(l.ref, ref); });
    // Its warning ("left out") goes with it.
    const std::string name = referenceName(unread[index]);
    std::erase_if(mRegion.warnings, [&](const Message &w) {
        return w.code == "reference_left_out" && !w.args.empty() && w.args[0].text() == name;
    });
    mModified = true;
    return true;
}

bool Planner::removeReference(std::size_t index)
{
    if (index >= mRegion.references.size())
        return false;
    const ReferenceData &r = mRegion.references[index];
    if (const ReferenceLayerSpec *spec = specOf(r))
        mProject.references.erase(mProject.references.begin() + (spec - mProject.references.data()));
    if (auto it = std::find_if(mRegion.layers.begin(), mRegion.layers.end(),
                               [&](const LayerReport &l) { return l.role == "reference" && sameLayer(l.ref, r.source); });
        it != mRegion.layers.end())
        mRegion.layers.erase(it);
    mRegion.references.erase(mRegion.references.begin() + std::ptrdiff_t(index));
    mModified = true;
    return true;
}

} // namespace qh
