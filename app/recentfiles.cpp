#include "recentfiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace qh {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , mMenu(menu)
{
    rebuildMenu();
}

void RecentFiles::add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value("recent").toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue("recent", recent.mid(0, 8));
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    mMenu->clear();
    for (const QString &path : QSettings().value("recent").toStringList())
        mMenu->addAction(path, this, [this, path] { emit openRequested(path); });
    mMenu->setEnabled(!mMenu->isEmpty());
}

} // namespace qh
