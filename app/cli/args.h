#pragma once

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "scenario/limits.h"
#include "scenario/model.h"

namespace qh::cli {

/// A mistake on the command line (exit code 2); the message names the option.
class BadArguments : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

/// The small parser every command shares: `--name VALUE` options, `--flag`s and
/// positional arguments. Unknown options and missing values throw BadArguments.
class ArgParser
{
public:
    /// An option with a value, handed to `take` (which may throw BadArguments).
    ArgParser &option(const std::string &name, std::function<void(const std::string &)> take);
    /// An option with a value stored in `target`.
    ArgParser &option(const std::string &name, std::string *target);
    /// A flag without a value.
    ArgParser &flag(const std::string &name, bool *target);
    /// Positional arguments, at most `max` of them (`tooMany` is the message past that).
    ArgParser &positional(std::vector<std::string> *target, std::size_t max, std::string tooMany);
    void parse(const std::vector<std::string> &args) const;

private:
    std::map<std::string, std::function<void(const std::string &)>> mOptions;
    std::map<std::string, bool *> mFlags;
    std::vector<std::string> *mPositional = nullptr;
    std::size_t mMaxPositional = 0;
    std::string mTooMany;
};

/// Whether the arguments ask for help (`--help` or `-h` anywhere).
bool asksForHelp(const std::vector<std::string> &args);

/// A number within its valid range (limits.h); BadArguments naming the option and the range.
double numberIn(const std::string &value, const std::string &option, const Range &range);

/// FILE or FILE:LAYER (a Windows drive letter is not a layer).
LayerRef layerArg(const std::string &arg);

} // namespace qh::cli
