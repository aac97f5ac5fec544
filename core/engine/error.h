#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "message.h"

namespace qh {

/// Base of every error QuarterHour reports to a user. The message names the file,
/// layer or feature and says what to do.
/// It carries the message as a code and arguments too, so a front end can say it in
/// the interface's language (what() is English).
class Error : public std::runtime_error
{
public:
    explicit Error(const std::string &text) : std::runtime_error(text), mMessage(text) {}
    explicit Error(const char *text) : Error(std::string(text)) {}
    explicit Error(const Message &message) : std::runtime_error(message.text()), mMessage(message) {}
    const Message &message() const { return mMessage; }

private:
    Message mMessage;
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

/// What went wrong, in the interface's language: an Error's coded message, else
/// the exception's own text.
QString localError(const std::exception &e);

/// Problems that do not stop a run; shown to the user (in their language) and
/// written to results (in English).
using Warnings = std::vector<Message>;

} // namespace qh
