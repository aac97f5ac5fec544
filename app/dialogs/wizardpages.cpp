#include "dialogs/wizardpages.h"

#include <algorithm>

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "dialogs/databasedialog.h"
#include "dialogs/rastergroupbox.h"
#include "error.h"
#include "io/gdal.h"
#include "message.h"
#include "paths.h"

namespace qh {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// The facility types a value can be mapped onto, in the order planners think of them.
const std::vector<std::string> &typeKeys()
{
    static const std::vector<std::string> keys = {"childcare",        "kindergarten",          "elderly_care",
                                                  "elderly_day_care", "street_elderly_centre", "meal_assist",
                                                  "elderly_activity_centre"};
    return keys;
}

} // namespace

QString LayerFilePage::geometryWords(const std::string &type)
{
    if (type == "None")
        return tr("a table without geometry");
    if (type.find("Point") != std::string::npos)
        return tr("points");
    if (type.find("Line") != std::string::npos)
        return tr("lines");
    if (type.find("Polygon") != std::string::npos)
        return tr("polygons");
    return tr("mixed geometry");
}

QString LayerFilePage::formatWords(const std::string &driver, const std::string &longName)
{
    const std::pair<const char *, QString> known[] = {
        {"GPKG", tr("GeoPackage")},
        {"PostgreSQL", tr("PostGIS database")},
        {"ESRI Shapefile", tr("Shapefile")},
        {"CSV", tr("CSV table")},
        {"XLSX", tr("Excel workbook")},
        {"OSM", tr("OpenStreetMap data")},
        {"GeoJSON", tr("GeoJSON")},
        {"OpenFileGDB", tr("ArcGIS file geodatabase")},
        {"GTiff", tr("GeoTIFF raster")},
        {"LIBKML", tr("KML")},
        {"KML", tr("KML")},
    };
    for (const auto &[name, words] : known)
        if (driver == name)
            return words;
    return q(longName);
}

LayerFilePage::LayerFilePage(LayerRole role, bool optional, QWidget *parent)
    : QWizardPage(parent)
    , mRole(role)
    , mOptional(optional)
    , mPath(new QLineEdit)
    , mSummary(new QLabel)
    , mSample(new QTableWidget)
    , mLayerCrs(new QLineEdit)
    , mEncoding(new QComboBox)
{
    switch (role) {
    case LayerRole::Network:
        setTitle(tr("Walking network"));
        setSubTitle(tr("An OSM extract (.pbf, .osm) or any line layer of walkable streets and paths."));
        break;
    case LayerRole::Facilities:
        setTitle(tr("Facilities"));
        setSubTitle(tr("Points or polygons, or a table (Excel, CSV) with coordinate columns such as 经度/纬度."));
        break;
    case LayerRole::Population:
        setTitle(tr("Population"));
        setSubTitle(tr("A grid or points with counts, or a raster of people per pixel (WorldPop)."));
        break;
    default:
        setTitle(tr("Planning units"));
        setSubTitle(tr("Polygons of streets (街道) or communities (社区); optional: without them the whole area is one unit."));
        break;
    }
    mPath->setObjectName("path");
    mPath->setPlaceholderText(tr("a file, or a database: PG:host=… dbname=… tables=…"));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *database = new QPushButton(tr("Database…"));
    database->setObjectName("databaseButton");
    database->setToolTip(tr("A table of a PostGIS database"));
    auto *row = new QHBoxLayout;
    row->addWidget(mPath, 1);
    row->addWidget(browse);
    row->addWidget(database);
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setObjectName("summary");
    mSample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mSample->verticalHeader()->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(mSummary);
    auto *form = new QFormLayout;
    mLayerCrs->setObjectName("layerCrs");
    mLayerCrs->setPlaceholderText(tr("the file's own"));
    form->addRow(tr("Layer CRS:"), mLayerCrs);
    mEncoding->setObjectName("encoding");
    mEncoding->addItem(tr("automatic (.cpg, or detected)"), QString());
    mEncoding->addItem(tr("GBK (CP936)"), QStringLiteral("CP936"));
    mEncoding->addItem(QStringLiteral("GB18030"), QStringLiteral("GB18030"));
    mEncoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    form->addRow(tr("Text encoding:"), mEncoding);
    if (role == LayerRole::Population || role == LayerRole::Units) {
        mColumn = new QComboBox;
        mColumn->setObjectName("column");
        form->addRow(role == LayerRole::Population ? tr("Residents column:") : tr("Name column:"), mColumn);
    }
    if (role == LayerRole::Population) {
        mJoin = new QComboBox;
        mJoin->setObjectName("joinColumn");
        mJoin->setToolTip(tr("A table of counts per street or community is joined to the units by this column and spread over their buildings"));
        form->addRow(tr("Unit column (census tables):"), mJoin);
    }
    if (role == LayerRole::Units) {
        mFilter = new QLineEdit;
        mFilter->setObjectName("filter");
        mFilter->setPlaceholderText(tr("all units; e.g. 乡 = '望京街道' for one"));
        form->addRow(tr("Only units where:"), mFilter);
    }
    layout->addLayout(form);
    if (role == LayerRole::Population) {
        mRasterGroup = new RasterGroupBox;
        mRasterGroup->setVisible(false);
        layout->addWidget(mRasterGroup);
    }
    layout->addWidget(new QLabel(tr("First rows:")));
    layout->addWidget(mSample, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, title(), mPath->text(),
            tr("GIS files (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.pbf *.osm *.tif *.tiff *.gdb);;All files (*)"));
        if (!f.isEmpty())
            setPath(gisSourceOf(f)); // a file inside a FileGDB folder stands for the folder
    });
    connect(database, &QPushButton::clicked, this, [this] {
        DatabaseDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.connection().isEmpty())
            setPath(dialog.connection());
    });
    connect(mPath, &QLineEdit::editingFinished, this, &LayerFilePage::detect);
    connect(mEncoding, &QComboBox::currentIndexChanged, this, &LayerFilePage::detect);
    connect(mLayerCrs, &QLineEdit::textChanged, this, &LayerFilePage::completeChanged);
}

