#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace rullering {
class Database;
}

namespace rullering::cli {

// What every subcommand shares: the database path from --db / $RULLERING_DB / the default, and the streams.
class CliContext
{
public:
    CliContext(QString databasePath, QTextStream& out, QTextStream& err);
    ~CliContext();

    const QString& databasePath() const { return m_databasePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // What a command does with the register: Read never creates or changes it (a read-only register opens for
    // reading, with a notice on stderr); Change needs write access to an existing one; Create may also make it;
    // Preview is Change where a missing register is an empty one in memory (a dry run creates no file).
    enum class Use
    {
        Read,
        Change,
        Create,
        Load, // Create, for a bulk load: a new file takes the WAL when it closes (Database::OpenMode::CreateForLoad)
        Preview,
    };
    // Opens the database for use; on failure prints the reason and returns null.
    Database* database(Use use);
    // Closes the database database() opened (Database::close(): a new file for a load is moved into place); on
    // failure prints the reason after "rullering-cli <command>: " and returns false.
    bool closeDatabase(const QString& command);

    // Prints "rullering-cli <command>: <message>" on stderr and returns code.
    int fail(const QString& command, const QString& message, int code = 1);

    // Parses a subcommand's arguments with --help handled; returns false after printing help or a usage error
    // (then exitCode says which).
    bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int& exitCode);

    // The --format option of a command that prints a table (the default) or JSON.
    static QCommandLineOption tableOrJsonOption();
    // Whether the parsed --format asks for JSON; any value but table or json fails the command as a usage error
    // (returns nullopt, exitCode set).
    std::optional<bool> wantsJson(const QCommandLineParser& parser, const QString& command, int& exitCode);

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
};

} // namespace rullering::cli
