#pragma once

// What the console reports of the CLI commands share: a line out, text from the engine.
#include <cstdio>
#include <string>

#include <QString>

namespace qh::cli {

/// One line of a console report on stdout, in UTF-8.
inline void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
}

/// The engine's text (UTF-8) as a QString.
inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace qh::cli
