#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <xlsxwriter.h>

namespace rullering {
XlsxWriter::XlsxWriter(const QString& path)
    : m_path(path)
{}

XlsxWriter::~XlsxWriter() = default;

Status XlsxWriter::open(const QString& sheetName)
{
    QString name = sheetName;
    for (QChar forbidden : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(forbidden, u' ');
    name = name.trimmed().left(31);
    m_sheetName = name.isEmpty() ? QStringLiteral("Sheet1") : name;
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists())
        return Error(QCoreApplication::translate("XlsxWriter", "Cannot write %1: the folder does not exist.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     Error::Code::NotFound);
    m_open = true;
    return {};
}

void XlsxWriter::addText(const QString& text)
{
    Cell cell;
    cell.kind = text.isEmpty() ? Cell::Empty : Cell::Text;
    cell.text = text;
    m_current.append(cell);
}

void XlsxWriter::addNumber(double value, int decimals)
{
    Cell cell;
    cell.kind = Cell::Number;
    cell.number = value;
    cell.decimals = decimals;
    m_current.append(cell);
}

void XlsxWriter::addPlainInteger(qint64 value)
{
    Cell cell;
    cell.kind = Cell::Number;
    cell.number = double(value);
    cell.grouped = false;
    m_current.append(cell);
}

void XlsxWriter::addEmpty()
{
    m_current.append(Cell());
}

void XlsxWriter::endRow(bool bold)
{
    m_rows.append(m_current);
    m_bold.append(bold);
    m_current.clear();
}

Status XlsxWriter::commit()
{
    if (!m_open)
        return Error(QCoreApplication::translate("XlsxWriter", "The file was not opened."));
    if (!m_current.isEmpty())
        endRow();

    // libxlsxwriter writes the file itself: write a temporary file beside the target, then move it into place,
    // so a failure never leaves a half-written workbook under the real name.
    const QFileInfo info(m_path);
    QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(info.fileName())));
    if (!temporary.open())
        return Error(QCoreApplication::translate("XlsxWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    // libxlsxwriter creates the file anew: a temporary file's private mode (0600) would otherwise stay on the
    // workbook, where a CSV written beside it gets the user's usual mode (0644 under umask 022).
    temporary.remove();

    const QByteArray encodedPath = QFile::encodeName(temporaryPath);
    lxw_workbook* workbook = workbook_new(encodedPath.constData());
    if (!workbook)
        return Error(QCoreApplication::translate("XlsxWriter", "Cannot create the workbook %1.")
                         .arg(QDir::toNativeSeparators(m_path)));
    const QByteArray sheetName = m_sheetName.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* integer = workbook_add_format(workbook);
    format_set_num_format(integer, "#,##0");
    lxw_format* integerBold = workbook_add_format(workbook);
    format_set_num_format(integerBold, "#,##0");
    format_set_bold(integerBold);
    lxw_format* decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "#,##0.00");
    lxw_format* decimalBold = workbook_add_format(workbook);
    format_set_num_format(decimalBold, "#,##0.00");
    format_set_bold(decimalBold);
    lxw_format* plain = workbook_add_format(workbook);
    format_set_num_format(plain, "0");

    QList<double> widths;
    lxw_error error = LXW_NO_ERROR;
    for (qsizetype r = 0; r < m_rows.size() && error == LXW_NO_ERROR; ++r) {
        const bool isBold = m_bold[r];
        for (qsizetype c = 0; c < m_rows[r].size() && error == LXW_NO_ERROR; ++c) {
            const Cell& cell = m_rows[r][c];
            if (widths.size() <= c)
                widths.resize(c + 1, 8);
            qsizetype length = 0;
            if (cell.kind == Cell::Text) {
                const QByteArray utf8 = cell.text.toUtf8();
                error = worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), utf8.constData(),
                                               isBold ? bold : nullptr);
                length = cell.text.size();
            } else if (cell.kind == Cell::Number) {
                lxw_format* format = !cell.grouped       ? plain
                                     : cell.decimals > 0 ? (isBold ? decimalBold : decimal)
                                                         : (isBold ? integerBold : integer);
                error = worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), cell.number, format);
                length = QString::number(cell.number, 'f', cell.decimals).size() + 2;
            }
            widths[c] = std::max(widths[c], std::min(60.0, double(length) * 1.1 + 2));
        }
    }
    for (qsizetype c = 0; c < widths.size() && error == LXW_NO_ERROR; ++c)
        error = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    if (m_freezeHeader && error == LXW_NO_ERROR)
        worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happens
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporaryPath);
        return Error(QCoreApplication::translate("XlsxWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(error))));
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        QFile::remove(temporaryPath);
        return Error(QCoreApplication::translate("XlsxWriter", "Cannot replace %1: is it open in another program?")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    if (!QFile::rename(temporaryPath, m_path)) {
        QFile::remove(temporaryPath);
        return Error(
            QCoreApplication::translate("XlsxWriter", "Cannot save %1.").arg(QDir::toNativeSeparators(m_path)));
    }
    return {};
}

} // namespace rullering
