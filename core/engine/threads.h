#pragma once

namespace qh {

/// How many threads parallel work may use: the QH_THREADS environment variable
/// when it holds a whole number from 1 to 256 (to keep a core free, or to check
/// that results do not depend on it), else every core.
unsigned workerThreads();

} // namespace qh
