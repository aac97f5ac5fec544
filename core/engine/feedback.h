#pragma once

#include <atomic>
#include <functional>
#include <string>

#include <QtGlobal> // QT_TRANSLATE_NOOP for step names the UI translates

#include "error.h"

namespace qh {

/// Thrown when the user cancelled a long operation.
class Cancelled : public Error
{
public:
    Cancelled() : Error("cancelled") {}
};

/// Progress and cancel for long operations, shared between the worker doing the
/// work and the UI showing it (as QGIS's QgsFeedback): the worker reports and
/// checks, the UI reads and cancels. Thread-safe.
class Feedback
{
public:
    /// Called on the worker's thread with 0–100 and what is being done.
    std::function<void(double percent, const std::string &step)> onProgress;

    void cancel() { mCancelled = true; }
    bool isCancelled() const { return mCancelled; }
    /// Reports progress; throws Cancelled when the user cancelled.
    void step(double percent, const std::string &what)
    {
        if (mCancelled)
            throw Cancelled();
        if (onProgress)
            onProgress(percent, what);
    }

private:
    std::atomic<bool> mCancelled{false};
};

} // namespace qh
