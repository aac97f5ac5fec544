#pragma once

#include <vector>

#include <QWidget>

#include "coverage/accessibility.h"

namespace qh {

/// Draws a Lorenz curve against the line of equality, with the Gini index.
class LorenzWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LorenzWidget(QWidget *parent = nullptr);
    void setCurve(const std::vector<LorenzPoint> &curve, double gini, const QString &title);
    QSize sizeHint() const override { return {260, 220}; }
    double gini() const { return mGini; }
    QString title() const { return mTitle; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    std::vector<LorenzPoint> mCurve;
    double mGini = 0.0;
    QString mTitle;
};

} // namespace qh
