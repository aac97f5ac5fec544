#include "io/textfile.h"

#include <QSaveFile>
#include <QString>

#include "error.h"

namespace qh {

void saveText(const std::string &path, const QByteArray &data)
{
    QSaveFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw FileError(path + ": cannot write (" + f.errorString().toStdString() + ")");
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace qh
