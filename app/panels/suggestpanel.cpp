#include "suggestpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "feedback.h"
#include "scenario/limits.h"
#include "siting/suggest.h"
#include "symbology.h"

namespace qh {

struct SuggestPanel::Outcome
{
    std::optional<siting::SuggestResult> result;
    QString error; // empty when there is a result
    bool cancelled = false;
};

namespace {

/// Accepting a suggestion: the site becomes a proposed facility; undo takes it out
/// and leaves the suggestion pending again.
class AcceptSuggestionCommand : public QUndoCommand
{
public:
    AcceptSuggestionCommand(Planner &planner, SuggestPanel *panel, int row, Facility facility)
        : mPlanner(planner), mPanel(panel), mGeneration(panel->generation()), mRow(row), mFacility(std::move(facility))
    {
        setText(QCoreApplication::translate("qh::SuggestPanel", "Accept %1").arg(QString::fromStdString(mFacility.name)));
    }
    void redo() override
    {
        mPlanner.addFacility(mFacility);
        if (mPanel)
            mPanel->setState(mGeneration, mRow, SuggestPanel::State::Accepted);
    }
    void undo() override
    {
        mPlanner.removeFacility(mFacility.id);
        if (mPanel)
            mPanel->setState(mGeneration, mRow, SuggestPanel::State::Pending);
    }

private:
    Planner &mPlanner;
    QPointer<SuggestPanel> mPanel;
    quint64 mGeneration;
    int mRow;
    Facility mFacility;
};

/// Rejecting a suggestion (no change to the plan); undo makes it pending again.
class RejectSuggestionCommand : public QUndoCommand
{
public:
    RejectSuggestionCommand(SuggestPanel *panel, int row, const QString &name)
        : mPanel(panel), mGeneration(panel->generation()), mRow(row)
    {
        setText(QCoreApplication::translate("qh::SuggestPanel", "Reject %1").arg(name));
    }
    void redo() override
    {
        if (mPanel)
            mPanel->setState(mGeneration, mRow, SuggestPanel::State::Rejected);
    }
    void undo() override
    {
        if (mPanel)
            mPanel->setState(mGeneration, mRow, SuggestPanel::State::Pending);
    }

private:
    QPointer<SuggestPanel> mPanel;
    quint64 mGeneration;
    int mRow;
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

SuggestPanel::SuggestPanel(ViewState *view, QUndoStack *undo, QWidget *parent)
    : PlannerPanel(tr("Suggest sites"), view, parent)
    , mUndo(undo)
    , mType(new QComboBox)
    , mGoal(new QComboBox)
    , mMethod(new QComboBox)
    , mCount(new QSpinBox)
    , mGrid(new QDoubleSpinBox)
    , mTimeLimit(new QDoubleSpinBox)
    , mSizes(new QLineEdit)
    , mCapacitated(new QCheckBox(tr("Each place serves one person (capacitated)")))
    , mCandidatesFile(new QPushButton(tr("Sites from a file…")))
    , mNodesFile(new QPushButton(tr("Junctions inside areas…")))
    , mExcludeFile(new QPushButton(tr("Exclusion areas…")))
    , mRun(new QPushButton(tr("Suggest")))
    , mCancel(new QPushButton(tr("Cancel")))
    , mAccept(new QPushButton(tr("Accept")))
    , mReject(new QPushButton(tr("Reject")))
    , mAcceptAll(new QPushButton(tr("Accept all")))
    , mRejectAll(new QPushButton(tr("Reject all")))
    , mProgress(new QProgressBar)
    , mSummary(new QLabel)
    , mTable(new QTableWidget)
{
    setObjectName("suggestPanel");
    mType->setObjectName("suggestType");
    mGoal->setObjectName("suggestGoal");
    mGoal->addItem(tr("Meet every unit's targets at least cost"), int(siting::Goal::MeetTargets));
    mGoal->addItem(tr("Reach the most people with k sites"), int(siting::Goal::MaxCoverage));
    mCount->setObjectName("suggestCount");
    mCount->setRange(int(limits::siteCount.min), 1000);
    mCount->setValue(3);
    mCount->setEnabled(false);
    mGrid->setObjectName("suggestGrid");
    mGrid->setRange(0, limits::gridSpacing.max);
    mGrid->setSpecialValueText(tr("no grid"));
    mGrid->setSuffix(tr(" m"));
    mGrid->setDecimals(0);
    mGrid->setSingleStep(50);
    mGrid->setValue(200);
    mSizes->setObjectName("suggestSizes");
    mSizes->setPlaceholderText(tr("e.g. 40:1, 120:2.5 (places:cost); empty: the usual size"));
    mMethod->addItem(tr("Automatic (exact when small)"), int(siting::Method::Auto));
    mMethod->addItem(tr("Exact (CBC)"), int(siting::Method::Exact));
    mMethod->addItem(tr("Fast heuristic"), int(siting::Method::Heuristic));
    mTimeLimit->setRange(limits::timeLimit.min, 3600);
    mTimeLimit->setValue(60);
    mTimeLimit->setSuffix(tr(" s"));
    mTimeLimit->setDecimals(0);
    mCancel->setEnabled(false);
    mProgress->setRange(0, 100);
    mProgress->setVisible(false);
    mSummary->setObjectName("suggestSummary");
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mTable->setObjectName("suggestTable");
    mTable->setColumnCount(6);
    mTable->setHorizontalHeaderLabels({tr("Site"), tr("Unit"), tr("Size"), tr("Cost"), tr("Newly reached"), tr("State")});
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("Facility type"), mType);
    form->addRow(tr("Goal"), mGoal);
    form->addRow(tr("New sites (k)"), mCount);
    auto *candidates = new QHBoxLayout;
    candidates->addWidget(mGrid);
    candidates->addWidget(mCandidatesFile);
    form->addRow(tr("Candidate grid"), candidates);
    mNodesFile->setToolTip(tr("A polygon layer: the walking network's junctions inside it are candidate sites"));
    form->addRow(tr("Candidate areas"), mNodesFile);
    form->addRow(tr("Exclusions"), mExcludeFile);
    form->addRow(tr("Sizes"), mSizes);
    mCapacitated->setToolTip(tr("A site serves people only up to its places, each person at one facility within reach; "
                                "the existing facilities of the type serve with theirs."));
    form->addRow(QString(), mCapacitated);
    form->addRow(tr("Solver"), mMethod);
    form->addRow(tr("Time limit"), mTimeLimit);
    auto *run = new QHBoxLayout;
    run->addWidget(mRun);
    run->addWidget(mCancel);
    run->addWidget(mProgress, 1);
    auto *decide = new QHBoxLayout;
    for (QPushButton *b : {mAccept, mReject, mAcceptAll, mRejectAll})
        decide->addWidget(b);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(run);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    layout->addLayout(decide);
    auto *legend = new QLabel(tr("On the map, pending suggestions are numbered purple diamonds; accepted ones become proposed facilities."));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    // In a short dock the form scrolls rather than squeezing its fields.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(box);
    mTable->setMinimumHeight(mTable->fontMetrics().lineSpacing() * 6);
    setWidget(scroll);

