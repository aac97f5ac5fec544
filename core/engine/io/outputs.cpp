#include "io/outputs.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "error.h"

namespace qh {

void writeFileAtomically(const std::string &path, const std::function<void(const std::string &part)> &write)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec))
        throw FileError(path + ": is a folder; give a file name");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        throw FileError(path + ": the folder " + dir.string() + " does not exist");
    const fs::path part = dir / ("." + target.filename().string() + ".part" + target.extension().string());
    // The disk is full when the write failed with (almost) no space left; asked
    // before the part file goes, since removing it frees the space again.
    auto diskFull = [&dir] {
        std::error_code e;
        const fs::space_info space = fs::space(dir, e);
        return !e && space.available < (1u << 16);
    };
    try {
        write(part.string());
        if (!fs::exists(part, ec) || fs::file_size(part, ec) == 0 || ec)
            throw FileError(path + ": cannot write the file");
        // Writers that report no errors (Qt's PDF and SVG) leave a short file on a full disk.
        std::error_code e;
        if (fs::space(dir, e).available == 0 && !e)
            throw FileError(Message::coded("disk_full", {path}));
    } catch (const Error &e) {
        const bool full = diskFull();
        fs::remove(part, ec);
        if (full)
            throw FileError(Message::coded("disk_full", {path}));
        std::string what = e.what();
        for (std::size_t at; (at = what.find(part.string())) != std::string::npos;)
            what.replace(at, part.string().size(), path);
        throw FileError(what);
    } catch (...) {
        fs::remove(part, ec);
        throw;
    }
    fs::rename(part, target, ec);
    if (ec) {
        fs::remove(part, ec);
        throw FileError(path + ": cannot move into place (" + ec.message() + ")");
    }
}

std::vector<std::string> projectInputs(const Project &project)
{
    std::vector<std::string> in{project.path, project.network.ref.path, project.facilities.ref.path,
                                project.population.ref.path, project.units.ref.path};
    if (project.population.census && project.population.census->buildings)
        in.push_back(project.population.census->buildings->path);
    return in;
}

void refuseToOverwriteInputs(const std::vector<std::string> &outputs, const std::vector<std::string> &inputs)
{
    namespace fs = std::filesystem;
    for (const std::string &out : outputs) {
        std::error_code ec;
        if (out.empty() || !fs::exists(out, ec))
            continue; // a new file cannot be an input
        for (const std::string &in : inputs) {
            if (in.empty())
                continue;
            std::error_code e1, e2;
            const bool samePath = fs::weakly_canonical(out, e1) == fs::weakly_canonical(in, e2) && !e1 && !e2;
            if (samePath || fs::equivalent(in, out, ec))
                throw FileError(Message::coded("output_is_input", {out, in}));
        }
    }
}

namespace {

namespace fs = std::filesystem;

/// Staging folders of runs into `finalDir` whose process is gone: ".<name>.staging-<pid>".
void removeStaleStaging(const fs::path &finalDir)
{
    std::error_code ec;
    const std::string prefix = "." + finalDir.filename().string() + ".staging-";
    for (const fs::directory_entry &e : fs::directory_iterator(finalDir.parent_path(), ec)) {
        const std::string n = e.path().filename().string();
        if (n.rfind(prefix, 0) != 0)
            continue;
        const long pid = std::strtol(n.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && (kill(pid_t(pid), 0) == 0 || errno == EPERM))
            continue; // still running
        fs::remove_all(e.path(), ec);
    }
}

} // namespace

OutputSet::OutputSet(std::string finalDir, std::vector<std::string> names)
{
    std::error_code ec;
    fs::path dir = fs::absolute(fs::path(finalDir)).lexically_normal();
    if (dir.filename().empty())
        dir = dir.parent_path(); // "out/" → "out"
    mFinal = dir.string();
    fs::create_directories(dir.parent_path(), ec);
    if (fs::exists(dir, ec)) {
        if (!fs::is_directory(dir, ec))
            throw FileError(Message::coded("output_not_folder", {mFinal}));
        for (const fs::directory_entry &e : fs::directory_iterator(dir, ec)) {
            const std::string n = e.path().filename().string();
            const bool ours = std::find(names.begin(), names.end(), n) != names.end()
                              || (n.rfind("map_", 0) == 0 && e.path().extension() == ".png");
            if (!ours)
                throw FileError(Message::coded("output_folder_not_ours", {mFinal, n}));
        }
    }
    removeStaleStaging(dir);
    mStaging = (dir.parent_path() / ("." + dir.filename().string() + ".staging-" + std::to_string(getpid()))).string();
    fs::remove_all(mStaging, ec);
    if (!fs::create_directory(mStaging, ec))
        throw FileError(Message::coded("output_cannot_create", {mFinal, ec.message()}));
}

OutputSet::~OutputSet()
{
    std::error_code ec;
    fs::remove_all(mStaging, ec);
}

Message OutputSet::namedFinally(Message m) const
{
    for (std::size_t at; (at = m.literal.find(mStaging)) != std::string::npos;)
        m.literal.replace(at, mStaging.size(), mFinal);
    for (Message &a : m.args)
        a = namedFinally(a);
    return m;
}

std::string OutputSet::finalPath(const std::string &staged) const
{
    return (fs::path(mFinal) / fs::path(staged).filename()).string();
}

void OutputSet::commit()
{
    std::error_code ec;
    if (!fs::exists(mFinal, ec)) {
        if (std::rename(mStaging.c_str(), mFinal.c_str()) != 0)
            throw FileError(Message::coded("output_cannot_create", {mFinal, std::strerror(errno)}));
    } else if (renameat2(AT_FDCWD, mStaging.c_str(), AT_FDCWD, mFinal.c_str(), RENAME_EXCHANGE) != 0) {
        if (errno != EINVAL && errno != ENOSYS)
            throw FileError(Message::coded("output_cannot_create", {mFinal, std::strerror(errno)}));
        // A file system without atomic exchange (some network ones): two renames, the
        // previous set kept aside until the new one is in place.
        const std::string aside = mStaging + ".previous";
        if (std::rename(mFinal.c_str(), aside.c_str()) != 0)
            throw FileError(Message::coded("output_cannot_create", {mFinal, std::strerror(errno)}));
        if (std::rename(mStaging.c_str(), mFinal.c_str()) != 0) {
            const int err = errno;
            std::rename(aside.c_str(), mFinal.c_str());
            throw FileError(Message::coded("output_cannot_create", {mFinal, std::strerror(err)}));
        }
        fs::remove_all(aside, ec);
    }
    // The staging path now holds the previous set (or nothing): the destructor removes it.
}

} // namespace qh
