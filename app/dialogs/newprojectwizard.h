#pragma once

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace qh {

class FacilityMappingPage;
class LayerFilePage;

/// File ▸ New project…: the walking network, facilities (with their column and
/// type mapping), population, units, then the target profile, analysis CRS and
/// the project file. Each step shows what was detected; the end saves a .qhproj
/// with the mapping in it (the same engine calls as `quarterhour-cli new`).
class NewProjectWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewProjectWizard(QWidget *parent = nullptr);
    /// The project file written, once the wizard is accepted.
    QString projectPath() const { return mSaved; }

    LayerFilePage *networkPage() const { return mNetwork; }
    LayerFilePage *facilitiesPage() const { return mFacilities; }
    FacilityMappingPage *mappingPage() const { return mMapping; }
    LayerFilePage *populationPage() const { return mPopulation; }
    LayerFilePage *unitsPage() const { return mUnits; }
    /// Target profile id, analysis CRS (empty: automatic) and project file of the last page.
    QComboBox *targetsBox() const { return mTargets; }
    QLineEdit *crsEdit() const { return mCrs; }
    QLineEdit *outputEdit() const { return mOutput; }
    /// An optional mapping file applied over the pages' choices.
    QLineEdit *mappingFileEdit() const { return mMappingFile; }

    /// Builds and saves the project; false (with the reason shown) when it cannot.
    bool createProject();

private:
    LayerFilePage *mNetwork;
    LayerFilePage *mFacilities;
    FacilityMappingPage *mMapping;
    LayerFilePage *mPopulation;
    LayerFilePage *mUnits;
    QComboBox *mTargets;
    QLineEdit *mCrs;
    QLineEdit *mName;
    QLineEdit *mOutput;
    QLineEdit *mMappingFile;
    QLabel *mError;
    QString mSaved;
};

} // namespace qh
