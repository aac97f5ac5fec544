#pragma once

#include <string>
#include <vector>

class QString; // only the front ends compose messages in their language (and include it)

namespace qh {

/// A message for a user (a warning, a reason an indicator cannot be evaluated or
/// does not apply): a code naming its sentence and the arguments that fill it, so
/// each front end composes it in its own language. English is the engine's own
/// language, used for files (summary.json) and logs.
///
/// A message without a code is a literal: a name, a number, a path, or a sentence
/// not yet given a code, shown as it is in every language.
struct Message
{
    std::string code;          ///< key into the catalogue (message.cpp); empty for a literal
    std::string literal;       ///< the text of a literal
    std::vector<Message> args; ///< fill %1, %2 … of the sentence
    std::string facilityId;    ///< the facility it is about, if any (to zoom to it)

    Message() = default;
    Message(std::string text) : literal(std::move(text)) {} // NOLINT: a literal
    Message(const char *text) : literal(text) {}            // NOLINT: a literal

    /// A coded message; `code` must be in the catalogue.
    static Message coded(const char *code, std::vector<Message> args = {});
    /// A label given in English and Chinese (a facility type, a population group):
    /// shown in the interface's language.
    static Message label(const std::string &english, const std::string &chinese);

    Message &about(std::string facility)
    {
        facilityId = std::move(facility);
        return *this;
    }

    /// In English.
    std::string text() const;
    /// In the language of the installed translators (QCoreApplication::translate).
    QString localText() const;
    operator std::string() const { return text(); } // NOLINT: files and logs take English
    bool empty() const { return code.empty() && literal.empty(); }
};

/// A label in the interface's language: the Chinese one when the default locale is
/// Chinese and there is one, else the other (what Message::label shows).
QString localLabel(const std::string &label, const std::string &labelZh);

/// The messages in English, one string each (files, logs, tests).
std::vector<std::string> texts(const std::vector<Message> &messages);

/// A capacity column in words ("childcare places" …); unknown keys with spaces.
Message capacityWords(const std::string &key);

/// A facility type the bundled profiles name ("community day care" …); unknown keys
/// with spaces.
Message typeWords(const std::string &key);

/// The English sentence of a code, with %1 … for its arguments; null when unknown.
const char *messageSentence(const std::string &code);

/// Every code of the catalogue (tests check each has a translation).
std::vector<std::string> messageCodes();

} // namespace qh
