#pragma once

#include <memory>

#include <QString>

class QLockFile;

namespace qh {

/// Marks a project as open in this process (a lock file beside it, as QLockFile
/// writes it: process id, host, program). Another window or process that finds the
/// lock held by a live owner does not take the project's autosave for a crash;
/// a lock left by a dead process is stale and taken over.
class ProjectLock
{
public:
    ProjectLock();
    ~ProjectLock();
    /// Takes the lock of `projectPath`; false when a live owner holds it.
    bool acquire(const QString &projectPath);
    void release();
    bool isHeld() const;
    /// Where the lock of `projectPath` lives.
    static QString lockPath(const QString &projectPath);

private:
    std::unique_ptr<QLockFile> mLock;
};

} // namespace qh
