#include "rebuildjob.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "feedback.h"

namespace qh {

RebuildJob::RebuildJob(QObject *parent)
    : QObject(parent)
{
    connect(&mWatcher, &QFutureWatcher<std::shared_ptr<CoverageModel>>::finished, this, &RebuildJob::onFinished);
}

RebuildJob::~RebuildJob()
{
    if (mFeedback)
        mFeedback->cancel();
    mWatcher.waitForFinished();
}

void RebuildJob::cancel()
{
    if (mFeedback && mWatcher.isRunning())
        mFeedback->cancel();
}

void RebuildJob::start(Planner *planner, const Planner::Settings &settings)
{
    if (!planner || mWatcher.isRunning())
        return;
    mPlanner = planner;
    mSettings = settings;
    mCancelled = false;
    mError.clear();
    mFeedback = std::make_shared<Feedback>();
    mFeedback->onProgress = [this](double pct, const std::string &what) {
        QMetaObject::invokeMethod(this, [this, pct, what] {
            emit progress(int(pct), QCoreApplication::translate("qh::Feedback", what.c_str()));
        }, Qt::QueuedConnection);
    };
    emit progress(60, QString());
    std::shared_ptr<Feedback> feedback = mFeedback;
    const Planner *p = planner;
    const Planner::Settings s = settings;
    // The planner reads only the layers as loaded, which never change, and is not
    // deleted while this runs (its owner waits for the job first).
    mWatcher.setFuture(QtConcurrent::run([this, p, s, feedback]() -> std::shared_ptr<CoverageModel> {
        try {
            return p->buildModel(s, feedback.get());
        } catch (const Cancelled &) {
            mCancelled = true;
        } catch (const std::exception &e) {
            mError = localError(e);
        }
        return nullptr;
    }));
}

void RebuildJob::onFinished()
{
    std::shared_ptr<CoverageModel> model = mWatcher.result();
    if (mFeedback)
        mFeedback->onProgress = nullptr;
    const bool adopted = model && mPlanner;
    if (adopted)
        mPlanner->adopt(mSettings, std::move(model));
    emit finished(adopted, mCancelled, mError);
}

} // namespace qh
