#pragma once

// Every table of an SQLite register, row by row, for tests that compare two registers: the tables read from SQLite's
// own catalogue (so a table added later is compared too), each value quoted by SQLite (quote(): text in quotes,
// numbers bare, NULL as NULL, so a value that changed type differs), the rows sorted.

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMap>
#include <QSqlQuery>
#include <QStringList>

namespace rullering::test {

inline QMap<QString, QStringList> dumpRegister(const QSqlDatabase& db)
{
    QMap<QString, QStringList> dump;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                               " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& table : std::as_const(names)) {
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList quoted;
        while (columns.next())
            quoted.append(QStringLiteral("quote(\"%1\")").arg(columns.value(0).toString()));
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QStringLiteral(" || '|' || ")), table)))
            return {{table, {QStringLiteral("cannot read")}}};
        QStringList lines;
        while (rows.next())
            lines.append(rows.value(0).toString());
        lines.sort();
        dump.insert(table, lines);
    }
    return dump;
}

inline QMap<QString, QStringList> dumpRegister(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return {{QStringLiteral("error"), {db.errorMessage()}}};
    return dumpRegister(db.value()->connection());
}

} // namespace rullering::test
