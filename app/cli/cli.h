#pragma once

#include <string>
#include <vector>

namespace qh::cli {

/// Runs `quarterhour-cli` with these arguments (without the program name) and
/// returns its exit code: 0 ok, 1 error in files or data, 2 bad arguments. Makes
/// the Qt application (with fonts when the command paints) unless one exists.
int runCli(std::vector<std::string> args, int &argc, char **argv);

} // namespace qh::cli
