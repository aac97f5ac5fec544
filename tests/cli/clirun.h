#pragma once

// Running quarterhour-cli as a user does, for the CLI tests.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace qh::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the CLI in an English locale unless `locale` names another.
inline Run cli(const QStringList &args, const QString &workDir = QStringLiteral(QH_SOURCE_DIR),
               const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("LC_ALL");
    env.remove("LC_MESSAGES");
    env.remove("LANGUAGE");
    env.insert("LANG", locale);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(QH_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// A golden file of tests/cli/golden.
inline QString golden(const QString &name)
{
    QFile f(QStringLiteral(QH_SOURCE_DIR "/tests/cli/golden/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

} // namespace qh::test
