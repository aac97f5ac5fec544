#pragma once

#include <string>

#include <QByteArray>

namespace qh {

/// Writes a whole file beside its final name and renames it into place (QSaveFile):
/// the old file of that name stays until the new one is complete. Throws FileError.
void saveText(const std::string &path, const QByteArray &data);

/// A CSV field, quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string &s);

} // namespace qh
