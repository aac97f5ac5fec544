#pragma once

#include <string>
#include <vector>

#include "scenario/model.h"

namespace qh {

/// The files a project reads: the project file and its layers.
std::vector<std::string> projectInputs(const Project &project);

/// Refuses, before any work, to write over an input: throws FileError naming the
/// output and the input when an output that exists is the same file as an input
/// (same path after resolving links and "..", or the same inode). Inputs are never
/// overwritten, whatever the command.
void refuseToOverwriteInputs(const std::vector<std::string> &outputs, const std::vector<std::string> &inputs);

} // namespace qh
