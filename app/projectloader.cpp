#include "projectloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "feedback.h"
#include "io/gdal.h"
#include "planner.h"
#include "projectlock.h"
#include "scenario/project.h"

namespace qh {

bool dialogsAllowed()
{
    return !qEnvironmentVariableIsSet("QH_NO_DIALOGS");
}

QString autosavePath(const QString &projectPath)
{
    const QFileInfo fi(projectPath);
    return fi.absoluteDir().filePath(QStringLiteral(".%1.autosave.qhproj").arg(fi.completeBaseName()));
}

ProjectLoader::ProjectLoader(QWidget *dialogParent)
    : QObject(dialogParent)
    , mDialogParent(dialogParent)
{
    connect(&mWatcher, &QFutureWatcher<Planner *>::finished, this, &ProjectLoader::onFinished);
}

ProjectLoader::~ProjectLoader()
{
    if (mFeedback)
        mFeedback->cancel();
    mWatcher.waitForFinished();
}

void ProjectLoader::cancel()
{
    if (mFeedback && mWatcher.isRunning())
        mFeedback->cancel();
}

void ProjectLoader::start(const QString &path)
{
    // A project still loading is given up for the new one.
    if (mWatcher.isRunning()) {
        if (mFeedback)
            mFeedback->cancel();
        const QSignalBlocker block(mWatcher);
        mWatcher.waitForFinished();
        delete mWatcher.result();
    }
    QString load = path;
    mPath = path;
    mFailedForPassword = false;
    mRecoveredFrom.clear();
    // An autosave is a crash's only while no live window or process has the project open.
    mLock = std::make_unique<ProjectLock>();
    mLockedElsewhere = !mLock->acquire(path);
    if (mLockedElsewhere)
        mLock.reset();
    const QString autosaved = autosavePath(path);
    if (!mLockedElsewhere && QFileInfo::exists(autosaved)
        && QFileInfo(autosaved).lastModified() >= QFileInfo(path).lastModified()) {
        bool recover = qEnvironmentVariable("QH_AUTORECOVER") == "1";
        if (dialogsAllowed())
            recover = QMessageBox::question(mDialogParent, tr("Recover unsaved work?"),
                                            tr("QuarterHour was closed with unsaved changes to %1. Recover them?")
                                                .arg(QFileInfo(path).fileName()))
                      == QMessageBox::Yes;
        if (recover) {
            load = autosaved;
            mRecoveredFrom = path;
        }
    }
    mError.clear();
    // Layers that moved with a data folder are found again by name; the user is told,
    // and the project file is only rewritten when they save.
    Project project;
    try {
        project = loadProject(load.toStdString());
    } catch (const std::exception &e) {
        mError = localError(e);
        mLock.reset();
        emit failed(mError);
        return;
    }
    QStringList relocated, missing;
    for (const auto &[was, now] : Planner::relocateMissing(project)) {
        if (now.empty())
            missing << QString::fromStdString(was);
        else
            relocated << tr("%1 → %2").arg(QString::fromStdString(was), QString::fromStdString(now));
    }
    for (const QString &m : missing) {
        QString picked;
        if (dialogsAllowed())
            picked = QFileDialog::getOpenFileName(mDialogParent, tr("Where is %1?").arg(QFileInfo(m).fileName()),
                                                  QFileInfo(load).absolutePath());
        if (picked.isEmpty())
            continue;
        for (LayerRef *ref : {&project.network.ref, &project.facilities.ref, &project.population.ref, &project.units.ref})
            if (QString::fromStdString(ref->path) == m)
                ref->path = picked.toStdString();
        relocated << tr("%1 → %2").arg(m, picked);
    }
    // Without the units layer the plan still works: the whole area is one unit.
    if (!project.units.ref.path.empty() && !sourceExists(project.units.ref.path)) {
        relocated << tr("%1 is missing: the whole area is taken as one unit").arg(QString::fromStdString(project.units.ref.path));
        project.units.ref = {};
    }
    mRelocated = relocated;
    mFeedback = std::make_shared<Feedback>();
    mCancelled = false;
    mFeedback->onProgress = [this](double pct, const std::string &what) {
        QMetaObject::invokeMethod(this, [this, pct, what] {
            emit progress(int(pct), QCoreApplication::translate("qh::Feedback", what.c_str()));
        }, Qt::QueuedConnection);
    };
    emit progress(0, tr("Loading %1 …").arg(QFileInfo(path).fileName()));
    QThread *uiThread = thread();
    std::shared_ptr<Feedback> feedback = mFeedback;
    mWatcher.setFuture(QtConcurrent::run([this, project, load, uiThread, feedback]() -> Planner * {
        try {
            auto *p = new Planner(project, load, nullptr, feedback.get());
            p->moveToThread(uiThread);
            return p;
        } catch (const Cancelled &) {
            mCancelled = true;
        } catch (const Error &e) {
            mError = localError(e);
            mFailedForPassword = asksForPassword(e);
        } catch (const std::exception &e) {
            mError = localError(e);
        }
        return nullptr;
    }));
}

std::unique_ptr<ProjectLock> ProjectLoader::takeLock()
{
    return std::move(mLock);
}

void ProjectLoader::onFinished()
{
    Planner *p = mWatcher.result();
    if (mFeedback)
        mFeedback->onProgress = nullptr;
    if (!p)
        mLock.reset();
    if (p)
        emit loaded(p);
    else if (mCancelled)
        emit cancelled();
    else
        emit failed(mError);
}

} // namespace qh
