// The Status page loses no error (issue 19, point 14): what it cannot read is said in its one message area.
#include "ReportingFixture.h"
#include "reporting/StatusPage.h"
#include "shell/AppSession.h"
#include "shell/MessageArea.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestStatusPageErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsWhatCannotBeRead_data();
    void showsWhatCannotBeRead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<StatusPage> m_page;
};

void TestStatusPageErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(m_dir->filePath(QStringLiteral("status.sqlite"))).ok());
    FixtureDevice device;
    device.lastSeen = QStringLiteral("2023-01-20T08:00:00Z");
    QVERIFY(addDevice(*m_session->database(), device) > 0);
    m_page = std::make_unique<StatusPage>(*m_session);
    m_page->resize(1100, 700);
    m_page->show();
    m_page->setStatusDate(QDate(2023, 1, 25));
}

void TestStatusPageErrors::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_dir.reset();
}

void TestStatusPageErrors::showsWhatCannotBeRead_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("said");
    QTest::newRow("no status history") << QStringLiteral("ALTER TABLE status_snapshot RENAME TO status_snapshot_gone")
                                       << QStringLiteral("The status history could not be read");
    QTest::newRow("no status at all") << QStringLiteral("ALTER TABLE device RENAME TO device_gone")
                                      << QStringLiteral("The status could not be computed");
}

void TestStatusPageErrors::showsWhatCannotBeRead()
{
    QFETCH(QString, breakage);
    QFETCH(QString, said);
    auto* message = m_page->findChild<MessageArea*>(QStringLiteral("statusMessage"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    {
        QSqlQuery query(m_session->database()->connection());
        QVERIFY2(query.exec(breakage), qPrintable(breakage));
    }
    m_page->refresh();
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageArea::Kind::Error);
    QVERIFY2(message->text().startsWith(said), qPrintable(message->text()));

    const QString shot = qEnvironmentVariable("RULLERING_SCREENSHOT");
    if (!shot.isEmpty() && qstrcmp(QTest::currentDataTag(), "no status history") == 0)
        m_page->grab().save(shot);
}

QTEST_MAIN(TestStatusPageErrors)
#include "test_status_page_errors.moc"