    connect(mGoal, &QComboBox::currentIndexChanged, this,
            [this] { mCount->setEnabled(mGoal->currentData().toInt() == int(siting::Goal::MaxCoverage)); });
    connect(mRun, &QPushButton::clicked, this, &SuggestPanel::suggest);
    connect(mCancel, &QPushButton::clicked, this, [this] {
        if (mFeedback)
            mFeedback->cancel();
    });
    auto pickFile = [this](QPushButton *button, QString *path, const QString &title) {
        const QString chosen = QFileDialog::getOpenFileName(
            this, title, QString(), tr("Vector layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)"));
        *path = chosen;
        button->setText(chosen.isEmpty() ? title : QFileInfo(chosen).fileName());
    };
    connect(mCandidatesFile, &QPushButton::clicked, this,
            [this, pickFile] { pickFile(mCandidatesFile, &mCandidatesPath, tr("Sites from a file…")); });
    connect(mNodesFile, &QPushButton::clicked, this,
            [this, pickFile] { pickFile(mNodesFile, &mNodesPath, tr("Junctions inside areas…")); });
    connect(mExcludeFile, &QPushButton::clicked, this,
            [this, pickFile] { pickFile(mExcludeFile, &mExcludePath, tr("Exclusion areas…")); });
    auto selectedRow = [this] { return mTable->currentRow(); };
    connect(mAccept, &QPushButton::clicked, this, [this, selectedRow] { accept(selectedRow()); });
    connect(mReject, &QPushButton::clicked, this, [this, selectedRow] { reject(selectedRow()); });
    connect(mAcceptAll, &QPushButton::clicked, this, &SuggestPanel::acceptAll);
    connect(mRejectAll, &QPushButton::clicked, this, &SuggestPanel::rejectAll);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (mResult && row >= 0 && std::size_t(row) < mResult->sites.size())
            emit zoomRequested(mResult->sites[std::size_t(row)].facility.pos);
    });
    connect(&mWatcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &SuggestPanel::onFinished);
    updateTable();
}

