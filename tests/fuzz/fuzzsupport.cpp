#include "fuzzsupport.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <vector>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "error.h"
#include "io/gdal.h"

namespace fs = std::filesystem;

namespace qh::fuzz {

namespace {

std::string gWorkDir;
// Never deleted: Qt's own globals are gone by the time static destructors run.
QCoreApplication *gApp = nullptr;

void removeWorkDir()
{
    std::error_code ec;
    if (!gWorkDir.empty())
        fs::remove_all(gWorkDir, ec);
}

const char *const kHostile[] = {
    "1e308", "-1e308", "1e-300", "2147483648", "-2147483649", "5e10", "9223372036854775808", "-1", "0", "-0",
    "0.5", "nan", "NaN", "inf", "-inf", "", " ", "约40", "40张", "４０", "1,5", "托育机构", "养老院", "幼儿园",
    "x/y", "../..", "EPSG:4490", "EPSG:4547", "EPSG:99999", "39500000.5", "117.5", "39.9", "\"", "\\",
    "\xff\xfe", "\xe6\x89", "名称", "type", "id", "12345678901234567890123456789012345678901234567890",
};

} // namespace

std::string hostileText(unsigned pick)
{
    return kHostile[pick % (sizeof kHostile / sizeof *kHostile)];
}

void initialize(int *argc, char ***argv, bool gui)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The harness reads and writes many files a second: Qt's and our own
    // messages to the console would drown libFuzzer's report.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    std::cerr.rdbuf(nullptr);
    std::cout.rdbuf(nullptr);
    if (gui)
        gApp = new QGuiApplication(*argc, *argv);
    else
        gApp = new QCoreApplication(*argc, *argv);
    qh::ensureGdal();
    char pattern[] = "/tmp/qh-fuzz-XXXXXX";
    const char *tmp = std::getenv("TMPDIR");
    std::string base = tmp && *tmp ? std::string(tmp) + "/qh-fuzz-XXXXXX" : std::string(pattern);
    std::vector<char> buf(base.begin(), base.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) {
        std::perror("qh-fuzz: mkdtemp");
        std::abort();
    }
    gWorkDir = buf.data();
    std::atexit(removeWorkDir);
    for (const auto &entry : fs::directory_iterator(QH_FUZZ_FIXTURE))
        fs::copy_file(entry.path(), fs::path(gWorkDir) / entry.path().filename());
    fs::copy_file(fs::path(QH_FUZZ_CORPUS) / "project" / "sample.qhproj", fs::path(gWorkDir) / "project.qhproj");
    std::ofstream(fs::path(gWorkDir) / "starts.csv") << "id,x,y\ns1,758110,5225120\ns2,758420,5225390\n";
}

void said(const qh::Error &e)
{
    static const bool say = std::getenv("QH_FUZZ_SAY") != nullptr;
    if (say)
        std::fprintf(stderr, "qh-fuzz: %s\n", e.what());
}

const std::string &workDir()
{
    return gWorkDir;
}

std::string workFile(const std::string &name)
{
    return (fs::path(gWorkDir) / name).string();
}

std::string writeInput(const std::string &name, const std::uint8_t *data, std::size_t size)
{
    const std::string path = workFile(name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(data), std::streamsize(size));
    return path;
}

void clearFolder(const std::string &path)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    for (const auto &entry : fs::directory_iterator(path, ec))
        fs::remove_all(entry.path(), ec);
}

namespace {

QJsonValue hostileJson(std::mt19937 &rng)
{
    switch (rng() % 6) {
    case 0:
        return QJsonValue(); // null
    case 1:
        return QJsonArray{};
    case 2:
        return QJsonObject{};
    case 3:
        return rng() % 2 == 0;
    case 4: { // a number from the list (JSON has no NaN: those stay text)
        const std::string t = hostileText(unsigned(rng()));
        char *end = nullptr;
        const double d = std::strtod(t.c_str(), &end);
        if (!t.empty() && end && *end == '\0' && std::isfinite(d))
            return d;
        return QString::fromStdString(t);
    }
    default:
        return QString::fromStdString(hostileText(unsigned(rng())));
    }
}

/// A place in a JSON document: object keys and array indices from the root.
using JsonPath = std::vector<QJsonValue>;

void collectPaths(const QJsonValue &v, JsonPath &path, std::vector<JsonPath> &out)
{
    out.push_back(path); // every value, containers too (they may be replaced whole)
    if (path.size() >= 12)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            path.push_back(it.key());
            collectPaths(it.value(), path, out);
            path.pop_back();
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            path.push_back(double(i));
            collectPaths(a.at(i), path, out);
            path.pop_back();
        }
    }
}

