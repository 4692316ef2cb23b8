#include "CliContext.h"

#include "CliCommand.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rullering::cli {

CliContext::CliContext(QString databasePath, QTextStream& out, QTextStream& err)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

Database* CliContext::database(Use use)
{
    if (m_database)
        return m_database.get();
    // A dry run on a missing file checks against an empty register and leaves no file behind.
    const bool inMemory =
        use == Use::Preview && !ServerAddress::isServerAddress(m_databasePath) && !QFileInfo::exists(m_databasePath);
    Result<std::unique_ptr<Database>> opened =
        Database::open(inMemory ? QStringLiteral(":memory:") : m_databasePath,
                       use == Use::Load     ? Database::OpenMode::CreateForLoad
                       : use == Use::Create ? Database::OpenMode::CreateIfMissing
                                            : Database::OpenMode::MustExist,
                       use == Use::Read ? Database::Access::Auto : Database::Access::ReadWrite);
    if (!opened) {
        m_err << "rullering-cli: " << opened.errorMessage() << Qt::endl;
        return nullptr;
    }
    m_database = std::move(opened.value());
    if (m_database->isReadOnly())
        m_err << "rullering-cli: "
              << QCoreApplication::translate("Cli", "note: the register is read-only (file or folder permissions) "
                                                    "and was opened for reading.")
              << Qt::endl;
    return m_database.get();
}

bool CliContext::closeDatabase(const QString& command)
{
    if (!m_database)
        return true;
    const Status closed = m_database->close();
    m_database.reset();
    if (!closed)
        fail(command, closed.errorMessage());
    return closed.ok();
}

int CliContext::fail(const QString& command, const QString& message, int code)
{
    m_err << "rullering-cli " << command << ": " << message << Qt::endl;
    return code;
}

QCommandLineOption CliContext::tableOrJsonOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              QCoreApplication::translate("Cli", "Output format: table or json."),
                              QCoreApplication::translate("Cli", "FORMAT"), QStringLiteral("table"));
}

std::optional<bool> CliContext::wantsJson(const QCommandLineParser& parser, const QString& command, int& exitCode)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json"))
        return true;
    if (format == QLatin1String("table"))
        return false;
    exitCode =
        fail(command, QCoreApplication::translate("Cli", "--format must be table or json, not \"%1\"").arg(format),
             ExitUsage);
    return std::nullopt;
}

bool CliContext::parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int& exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("rullering-cli ") + command);
    if (!parser.parse(argv)) {
        exitCode = fail(command, parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by the path it was started with; show the whole command instead.
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        QString usage = text.left(firstLineEnd);
        const qsizetype programStart = usage.indexOf(u' ') + 1;
        const qsizetype programEnd = usage.indexOf(u' ', programStart);
        usage.replace(programStart, (programEnd < 0 ? usage.size() : programEnd) - programStart,
                      QStringLiteral("rullering-cli [--db PATH] ") + command);
        m_out << usage << text.mid(firstLineEnd);
        m_out.flush();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace rullering::cli
