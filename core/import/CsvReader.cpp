#include "CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <array>

namespace rullering {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unassigned bytes map to themselves (as
// Windows does).
constexpr std::array<char16_t, 32> Cp1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendWindows1252(QString& out, QByteArrayView bytes)
{
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    QChar* dst = out.data() + start;
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        *dst++ = (byte >= 0x80 && byte < 0xA0) ? QChar(Cp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
}

// True when bytes are valid UTF-8; a sequence cut off by the end of a sample that is not the whole file passes.
bool isValidUtf8(QByteArrayView bytes, bool complete)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        int extra = 0;
        if (c < 0x80) {
            ++p;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (end - p <= extra)
            return !complete && end - p - 1 < extra &&
                   std::all_of(p + 1, end, [](unsigned char b) { return (b & 0xC0) == 0x80; });
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

// The delimiter that splits the first lines into the same number of fields, most fields first.
QChar detectDelimiter(QStringView sample)
{
    constexpr std::array<char16_t, 4> candidates = {u';', u',', u'\t', u'|'};
    QList<std::array<int, 4>> lines;
    std::array<int, 4> counts = {};
    bool quoted = false;
    for (qsizetype i = 0; i < sample.size() && lines.size() < 20; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < sample.size() && sample[i + 1] == u'\n')
                ++i;
            lines.append(counts);
            counts = {};
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == QChar(candidates[k]))
                    ++counts[k];
            }
        }
    }
    if (lines.isEmpty())
        lines.append(counts); // a single line without a line end
    int best = -1;
    long bestScore = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int headerCount = lines.constFirst()[k];
        if (headerCount == 0)
            continue;
        bool consistent = true;
        for (const auto& line : lines)
            consistent = consistent && line[k] == headerCount;
        const long score = (consistent ? 1000000L : 0L) + headerCount;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidates[size_t(best)]);
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 BOM");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

QString CsvReader::delimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
}

Status CsvReader::open(const QString& path, const Options& options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString message = QCoreApplication::translate("CsvReader", "Cannot read %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file->errorString());
        m_openError = CsvError{0, 0, message};
        return Error(message, Error::Code::NotFound);
    }
    m_ownedDevice = std::move(file);
    return open(m_ownedDevice.get(), options);
}

Status CsvReader::open(QIODevice* device, const Options& options)
{
    m_device = device;
    m_totalBytes = device->isSequential() ? 0 : device->size();
    return start(options);
}

Status CsvReader::start(const Options& options)
{
    m_maxRecordChars = options.maxRecordChars;
    m_chunkBytes = options.chunkBytes;
    m_hash = options.hash;
    m_encodingOpen = false;
    m_decodeErrorSeen = false;

    // Detect from the first megabyte: enough for a thousand rows of any real export.
    QByteArray head = m_device->read(qMax<qint64>(m_chunkBytes, 1 << 20));
    m_bytesRead = head.size();
    if (m_hash)
        m_hash->addData(head);
    m_head = m_hash ? QByteArray() : head; // shared, not copied (hashFromStart)
    if (head.isEmpty()) {
        m_openError = CsvError{1, 1, QCoreApplication::translate("CsvReader", "The file is empty.")};
        return Error(QCoreApplication::translate("CsvReader", "line 1, column 1: the file is empty."),
                     Error::Code::Invalid);
    }
    qsizetype bomLength = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        bomLength = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        bomLength = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        bomLength = 2;
    } else {
        m_encoding = isValidUtf8(head, m_device->atEnd()) ? Encoding::Utf8 : Encoding::Windows1252;
        m_encodingOpen = m_encoding == Encoding::Utf8 && !m_device->atEnd() &&
                         std::all_of(head.cbegin(), head.cend(), [](char b) { return (b & 0x80) == 0; });
    }
    if (options.encoding) {
        m_encoding = *options.encoding;
        m_encodingOpen = false;
    } else
        m_pendingOffset = bomLength; // skipped when decoded: removing it would copy the head, shared with m_head

    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case Encoding::Windows1252:
        break;
    }
    m_pendingBytes = head;
    // The delimiter and the first lines are detected from the first 256 KB of text at least.
    m_pendingChunk = qMax<qsizetype>(m_chunkBytes, DetectionBytes);
    const bool decoded = refill();
    m_pendingChunk = m_chunkBytes;
    m_firstTextEnd = m_pendingOffset;
    if (!decoded) {
        m_openError = CsvError{1, 1, QCoreApplication::translate("CsvReader", "The file is empty.")};
        return Error(QCoreApplication::translate("CsvReader", "line 1, column 1: the file is empty."),
                     Error::Code::Invalid);
    }

    // Excel writes "sep=;" as a first line to name the delimiter.
    if (m_buffer.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && m_buffer.size() > 4) {
        const qsizetype lineEnd = m_buffer.indexOf(u'\n');
        const QStringView line = QStringView(m_buffer).mid(0, lineEnd < 0 ? m_buffer.size() : lineEnd).trimmed();
        if (line.size() == 5) {
            m_delimiter = line[4];
            m_pos = lineEnd < 0 ? m_buffer.size() : lineEnd + 1;
            m_line = 2;
        }
    } else {
        // PowerShell 5's Export-Csv (AD exports) starts with "#TYPE <class name>" unless told not to.
        if (m_buffer.startsWith(QLatin1String("#TYPE "))) {
            const qsizetype lineEnd = m_buffer.indexOf(u'\n');
            m_pos = lineEnd < 0 ? m_buffer.size() : lineEnd + 1;
            m_line = 2;
        }
        m_delimiter =
            detectDelimiter(QStringView(m_buffer).mid(m_pos, qMin<qsizetype>(m_buffer.size(), DetectionBytes)));
    }
    if (!options.delimiter.isNull())
        m_delimiter = options.delimiter;

    if (!parseRecord()) {
        m_openError =
            CsvError{m_line, 1, QCoreApplication::translate("CsvReader", "The file holds no text, only blank lines.")};
        return Error(
            QCoreApplication::translate("CsvReader", "line %1, column 1: the file holds no text, only blank lines.")
                .arg(m_line),
            Error::Code::Invalid);
    }
    m_header = fields();
    for (QString& name : m_header)
        name = name.trimmed();
    m_openError = m_recordError;
    return {};
}