QString LayerFilePage::layerCrs() const
{
    return mLayerCrs->text().trimmed();
}

QString LayerFilePage::encoding() const
{
    return mEncoding->currentData().toString();
}

QString LayerFilePage::joinColumn() const
{
    return mJoin && mJoin->isEnabled() ? mJoin->currentText() : QString();
}

QString LayerFilePage::filter() const
{
    return mFilter ? mFilter->text().trimmed() : QString();
}

void LayerFilePage::applyTo(LayerRef &ref) const
{
    if (!filter().isEmpty())
        ref.where = filter().toStdString();
    if (!layerCrs().isEmpty())
        ref.crs = layerCrs().toStdString();
    if (!encoding().isEmpty())
        ref.encoding = encoding().toStdString();
}

QString LayerFilePage::path() const
{
    return mPath->text().trimmed();
}

void LayerFilePage::setPath(const QString &path)
{
    mPath->setText(path);
    detect();
}

const LayerDetection *LayerFilePage::layer() const
{
    if (!mDetection)
        return nullptr;
    for (const LayerDetection &l : mDetection->layers)
        if (l.role == mRole || (mRole == LayerRole::Population && l.role == LayerRole::CensusTable)
            || (mRole == LayerRole::Units && l.geometryType.find("Polygon") != std::string::npos))
            return &l;
    // A table may look like population or facilities: the planner said which it is.
    const bool anyLayer = mRole == LayerRole::Facilities || mRole == LayerRole::Population;
    return anyLayer && mDetection->layers.size() == 1 ? &mDetection->layers.front() : nullptr;
}

QString LayerFilePage::column() const
{
    return mColumn ? mColumn->currentText() : QString();
}

bool LayerFilePage::isRaster() const
{
    return mDetection && mDetection->raster && mDetection->layers.empty();
}

bool LayerFilePage::isComplete() const
{
    if (path().isEmpty())
        return mOptional;
    if (!mDetection)
        return false;
    // A layer without CRS needs one from the user: it is never guessed silently.
    if (mRole == LayerRole::Population && mDetection->raster && mDetection->layers.empty())
        return !mDetection->raster->declaredCrs.empty() || !layerCrs().isEmpty();
    const LayerDetection *l = layer();
    return l && (!l->declaredCrs.empty() || !layerCrs().isEmpty());
}

void LayerFilePage::detect()
{
    mDetection.reset();
    // A database keeps its text as UTF-8: no encoding to choose.
    mEncoding->setEnabled(!isDatabaseSource(path().toStdString()));
    if (!path().isEmpty()) {
        try {
            mDetection = detectImport(path().toStdString(), {}, 200000, encoding().toStdString());
        } catch (const std::exception &e) {
            mSummary->setText(localError(e));
        }
    } else {
        mSummary->clear();
    }
    showDetection();
    emit completeChanged();
}

