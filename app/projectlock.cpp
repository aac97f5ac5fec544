#include "projectlock.h"

#include <QLockFile>

#include "projectloader.h"

namespace qh {

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockPath(const QString &projectPath)
{
    return autosavePath(projectPath) + QStringLiteral(".lock");
}

bool ProjectLock::acquire(const QString &projectPath)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockPath(projectPath));
    // Stale only when the owner is gone, however long it has been open.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    mLock = std::move(lock);
    return true;
}

void ProjectLock::release()
{
    if (mLock)
        mLock->unlock();
    mLock.reset();
}

bool ProjectLock::isHeld() const
{
    return mLock && mLock->isLocked();
}

} // namespace qh
