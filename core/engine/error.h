#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "message.h"

namespace qh {

/// Base of every error QuarterHour reports to a user. The message names the file,
/// layer or feature and says what to do.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// A file is missing, unreadable or not in a format we can read.
class FileError : public Error
{
public:
    using Error::Error;
};

/// A file was read but its content cannot be used (missing layer, field, CRS …).
class DataError : public Error
{
public:
    using Error::Error;
};

/// Problems that do not stop a run; shown to the user (in their language) and
/// written to results (in English).
using Warnings = std::vector<Message>;

} // namespace qh