/// `v` with the value at `path` (from `depth` on) replaced, removed or doubled.
QJsonValue edit(const QJsonValue &v, const JsonPath &path, std::size_t depth, std::mt19937 &rng)
{
    if (depth == path.size())
        return hostileJson(rng);
    const bool last = depth + 1 == path.size();
    const unsigned r = rng() % 12;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QString key = path[depth].toString();
        if (last && r == 0)
            o.remove(key);
        else if (last && r == 1)
            o.insert(key + QStringLiteral("_"), o.value(key)); // an unknown key
        else
            o.insert(key, edit(o.value(key), path, depth + 1, rng));
        return o;
    }
    QJsonArray a = v.toArray();
    const auto i = qsizetype(path[depth].toDouble());
    if (last && r == 0)
        a.removeAt(i);
    else if (last && r == 1)
        a.append(a.at(i)); // a duplicate (a key twice, the same facility twice)
    else
        a.replace(i, edit(a.at(i), path, depth + 1, rng));
    return a;
}

/// Picks any value of the document (leaves and containers alike) and edits it.
QJsonValue mutateValue(const QJsonValue &root, std::mt19937 &rng)
{
    std::vector<JsonPath> paths;
    JsonPath path;
    collectPaths(root, path, paths);
    if (paths.size() < 2)
        return hostileJson(rng);
    return edit(root, paths[1 + rng() % (paths.size() - 1)], 0, rng);
}

std::size_t copyOut(const std::string &text, std::uint8_t *data, std::size_t maxSize)
{
    if (text.size() > maxSize)
        return 0;
    std::memcpy(data, text.data(), text.size());
    return text.size();
}

} // namespace

std::size_t mutateJson(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &err);
    if (err.error != QJsonParseError::NoError || doc.isNull())
        return 0;
    std::mt19937 rng(seed);
    QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const int edits = rng() % 4 == 0 ? 2 : 1;
    for (int i = 0; i < edits; ++i)
        root = mutateValue(root, rng);
    const QJsonDocument out = root.isObject() ? QJsonDocument(root.toObject())
                              : root.isArray() ? QJsonDocument(root.toArray())
                                               : QJsonDocument(QJsonObject{});
    return copyOut(out.toJson(QJsonDocument::Compact).toStdString(), data, maxSize);
}

std::size_t mutateJsonMostly(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed)
{
    if (seed % 4 != 0)
        if (const std::size_t n = mutateJson(data, size, maxSize, seed))
            return n;
    return LLVMFuzzerMutate(data, size, maxSize);
}

std::size_t mutateCsv(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    if (text.find(',') == std::string::npos || text.find('\n') == std::string::npos)
        return 0;
    std::vector<std::vector<std::string>> rows;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::vector<std::string> cells;
        std::size_t c = start;
        while (true) {
            const std::size_t comma = text.find(',', c);
            if (comma == std::string::npos || comma >= end) {
                cells.push_back(text.substr(c, end - c));
                break;
            }
            cells.push_back(text.substr(c, comma - c));
            c = comma + 1;
        }
        rows.push_back(std::move(cells));
        start = end + 1;
    }
    std::mt19937 rng(seed);
    auto &row = rows[rng() % rows.size()];
    switch (rng() % 8) {
    case 0: // a column goes (from the header only: the rows then have one cell too many)
        row.erase(row.begin() + std::ptrdiff_t(rng() % row.size()));
        break;
    case 1:
        rows.push_back(rows[rng() % rows.size()]);
        break;
    default:
        row[rng() % row.size()] = hostileText(unsigned(rng()));
    }
    std::string out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            out += (c ? "," : "") + rows[r][c];
        if (r + 1 < rows.size())
            out += '\n';
    }
    return copyOut(out, data, maxSize);
}

} // namespace qh::fuzz
