// The command line of quarterhour-cli, without main(): a library, so the fuzz
// harness (tests/fuzz/fuzz_cli.cpp) runs the same argument handling as the program.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QGuiApplication>

#include "args.h"
#include "cli.h"
#include "command.h"
#include "error.h"
#include "i18n.h"
#include "version.h"

namespace {

std::string overview(const std::vector<std::unique_ptr<qh::cli::Command>> &commands)
{
    std::string s = "usage: quarterhour-cli <command> [options]\n\ncommands:\n";
    for (const auto &c : commands) {
        std::string line = "  " + c->name();
        line.resize(14, ' ');
        s += line + c->summary() + "\n";
    }
    s += "\n`quarterhour-cli <command> --help` shows the options of a command.\n"
         "  --help, --version\n"
         "  --lang zh_CN|en  language of the console report and the maps (default: the\n"
         "                   system locale, LANG)\n"
         "exit codes: 0 ok, 1 error in files or data, 2 bad arguments\n";
    return s;
}

} // namespace

namespace qh::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(makeInfoCommand());
    c.push_back(makeImportCommand());
    c.push_back(makeNewCommand());
    c.push_back(makeAnalyzeCommand());
    c.push_back(makeReachCommand());
    c.push_back(makeSuggestCommand());
    c.push_back(makeExportCommand());
    c.push_back(makeReportCommand());
    c.push_back(makeTablesCommand());
    c.push_back(makeProfilesCommand());
    return c;
}

} // namespace qh::cli

int qh::cli::runCli(std::vector<std::string> args, int &argc, char **argv)
{
    const auto commands = qh::cli::allCommands();
    // --lang, anywhere: the language of the console report and the maps.
    QString language;
    for (std::size_t i = 0; i < args.size(); ++i)
        if (args[i] == "--lang" || args[i].rfind("--lang=", 0) == 0) {
            const bool joined = args[i] != "--lang";
            if (!joined && i + 1 >= args.size()) {
                std::cerr << "quarterhour-cli: --lang needs a language (zh_CN or en)\n";
                return 2;
            }
            language = QString::fromStdString(joined ? args[i].substr(7) : args[i + 1]);
            args.erase(args.begin() + std::ptrdiff_t(i), args.begin() + std::ptrdiff_t(i + (joined ? 1 : 2)));
            break;
        }
    if (!language.isEmpty() && language != "zh_CN" && language != "en") {
        std::cerr << "quarterhour-cli: unknown language '" << language.toStdString() << "' (zh_CN or en)\n";
        return 2;
    }
    if (args.empty()) {
        std::cerr << "quarterhour-cli: no command given\n" << overview(commands);
        return 2;
    }
    const std::string name = args[0];
    args.erase(args.begin());
    if (name == "--help" || name == "-h" || name == "help") {
        std::cout << overview(commands);
        return 0;
    }
    if (name == "--version") {
        std::cout << qh::versionReport("quarterhour-cli");
        return 0;
    }
    qh::cli::Command *command = nullptr;
    for (const auto &c : commands)
        if (c->name() == name)
            command = c.get();
    if (!command) {
        std::cerr << "quarterhour-cli: unknown command '" << name << "'\n" << overview(commands);
        return 2;
    }
    if (qh::cli::asksForHelp(args)) {
        std::cout << command->usage();
        return 0;
    }
    // Only map painting needs QtGui (fonts); the other commands start without it.
    std::unique_ptr<QCoreApplication> own;
    if (!QCoreApplication::instance())
        own = command->needsGui() ? std::make_unique<QGuiApplication>(argc, argv)
                                  : std::make_unique<QCoreApplication>(argc, argv);
    qh::installTranslations(*QCoreApplication::instance(), language.isEmpty() ? qh::systemLanguage() : language);
    try {
        return command->run(args);
    } catch (const qh::cli::BadArguments &e) {
        std::cerr << "quarterhour-cli: " << e.what() << "\n" << command->usage();
        return 2;
    } catch (const qh::Error &e) {
        std::cerr << QCoreApplication::translate("qh::cli", "error: %1").arg(qh::localError(e)).toStdString() << "\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "error: unexpected failure: " << e.what() << "\n";
        return 1;
    }
}
