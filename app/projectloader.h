#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace qh {

class Feedback;
class Planner;
class ProjectLock;

/// Where unsaved work of `projectPath` is kept (beside it, hidden).
QString autosavePath(const QString &projectPath);

/// Opens a project off the UI thread, with progress and cancel. Before it starts it
/// offers an autosave newer than the project, finds layers that moved with their
/// data folder (asking the user for those it cannot find), and opens a project whose
/// units layer is missing as one unit.
class ProjectLoader : public QObject
{
    Q_OBJECT
public:
    /// `dialogParent` owns the questions asked (none when dialogs are off).
    explicit ProjectLoader(QWidget *dialogParent);
    ~ProjectLoader() override;

    /// Starts loading `path`; a load still running is given up for it. Emits
    /// loaded(), failed() or cancelled().
    void start(const QString &path);
    /// Stops the load; cancelled() follows.
    void cancel();
    bool isRunning() const { return mWatcher.isRunning(); }
    /// The project file the recovered work belongs to ("" when nothing was recovered).
    QString recoveredFrom() const { return mRecoveredFrom; }
    /// Layers found elsewhere ("was → now").
    QStringList relocated() const { return mRelocated; }
    /// The lock of the project loaded (the caller keeps it while the project is open);
    /// null when another live window or process holds it.
    std::unique_ptr<ProjectLock> takeLock();
    /// The project is open in another window or process: its autosave is that one's.
    bool lockedElsewhere() const { return mLockedElsewhere; }
    /// The last load failed because a database asked for a password.
    bool failedForPassword() const { return mFailedForPassword; }
    /// The project file the last load was for.
    QString path() const { return mPath; }

signals:
    void progress(int percent, const QString &what);
    /// The planner is the receiver's to keep.
    void loaded(qh::Planner *planner);
    void failed(const QString &message);
    void cancelled();

private:
    void onFinished();

    QWidget *mDialogParent;
    QFutureWatcher<Planner *> mWatcher;
    std::shared_ptr<Feedback> mFeedback;
    QString mRecoveredFrom;
    QStringList mRelocated;
    QString mError;
    bool mCancelled = false;
    std::unique_ptr<ProjectLock> mLock;
    bool mLockedElsewhere = false;
    bool mFailedForPassword = false;
    QString mPath;
};

/// Whether modal questions may be asked (not in tests or batch modes: QH_NO_DIALOGS).
bool dialogsAllowed();

} // namespace qh