void LayerFilePage::showDetection()
{
    mSample->clear();
    mSample->setRowCount(0);
    mSample->setColumnCount(0);
    if (mColumn)
        mColumn->clear();
    if (mJoin) {
        mJoin->clear();
        mJoin->setEnabled(false);
    }
    if (mRasterGroup) {
        mRasterGroup->setVisible(isRaster());
        if (isRaster())
            mRasterGroup->setOwnFile(path());
    }
    if (!mDetection)
        return;
    QStringList lines;
    lines << tr("Format: %1").arg(formatWords(mDetection->driver, mDetection->driverLongName));
    // The CRS the coordinates suggest, for the user to confirm, when the file has none.
    {
        const QSignalBlocker block(mLayerCrs);
        const LayerDetection *l = layer();
        const bool raster = mDetection->raster && mDetection->layers.empty();
        const std::string declared = raster ? mDetection->raster->declaredCrs : l ? l->declaredCrs : std::string();
        const std::string suggested = raster ? mDetection->raster->crs.suggested : l ? l->crs.suggested : std::string();
        mLayerCrs->setText(declared.empty() ? q(suggested) : QString());
    }
    if (mDetection->encoding.source == EncodingInfo::Source::Detected)
        lines << tr("Text encoding: %1, detected (no .cpg file)").arg(mDetection->encoding.encoding == "CP936" ? tr("GBK") : q(mDetection->encoding.encoding));
    else if (mDetection->encoding.source == EncodingInfo::Source::Cpg)
        lines << tr("Text encoding: %1 (from the .cpg file)").arg(q(mDetection->encoding.encoding));
    if (mDetection->textNotUtf8)
        lines << tr("The text is not UTF-8 (likely GBK): save the file as UTF-8 and choose it again.");
    if (mDetection->raster) {
        lines << tr("Raster: %1 × %2 pixels, %3 band(s)").arg(mDetection->raster->width).arg(mDetection->raster->height).arg(mDetection->raster->bands);
        lines << tr("CRS: %1").arg(mDetection->raster->crs.why.localText());
    }
    const LayerDetection *l = layer();
    if (!l && !mDetection->raster)
        lines << tr("No layer of this file can play this role.");
    if (l) {
        lines << tr("Layer: %1 (%2, %3 features)").arg(q(l->name), geometryWords(l->geometryType)).arg(l->featureCount);
        if (l->declaredCrs.empty())
            lines << tr("The file has no CRS: confirm or give one under Layer CRS.");
        if (l->coordinateColumns)
            lines << tr("Coordinate columns: x = %1, y = %2").arg(q(l->coordinateColumns->first), q(l->coordinateColumns->second));
        lines << tr("CRS: %1").arg(l->crs.why.localText());
        for (const Message &n : l->notes)
            lines << n.localText();
        mSample->setColumnCount(int(l->fields.size()));
        QStringList headers;
        for (const std::string &f : l->fields)
            headers << q(f);
        mSample->setHorizontalHeaderLabels(headers);
        mSample->setRowCount(int(l->sample.size()));
        for (std::size_t r = 0; r < l->sample.size(); ++r)
            for (std::size_t c = 0; c < l->sample[r].size(); ++c)
                mSample->setItem(int(r), int(c), new QTableWidgetItem(q(l->sample[r][c])));
        if (mColumn) {
            mColumn->addItems(headers);
            const std::string proposed = mRole == LayerRole::Population
                                             ? (l->populationFields.count("total") ? l->populationFields.at("total") : std::string())
                                             : l->unitFields.nameField;
            if (!proposed.empty())
                mColumn->setCurrentText(q(proposed));
        }
        if (mJoin && l->role == LayerRole::CensusTable) {
            mJoin->addItems(headers);
            mJoin->setEnabled(true);
            mJoin->setCurrentText(q(l->unitFields.nameField.empty() ? l->unitFields.idField : l->unitFields.nameField));
            lines << tr("A table of counts per unit: it is joined to the units and spread over their buildings (or evenly).");
        }
    }
    mSummary->setText(lines.join('\n'));
}

