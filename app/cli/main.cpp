// quarterhour-cli: batch front end over the engine, one Command per file (cli.cpp).
// Exit codes (as osmium-tool): 0 ok, 1 error in the data or files, 2 bad arguments.
#include <cstdio>
#include <string>
#include <vector>

#include <QCoreApplication>

#include "cli.h"

int main(int argc, char **argv)
{
    // Maps are painted without a window: use the offscreen platform unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's own warnings (e.g. about XDG_RUNTIME_DIR under offscreen) are noise for
    // batch users; QH_VERBOSE=1 shows them.
    if (!qEnvironmentVariableIsSet("QH_VERBOSE"))
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(msg));
        });
    return qh::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), argc, argv);
}
