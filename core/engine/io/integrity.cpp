#include "integrity.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "error.h"

namespace qh {

namespace {

namespace fs = std::filesystem;

/// The first `n` bytes of a file; fewer when it is shorter.
std::string head(const fs::path &p, std::size_t n)
{
    std::ifstream in(p, std::ios::binary);
    std::string s(n, '\0');
    in.read(s.data(), std::streamsize(n));
    s.resize(std::size_t(in.gcount()));
    return s;
}

std::uint32_t bigEndian32(const std::string &s, std::size_t at)
{
    return std::uint32_t(std::uint8_t(s[at])) << 24 | std::uint32_t(std::uint8_t(s[at + 1])) << 16
           | std::uint32_t(std::uint8_t(s[at + 2])) << 8 | std::uint32_t(std::uint8_t(s[at + 3]));
}

std::uint32_t littleEndian(const std::string &s, std::size_t at, int bytes)
{
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = v << 8 | std::uint8_t(s[at + std::size_t(i)]);
    return v;
}

/// The part of a Shapefile with this extension, in the case the folder has it.
std::optional<fs::path> part(const fs::path &shp, const char *lower, const char *upper)
{
    std::error_code ec;
    for (const char *ext : {lower, upper}) {
        fs::path p = shp;
        p.replace_extension(ext);
        if (fs::is_regular_file(p, ec))
            return p;
    }
    return std::nullopt;
}

void refuseIfShort(const fs::path &p, std::uintmax_t declared)
{
    std::error_code ec;
    const std::uintmax_t actual = fs::file_size(p, ec);
    if (!ec && actual < declared)
        throw DataError(Message::coded("file_cut_short", {p.string(), std::to_string(declared), std::to_string(actual)}));
}

} // namespace

void checkShapefileWhole(const std::string &path)
{
    const fs::path shp(path);
    // .shp and .shx: the file length in 16-bit words at byte 24, after the code 9994.
    for (const auto &[lower, upper] : {std::pair{".shp", ".SHP"}, std::pair{".shx", ".SHX"}}) {
        const auto p = part(shp, lower, upper);
        if (!p)
            continue;
        const std::string h = head(*p, 100);
        if (h.size() == 100 && bigEndian32(h, 0) == 9994)
            refuseIfShort(*p, std::uintmax_t(bigEndian32(h, 24)) * 2);
    }
    // .dbf: records × record length after the header.
    if (const auto p = part(shp, ".dbf", ".DBF")) {
        const std::string h = head(*p, 32);
        if (h.size() == 32) {
            const std::uintmax_t records = littleEndian(h, 4, 4), headerLen = littleEndian(h, 8, 2),
                                 recordLen = littleEndian(h, 10, 2);
            if (headerLen >= 32 && recordLen > 0)
                refuseIfShort(*p, headerLen + records * recordLen);
        }
    }
}

void checkFileGdbWhole(const std::string &path)
{
    std::error_code ec;
    for (const fs::directory_entry &e : fs::directory_iterator(path, ec)) {
        if (!e.is_regular_file(ec) || e.path().extension() != ".gdbtable")
            continue;
        const std::string h = head(e.path(), 40);
        if (h.size() == 40 && littleEndian(h, 0, 4) == 3) {
            const std::uintmax_t declared = std::uintmax_t(littleEndian(h, 24, 4)) | std::uintmax_t(littleEndian(h, 28, 4)) << 32;
            refuseIfShort(e.path(), declared);
        }
    }
}

std::optional<Message> csvLastRowShort(const std::string &path, const Message &where)
{
    std::ifstream in(path, std::ios::binary);
    std::string header;
    if (!std::getline(in, header))
        return std::nullopt;
    // The separator GDAL would take: the most frequent of , ; tab in the header.
    char sep = ',';
    std::size_t most = 0;
    for (char c : {',', ';', '\t'})
        if (const auto n = std::size_t(std::count(header.begin(), header.end(), c)); n > most) {
            most = n;
            sep = c;
        }
    if (most == 0)
        return std::nullopt;
    // Fields of rows, quotes honoured (a quoted value may hold separators and line breaks).
    std::size_t rows = 0, fields = 1, lastFields = 0, lastRow = 0;
    bool quoted = false, any = false;
    for (std::istreambuf_iterator<char> it(in), end; it != end; ++it) {
        const char c = *it;
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == sep)
            ++fields;
        else if (!quoted && c == '\n') {
            if (any) {
                ++rows;
                lastFields = fields;
                lastRow = rows;
            }
            fields = 1;
            any = false;
            continue;
        }
        if (c != '\r')
            any = true;
    }
    if (any) { // a last row without a line break
        ++rows;
        lastFields = fields;
        lastRow = rows;
    }
    if (lastRow == 0 || (!quoted && lastFields >= most + 1))
        return std::nullopt;
    return Message::coded("csv_last_row_short",
                          {where, std::to_string(lastRow), std::to_string(lastFields), std::to_string(most + 1)});
}

} // namespace qh