FacilityMappingPage::FacilityMappingPage(const LayerFilePage *facilities, QWidget *parent)
    : QWizardPage(parent)
    , mFacilities(facilities)
    , mName(new QComboBox)
    , mType(new QComboBox)
    , mCapacities(new QTableWidget(0, 2))
    , mValues(new QTableWidget(0, 3))
{
    setTitle(tr("Facility columns and types"));
    setSubTitle(tr("What was found in the facility file; correct anything that is wrong."));
    mName->setObjectName("nameColumn");
    mType->setObjectName("typeColumn");
    mValues->setObjectName("typeValues");
    mCapacities->setObjectName("capacities");
    mCapacities->setHorizontalHeaderLabels({tr("Capacity"), tr("Column")});
    mValues->setHorizontalHeaderLabels({tr("Value in the type column"), tr("Rows"), tr("Facility type")});
    for (QTableWidget *t : {mCapacities, mValues}) {
        t->verticalHeader()->setVisible(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Name column:"), mName);
    form->addRow(tr("Type column:"), mType);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Capacities:")));
    layout->addWidget(mCapacities, 1);
    layout->addWidget(new QLabel(tr("Type values (values left out are not analysed):")));
    layout->addWidget(mValues, 2);
    connect(mType, &QComboBox::currentTextChanged, this, &FacilityMappingPage::fillTypeValues);
}

void FacilityMappingPage::initializePage()
{
    const LayerDetection *l = mFacilities->layer();
    if (!l)
        return;
    QStringList columns{QString()};
    for (const std::string &f : l->fields)
        columns << q(f);
    if (!l->facilityFields.typeField.empty() && !columns.contains(q(l->facilityFields.typeField)))
        columns << q(l->facilityFields.typeField); // an OSM tag (amenity)
    const QSignalBlocker block(mType);
    for (QComboBox *c : {mName, mType}) {
        c->clear();
        c->addItems(columns);
    }
    mName->setCurrentText(q(l->facilityFields.nameField));
    mType->setCurrentText(q(l->facilityFields.typeField));
    const std::vector<std::string> keys = {"childcare_places", "inclusive_places", "kindergarten_places", "beds",
                                           "nursing_beds",     "floor_area_m2",    "land_area_m2",        "places"};
    mCapacities->setRowCount(int(keys.size()));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        auto *item = new QTableWidgetItem(capacityWords(keys[i]).localText());
        item->setData(Qt::UserRole, q(keys[i]));
        item->setFlags(Qt::ItemIsEnabled);
        mCapacities->setItem(int(i), 0, item);
        auto *combo = new QComboBox;
        combo->addItems(columns);
        if (auto it = l->facilityFields.capacityFields.find(keys[i]); it != l->facilityFields.capacityFields.end())
            combo->setCurrentText(q(it->second));
        mCapacities->setCellWidget(int(i), 1, combo);
    }
    fillTypeValues();
}

void FacilityMappingPage::fillTypeValues()
{
    const LayerDetection *l = mFacilities->layer();
    mValues->setRowCount(0);
    if (!l || mType->currentText().isEmpty())
        return;
    std::map<std::string, int> counts = mType->currentText() == q(l->facilityFields.typeField)
                                            ? l->typeValues.counts
                                            : std::map<std::string, int>();
    if (counts.empty()) {
        try {
            counts = distinctValues(mFacilities->path().toStdString(), mFacilities->detection()->layers.size() > 1 ? l->name : "",
                                    mType->currentText().toStdString());
        } catch (const std::exception &) {
            return; // the file was read a moment ago; if it is gone now, the next page says so
        }
    }
    // The mapped values first, then the most frequent; at most 200 (OSM has hundreds).
    std::vector<std::pair<int, std::string>> order;
    for (const auto &[value, count] : counts)
        order.emplace_back(proposeTypeKey(value) ? -1000000000 - count : -count, value);
    std::sort(order.begin(), order.end());
    if (order.size() > 200)
        order.resize(200);
    mValues->setRowCount(int(order.size()));
    for (std::size_t r = 0; r < order.size(); ++r) {
        const std::string &value = order[r].second;
        auto *v = new QTableWidgetItem(q(value));
        v->setFlags(Qt::ItemIsEnabled);
        mValues->setItem(int(r), 0, v);
        auto *n = new QTableWidgetItem(QString::number(counts.at(value)));
        n->setFlags(Qt::ItemIsEnabled);
        mValues->setItem(int(r), 1, n);
        auto *combo = new QComboBox;
        combo->addItem(tr("(leave out)"), QString());
        for (const std::string &k : typeKeys())
            combo->addItem(typeWords(k).localText(), q(k));
        if (const auto key = proposeTypeKey(value))
            combo->setCurrentIndex(combo->findData(q(*key)));
        mValues->setCellWidget(int(r), 2, combo);
    }
}

FacilityLayerSpec FacilityMappingPage::spec(const FacilityLayerSpec &proposed) const
{
    FacilityLayerSpec s = proposed;
    s.nameField = mName->currentText().toStdString();
    s.typeField = mType->currentText().toStdString();
    s.capacityFields.clear();
    for (int r = 0; r < mCapacities->rowCount(); ++r)
        if (const auto *c = qobject_cast<QComboBox *>(mCapacities->cellWidget(r, 1)); c && !c->currentText().isEmpty())
            s.capacityFields[mCapacities->item(r, 0)->data(Qt::UserRole).toString().toStdString()] = c->currentText().toStdString();
    s.typeValues.clear();
    for (int r = 0; r < mValues->rowCount(); ++r)
        if (const auto *c = qobject_cast<QComboBox *>(mValues->cellWidget(r, 2)); c && !c->currentData().toString().isEmpty())
            s.typeValues[mValues->item(r, 0)->text().toStdString()] = c->currentData().toString().toStdString();
    return s;
}

} // namespace qh
