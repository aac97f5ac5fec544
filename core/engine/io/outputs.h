#pragma once

#include <functional>
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

/// Writes one output file: `write(part)` writes it beside its name (the hidden
/// ".NAME.part.EXT", same folder and extension), which is then renamed into place.
/// A failure or an exception removes the part file and leaves the old file of that
/// name untouched; the error names `path`, not the part file, and says "disk full"
/// when the disk is. Refuses a folder, or a file in a folder that does not exist.
void writeFileAtomically(const std::string &path, const std::function<void(const std::string &part)> &write);

/// A set of output files (summary, tables, GeoPackage, maps) replaced as a whole
/// or not at all. Files are written into a staging folder beside the final one;
/// commit() swaps the two in one atomic step (renameat2 RENAME_EXCHANGE), so a
/// failure or a kill at any moment leaves the previous set intact or the new one
/// complete, never a mix. The staging folder is removed on every exit path that
/// runs code (including exceptions); one left by a killed run is removed by the
/// next run into the same folder.
///
/// The final folder may hold only a previous result set (`names`), nothing of the
/// user's: otherwise the swap would take their files away, so it is refused.
class OutputSet
{
public:
    OutputSet(std::string finalDir, std::vector<std::string> names);
    ~OutputSet();
    OutputSet(const OutputSet &) = delete;
    OutputSet &operator=(const OutputSet &) = delete;

    /// Where to write now (the staging folder).
    const std::string &stagingDir() const { return mStaging; }
    /// A staged path mapped to its final place.
    std::string finalPath(const std::string &staged) const;
    /// A message (an error while writing) naming the final files, not the staged ones.
    Message namedFinally(Message message) const;
    /// Puts the staged set in place of the previous one.
    void commit();

private:
    std::string mFinal;
    std::string mStaging;
};

} // namespace qh
