#include "exportmapdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>

#include "error.h"
#include "exportcontext.h"
#include "mappage.h"
#include "mapscene.h"
#include "maptheme.h"
#include "message.h"
#include "pagewriter.h"
#include "planner.h"

namespace qh {

namespace {
/// The view box's first row: what the map shows now.
constexpr int kScreen = -1;
} // namespace

ExportMapDialog::ExportMapDialog(const Planner &planner, std::shared_ptr<const MapScene> scene,
                                 const MapStyle &screenStyle, const Rect &screenExtent, QWidget *parent)
    : QDialog(parent)
    , mPlanner(planner)
    , mScene(std::move(scene))
    , mScreenStyle(screenStyle)
    , mScreenExtent(screenExtent)
{
    setWindowTitle(tr("Export map"));
    mView = new QComboBox(this);
    mView->addItem(tr("The map as shown now"), kScreen);
    mView->addItem(tr("Five-colour warning map"), int(MapTheme::Warning));
    mView->addItem(tr("Walking minutes to the nearest facility"), int(MapTheme::Minutes));
    mView->addItem(tr("Service circles (catchments)"), int(MapTheme::Catchments));
    mView->addItem(tr("Population density"), int(MapTheme::Population));
    mView->addItem(tr("Facility map for the public (names)"), int(MapTheme::Facilities));
    if (!planner.project().plan.isEmpty() && planner.evaluation())
        mView->addItem(tr("The plan against the baseline"), int(MapTheme::Plan));
    mIndex = new QComboBox(this);
    mLayout = new QComboBox(this);
    for (const auto &[name, label] : {std::pair{"a4-portrait", tr("A4 portrait")}, std::pair{"a4-landscape", tr("A4 landscape")},
                                      std::pair{"a3-portrait", tr("A3 portrait")}, std::pair{"a3-landscape", tr("A3 landscape")}})
        mLayout->addItem(label, QString::fromLatin1(name));
    mFormat = new QComboBox(this);
    for (const auto &[name, label] : {std::pair{"pdf", tr("PDF (vector)")}, std::pair{"svg", tr("SVG (vector)")},
                                      std::pair{"png", tr("PNG image")}, std::pair{"tif", tr("TIFF image")}})
        mFormat->addItem(label, QString::fromLatin1(name));
    mDpi = new QSpinBox(this);
    mDpi->setRange(72, 1200);
    mDpi->setValue(300);
    mDpi->setSuffix(tr(" DPI"));
    mTitle = new QLineEdit(this);
    mTitle->setPlaceholderText(tr("What the map shows"));
    mLegend = new QCheckBox(tr("Legend"), this);
    mScaleBar = new QCheckBox(tr("Scale bar"), this);
    mNorthArrow = new QCheckBox(tr("North arrow"), this);
    mOverview = new QCheckBox(tr("Overview"), this);
    mOverview->setToolTip(tr("A small map of the whole region, the part shown outlined (for the map as shown now)"));
    for (QCheckBox *c : {mLegend, mScaleBar, mNorthArrow, mOverview})
        c->setChecked(true);
    auto *elements = new QHBoxLayout;
    for (QCheckBox *c : {mLegend, mScaleBar, mNorthArrow, mOverview})
        elements->addWidget(c);

    auto *form = new QFormLayout;
    form->addRow(tr("Map:"), mView);
    form->addRow(tr("Indicator or type:"), mIndex);
    form->addRow(tr("Paper:"), mLayout);
    form->addRow(tr("Format:"), mFormat);
    form->addRow(tr("Resolution:"), mDpi);
    form->addRow(tr("Title:"), mTitle);
    form->addRow(tr("Elements:"), elements);
    mPreview = new QLabel(this);
    mPreview->setMinimumSize(360, 360);
    mPreview->setAlignment(Qt::AlignCenter);
    mPreview->setFrameShape(QFrame::StyledPanel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportMapDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch();
    side->addWidget(buttons);
    auto *main = new QHBoxLayout(this);
    main->addLayout(side);
    main->addWidget(mPreview, 1);

    connect(mView, &QComboBox::currentIndexChanged, this, [this] {
        fillIndexes();
        updatePreview();
    });
    for (QComboBox *c : {mIndex, mLayout})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportMapDialog::updatePreview);
    connect(mFormat, &QComboBox::currentIndexChanged, this, [this] {
        const QString f = mFormat->currentData().toString();
        mDpi->setEnabled(f == "png" || f == "tif");
    });
    connect(mTitle, &QLineEdit::textChanged, this, &ExportMapDialog::updatePreview);
    for (QCheckBox *c : {mLegend, mScaleBar, mNorthArrow, mOverview})
        connect(c, &QCheckBox::toggled, this, &ExportMapDialog::updatePreview);
    mDpi->setEnabled(false);
    fillIndexes();
    updatePreview();
}

void ExportMapDialog::fillIndexes()
{
    const QSignalBlocker block(mIndex);
    mIndex->clear();
    const int theme = mView->currentData().toInt();
    if ((theme == int(MapTheme::Warning) || theme == int(MapTheme::Plan)) && mPlanner.evaluation()) {
        const auto &inds = mPlanner.evaluation()->indicators;
        for (std::size_t i = 0; i < inds.size(); ++i)
            if (inds[i].available)
                mIndex->addItem(localLabel(inds[i].indicator.label, inds[i].indicator.labelZh), int(i));
    } else if (theme == int(MapTheme::Minutes)) {
        const auto &types = mPlanner.result().profile.types;
        for (std::size_t t = 0; t < types.size(); ++t)
            mIndex->addItem(localLabel(types[t].label, types[t].labelZh), int(t));
    }
    mIndex->setEnabled(mIndex->count() > 0);
}

ExportContext ExportMapDialog::context() const
{
    return {mPlanner.project(), mPlanner.region(), mPlanner.result(), mPlanner.evaluation(), mPlanner.targets(),
            &mPlanner.baselineFacilities()};
}

MapPageOptions ExportMapDialog::pageOptions() const
{
    MapPageOptions options;
    options.legend = mLegend->isChecked();
    options.scaleBar = mScaleBar->isChecked();
    options.northArrow = mNorthArrow->isChecked();
    options.overview = mOverview->isChecked();
    if (mView->currentData().toInt() == kScreen)
        options.extent = mScreenExtent;
    return options;
}

const MapScene &ExportMapDialog::scene() const
{
    if (mView->currentData().toInt() != int(MapTheme::Plan))
        return *mScene;
    if (!mPlanScene)
        mPlanScene = std::make_shared<MapScene>(exportScene(context(), false));
    return *mPlanScene;
}

PageLayout ExportMapDialog::layout() const
{
    PageLayout l = *PageLayout::parse(mLayout->currentData().toString().toStdString());
    l.dpi = mDpi->value();
    return l;
}

MapStyle ExportMapDialog::style() const
{
    const int theme = mView->currentData().toInt();
    if (theme == kScreen)
        return mScreenStyle;
    return styleForTheme(MapTheme(theme), mIndex->currentData().toInt());
}

QString ExportMapDialog::title() const
{
    if (!mTitle->text().trimmed().isEmpty())
        return mTitle->text().trimmed();
    const int theme = mView->currentData().toInt();
    if (theme != kScreen)
        return themeTitle(MapTheme(theme), scene(), mIndex->currentData().toInt());
    if (mScreenStyle.unitColouring == MapStyle::UnitColouring::WarningClass)
        return themeTitle(MapTheme::Warning, *mScene, mScreenStyle.indicator);
    if (mScreenStyle.shows(LayerKind::Cells) && mScreenStyle.cellColouring == MapStyle::CellColouring::Minutes)
        return themeTitle(MapTheme::Minutes, *mScene, mScreenStyle.minutesType);
    return QString::fromStdString(mPlanner.project().name);
}

void ExportMapDialog::updatePreview()
{
    const int shown = mView->currentData().toInt();
    if ((shown == int(MapTheme::Warning) || shown == int(MapTheme::Plan)) && mIndex->count() == 0) {
        mPreviewImage = QImage();
        mPreview->setText(tr("No indicator can be shown: the project has no target profile, or none is evaluated."));
        return;
    }
    // The sheet at screen resolution, scaled into the preview.
    PageLayout l = layout();
    l.dpi = 60;
    QImage img(l.pixelSize(), QImage::Format_RGB32);
    img.fill(Qt::white);
    const int dpm = int(96 / 0.0254 + 0.5);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    {
        QPainter p(&img);
        const double s = double(img.width()) / l.pageRect().width();
        p.scale(s, s);
        paintMapPage(p, l.printableRect(), scene(), style(), mapPageText(context(), title()), pageOptions());
    }
    mPreviewImage = img;
    showPreview();
}

void ExportMapDialog::showPreview()
{
    if (!mPreviewImage.isNull())
        mPreview->setPixmap(QPixmap::fromImage(
            mPreviewImage.scaled(mPreview->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExportMapDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

void ExportMapDialog::exportTo(const QString &path) const
{
    const std::optional<PageFormat> format = pageFormatOf(mFormat->currentData().toString().toStdString());
    const PageLayout l = layout();
    const MapPageOptions options = pageOptions();
    const MapStyle s = style();
    const MapPageText text = mapPageText(context(), title());
    writePages(path.toStdString(), *format, l, 1,
               [&](QPainter &p, int) { paintMapPage(p, l.printableRect(), scene(), s, text, options); }, text.title);
}

void ExportMapDialog::chooseFileAndExport()
{
    const QString ext = mFormat->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), QString::fromStdString(mPlanner.project().name) + "." + ext,
                                                      mFormat->currentText() + QStringLiteral(" (*.%1)").arg(ext));
    if (path.isEmpty())
        return;
    try {
        exportTo(path);
        accept();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export map"), e.message().localText());
    }
}

} // namespace qh
