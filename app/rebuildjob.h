#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include "planner.h"

namespace qh {

class Feedback;

/// Rebuilds a planner's model for new settings (another profile, a circle) on a
/// worker thread with progress and cancel, then has the planner adopt it.
class RebuildJob : public QObject
{
    Q_OBJECT
public:
    explicit RebuildJob(QObject *parent = nullptr);
    ~RebuildJob() override;

    /// Starts the rebuild; ignored while one runs.
    void start(Planner *planner, const Planner::Settings &settings);
    void cancel();
    bool isRunning() const { return mWatcher.isRunning(); }
    void waitForFinished() { mWatcher.waitForFinished(); }

signals:
    void progress(int percent, const QString &what);
    /// The new settings are in force (`adopted`), or not, with the reason.
    void finished(bool adopted, bool cancelled, const QString &error);

private:
    void onFinished();

    QFutureWatcher<std::shared_ptr<CoverageModel>> mWatcher;
    QPointer<Planner> mPlanner;
    Planner::Settings mSettings;
    std::shared_ptr<Feedback> mFeedback;
    QString mError;
    bool mCancelled = false;
};

} // namespace qh
