#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace qh {

/// The main window's status bar: messages, progress with a Cancel button while a
/// project loads or recomputes, the time of the last update, the cursor's map
/// coordinates and the map scale.
class StatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit StatusBar(QWidget *parent = nullptr);
    void showProgress(int percent, const QString &message);
    void hideProgress();
    void showCursor(double x, double y, const QString &crs);
    void showScale(double denominator);
    void showUpdateTime(double ms);
    /// "2 warnings" as a button that opens the warnings panel; hidden when there are none.
    void showWarningCount(int count);

signals:
    void cancelRequested();
    void warningsRequested();

private:
    QProgressBar *mProgress;
    QToolButton *mCancel;
    QToolButton *mWarnings;
    QLabel *mUpdate;
    QLabel *mCursor;
    QLabel *mScale;
};

} // namespace qh
