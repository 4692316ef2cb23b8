#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace rullering {

// Writes one worksheet of an .xlsx file with libxlsxwriter, row by row like CsvWriter: text cells stay text
// (never formulas, whatever they start with), numbers are number cells, a row can be bold (a header or a sum),
// column widths are set from the content. The file appears only when commit() succeeds.
class XlsxWriter
{
    Q_DISABLE_COPY_MOVE(XlsxWriter)

public:
    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();

    // sheetName is cut to Excel's 31 characters and cleared of the characters it forbids.
    Status open(const QString& sheetName);
    void addText(const QString& text);
    void addNumber(double value, int decimals = 0);
    // A whole number shown without digit grouping: a year reads 2019, not 2,019.
    void addPlainInteger(qint64 value);
    void addEmpty();
    void endRow(bool bold = false);
    // Keeps the first row visible when scrolling.
    void freezeHeaderRow() { m_freezeHeader = true; }
    Status commit();

private:
    struct Cell
    {
        enum Kind
        {
            Empty,
            Text,
            Number
        } kind = Empty;
        QString text;
        double number = 0;
        int decimals = 0;
        bool grouped = true;
    };

    QString m_path;
    QString m_sheetName;
    QList<QList<Cell>> m_rows;
    QList<bool> m_bold;
    QList<Cell> m_current;
    bool m_freezeHeader = false;
    bool m_open = false;
};

} // namespace rullering