bool CsvReader::hashFromStart(Sha256* hash)
{
    if (m_hash || m_head.size() != m_bytesRead)
        return false;
    hash->addData(m_head);
    m_head.clear();
    m_hash = hash;
    return true;
}

std::optional<qint64> CsvReader::estimatedRecords() const
{
    // Read on: the buffer no longer holds the text of every byte decoded.
    if (m_pendingBytes.size() != m_bytesRead || m_pendingOffset != m_firstTextEnd)
        return std::nullopt;
    const QStringView rest = QStringView(m_buffer).sliced(m_pos);
    qint64 lines = rest.count(u'\n');
    if (!rest.isEmpty() && !rest.endsWith(u'\n'))
        ++lines; // the last row without a line break, or cut off where the decoding stopped
    if (m_device->atEnd() && m_pendingOffset == m_pendingBytes.size())
        return lines;
    if (lines == 0 || m_totalBytes <= 0 || m_pendingOffset <= 0)
        return std::nullopt;
    return qint64(double(lines) * double(m_totalBytes) / double(m_pendingOffset));
}

bool CsvReader::refill()
{
    m_buffer.resize(0);
    m_pos = 0;
    while (m_buffer.isEmpty()) {
        // Every chunk is read into the same bytes and decoded into the same text (m_readBytes, m_buffer): on a
        // virtual machine each page a process touches for the first time costs a fault of 10-15 us, and new
        // buffers for every chunk cost a 12k-row import about 700 of them (see docs/import-speed.md).
        QByteArrayView bytes;
        if (m_pendingOffset < m_pendingBytes.size()) {
            // The first megabyte a chunk at a time, as the reads after it: open() decodes only the first chunk, and
            // the text stays a chunk's size (a 2 MB text of the whole megabyte cost a 12k-row import 380 page
            // faults more, in open(), before any row could be written).
            const qsizetype take = qMin<qsizetype>(m_pendingBytes.size() - m_pendingOffset, m_pendingChunk);
            bytes = QByteArrayView(m_pendingBytes).sliced(m_pendingOffset, take);
            m_pendingOffset += take;
        } else if (!m_inputDone) {
            m_pendingBytes = QByteArray(); // decoded: its memory serves the reads
            m_head.clear();                // read on past it
            m_readBytes.resize(m_chunkBytes);
            const qint64 read = m_device->read(m_readBytes.data(), m_chunkBytes);
            m_readBytes.resize(qMax<qint64>(read, 0));
            bytes = m_readBytes;
            m_bytesRead += bytes.size();
            if (m_hash)
                m_hash->addData(bytes);
            if (bytes.isEmpty())
                m_inputDone = true;
        }
        if (bytes.isEmpty() && m_inputDone) {
            // Flush a sequence cut off by the end of the file: the decoder reports it as an error.
            if (m_encoding != Encoding::Windows1252) {
                m_buffer = m_decoder.decode(QByteArrayView());
                m_decodeErrorSeen = m_decodeErrorSeen || m_decoder.hasError();
            }
            return !m_buffer.isEmpty();
        }
        if (m_encodingOpen && !std::all_of(bytes.begin(), bytes.end(), [](char b) { return (b & 0x80) == 0; })) {
            m_encodingOpen = false;
            if (!isValidUtf8(bytes, m_device->atEnd()))
                m_encoding = Encoding::Windows1252;
        }
        if (m_encoding == Encoding::Windows1252) {
            appendWindows1252(m_buffer, bytes);
        } else {
            m_buffer.resize(m_decoder.requiredSpace(bytes.size())); // within the capacity of earlier chunks
            const QChar* end = m_decoder.appendToBuffer(m_buffer.data(), bytes);
            m_buffer.resize(end - m_buffer.constData());
            m_decodeErrorSeen = m_decodeErrorSeen || m_decoder.hasError();
        }
    }
    return true;
}

