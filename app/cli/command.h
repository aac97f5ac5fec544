#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace qh::cli {

/// One `quarterhour-cli` command (as osmium-tool's `Command`): its name, a one-line
/// summary for the overview, the usage printed by `<command> --help`, and the run.
class Command
{
public:
    virtual ~Command() = default;
    virtual std::string name() const = 0;
    /// One line for `quarterhour-cli --help`.
    virtual std::string summary() const = 0;
    /// The whole usage of the command, printed by `quarterhour-cli <command> --help`.
    virtual std::string usage() const = 0;
    /// Whether the command paints (maps): it then starts with QtGui (fonts).
    virtual bool needsGui() const { return false; }
    /// Runs with the arguments after the command name. Returns the exit code; throws
    /// BadArguments (exit 2) or qh::Error (exit 1).
    virtual int run(const std::vector<std::string> &args) = 0;
};

std::unique_ptr<Command> makeInfoCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeNewCommand();
std::unique_ptr<Command> makeAnalyzeCommand();
std::unique_ptr<Command> makeReachCommand();
std::unique_ptr<Command> makeProfilesCommand();
std::unique_ptr<Command> makeSuggestCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeTablesCommand();
std::unique_ptr<Command> makeReportCommand();

/// Every command, in the order the overview lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace qh::cli
