#pragma once
// What the libFuzzer harnesses share: a private copy of the fixture town in a
// temporary folder (inputs are written there, never into the checkout), the Qt
// application, and structure-aware mutators that put the values planners' files
// and hostile users bring (huge, NaN, empty, negative, non-ASCII …) into JSON
// leaves and CSV cells, so far more of each run gets past the parsers than byte
// flips would.
#include <cstddef>
#include <cstdint>
#include <string>

#include "error.h"

namespace qh::fuzz {

/// Makes the Qt application (QGuiApplication when `gui`, for the commands that
/// paint) and the work folder with the fixture copied in. Call from
/// LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv, bool gui);

/// Prints the message when QH_FUZZ_SAY is set (to see how far the seeds get).
void said(const qh::Error &e);

/// Runs one input's work: a qh::Error is a message for the user (printed by
/// said()); anything else escapes, and libFuzzer reports it as a finding.
template <typename Fn>
void expectingUserErrors(Fn &&work)
{
    try {
        work();
    } catch (const qh::Error &e) {
        said(e);
    }
}

/// The work folder (removed at exit): network.geojson, facilities.geojson,
/// population.geojson, units.geojson, project.qhproj, starts.csv.
const std::string &workDir();
/// `name` inside the work folder.
std::string workFile(const std::string &name);
/// Writes the input under `name` in the work folder; returns the path.
std::string writeInput(const std::string &name, const std::uint8_t *data, std::size_t size);
/// Empties a folder inside the work folder (made if missing).
void clearFolder(const std::string &path);

/// Replaces one JSON leaf (or removes a key, or empties a container) of the input
/// with a hostile value; returns the new size, or 0 when the input is not JSON.
std::size_t mutateJson(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed);
/// The harnesses of JSON inputs: mutateJson three times in four, libFuzzer's own
/// byte mutation otherwise (and when the input is not JSON).
std::size_t mutateJsonMostly(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed);
/// Replaces one cell of a CSV (or drops a column, or repeats a row); 0 when not CSV-like.
std::size_t mutateCsv(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed);
/// A hostile value as text, for JSON leaves, CSV cells and arguments.
std::string hostileText(unsigned pick);

} // namespace qh::fuzz

// libFuzzer's own mutator, for when ours does not apply.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);
