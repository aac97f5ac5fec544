// quarterhour-cli profiles: the bundled target profiles.
#include <cstdio>

#include "command.h"
#include "args.h"
#include "targets/profile.h"

namespace qh::cli {

namespace {

class ProfilesCommand : public Command
{
public:
    std::string name() const override { return "profiles"; }
    std::string summary() const override { return "list the bundled target profiles"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli profiles

Lists the target profiles built into QuarterHour: id, number of indicators, and the
name in English and Chinese. Give an id to `analyze --targets` or in a project's
"targets" key.

exit codes: 0 ok, 2 bad arguments
)USAGE";
    }
    int run(const std::vector<std::string> &args) override
    {
        ArgParser().parse(args);
        for (const std::string &id : bundledTargetProfiles()) {
            const TargetProfile p = loadTargetProfile(id);
            std::printf("%-24s %zu indicators  %s / %s\n", id.c_str(), p.indicators.size(), p.name.c_str(),
                        p.nameZh.c_str());
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeProfilesCommand()
{
    return std::make_unique<ProfilesCommand>();
}

} // namespace qh::cli
