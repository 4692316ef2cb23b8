// The register as the Devices page shows it, written for a spreadsheet: the filter, the sort and the shown columns
// decide what is in the file; CSV and XLSX get the same file mode; the clipboard text pastes as cells.

#include "GeneratedRegister.h"
#include "export/DeviceViewExport.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rullering;
using namespace rullering::test;

class TestDeviceViewExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheFilteredSortedViewWithItsColumns();
    void xlsxGetsTheSameFileModeAsCsv();
    void clipboardTextHasTheHeaderAndOneLinePerDevice();
    void columnKeysRoundTrip();

private:
    qint64 municipalityId(const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDeviceViewExport::initTestCase()
{
    Result<std::unique_ptr<Database>> db = generatedRegister(m_dir.filePath(QStringLiteral("r.sqlite")), 600, 11);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

qint64 TestDeviceViewExport::municipalityId(const QString& name) const
{
    Result<QSqlQuery> q =
        runQuery(m_db->connection(), QStringLiteral("SELECT id FROM municipality WHERE name = ?"), {name});
    return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
}

void TestDeviceViewExport::writesTheFilteredSortedViewWithItsColumns()
{
    DeviceViewExport::Options options;
    options.filter.municipalityIds = {municipalityId(QStringLiteral("Molde"))};
    QVERIFY(options.filter.municipalityIds.constFirst() > 0);
    options.filter.types = {DeviceType::Laptop};
    options.sort = {DeviceColumn::Serial, true};
    options.columns = {DeviceColumn::Serial, DeviceColumn::Municipality, DeviceColumn::ProductionYear};
    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    Result<qint64> written = DeviceViewExport::write(m_db->connection(), path, options);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

    Result<QSqlQuery> expected = runQuery(m_db->connection(),
                                          QStringLiteral("SELECT serial FROM device WHERE municipality_id = ? AND "
                                                         "type = ? ORDER BY serial DESC"),
                                          {options.filter.municipalityIds.constFirst(), int(DeviceType::Laptop)});
    QVERIFY(expected.ok());
    QStringList serials;
    while (expected.value().next())
        serials.append(expected.value().value(0).toString());
    QVERIFY(serials.size() > 10);
    QCOMPARE(written.value(), qint64(serials.size()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"));
    lines.removeAll(QString());
    QCOMPARE(lines.size(), serials.size() + 1);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("%1;%2;%3")
                 .arg(deviceColumnTitle(DeviceColumn::Serial), deviceColumnTitle(DeviceColumn::Municipality),
                      deviceColumnTitle(DeviceColumn::ProductionYear)));
    for (int i = 0; i < serials.size(); ++i) {
        const QStringList cells = lines.at(i + 1).split(u';');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0), serials.at(i));
        QCOMPARE(cells.at(1), QStringLiteral("Molde"));
    }
}

void TestDeviceViewExport::xlsxGetsTheSameFileModeAsCsv()
{
    const mode_t previous = ::umask(022);
    DeviceViewExport::Options options;
    options.filter.search = QStringLiteral("a");
    const QString csv = m_dir.filePath(QStringLiteral("mode.csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("mode.xlsx"));
    QVERIFY(DeviceViewExport::write(m_db->connection(), csv, options).ok());
    options.format = DeviceViewExport::formatFor(xlsx);
    QCOMPARE(options.format, DeviceViewExport::Format::Xlsx);
    QVERIFY(DeviceViewExport::write(m_db->connection(), xlsx, options).ok());
    ::umask(previous);
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zip: a workbook
    const QFileDevice::Permissions expected = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ReadUser |
                                              QFileDevice::WriteUser;
    QCOMPARE(QFile::permissions(csv), expected);
    QCOMPARE(QFile::permissions(xlsx), expected);
}

void TestDeviceViewExport::clipboardTextHasTheHeaderAndOneLinePerDevice()
{
    Device a;
    a.serial = QStringLiteral("S1");
    a.model = QStringLiteral("Model\twith tab");
    a.productionYear = 2019;
    Device b;
    b.serial = QStringLiteral("S2");
    const QString text = DeviceViewExport::tabSeparated(
        {a, b}, {DeviceColumn::Serial, DeviceColumn::Model, DeviceColumn::ProductionYear});
    QCOMPARE(text, QStringLiteral("%1\t%2\t%3\nS1\tModel with tab\t2019\nS2\t\t\n")
                       .arg(deviceColumnTitle(DeviceColumn::Serial), deviceColumnTitle(DeviceColumn::Model),
                            deviceColumnTitle(DeviceColumn::ProductionYear)));
}

void TestDeviceViewExport::columnKeysRoundTrip()
{
    for (DeviceColumn column : DeviceViewExport::allColumns())
        QCOMPARE(parseDeviceColumn(deviceColumnKey(column)), std::optional<DeviceColumn>(column));
    QCOMPARE(parseDeviceColumn(QStringLiteral("Production-Year")), std::optional(DeviceColumn::ProductionYear));
    QVERIFY(!parseDeviceColumn(QStringLiteral("colour")));
}

QTEST_GUILESS_MAIN(TestDeviceViewExport)
#include "test_device_view_export.moc"
