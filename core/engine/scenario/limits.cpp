#include "scenario/limits.h"

#include <sstream>

namespace qh {

std::string Range::text() const
{
    std::ostringstream s;
    s << "between " << min << " and " << max << (*unit ? " " : "") << unit;
    return s.str();
}

} // namespace qh
