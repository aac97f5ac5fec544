#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace qh {

class Planner;
struct PageLayout;

/// File ▸ Export report…, Export tables…, Export GeoPackage…: the files
/// `quarterhour-cli report`, `tables` and `analyze` write, from the plan as it
/// stands. The work runs on a copy of the plan off the UI thread, with a progress
/// dialog and Cancel; the file is written beside its name and moved into place
/// only when complete, so Cancel or a failure leaves the old file as it was.
class Exporter : public QObject
{
    Q_OBJECT
public:
    explicit Exporter(QWidget *dialogParent);
    ~Exporter() override;

    void setPlanner(const Planner *planner) { mPlanner = planner; }

    /// Ask for a file, then write in the background.
    void exportReport();
    void exportTables();
    void exportGeoPackage();

    /// What the background work does (also for tests; throws qh::Error, and
    /// Error "cancelled" when `cancel` turns true).
    struct Snapshot;
    static std::shared_ptr<const Snapshot> snapshot(const Planner &planner);
    static void writeReport(const Snapshot &snapshot, const QString &path, const PageLayout &layout,
                            const std::atomic<bool> *cancel = nullptr);
    static void writeTables(const Snapshot &snapshot, const QString &path);
    static void writeGeoPackage(const Snapshot &snapshot, const QString &path, const std::atomic<bool> *cancel = nullptr);

signals:
    /// A file was written (or the export failed: ok false, with the message).
    void finished(bool ok, const QString &message);

private:
    using Write = std::function<void(const Snapshot &, const QString &path, const std::atomic<bool> &cancel)>;
    /// Asks for the file, takes a snapshot of the plan, and writes in the background.
    void exportWith(const QString &title, const QString &filter, const QString &suffix, const Write &write);
    void runInBackground(const QString &title, std::function<void(const std::atomic<bool> &)> work, const QString &path);
    QString askForFile(const QString &title, const QString &filter, const QString &suffix) const;

    QWidget *mParent;
    const Planner *mPlanner = nullptr;
};

} // namespace qh
