#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace qh {

QString sharedDataDir()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    // QH_BIN_TO_DATA is relative (e.g. "../share/quarterhour"), from GNUInstallDirs.
    for (const QString &candidate : {bin.filePath(QStringLiteral(QH_BIN_TO_DATA)), bin.filePath("share/quarterhour")})
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    return {};
}

QString sampleProject()
{
    const QString dir = sharedDataDir();
    const QString sample = QDir(dir).filePath("sample/liechtenstein.qhproj");
    return !dir.isEmpty() && QFileInfo::exists(sample) ? sample : QString();
}

QString gisSourceOf(const QString &chosenFile)
{
    const QFileInfo chosen(chosenFile);
    return !chosenFile.isEmpty() && chosen.absolutePath().endsWith(QStringLiteral(".gdb"), Qt::CaseInsensitive)
               ? chosen.absolutePath()
               : chosenFile;
}

} // namespace qh