void CsvReader::setError(qint64 line, qint64 column, const QString& message)
{
    if (!m_recordError)
        m_recordError = CsvError{line, column, message};
}

void CsvReader::endField()
{
    m_fieldStarts.append(m_fieldStart);
    m_fieldStart = m_text.size();
    if (m_fieldStarts.size() == m_header.size())
        m_raggedColumn = m_column + 1;
}

QStringView CsvReader::field(qsizetype index) const
{
    if (index < 0 || index >= m_fieldStarts.size())
        return {};
    const qsizetype start = m_fieldStarts[index];
    const qsizetype end = index + 1 < m_fieldStarts.size() ? m_fieldStarts[index + 1] : m_text.size();
    return QStringView(m_text).mid(start, end - start);
}

QStringList CsvReader::fields() const
{
    QStringList result;
    result.reserve(fieldCount());
    for (qsizetype i = 0; i < fieldCount(); ++i)
        result.append(field(i).toString());
    return result;
}

bool CsvReader::readRecord()
{
    if (!parseRecord())
        return false;
    if (!m_recordError && !m_header.isEmpty() && fieldCount() != m_header.size()) {
        if (fieldCount() > m_header.size())
            setError(m_recordLine, m_raggedColumn,
                     QCoreApplication::translate("CsvReader", "This row has %1 fields; the header has %2.")
                         .arg(fieldCount())
                         .arg(m_header.size()));
        else
            setError(m_line - 1, m_lastColumn,
                     QCoreApplication::translate("CsvReader", "This row has %1 fields; the header has %2.")
                         .arg(fieldCount())
                         .arg(m_header.size()));
    }
    return true;
}