SuggestPanel::~SuggestPanel()
{
    if (mFeedback)
        mFeedback->cancel();
    mWatcher.waitForFinished();
}

void SuggestPanel::fillTypes()
{
    std::string keys;
    if (planner())
        for (const FacilityType &t : planner()->project().profile.types)
            keys += t.key + '\n';
    if (keys == mTypesShown)
        return;
    mTypesShown = keys;
    const QString current = mType->currentData().toString();
    mType->clear();
    if (!planner())
        return;
    for (const FacilityType &t : planner()->project().profile.types)
        mType->addItem(localLabel(t.label, t.labelZh), q(t.key));
    const int again = mType->findData(current);
    mType->setCurrentIndex(again >= 0 ? again : 0);
}

void SuggestPanel::refresh()
{
    // Another project: the suggestions were for the one before.
    if ((planner() != mResultFor || (!mResultFor && mResult)) && !mWatcher.isRunning()) {
        mResult.reset();
        mStates.clear();
        mAcceptedIds.clear();
        mSummary->clear();
        ++mGeneration;
        mResultFor = planner();
    }
    fillTypes();
    mRun->setEnabled(planner() && planner()->targets() && !mWatcher.isRunning());
    if (planner() && !planner()->targets())
        mSummary->setText(tr("Choose a target profile first: suggestions aim at its targets."));
    // An accepted site whose proposal was taken out again (deleted on the map) is pending again.
    if (planner() && mResult)
        for (std::size_t r = 0; r < mStates.size(); ++r)
            if (mStates[r] == State::Accepted && !planner()->facility(mAcceptedIds[r]))
                mStates[r] = State::Pending;
    updateTable();
}

void SuggestPanel::setRunning(bool running)
{
    mRun->setEnabled(!running && planner());
    mCancel->setEnabled(running);
    mProgress->setVisible(running);
    for (QWidget *w : std::initializer_list<QWidget *>{mType, mGoal, mGrid, mSizes, mCapacitated, mMethod, mTimeLimit, mCandidatesFile, mNodesFile, mExcludeFile})
        w->setEnabled(!running);
    mCount->setEnabled(!running && mGoal->currentData().toInt() == int(siting::Goal::MaxCoverage));
}

