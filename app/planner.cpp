#include "planner.h"

#include <algorithm>
#include <chrono>

#include "io/readers.h"
#include "scenario/project.h"

namespace qh {

Planner::Planner(const QString &projectPath, QObject *parent)
    : QObject(parent)
    , mPath(projectPath)
    , mProject(loadProject(projectPath.toStdString()))
{
    if (!mProject.targets.empty()) {
        mTargets = loadTargetProfile(mProject.targets);
        applyCircles(mProject, *mTargets);
    }
    mLoaded = loadRegion(mProject);
    rebuild();
}

Planner::~Planner() = default;

void Planner::rebuild()
{
    // Baseline: the layers as loaded. Then the plan, applied through the same edits
    // the user makes, so a reopened plan gives the same numbers as when it was made.
    mModel = std::make_unique<CoverageModel>(mProject, mLoaded);
    mBaseline = mModel->result();
    mRegion = mLoaded;
    mBaselineEvaluation.reset();
    if (mTargets)
        mBaselineEvaluation = evaluate(*mTargets, mBaseline, mRegion);
    for (const std::string &id : mProject.plan.removed)
        mModel->removeFacility(id);
    for (const auto &[id, pos] : mProject.plan.moved)
        mModel->moveFacility(id, pos);
    for (const Facility &f : mProject.plan.added)
        mModel->addFacility(f);
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

void Planner::setTargets(const std::string &idOrPath)
{
    mTargets = loadTargetProfile(idOrPath);
    mProject.targets = idOrPath;
    applyCircles(mProject, *mTargets);
    mModified = true;
    rebuild();
}

void Planner::setCircle(std::size_t type, double minutes, double speedMps)
{
    if (type >= mProject.profile.types.size())
        return;
    mProject.profile.types[type].minutes = minutes;
    mProject.profile.types[type].speedMps = speedMps;
    mProject.profile.types[type].speedSource = "set in the app";
    mModified = true;
    rebuild();
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

} // namespace qh
