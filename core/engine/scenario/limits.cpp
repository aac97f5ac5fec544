#include "scenario/limits.h"

#include <sstream>

namespace qh {

std::string Range::text() const
{
    return message().text();
}

Message Range::message() const
{
    std::ostringstream lo, hi;
    lo.precision(12);
    hi.precision(12);
    lo << min;
    hi << max;
    return *unit ? Message::coded("range", {lo.str(), hi.str(), unit}) : Message::coded("range_plain", {lo.str(), hi.str()});
}

} // namespace qh
