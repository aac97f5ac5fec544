#pragma once

#include <optional>
#include <string>

#include <QWizardPage>

#include "io/detect.h"
#include "scenario/model.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace qh {

class RasterGroupBox;

/// A wizard page choosing the file of one role (network, facilities, population,
/// units) and showing what the import detects in it: driver, layer, encoding,
/// CRS (or what the coordinates suggest), and the first rows. Population and
/// units pages also pick the count or name column.
class LayerFilePage : public QWizardPage
{
    Q_OBJECT
public:
    LayerFilePage(LayerRole role, bool optional, QWidget *parent = nullptr);

    /// The file chosen (empty when none).
    QString path() const;
    void setPath(const QString &path);
    /// What was detected in it, once a readable file is chosen.
    const std::optional<ImportDetection> &detection() const { return mDetection; }
    /// The layer of the file that plays the role.
    const LayerDetection *layer() const;
    /// The count column (population) or name column (units) chosen.
    QString column() const;
    /// The layer's CRS as the user confirmed or gave it ("EPSG:4490"); empty: the file's own.
    QString layerCrs() const;
    /// The text encoding chosen for a Shapefile; empty: the .cpg or the detected one.
    QString encoding() const;
    /// The census table's column naming the units (population page, census tables only).
    QString joinColumn() const;
    /// Only the features matching this filter (units page), e.g. 乡 = '望京街道'.
    QString filter() const;
    /// Whether the file is a raster (population page).
    bool isRaster() const;
    /// The raster's group and the rasters added up with it (population page); null
    /// on the other pages.
    RasterGroupBox *rasterGroup() const { return mRasterGroup; }
    /// Applies the CRS, encoding and filter chosen here to a layer reference.
    void applyTo(LayerRef &ref) const;

    bool isComplete() const override;

    /// "points", "lines", "polygons", "a table without geometry" in the user's language.
    static QString geometryWords(const std::string &type);

private:
    void detect();
    void showDetection();
    static QString formatWords(const std::string &driver, const std::string &longName);

    LayerRole mRole;
    bool mOptional;
    QLineEdit *mPath;
    QLabel *mSummary;
    QTableWidget *mSample;
    QComboBox *mColumn = nullptr;
    QLineEdit *mLayerCrs;
    QComboBox *mJoin = nullptr;
    QLineEdit *mFilter = nullptr;
    QComboBox *mEncoding;
    RasterGroupBox *mRasterGroup = nullptr;
    std::optional<ImportDetection> mDetection;
};

/// The facility mapping: which columns hold the name, type and capacities, and
/// which facility type each value of the type column is (托育机构 → childcare …),
/// as proposed, for the user to confirm or correct.
class FacilityMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FacilityMappingPage(const LayerFilePage *facilities, QWidget *parent = nullptr);
    void initializePage() override;

    /// The mapping as the user left it.
    FacilityLayerSpec spec(const FacilityLayerSpec &proposed) const;

private:
    void fillTypeValues();

    const LayerFilePage *mFacilities;
    QComboBox *mName;
    QComboBox *mType;
    QTableWidget *mCapacities;
    QTableWidget *mValues;
};

} // namespace qh
