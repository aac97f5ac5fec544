#include "io/tablewriters.h"

#include <cmath>
#include <filesystem>
#include <map>

#include <xlsxwriter.h>

#include <QString>

#include "error.h"
#include "io/outputs.h"
#include "io/textfile.h"

namespace qh {

namespace {

using Kind = TableColumn::Kind;

std::string plainNumber(const TableColumn &col, double v)
{
    switch (col.kind) {
    case Kind::Count:
        return std::to_string(std::llround(v));
    case Kind::Percent:
        return QString::number(v * 100.0, 'f', col.decimals).toStdString();
    case Kind::Number:
    case Kind::Text:
        break;
    }
    return QString::number(v, 'f', col.decimals).toStdString();
}

/// Excel's sheet names: at most 31 characters, none of []:*?/\ .
std::string sheetName(const QString &name)
{
    QString s = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        s.replace(c, QLatin1Char('_'));
    return s.left(31).toStdString();
}

std::string numberFormat(const TableColumn &col)
{
    const std::string decimals = col.decimals > 0 ? "." + std::string(std::size_t(col.decimals), '0') : "";
    switch (col.kind) {
    case Kind::Count:
        return "#,##0";
    case Kind::Number:
        return "#,##0" + decimals;
    case Kind::Percent:
        return "0" + decimals + "%";
    case Kind::Text:
        break;
    }
    return "@";
}

uint32_t rgb(const std::string &hex)
{
    return uint32_t(std::stoul(hex.substr(1), nullptr, 16));
}

void writeWorkbook(const std::string &path, const std::vector<Table> &tables)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *book = workbook_new_opt(path.c_str(), &options);
    if (!book)
        throw FileError(path + ": cannot start the workbook");
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header, 0xE8E8E8);
    format_set_border(header, LXW_BORDER_THIN);
    // One format per column kind and fill.
    std::map<std::pair<std::string, std::string>, lxw_format *> formats;
    auto formatFor = [&](const TableColumn &col, const std::string &fill) {
        const auto key = std::make_pair(numberFormat(col), fill);
        auto it = formats.find(key);
        if (it != formats.end())
            return it->second;
        lxw_format *f = workbook_add_format(book);
        if (col.kind != Kind::Text)
            format_set_num_format(f, key.first.c_str());
        if (!fill.empty()) {
            format_set_bg_color(f, rgb(fill));
            format_set_pattern(f, LXW_PATTERN_SOLID);
        }
        return formats.emplace(key, f).first->second;
    };
    for (const Table &t : tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(t.name).c_str());
        if (!sheet)
            continue;
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), t.columns[c].header.toStdString().c_str(), header);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), t.columns[c].width + 2, nullptr);
        }
        worksheet_set_row(sheet, 0, 45, nullptr);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (std::size_t c = 0; c < t.rows[r].size() && c < t.columns.size(); ++c) {
                const TableCell &cell = t.rows[r][c];
                lxw_format *f = formatFor(t.columns[c], cell.fill);
                const lxw_row_t row = lxw_row_t(r + 1);
                if (cell.number)
                    worksheet_write_number(sheet, row, lxw_col_t(c), *cell.number, f);
                else if (!cell.text.isEmpty())
                    worksheet_write_string(sheet, row, lxw_col_t(c), cell.text.toStdString().c_str(), f);
                else if (!cell.fill.empty())
                    worksheet_write_blank(sheet, row, lxw_col_t(c), f);
            }
        worksheet_freeze_panes(sheet, 1, t.columns.size() > 2 ? 2 : 0);
        if (!t.columns.empty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(t.rows.size()), lxw_col_t(t.columns.size() - 1));
    }
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR)
        throw FileError(path + ": cannot write the workbook (" + lxw_strerror(err) + ")");
}


} // namespace

std::string tableCsv(const Table &t)
{
    std::string csv = "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        csv += (c ? "," : "") + csvField(t.columns[c].header.toStdString());
    csv += "\r\n";
    for (const auto &row : t.rows) {
        for (std::size_t c = 0; c < row.size() && c < t.columns.size(); ++c) {
            const TableCell &cell = row[c];
            csv += c ? "," : "";
            csv += cell.number ? plainNumber(t.columns[c], *cell.number) : csvField(cell.text.toStdString());
        }
        csv += "\r\n";
    }
    return csv;
}

void writeCsv(const std::string &path, const Table &table)
{
    saveText(path, QByteArray::fromStdString(tableCsv(table)));
}

void writeXlsx(const std::string &path, const std::vector<Table> &tables)
{
    writeFileAtomically(path, [&tables](const std::string &part) { writeWorkbook(part, tables); });
}

} // namespace qh
