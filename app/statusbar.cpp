#include "statusbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace qh {

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , mProgress(new QProgressBar)
    , mCancel(new QToolButton)
    , mWarnings(new QToolButton)
    , mUpdate(new QLabel)
    , mCursor(new QLabel)
    , mScale(new QLabel)
{
    mProgress->setRange(0, 100);
    mProgress->setMaximumWidth(180);
    mProgress->hide();
    mCancel->setText(tr("Cancel"));
    mCancel->hide();
    connect(mCancel, &QToolButton::clicked, this, &StatusBar::cancelRequested);
    mWarnings->setObjectName("warningCount");
    mWarnings->setAutoRaise(true);
    // No taller than the labels beside it: showing it must not resize the map.
    mWarnings->setMaximumHeight(mUpdate->sizeHint().height());
    mWarnings->hide();
    connect(mWarnings, &QToolButton::clicked, this, &StatusBar::warningsRequested);
    addPermanentWidget(mWarnings);
    addPermanentWidget(mProgress);
    addPermanentWidget(mCancel);
    addPermanentWidget(mUpdate);
    addPermanentWidget(mCursor);
    addPermanentWidget(mScale);
}

void StatusBar::showProgress(int percent, const QString &message)
{
    mProgress->setValue(percent);
    mProgress->show();
    mCancel->show();
    if (!message.isEmpty())
        showMessage(message);
}

void StatusBar::hideProgress()
{
    mProgress->hide();
    mCancel->hide();
}

void StatusBar::showCursor(double x, double y, const QString &crs)
{
    mCursor->setText(QStringLiteral("%1, %2  %3").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1).arg(crs));
}

void StatusBar::showScale(double denominator)
{
    mScale->setText(tr("Scale 1:%L1").arg(qRound64(denominator)));
}

void StatusBar::showWarningCount(int count)
{
    mWarnings->setText(tr("⚠ %n warning(s)", "", count));
    mWarnings->setToolTip(tr("Show what loading and the analysis warned about"));
    mWarnings->setVisible(count > 0);
}

void StatusBar::showUpdateTime(double ms)
{
    mUpdate->setText(tr("updated in %1 ms").arg(ms, 0, 'f', 1));
}

} // namespace qh
