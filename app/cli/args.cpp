#include "args.h"

#include <algorithm>

namespace qh::cli {

ArgParser &ArgParser::option(const std::string &name, std::function<void(const std::string &)> take)
{
    mOptions[name] = std::move(take);
    return *this;
}

ArgParser &ArgParser::option(const std::string &name, std::string *target)
{
    return option(name, [target](const std::string &v) { *target = v; });
}

ArgParser &ArgParser::flag(const std::string &name, bool *target)
{
    mFlags[name] = target;
    return *this;
}

ArgParser &ArgParser::positional(std::vector<std::string> *target, std::size_t max, std::string tooMany)
{
    mPositional = target;
    mMaxPositional = max;
    mTooMany = std::move(tooMany);
    return *this;
}

void ArgParser::parse(const std::vector<std::string> &args) const
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (auto f = mFlags.find(a); f != mFlags.end()) {
            *f->second = true;
        } else if (auto o = mOptions.find(a); o != mOptions.end()) {
            if (i + 1 >= args.size())
                throw BadArguments(a + " needs a value");
            o->second(args[++i]);
        } else if (a.rfind("--", 0) == 0 || !mPositional) {
            throw BadArguments("unknown option " + a);
        } else if (mPositional->size() >= mMaxPositional) {
            throw BadArguments(mTooMany);
        } else {
            mPositional->push_back(a);
        }
    }
}

bool asksForHelp(const std::vector<std::string> &args)
{
    return std::any_of(args.begin(), args.end(), [](const std::string &a) { return a == "--help" || a == "-h"; });
}

double numberIn(const std::string &v, const std::string &option, const Range &range)
{
    std::size_t n = 0;
    double d = 0;
    try {
        d = std::stod(v, &n);
    } catch (...) {
        n = 0;
    }
    if (n != v.size() || !range.contains(d))
        throw BadArguments(option + " must be a number " + range.text() + ", not '" + v + "'");
    return d;
}

LayerRef layerArg(const std::string &arg)
{
    const auto colon = arg.rfind(':');
    if (colon != std::string::npos && colon > 1 && arg.find('/', colon) == std::string::npos)
        return {arg.substr(0, colon), arg.substr(colon + 1)};
    return {arg, ""};
}

} // namespace qh::cli
