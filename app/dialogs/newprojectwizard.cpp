#include "dialogs/newprojectwizard.h"

#include <filesystem>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "dialogs/rastergroupbox.h"
#include "dialogs/wizardpages.h"
#include "error.h"
#include "io/gdal.h"
#include "scenario/newproject.h"
#include "scenario/project.h"
#include "targets/profile.h"

namespace qh {

namespace {

/// The last page: profile, CRS, name and file; finishing builds the project.
class FinishPage : public QWizardPage
{
public:
    FinishPage(NewProjectWizard *wizard, QWidget *form) : mWizard(wizard)
    {
        setTitle(NewProjectWizard::tr("Target profile and project file"));
        setSubTitle(NewProjectWizard::tr("The project reads the files where they are and never writes to them."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
    }
    bool validatePage() override { return mWizard->createProject(); }

private:
    NewProjectWizard *mWizard;
};

} // namespace

NewProjectWizard::NewProjectWizard(QWidget *parent)
    : QWizard(parent)
    , mNetwork(new LayerFilePage(LayerRole::Network, false))
    , mFacilities(new LayerFilePage(LayerRole::Facilities, false))
    , mMapping(new FacilityMappingPage(mFacilities))
    , mPopulation(new LayerFilePage(LayerRole::Population, false))
    , mUnits(new LayerFilePage(LayerRole::Units, true))
    , mTargets(new QComboBox)
    , mCrs(new QLineEdit)
    , mName(new QLineEdit)
    , mOutput(new QLineEdit)
    , mMappingFile(new QLineEdit)
    , mError(new QLabel)
{
    setWindowTitle(tr("New project"));
    setObjectName("newProjectWizard");
    for (QWizardPage *p : std::initializer_list<QWizardPage *>{mNetwork, mFacilities, mMapping, mPopulation, mUnits})
        addPage(p);
    mTargets->addItem(tr("(none)"), QString());
    for (const std::string &id : bundledTargetProfiles()) {
        const TargetProfile t = loadTargetProfile(id);
        mTargets->addItem(localLabel(t.name, t.nameZh), QString::fromStdString(id));
    }
    mTargets->setObjectName("targets");
    mCrs->setObjectName("crs");
    mCrs->setPlaceholderText(tr("automatic: the CGCS2000 Gauss-Krüger zone in China, else the layers' own or the UTM zone"));
    mOutput->setObjectName("output");
    mError->setWordWrap(true);
    mError->setObjectName("error");
    mError->setStyleSheet("color: #b00020");
    auto *browse = new QPushButton(tr("Browse…"));
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(mOutput, 1);
    outRow->addWidget(browse);
    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    form->addRow(tr("Target profile:"), mTargets);
    form->addRow(tr("Analysis CRS:"), mCrs);
    form->addRow(tr("Project name:"), mName);
    form->addRow(tr("Project file:"), outRow);
    // What the pages do not ask (rasters added up into a group, residential land,
    // buildings of another file, id fields): a mapping file, as `new --mapping` takes.
    mMappingFile->setObjectName("mappingFile");
    mMappingFile->setPlaceholderText(tr("optional: a mapping file (JSON) applied on top of the choices above"));
    auto *mappingBrowse = new QPushButton(tr("Browse…"));
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(mMappingFile, 1);
    mappingRow->addWidget(mappingBrowse);
    form->addRow(tr("Mapping file:"), mappingRow);
    connect(mappingBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Mapping file"), mMappingFile->text(),
                                                       tr("Mapping files (*.json);;All files (*)"));
        if (!f.isEmpty())
            mMappingFile->setText(f);
    });
    form->addRow(mError);
    addPage(new FinishPage(this, formWidget));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Project file"), mOutput->text(),
                                                       tr("QuarterHour projects (*.qhproj)"));
        if (!f.isEmpty())
            mOutput->setText(f.endsWith(".qhproj") ? f : f + ".qhproj");
    });
    // A name from the units (or facilities) once they are chosen, and a file beside
    // the first of the files that is not in a database (else in the home folder).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (page(id) && page(id)->isFinalPage() && mOutput->text().isEmpty()) {
            const QString named = mUnits->path().isEmpty() ? mFacilities->path() : mUnits->path();
            const QString name = QString::fromStdString(
                projectNameFor(named.toStdString(), mUnits->path().isEmpty() ? std::string() : mUnits->filter().toStdString()));
            QDir folder = QDir::home();
            for (const LayerFilePage *p : {mUnits, mFacilities, mPopulation, mNetwork})
                if (!p->path().isEmpty() && !isDatabaseSource(p->path().toStdString())) {
                    folder = QFileInfo(p->path()).dir();
                    break;
                }
            mName->setText(name);
            mOutput->setText(folder.filePath(name + ".qhproj"));
        }
    });
    resize(820, 640);
}

bool NewProjectWizard::createProject()
{
    mError->clear();
    try {
        const std::string out = mOutput->text().trimmed().toStdString();
        if (out.empty())
            throw FileError(Message::coded("no_project_file", {std::string()}));
        if (std::filesystem::exists(out))
            throw FileError(Message::coded("project_exists", {out}));
        Warnings notes, warnings;
        NewProjectRequest r = proposeNewProject(mNetwork->path().toStdString(), mFacilities->path().toStdString(),
                                                mPopulation->path().toStdString(), mUnits->path().toStdString(),
                                                mTargets->currentData().toString().toStdString(), notes);
        mNetwork->applyTo(r.network.ref);
        mFacilities->applyTo(r.facilities.ref);
        mPopulation->applyTo(r.population);
        if (r.units)
            mUnits->applyTo(r.units->ref);
        r.facilities = mMapping->spec(r.facilities);
        if (!mPopulation->column().isEmpty())
            r.populationFields["total"] = mPopulation->column().toStdString();
        if (r.census && !mPopulation->joinColumn().isEmpty())
            r.census->joinField = mPopulation->joinColumn().toStdString();
        if (mPopulation->isRaster()) {
            // The raster's pixels count one group; rasters on its grid add up with it.
            const RasterGroupBox *group = mPopulation->rasterGroup();
            const std::string key = group->group().toStdString();
            const QStringList added = group->addedFiles();
            if (key != "total" || !added.isEmpty()) {
                std::vector<std::string> files{absoluteSource(r.population.path)};
                for (const QString &f : added)
                    files.push_back(f.toStdString());
                r.populationFields.erase("total");
                r.populationFields[key] = "1";
                r.populationFiles[key] = files;
            }
        }
        if (r.units && !mUnits->column().isEmpty())
            r.units->nameField = mUnits->column().toStdString();
        r.crs = mCrs->text().trimmed().toStdString();
        if (!mName->text().trimmed().isEmpty())
            r.name = mName->text().trimmed().toStdString();
        if (const std::string mapping = mMappingFile->text().trimmed().toStdString(); !mapping.empty())
            applyMappingFile(r, mapping); // last: it corrects what the pages chose
        Project p = buildNewProject(r, warnings);
        saveProject(p, out);
        mSaved = QString::fromStdString(out);
        return true;
    } catch (const std::exception &e) {
        mError->setText(localError(e));
        return false;
    }
}

} // namespace qh
