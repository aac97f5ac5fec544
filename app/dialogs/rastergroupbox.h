#pragma once

#include <QGroupBox>
#include <QStringList>

class QComboBox;
class QListWidget;

namespace qh {

/// On the population page, for a raster: which population group its pixels count
/// (residents, residents 60+, children 0–3 or 3–6) and the other rasters on the same
/// grid added up with it, pixel by pixel (WorldPop's age-sex bands: the ten 60+
/// files into residents 60+), as a mapping file's "groups" would give them.
class RasterGroupBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit RasterGroupBox(QWidget *parent = nullptr);

    /// The group key: "total", "elderly", "infants" or "children_3_6".
    QString group() const;
    void setGroup(const QString &key);
    /// The rasters added to the page's own, in the order given.
    QStringList addedFiles() const;
    /// Adds rasters (each once; the page's own raster is not added to itself).
    void addFiles(const QStringList &files);
    /// The page's own raster; another one than before starts again from residents
    /// and no other raster.
    void setOwnFile(const QString &ownFile);

signals:
    void changed();

private:
    QComboBox *mGroup;
    QListWidget *mFiles;
    QString mOwnFile;
};

} // namespace qh
