#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>

#include "plannerpanel.h"
#include "siting/suggest.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace qh {

/// "Suggest sites": for one facility type, the fewest (or cheapest) new sites that
/// bring every unit up to target, or the most people reached with k sites. Solves
/// off the UI thread with progress and cancel; the suggestions are a distinct
/// layer on the map (pendingChanged) that the planner accepts or rejects one by one
/// or all at once, each step undoable. Accepted sites become proposed facilities
/// of the plan, to move or edit like any other.
class SuggestPanel : public PlannerPanel
{
    Q_OBJECT
public:
    SuggestPanel(ViewState *view, QUndoStack *undo, QWidget *parent = nullptr);
    ~SuggestPanel() override;

    void refresh() override;

    /// Starts a suggestion with the form's settings.
    void suggest();
    /// Blocks until a running suggestion is in (tests).
    void waitForResult();
    /// Accepts (adds to the plan) or rejects the suggestion in row `row`.
    void accept(int row);
    void reject(int row);
    void acceptAll();
    void rejectAll();

    QComboBox *typeBox() const { return mType; }
    QComboBox *goalBox() const { return mGoal; }
    QSpinBox *countBox() const { return mCount; }
    QDoubleSpinBox *gridBox() const { return mGrid; }
    QLineEdit *sizesEdit() const { return mSizes; }
    QCheckBox *capacitatedBox() const { return mCapacitated; }
    QTableWidget *table() const { return mTable; }
    QLabel *summaryLabel() const { return mSummary; }
    /// The last result, if any.
    const siting::SuggestResult *result() const { return mResult ? &*mResult : nullptr; }

    /// Whether a row is still waiting for a decision, accepted or rejected.
    enum class State { Pending, Accepted, Rejected };
    State state(int row) const { return mStates.at(std::size_t(row)); }
    /// Sets a row's state (the undo commands' way in); `generation` names the result
    /// it belongs to, so an undo after a new run changes nothing.
    void setState(quint64 generation, int row, State state);
    quint64 generation() const { return mGeneration; }

signals:
    /// The suggestions still pending, for the map's suggestion layer.
    void pendingChanged(const std::vector<Point> &places, const QStringList &labels);
    void zoomRequested(const Point &at);

private:
    void fillTypes();
    void onFinished();
    void showResult();
    void updateTable();
    void setRunning(bool running);

    QUndoStack *mUndo;
    QComboBox *mType, *mGoal, *mMethod;
    QSpinBox *mCount;
    QDoubleSpinBox *mGrid, *mTimeLimit;
    QLineEdit *mSizes;
    QCheckBox *mCapacitated;
    QPushButton *mCandidatesFile, *mNodesFile, *mExcludeFile, *mRun, *mCancel;
    QPushButton *mAccept, *mReject, *mAcceptAll, *mRejectAll;
    QProgressBar *mProgress;
    QLabel *mSummary;
    QTableWidget *mTable;
    QString mCandidatesPath, mNodesPath, mExcludePath;
    std::string mTypesShown; // the type keys the box was filled with

    std::shared_ptr<class Feedback> mFeedback;
    struct Outcome;
    QFutureWatcher<std::shared_ptr<Outcome>> mWatcher;
    std::optional<siting::SuggestResult> mResult;
    std::vector<State> mStates;
    std::vector<std::string> mAcceptedIds; // [row] the proposal's id once accepted
    quint64 mGeneration = 0;
    /// The project the result (or the running one) is for: null once it is closed,
    /// so a new project is never taken for it (even at the same address).
    QPointer<Planner> mResultFor;
};

} // namespace qh
