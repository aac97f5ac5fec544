#include "threads.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace qh {

unsigned workerThreads()
{
    if (const char *v = std::getenv("QH_THREADS")) {
        char *end = nullptr;
        const long n = std::strtol(v, &end, 10);
        if (end != v && *end == '\0' && n >= 1 && n <= 256)
            return unsigned(n);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace qh