void SuggestPanel::suggest()
{
    if (!planner() || !planner()->targets() || mWatcher.isRunning())
        return;
    siting::SuggestRequest req;
    req.type = mType->currentData().toString().toStdString();
    req.goal = siting::Goal(mGoal->currentData().toInt());
    req.k = std::size_t(mCount->value());
    req.method = siting::Method(mMethod->currentData().toInt());
    req.timeLimitSeconds = mTimeLimit->value();
    req.capacitated = mCapacitated->isChecked();
    req.candidates.gridSpacing = mGrid->value() >= limits::gridSpacing.min ? mGrid->value() : 0.0;
    if (!mCandidatesPath.isEmpty())
        req.candidates.points = LayerRef{mCandidatesPath.toStdString(), ""};
    if (!mNodesPath.isEmpty())
        req.candidates.nodesIn = LayerRef{mNodesPath.toStdString(), ""};
    if (!mExcludePath.isEmpty())
        req.candidates.exclude = LayerRef{mExcludePath.toStdString(), ""};
    req.namePrefix = tr("Suggested site").toStdString();
    const QString sizes = mSizes->text().simplified().remove(' ');
    if (!sizes.isEmpty()) {
        try {
            req.sizes = siting::parseSizes(sizes.toStdString());
        } catch (const Error &e) {
            mSummary->setText(localError(e));
            return;
        }
    }
    mFeedback = std::make_shared<Feedback>();
    mResultFor = planner();
    QPointer<QProgressBar> bar = mProgress;
    mFeedback->onProgress = [bar](double percent, const std::string &) {
        QMetaObject::invokeMethod(bar, [bar, percent] {
            if (bar)
                bar->setValue(int(percent));
        });
    };
    setRunning(true);
    mProgress->setValue(0);
    mSummary->setText(tr("Searching from every candidate site and solving…"));
    // A copy of what the solver reads: the planner may go on editing meanwhile.
    const Project project = planner()->project();
    RegionData region = planner()->region();
    const TargetProfile targets = *planner()->targets();
    std::shared_ptr<Feedback> feedback = mFeedback;
    mWatcher.setFuture(QtConcurrent::run([project, region = std::move(region), targets, req, feedback] {
        auto out = std::make_shared<Outcome>();
        try {
            out->result = siting::suggestSites(project, region, targets, req, feedback.get());
        } catch (const Cancelled &) {
            out->cancelled = true;
        } catch (const std::exception &e) {
            out->error = localError(e);
        }
        if (feedback->isCancelled())
            out->cancelled = true;
        return out;
    }));
}

void SuggestPanel::waitForResult()
{
    mWatcher.waitForFinished();
    QCoreApplication::processEvents();
}

void SuggestPanel::onFinished()
{
    setRunning(false);
    const std::shared_ptr<Outcome> out = mWatcher.result();
    mFeedback.reset();
    if (planner() != mResultFor) { // the project changed while it was solving
        refresh();
        return;
    }
    if (!out || out->cancelled) {
        mSummary->setText(tr("Cancelled; the suggestions shown before are kept."));
        return;
    }
    if (!out->result) {
        mSummary->setText(tr("No suggestion: %1").arg(out->error));
        return;
    }
    // The undo history keeps the decisions on the previous suggestions; they no
    // longer reach this list (generation).
    ++mGeneration;
    mResult = std::move(out->result);
    mStates.assign(mResult->sites.size(), State::Pending);
    mAcceptedIds.assign(mResult->sites.size(), std::string());
    showResult();
    updateTable();
}

void SuggestPanel::showResult()
{
    const siting::SuggestResult &r = *mResult;
    const siting::Solution &s = r.solution;
    QStringList lines;
    const QString method = s.method == "heuristic" ? tr("fast heuristic") : tr("exact (CBC)");
    QString quality = s.optimal ? tr("proven optimal")
                      : s.gap() ? tr("within %1% of the best possible").arg(*s.gap() * 100, 0, 'f', 1)
                                : tr("no bound known");
    if (s.timeLimitReached)
        quality += tr(", time limit reached");
    lines << (r.goal == siting::Goal::MeetTargets
                  ? tr("%n new site(s), cost %1 (%2, %3, %4 s).", "", int(r.sites.size())).arg(s.objective).arg(method, quality).arg(s.seconds, 0, 'f', 1)
                  : tr("%n new site(s) reach %1 more people (%2, %3, %4 s).", "", int(r.sites.size()))
                        .arg(s.objective, 0, 'f', 0)
                        .arg(method, quality)
                        .arg(s.seconds, 0, 'f', 1));
    lines << tr("Within the circle: %1 → %2 of %3 people.").arg(r.coveredBefore, 0, 'f', 0).arg(r.coveredAfter, 0, 'f', 0).arg(r.demand, 0, 'f', 0);
    for (std::size_t i = 0; i < r.after.indicators.size(); ++i) {
        const IndicatorResult &after = r.after.indicators[i], &before = r.before.indicators[i];
        if (std::find(r.indicators.begin(), r.indicators.end(), after.indicator.id) == r.indicators.end())
            continue;
        lines << tr("%1: %2 of %3 units pass now, %4 of %5 with all suggestions (checked by a fresh analysis).")
                     .arg(localLabel(after.indicator.label, after.indicator.labelZh))
                     .arg(before.unitsPassing)
                     .arg(before.unitsApplicable)
                     .arg(after.unitsPassing)
                     .arg(after.unitsApplicable);
    }
    if (r.goal == siting::Goal::MeetTargets)
        lines << (r.allUnitsPass ? tr("Every unit then meets every target aimed at.")
                                 : tr("Not every unit can meet its targets:"));
    if (r.servedBefore && r.servedAfter)
        lines << tr("Served, each place serving one person within reach: %1 → %2 of %3 people.")
                     .arg(*r.servedBefore, 0, 'f', 0)
                     .arg(*r.servedAfter, 0, 'f', 0)
                     .arg(r.demand, 0, 'f', 0);
    for (const Message &m : r.shortfalls)
        lines << "• " + m.localText();
    for (const Message &m : r.warnings)
        lines << "• " + m.localText();
    mSummary->setText(lines.join('\n'));
}