bool CsvReader::parseRecord()
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    };
    m_text.resize(0);
    m_fieldStarts.resize(0);
    m_fieldStart = 0;
    m_recordError.reset();
    m_raggedColumn = 0;
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;
    const char16_t delimiter = m_delimiter.unicode();

    // Where the decoder put U+FFFD for bytes it could not read: the row says so (its value would be wrong).
    auto notValidHere = [this] {
        setError(m_line, m_column,
                 QCoreApplication::translate("CsvReader", "Bytes that are not valid %1 here; they were replaced.")
                     .arg(encodingName(m_encoding)));
    };
    auto endRecord = [&](QChar c) {
        ++m_pos;
        m_lastColumn = m_column;
        if (c == u'\r')
            m_skipLf = true;
        ++m_line;
        m_column = 1;
        endField();
        return true;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            if (!started)
                return false;
            if (state == State::Quoted)
                setError(
                    quoteLine, quoteColumn,
                    QCoreApplication::translate(
                        "CsvReader", "The quote that opens this field is never closed (the file ends inside it)."));
            m_lastColumn = m_column;
            endField();
            ++m_line;
            return true;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const QChar c = data[m_pos];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == u'\n') {
                ++m_pos;
                continue;
            }
        }
        if (m_quotedCr) { // the LF of a quoted CRLF: the same line break, part of the value
            m_quotedCr = false;
            if (c == u'\n') {
                m_text.append(c);
                ++m_pos;
                continue;
            }
        }
        if (!started) {
            if (c == u'\n' || c == u'\r') { // a blank line between records
                ++m_pos;
                if (c == u'\r')
                    m_skipLf = true;
                ++m_line;
                m_column = 1;
                continue;
            }
            started = true;
            m_recordLine = m_line;
        }

        if (m_text.size() > m_maxRecordChars) {
            setError(m_recordLine, 1,
                     QCoreApplication::translate(
                         "CsvReader", "This record is longer than %1 characters; the rest of the line was skipped.")
                         .arg(m_maxRecordChars));
            m_text.truncate(m_maxRecordChars);
            m_fieldStart = qMin(m_fieldStart, m_text.size());
            // Skip to the end of the physical line, quotes or not, so one broken line cannot eat the file.
            for (;;) {
                if (m_pos >= m_buffer.size() && !refill()) {
                    m_lastColumn = m_column;
                    endField();
                    return true;
                }
                const QChar s = m_buffer.at(m_pos);
                if (s == u'\n' || s == u'\r')
                    return endRecord(s);
                ++m_pos;
                ++m_column;
            }
        }

        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
                quoteColumn = m_column;
                ++m_pos;
                ++m_column;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char16_t replaced = m_decodeErrorSeen ? char16_t(0xFFFD) : char16_t(0);
            qsizetype i = m_pos;
            while (i < size) {
                const char16_t u = data[i].unicode();
                if (u == delimiter || u == u'"' || u == u'\n' || u == u'\r' || u == 0 || u == replaced)
                    break;
                ++i;
            }
            m_text.append(data + m_pos, i - m_pos);
            m_column += i - m_pos;
            m_pos = i;
            if (i == size)
                continue;
            const QChar stop = data[i];
            if (stop == delimiter) {
                ++m_pos;
                endField();
                ++m_column;
                state = State::FieldStart;
            } else if (stop == u'"') {
                setError(m_line, m_column,
                         QCoreApplication::translate(
                             "CsvReader",
                             "A quote inside a field that does not start with a quote (write it as \"\" inside a "
                             "quoted field)."));
                m_text.append(stop);
                ++m_pos;
                ++m_column;
            } else if (stop.unicode() == 0) {
                setError(m_line, m_column,
                         QCoreApplication::translate("CsvReader", "A NUL byte; this does not look like a text file."));
                ++m_pos;
                ++m_column;
            } else if (stop.unicode() == 0xFFFD) {
                notValidHere();
                m_text.append(stop);
                ++m_pos;
                ++m_column;
            } else {
                return endRecord(stop);
            }
            continue;
        }
        case State::Quoted: {
            const char16_t replaced = m_decodeErrorSeen ? char16_t(0xFFFD) : char16_t(0);
            qsizetype i = m_pos;
            while (i < size) {
                const char16_t u = data[i].unicode();
                if (u == u'"' || u == u'\n' || u == u'\r' || u == 0 || u == replaced)
                    break;
                ++i;
            }
            m_text.append(data + m_pos, i - m_pos);
            m_column += i - m_pos;
            m_pos = i;
            if (i == size)
                continue;
            const QChar stop = data[i];
            ++m_pos;
            if (stop == u'"') {
                ++m_column;
                state = State::AfterQuote;
            } else if (stop.unicode() == 0) {
                setError(m_line, m_column,
                         QCoreApplication::translate("CsvReader", "A NUL byte; this does not look like a text file."));
                ++m_column;
            } else if (stop.unicode() == 0xFFFD) {
                notValidHere();
                m_text.append(stop);
                ++m_column;
            } else {
                // A line break inside quotes is part of the value, kept as written (RFC 4180): CRLF stays CRLF.
                m_text.append(stop);
                if (stop == u'\r')
                    m_quotedCr = true;
                ++m_line;
                m_column = 1;
            }
            continue;
        }
        case State::AfterQuote:
            if (c == u'"') { // a doubled quote
                m_text.append(c);
                ++m_pos;
                ++m_column;
                state = State::Quoted;
            } else if (c == delimiter) {
                ++m_pos;
                endField();
                ++m_column;
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                return endRecord(c);
            } else {
                setError(m_line, m_column,
                         QCoreApplication::translate(
                             "CsvReader",
                             "Text after the closing quote of a field (a quote inside a value must be doubled)."));
                state = State::Unquoted;
            }
            continue;
        }
    }
}

} // namespace rullering
