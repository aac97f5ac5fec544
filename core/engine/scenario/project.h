#pragma once

#include <string>

#include "scenario/model.h"

namespace qh {

/// Reads a .qhproj file (JSON, documented in README.md). Paths in it are relative
/// to the project file. Throws FileError / DataError naming the file and the key.
Project loadProject(const std::string &path);

} // namespace qh
