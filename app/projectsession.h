#pragma once

#include <functional>
#include <memory>

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

class QUndoStack;
class QWidget;

namespace qh {

class Planner;
class ProjectLock;

/// The project file behind the window: saving (atomic), autosave, the question
/// before unsaved work would be dropped, the modified state as undo sees it, and
/// the project's lock (a second window or process does not take this one's
/// autosave for a crash).
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    ProjectSession(QUndoStack *undo, QWidget *dialogParent);
    ~ProjectSession() override;

    /// A newly loaded project: the planner (owned by the caller), the file its
    /// recovered work belongs to ("" for none), its lock (null: open elsewhere), and
    /// whether it holds changes undo cannot reach (recovered or relocated layers).
    void begin(Planner *planner, const QString &recoveredFrom, std::unique_ptr<ProjectLock> lock, bool settingsChanged);
    /// The file the user works on: the project's, or the one recovered work belongs to.
    QString workingPath() const;
    bool save();
    bool saveAs(const QString &path);
    /// Writes the autosave now (not while another window or process has the project).
    void autosave();
    /// Save / Discard / Cancel before unsaved work would be dropped. True to go on.
    bool maybeSave();
    void setSaveQuestion(std::function<QMessageBox::StandardButton()> ask) { mAskToSave = std::move(ask); }
    /// The project is open in another window or process.
    bool isLockedElsewhere() const;
    /// Gives up the lock before the same project is opened again.
    void releaseLock();

signals:
    void saved(const QString &path);
    void message(const QString &text, int timeoutMs);
    /// The modified state changed (the title shows it).
    void modifiedChanged();

private:
    void onUndoCleanChanged(bool clean);

    QUndoStack *mUndo;
    QWidget *mDialogParent;
    QPointer<Planner> mPlanner;
    QString mRecoveredFrom;
    std::unique_ptr<ProjectLock> mLock;
    /// A change since the last save that undo does not reach (target, circle,
    /// profile, basemap, recovered or relocated layers).
    bool mSettingsChanged = false;
    std::function<QMessageBox::StandardButton()> mAskToSave;
};

} // namespace qh
