#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace rullering {

CsvWriter::CsvWriter(const QString& path, Options options)
    : m_path(path)
    , m_options(options)
{}

CsvWriter::CsvWriter(const QString& path)
    : CsvWriter(path, Options())
{}

CsvWriter::~CsvWriter()
{
    delete m_file; // a QSaveFile destroyed before commit() discards the temporary file
}

Status CsvWriter::open()
{
    auto* file = new QSaveFile(m_path);
    m_file = file;
    if (!file->open(QIODevice::WriteOnly)) {
        return Error(QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file->errorString()));
    }
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    return {};
}

QString CsvWriter::encodeText(const QString& text, const Options& options)
{
    QString value = text;
    if (options.neutraliseFormulas && !value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            value.prepend(u'\'');
    }
    const bool needsQuotes = value.contains(options.delimiter) || value.contains(u'"') || value.contains(u'\n') ||
                             value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

void CsvWriter::addRaw(const QString& encoded)
{
    if (m_rowStarted)
        m_buffer.append(QString(m_options.delimiter).toUtf8());
    m_buffer.append(encoded.toUtf8());
    m_rowStarted = true;
}

void CsvWriter::addText(const QString& text)
{
    addRaw(encodeText(text, m_options));
}

void CsvWriter::addNumber(qint64 value)
{
    addRaw(QString::number(value));
}

void CsvWriter::addNumber(double value, int decimals)
{
    // With ';' as delimiter the reader is a Norwegian spreadsheet: decimal comma. With ',' a decimal point.
    QString text = QString::number(value, 'f', decimals);
    if (m_options.delimiter != u',')
        text.replace(u'.', u',');
    else if (text.contains(u','))
        text = u'"' + text + u'"';
    addRaw(text);
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    if (m_file && m_buffer.size() >= 1 << 20) {
        m_file->write(m_buffer);
        m_buffer.clear();
    }
}

void CsvWriter::writeRow(const QStringList& texts)
{
    for (const QString& text : texts)
        addText(text);
    endRow();
}

Status CsvWriter::commit()
{
    QSaveFile* file = m_file;
    if (!file)
        return Error(QCoreApplication::translate("CsvWriter", "The file was not opened."));
    if (m_rowStarted)
        endRow();
    if (!m_buffer.isEmpty() && file->write(m_buffer) != m_buffer.size())
        return Error(QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file->errorString()));
    m_buffer.clear();
    if (!file->commit())
        return Error(QCoreApplication::translate("CsvWriter", "Cannot save %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file->errorString()));
    return {};
}

} // namespace rullering
