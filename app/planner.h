#pragma once

#include <map>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "coverage/model.h"
#include "targets/evaluate.h"

namespace qh {

class Feedback;

/// A project being planned: the coverage model, the facilities as planned, the
/// baseline (the layers as loaded, without the plan) and the evaluation against
/// the chosen target profile. Every edit updates the model incrementally and
/// emits changed(); the UI reads the results from here.
class Planner : public QObject
{
    Q_OBJECT
public:
    /// Loads the project and its layers, applies its target profile and plan.
    /// Throws qh::Error with a message for the user.
    explicit Planner(const QString &projectPath, QObject *parent = nullptr);
    /// The same for a project already read (e.g. with relocated layers).
    Planner(const Project &project, const QString &projectPath, QObject *parent = nullptr,
            class Feedback *feedback = nullptr);

    /// Layer files of a project that do not exist, and where each was found
    /// instead: a file of the same name in the project's folder or the folders
    /// below it (a moved data folder). Files not found map to "".
    static std::map<std::string, std::string> relocateMissing(Project &project);
    ~Planner() override;

    const Project &project() const { return mProject; }
    /// The layers with the facilities as planned now.
    const RegionData &region() const { return mRegion; }
    const AnalysisResult &result() const { return mResult; }
    const AnalysisResult &baseline() const { return mBaseline; }
    /// The facilities as the layers have them, without the plan.
    const std::vector<Facility> &baselineFacilities() const { return mLoaded.facilities; }
    const Evaluation *evaluation() const { return mEvaluation ? &*mEvaluation : nullptr; }
    const Evaluation *baselineEvaluation() const { return mBaselineEvaluation ? &*mBaselineEvaluation : nullptr; }
    const TargetProfile *targets() const { return mTargets ? &*mTargets : nullptr; }
    QString projectPath() const { return mPath; }
    bool isModified() const { return mModified; }
    void markModified() { mModified = true; }
    /// Sets the modified flag (the window clears it when undo returns to the saved state).
    void setModified(bool modified) { mModified = modified; }
    /// Sets the basemap's tile URL template (kept in the project).
    void setBasemapUrl(const std::string &url)
    {
        mProject.basemapUrl = url;
        mModified = true;
        emit settingsChanged();
    }
    /// Reads a file as a reference layer (drawn for context, never analysed) and keeps
    /// it in the project. Throws Error naming the file when it cannot be read; then
    /// nothing changes. Warnings about features left out go in `warnings`.
    void addReference(const ReferenceLayerSpec &spec, Warnings &warnings);
    /// Takes a reference layer out of the project (by index); false when there is none.
    bool removeReference(std::size_t index);
    /// The reference layers of the project that could not be read (a file moved or
    /// broken since), in the project's order: kept until the planner removes them.
    std::vector<ReferenceLayerSpec> unreadReferences() const;
    /// Takes the `index`-th of unreadReferences() out of the project; false when there is none.
    bool removeUnreadReference(std::size_t index);
    /// Gives a reference layer (index among those read) its colour ("#rrggbb"), kept in the project.
    void setReferenceColour(std::size_t index, const std::string &colour);
    /// Shows or hides a reference layer (on screen and in exports), kept in the project.
    void setReferenceVisible(std::size_t index, bool visible);
    /// Time of the last update in milliseconds (edit to refreshed indicators).
    double lastUpdateMs() const { return mLastUpdateMs; }

    /// A new id for a proposed facility ("P1", "P2" …).
    std::string newProposalId() const;
    std::optional<Facility> facility(const std::string &id) const;

    /// Whether a facility may be put here: inside the area the project's CRS is made
    /// for (Crs::validArea), as loading the saved plan requires; a click far off the
    /// map would otherwise save a plan the project could not open again.
    bool canPlaceAt(const Point &at) const;
    bool addFacility(const Facility &f);
    bool moveFacility(const std::string &id, const Point &pos);
    bool removeFacility(const std::string &id);
    bool setCapacity(const std::string &id, const std::string &key, double value);

