#pragma once

#include <QString>

namespace qh {

/// QuarterHour's shared files (the sample project, target profiles as files,
/// translations), found relative to the program itself: `<bin>/../share/quarterhour`
/// when installed, `<build>/share/quarterhour` in a build tree. No build path is baked
/// into the program. Empty when neither exists.
QString sharedDataDir();

/// What a file chosen in a file dialog stands for: its FileGDB folder (name.gdb)
/// when it lies in one, else itself.
QString gisSourceOf(const QString &chosenFile);

/// The bundled Liechtenstein sample project, or "" when it is not installed.
QString sampleProject();

} // namespace qh