void SuggestPanel::updateTable()
{
    const std::size_t n = mResult ? mResult->sites.size() : 0;
    mTable->setRowCount(int(n));
    std::vector<Point> pending;
    QStringList labels;
    const FacilityType *type = nullptr;
    if (mResult && planner())
        if (const int t = planner()->project().profile.typeIndex(mResult->type); t >= 0)
            type = &planner()->project().profile.types[std::size_t(t)];
    for (std::size_t r = 0; r < n; ++r) {
        const siting::SuggestedSite &site = mResult->sites[r];
        const auto cap = type ? site.facility.capacity.find(type->capacityKey) : site.facility.capacity.end();
        const QString unit = site.unit && planner() && *site.unit < planner()->region().units.size()
                                 ? q(planner()->region().units[*site.unit].name)
                                 : QString();
        const QString state = mStates[r] == State::Pending ? tr("pending")
                              : mStates[r] == State::Accepted ? tr("accepted")
                                                              : tr("rejected");
        const QStringList cells{q(site.facility.name), unit,
                                cap == site.facility.capacity.end() ? QString() : QString::number(cap->second),
                                QString::number(site.cost), QString::number(site.newlyReached, 'f', 0), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(int(r), c, item);
        }
        if (mStates[r] == State::Pending) {
            pending.push_back(site.facility.pos);
            labels << QString::number(r + 1);
        }
    }
    const bool anyPending = !pending.empty();
    for (QPushButton *b : {mAccept, mReject, mAcceptAll, mRejectAll})
        b->setEnabled(anyPending && planner());
    emit pendingChanged(pending, labels);
}

void SuggestPanel::setState(quint64 generation, int row, State state)
{
    if (generation != mGeneration || row < 0 || std::size_t(row) >= mStates.size())
        return;
    mStates[std::size_t(row)] = state;
    updateTable();
}

void SuggestPanel::accept(int row)
{
    if (!planner() || !mResult || row < 0 || std::size_t(row) >= mStates.size() || mStates[std::size_t(row)] != State::Pending)
        return;
    Facility f = mResult->sites[std::size_t(row)].facility;
    f.id = planner()->newProposalId(); // the plan's own numbering, never a clash
    mAcceptedIds[std::size_t(row)] = f.id;
    mUndo->push(new AcceptSuggestionCommand(*planner(), this, row, f));
}

void SuggestPanel::reject(int row)
{
    if (!mResult || row < 0 || std::size_t(row) >= mStates.size() || mStates[std::size_t(row)] != State::Pending)
        return;
    mUndo->push(new RejectSuggestionCommand(this, row, q(mResult->sites[std::size_t(row)].facility.name)));
}

void SuggestPanel::acceptAll()
{
    if (!mResult)
        return;
    mUndo->beginMacro(tr("Accept all suggested sites"));
    for (int r = 0; r < int(mStates.size()); ++r)
        accept(r);
    mUndo->endMacro();
}

void SuggestPanel::rejectAll()
{
    if (!mResult)
        return;
    mUndo->beginMacro(tr("Reject all suggested sites"));
    for (int r = 0; r < int(mStates.size()); ++r)
        reject(r);
    mUndo->endMacro();
}

} // namespace qh
