#pragma once

#include "util/Result.h"

#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace rullering {

// Writes RFC 4180 CSV that Excel and LibreOffice open correctly with Norwegian settings: UTF-8 with BOM, ';'
// by default, CRLF line ends, fields quoted when they hold the delimiter, a quote or a line break. A text cell
// that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is neutralised with a leading
// apostrophe; numbers are written through number cells, which are never neutralised.
class CsvWriter
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    struct Options
    {
        QChar delimiter = u';';
        bool byteOrderMark = true;
        bool neutraliseFormulas = true;
    };

    CsvWriter(const QString& path, Options options);
    explicit CsvWriter(const QString& path);
    ~CsvWriter();

    // Opens the file for writing (through a temporary file, so a failure never leaves a half-written one).
    Status open();
    void addText(const QString& text);
    void addNumber(qint64 value);
    void addNumber(double value, int decimals);
    void endRow();
    void writeRow(const QStringList& texts);
    // Flushes and moves the finished file into place; reports a full disk or a lost file here.
    Status commit();

    // The cell as it will be written (quoted, neutralised): for tests and for writers to strings.
    static QString encodeText(const QString& text, const Options& options);

private:
    void addRaw(const QString& encoded);

    QString m_path;
    Options m_options;
    QSaveFile* m_file = nullptr;
    QByteArray m_buffer;
    bool m_rowStarted = false;
};

} // namespace rullering
