#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QImage>

#include "exportcontext.h"
#include "geo/types.h"
#include "mappage.h"
#include "mapstyle.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qh {

class MapScene;
class Planner;
struct PageLayout;

/// File ▸ Export map…: which view (the one on screen, or any theme), paper,
/// orientation, format, DPI, title and map elements, with a live preview of the
/// sheet; Export… asks for the file and writes it as `quarterhour-cli export` does.
class ExportMapDialog : public QDialog
{
    Q_OBJECT
public:
    /// `scene` is the window's (with its catchments), `screenStyle` and
    /// `screenExtent` what the map shows now.
    ExportMapDialog(const Planner &planner, std::shared_ptr<const MapScene> scene, const MapStyle &screenStyle,
                    const Rect &screenExtent, QWidget *parent = nullptr);

    /// Writes the sheet to `path` in the chosen format (atomic). Throws qh::Error.
    void exportTo(const QString &path) const;
    /// The sheet as the preview shows it (tests look at it).
    QImage preview() const { return mPreviewImage; }
    QComboBox *viewBox() const { return mView; }
    QComboBox *layoutBox() const { return mLayout; }
    QComboBox *formatBox() const { return mFormat; }
    QSpinBox *dpiBox() const { return mDpi; }
    QLineEdit *titleEdit() const { return mTitle; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillIndexes();
    void showPreview();
    void updatePreview();
    void chooseFileAndExport();
    PageLayout layout() const;
    MapStyle style() const;
    QString title() const;

    const Planner &mPlanner;
    ExportContext context() const;
    MapPageOptions pageOptions() const;
    /// The scene a theme draws: the window's, or for the plan map one with the plan's changes.
    const MapScene &scene() const;

    std::shared_ptr<const MapScene> mScene;
    mutable std::shared_ptr<const MapScene> mPlanScene;
    MapStyle mScreenStyle;
    Rect mScreenExtent;
    QComboBox *mView, *mIndex, *mLayout, *mFormat;
    QSpinBox *mDpi;
    QLineEdit *mTitle;
    QCheckBox *mLegend, *mScaleBar, *mNorthArrow, *mOverview;
    QLabel *mPreview;
    QImage mPreviewImage;
};

} // namespace qh
