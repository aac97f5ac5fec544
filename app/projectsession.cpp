#include "projectsession.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include "planner.h"
#include "projectloader.h"
#include "projectlock.h"

namespace qh {

ProjectSession::ProjectSession(QUndoStack *undo, QWidget *dialogParent)
    : QObject(dialogParent)
    , mUndo(undo)
    , mDialogParent(dialogParent)
{
    connect(mUndo, &QUndoStack::cleanChanged, this, &ProjectSession::onUndoCleanChanged);
}

ProjectSession::~ProjectSession()
{
    mUndo->disconnect(this);
}

void ProjectSession::begin(Planner *planner, const QString &recoveredFrom, std::unique_ptr<ProjectLock> lock,
                           bool settingsChanged)
{
    mPlanner = planner;
    mRecoveredFrom = recoveredFrom;
    mLock = std::move(lock);
    mSettingsChanged = settingsChanged;
    if (planner)
        connect(planner, &Planner::settingsChanged, this, [this] { mSettingsChanged = true; });
}

QString ProjectSession::workingPath() const
{
    return !mRecoveredFrom.isEmpty() ? mRecoveredFrom : mPlanner ? mPlanner->projectPath() : QString();
}

bool ProjectSession::isLockedElsewhere() const
{
    return mPlanner && !mLock;
}

void ProjectSession::releaseLock()
{
    mLock.reset();
}

bool ProjectSession::save()
{
    return mPlanner && saveAs(workingPath());
}

bool ProjectSession::saveAs(const QString &path)
{
    if (!mPlanner)
        return false;
    try {
        const QString oldAutosave = autosavePath(workingPath());
        mPlanner->save(path);
        mRecoveredFrom.clear();
        QFile::remove(oldAutosave);
        QFile::remove(autosavePath(path));
        mSettingsChanged = false;
        mUndo->setClean();
        if (!mLock || QFileInfo(path) != QFileInfo(mPlanner->projectPath())) {
            mLock = std::make_unique<ProjectLock>();
            if (!mLock->acquire(path))
                mLock.reset();
        }
        emit saved(path);
        emit modifiedChanged();
        emit message(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
        return true;
    } catch (const std::exception &e) {
        if (dialogsAllowed())
            QMessageBox::warning(mDialogParent, tr("Could not save"), localError(e));
        emit message(tr("Could not save: %1").arg(localError(e)), 0);
        return false;
    }
}

void ProjectSession::autosave()
{
    if (!mPlanner || !mLock || (!mPlanner->isModified() && mRecoveredFrom.isEmpty()))
        return;
    try {
        mPlanner->saveCopy(autosavePath(workingPath()));
    } catch (const std::exception &e) {
        emit message(tr("Autosave failed: %1").arg(localError(e)), 0);
    }
}

bool ProjectSession::maybeSave()
{
    if (!mPlanner || !mPlanner->isModified())
        return true;
    QMessageBox::StandardButton answer;
    if (mAskToSave) {
        answer = mAskToSave();
    } else if (dialogsAllowed()) {
        answer = QMessageBox::question(mDialogParent, tr("Save changes?"),
                                       tr("The plan %1 has unsaved changes. Save them?").arg(QFileInfo(workingPath()).fileName()),
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    } else {
        autosave(); // nobody to ask: the work stays in the autosave
        return true;
    }
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    if (mLock)
        QFile::remove(autosavePath(workingPath()));
    return true;
}

void ProjectSession::onUndoCleanChanged(bool clean)
{
    if (!mPlanner)
        return;
    if (clean && !mSettingsChanged) {
        // Back at the saved state: nothing to save, nothing to recover.
        mPlanner->setModified(false);
        if (mLock && mRecoveredFrom.isEmpty())
            QFile::remove(autosavePath(workingPath()));
    } else {
        mPlanner->markModified();
    }
    emit modifiedChanged();
}

} // namespace qh