    /// Switches the target profile (a bundled id or a file); rebuilds the model,
    /// since the profile's circles set the walking budgets.
    void setTargets(const std::string &idOrPath);

    /// New settings prepared for a rebuild off the UI thread: the project with
    /// another profile or circle, and the profile.
    struct Settings
    {
        Project project;
        std::optional<TargetProfile> targets;
    };
    /// Another target profile; the circles and local targets the planner set stay.
    Settings withTargets(const std::string &idOrPath) const;
    /// The profile's own circles and targets, dropping the planner's.
    Settings withProfileDefaults() const;
    Settings withCircle(std::size_t type, double minutes, double speedMps) const;
    /// Builds the model for new settings. Safe on a worker thread: it reads only
    /// the layers as loaded, which never change.
    std::shared_ptr<CoverageModel> buildModel(const Settings &settings, Feedback *feedback) const;
    /// Takes the settings and their model (UI thread): baseline, plan, evaluation.
    void adopt(const Settings &settings, std::shared_ptr<CoverageModel> model);

    /// Sets the target of one indicator (kept in the project) and re-evaluates.
    void setIndicatorTarget(const std::string &indicatorId, double target);
    /// Replaces a proposed facility's name, type and capacities (same id and place).
    bool replaceFacility(const std::string &id, const Facility &now);
    /// Changes capacities of a facility. For an existing one (an expansion 扩建 or a
    /// cut) the change goes into the plan (`plan.changed`), against the baseline.
    bool changeCapacities(const std::string &id, const std::map<std::string, double> &capacities);
    /// Changes one facility type's circle and rebuilds.
    void setCircle(std::size_t type, double minutes, double speedMps);

    /// Saves the project with its plan (atomic). Throws qh::Error.
    void save(const QString &path);
    /// Writes the project as it stands to `path` without changing the current
    /// file name or modified flag (autosave).
    void saveCopy(const QString &path) const;

    /// Starts computing, off the UI thread, the catchment polygons of facilities whose
    /// catchment is not known for their current place and circle; emits
    /// catchmentsChanged() when they are in.
    void requestCatchments();
    /// Known catchments by facility id, with the facility type index.
    struct Catchment
    {
        std::string key; // what it was computed for
        int type = -1;
        MultiPolygon polygon;
    };
    const std::map<std::string, Catchment> &catchments() const { return mCatchments; }
    /// The catchments known for the facilities' current places and circles (by type);
    /// those of an old place or circle are left out.
    std::vector<std::pair<int, MultiPolygon>> currentCatchments() const;
    /// How many facilities have no current catchment yet.
    std::size_t catchmentsPending() const;
    /// Waits for catchments being computed (tests).
    void waitForCatchments();

signals:
    void changed();
    /// A change that is not an undoable edit: a target, a circle, the profile, the basemap.
    void settingsChanged();
    void catchmentsChanged();

private:
    /// The project's entry of a reference layer read (null when there is none).
    ReferenceLayerSpec *specOf(const ReferenceData &r);
    void init(class Feedback *feedback);
    void rebuild(class Feedback *feedback = nullptr);
    void adoptModel(std::shared_ptr<CoverageModel> model);
    void refresh();
    Project currentProject() const;

    QString mPath;
    Project mProject;
    RegionData mLoaded;   // layers as read
    RegionData mRegion;   // with facilities as planned
    std::shared_ptr<CoverageModel> mModel;
    std::map<std::string, Catchment> mCatchments;
    QFutureWatcher<std::vector<std::pair<std::string, Catchment>>> mCatchmentWatcher;
    bool mCatchmentsAgain = false;
    std::string catchmentKey(const Facility &f, int type) const;
    /// Whether facility i's catchment is known for its current place and circle.
    bool hasCurrentCatchment(std::size_t i) const;
    AnalysisResult mResult;
    AnalysisResult mBaseline;
    std::optional<TargetProfile> mTargets;
    std::optional<Evaluation> mEvaluation;
    std::optional<Evaluation> mBaselineEvaluation;
    bool mModified = false;
    double mLastUpdateMs = 0.0;
    Rect mValidArea; ///< of the project's CRS
};

} // namespace qh
