#pragma once

#include "util/Result.h"
#include "util/Sha256.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace rullering {

// A problem in the file, where a person can find it: 1-based line and column (in characters).
struct CsvError
{
    qint64 line = 0;
    qint64 column = 0;
    QString message;
};

// Streaming RFC 4180 reader. Detects the encoding (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1252
// when the bytes are not valid UTF-8) and the delimiter (, ; tab |) from the start of the file, reads the header,
// then hands out one record at a time. Memory stays bounded by the longest record (capped), never the file size.
// Malformed input never stops the reader: each record carries its first error, and reading goes on.
class CsvReader
{
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16LE,
        Utf16BE,
        Windows1252,
    };

    struct Options
    {
        QChar delimiter;                    // null: detect
        std::optional<Encoding> encoding;   // unset: detect
        qsizetype maxRecordChars = 1 << 20; // longer records are cut off with an error
        int chunkBytes = 256 * 1024;
        Sha256* hash = nullptr; // fed every byte read (the import's SHA-256 in the same pass)
    };

    CsvReader();
    ~CsvReader();

    // Opens the file and reads its header. Fails for an unreadable or empty file (then openError() says where);
    // a file with a header and no rows opens, and the first readRecord() returns false.
    Status open(const QString& path, const Options& options);
    Status open(const QString& path) { return open(path, Options()); }
    // The same for an already open device (the reader does not take ownership).
    Status open(QIODevice* device, const Options& options);
    Status open(QIODevice* device) { return open(device, Options()); }

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList& header() const { return m_header; }
    // A problem in the header row, or where open() failed.
    const std::optional<CsvError>& openError() const { return m_openError; }

    // Reads the next record after the header; false at the end of the file. Blank lines are skipped.
    bool readRecord();
    qsizetype fieldCount() const { return m_fieldStarts.size(); }
    // Valid until the next readRecord().
    QStringView field(qsizetype index) const;
    QStringList fields() const;
    qint64 recordLine() const { return m_recordLine; } // where the current record starts
    // The first problem in the current record (an unterminated quote, a stray quote, a ragged row, a NUL byte,
    // an over-long record, bytes that are not valid in the encoding).
    const std::optional<CsvError>& recordError() const { return m_recordError; }

    // Feeds hash the bytes read so far, from the file's first, and every byte read from now on (as Options::hash):
    // for a caller that decides from the header whether it needs the hash. The bytes open() read are kept until
    // the reader reads on past them; returns false (hash untouched) when they are gone, or a hash is already fed.
    bool hashFromStart(Sha256* hash);
    // Right after open(): the records after the header, estimated from the line breaks of the text open() decoded,
    // scaled to the file's size (exact for a file that fits that text and has no line break inside a quoted value).
    // Nothing once the reader has read on, or when that text holds no line break for a file that goes on.
    std::optional<qint64> estimatedRecords() const;

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

    static QString encodingName(Encoding encoding);
    static QString delimiterName(QChar delimiter); // ",", ";", "tab", "|"

private:
    Status start(const Options& options);
    bool refill();
    bool parseRecord(); // false at the end of input with nothing read
    void setError(qint64 line, qint64 column, const QString& message);
    void endField();

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = u',';
    qsizetype m_maxRecordChars = 1 << 20;
    int m_chunkBytes = 256 * 1024;
    Sha256* m_hash = nullptr;
    QByteArray m_head; // what open() read, as read, while no hash is fed (hashFromStart)
    QStringDecoder m_decoder;
    QByteArray m_pendingBytes; // read during detection, decoded from m_pendingOffset on
    qsizetype m_pendingOffset = 0;
    qsizetype m_pendingChunk = 0;  // how much of m_pendingBytes one refill() decodes
    qsizetype m_firstTextEnd = -1; // m_pendingOffset after open() decoded its text (estimatedRecords())
    static constexpr qsizetype DetectionBytes = 1 << 18;
    QByteArray m_readBytes; // each later chunk as read
    // Decided from a first megabyte of plain ASCII: still open. The first later chunk with other bytes decides it:
    // valid UTF-8 keeps UTF-8, anything else is Windows-1252 (both read the ASCII before it alike).
    bool m_encodingOpen = false;
    bool m_decodeErrorSeen = false; // the decoder replaced bytes: each U+FFFD from now on is reported where it is
    bool m_inputDone = false;

    QString m_buffer; // decoded text not yet parsed
    qsizetype m_pos = 0;
    bool m_skipLf = false;   // the last record ended in CR: a following LF belongs to it
    bool m_quotedCr = false; // a quoted field's CR: a following LF belongs to the value
    qint64 m_line = 1;
    qint64 m_column = 1;

    QString m_text;                 // the current record's field contents, back to back
    QList<qsizetype> m_fieldStarts; // start of each field in m_text
    qsizetype m_fieldStart = 0;
    qint64 m_recordLine = 0;
    std::optional<CsvError> m_recordError;
    std::optional<CsvError> m_openError;
    qint64 m_raggedColumn = 0; // where the field after the header's last one starts
    qint64 m_lastColumn = 0;   // the column after the record's last character
    QStringList m_header;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace rullering
