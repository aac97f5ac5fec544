#include "rastergroupbox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qh {

RasterGroupBox::RasterGroupBox(QWidget *parent)
    : QGroupBox(tr("Raster population"), parent)
    , mGroup(new QComboBox)
    , mFiles(new QListWidget)
{
    setObjectName("rasterGroup");
    mGroup->setObjectName("rasterGroupKey");
    mGroup->addItem(tr("Residents (all ages)"), QStringLiteral("total"));
    mGroup->addItem(tr("Residents 60+"), QStringLiteral("elderly"));
    mGroup->addItem(tr("Children 0–3"), QStringLiteral("infants"));
    mGroup->addItem(tr("Children 3–6"), QStringLiteral("children_3_6"));
    mFiles->setObjectName("addedRasters");
    mFiles->setMaximumHeight(90);
    mFiles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *add = new QPushButton(tr("Add rasters…"));
    add->setObjectName("addRasters");
    add->setToolTip(tr("Other rasters on the same grid whose people are added pixel by pixel, e.g. the ten WorldPop 60+ age-sex files"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName("removeRasters");
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *files = new QHBoxLayout;
    files->addWidget(mFiles, 1);
    files->addLayout(buttons);
    auto *form = new QFormLayout(this);
    form->addRow(tr("The pixels count:"), mGroup);
    form->addRow(tr("Added up with:"), files);
    connect(mGroup, &QComboBox::currentIndexChanged, this, &RasterGroupBox::changed);
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Rasters to add up"), QFileInfo(mOwnFile).absolutePath(),
                                               tr("Rasters (*.tif *.tiff *.img *.vrt);;All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(mFiles->selectedItems());
        emit changed();
    });
}

QString RasterGroupBox::group() const
{
    return mGroup->currentData().toString();
}

void RasterGroupBox::setGroup(const QString &key)
{
    const int i = mGroup->findData(key);
    if (i >= 0)
        mGroup->setCurrentIndex(i);
}

QStringList RasterGroupBox::addedFiles() const
{
    QStringList out;
    for (int i = 0; i < mFiles->count(); ++i)
        out << mFiles->item(i)->data(Qt::UserRole).toString();
    return out;
}

void RasterGroupBox::addFiles(const QStringList &files)
{
    QStringList have = addedFiles();
    const QString own = QFileInfo(mOwnFile).absoluteFilePath();
    for (const QString &f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (path == own || have.contains(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName());
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        mFiles->addItem(item);
        have << path;
    }
    emit changed();
}

void RasterGroupBox::setOwnFile(const QString &ownFile)
{
    if (ownFile == mOwnFile)
        return;
    mOwnFile = ownFile;
    mFiles->clear();
    mGroup->setCurrentIndex(0);
}

} // namespace qh
