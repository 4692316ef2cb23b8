#include "CliContext.h"

#include "CliCommand.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rullering::cli {

CliContext::CliContext(QString databasePath, QTextStream& out, QTextStream& err)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

Database* CliContext::database(bool mustExist)
{
    if (m_database)
        return m_database.get();
    Result<std::unique_ptr<Database>> opened =
        Database::open(m_databasePath, mustExist ? Database::OpenMode::MustExist : Database::OpenMode::CreateIfMissing);
    if (!opened) {
        m_err << "rullering-cli: " << opened.errorMessage() << Qt::endl;
        return nullptr;
    }
    m_database = std::move(opened.value());
    return m_database.get();
}

int CliContext::fail(const QString& command, const QString& message, int code)
{
    m_err << "rullering-cli " << command << ": " << message << Qt::endl;
    return code;
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
