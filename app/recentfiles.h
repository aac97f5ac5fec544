#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace qh {

/// The recently opened projects (kept in the settings, newest first, at most 8) and
/// the File ▸ Open recent menu that lists them.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);
    /// Puts `path` first.
    void add(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    QMenu *mMenu;
};

} // namespace qh
