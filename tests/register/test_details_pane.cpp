// The details pane beside the register: what it shows for the swap fields of a replaced device.
#include "RegisterFixture.h"
#include "import/ImportApplier.h"
#include "register/DetailsPane.h"
#include "shell/AppSession.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rullering;
using namespace rullering::test;

class TestDetailsPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replacedDeviceNamesItsSuccessor();
    void replacedWithoutSuccessorShowsADash();
    void deviceInUseHasNoSwapFields();
    void importedDeviceHistoryNamesItsImport();

private:
    // The text beside a field's label, or a null string when the pane has no such row.
    QString field(DeviceField which) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    RegisterFixture m_fx;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DetailsPane> m_pane;
};

void TestDetailsPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("details.rullering"));
    QVERIFY(m_fx.open(path));
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(path).ok());
    m_pane = std::make_unique<DetailsPane>(*m_session);
}

void TestDetailsPane::cleanup()
{
    m_pane.reset();
    m_session.reset();
    m_fx = RegisterFixture();
    m_dir.reset();
}

QString TestDetailsPane::field(DeviceField which) const
{
    const QString title = deviceFieldName(which);
    for (const QFormLayout* form : m_pane->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                                          ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                          : nullptr);
            const QLayoutItem* value = form->itemAt(row, QFormLayout::FieldRole);
            if (label && label->text() == title && value && qobject_cast<QLabel*>(value->widget()))
                return qobject_cast<QLabel*>(value->widget())->text();
        }
    }
    return QString();
}

void TestDetailsPane::replacedDeviceNamesItsSuccessor()
{
    const qint64 successor = m_fx.add(m_fx.inUse(QStringLiteral("NEW1")));
    QVERIFY(successor > 0);
    Device old = m_fx.inUse(QStringLiteral("OLD1"));
    old.state = LifecycleState::Replaced;
    old.replacedById = successor;
    old.replacedOn = QDate(2026, 9, 15);
    old.replacedByTechnician = QStringLiteral("Per Tekniker");
    const qint64 id = m_fx.add(old);
    QVERIFY(id > 0);
    m_pane->showDevice(id);
    QCOMPARE(field(DeviceField::ReplacedBy), QStringLiteral("NEW1"));
    QCOMPARE(field(DeviceField::ReplacedOn), QLocale().toString(QDate(2026, 9, 15), QLocale::ShortFormat));
    QCOMPARE(field(DeviceField::ReplacedByTechnician), QStringLiteral("Per Tekniker"));
}

void TestDetailsPane::replacedWithoutSuccessorShowsADash()
{
    // An export from elsewhere can say "replaced" without naming the device that took over.
    Device old = m_fx.inUse(QStringLiteral("OLD2"));
    old.state = LifecycleState::Replaced;
    const qint64 id = m_fx.add(old);
    QVERIFY(id > 0);
    m_pane->showDevice(id);
    QCOMPARE(field(DeviceField::ReplacedBy), QStringLiteral("–"));
    QCOMPARE(field(DeviceField::ReplacedOn), QStringLiteral("–"));
    QCOMPARE(field(DeviceField::Serial), QStringLiteral("OLD2"));
}

void TestDetailsPane::deviceInUseHasNoSwapFields()
{
    const qint64 id = m_fx.add(m_fx.inUse(QStringLiteral("USE1")));
    QVERIFY(id > 0);
    m_pane->showDevice(id);
    QCOMPARE(field(DeviceField::Serial), QStringLiteral("USE1"));
    QVERIFY(field(DeviceField::ReplacedBy).isNull());
}

// An import writes one "created" audit row for all the devices it creates (schema 11); the history of each still
// starts with its creation by that import: when, "Import", who, the serial, and the file as the tooltip.
void TestDetailsPane::importedDeviceHistoryNamesItsImport()
{
    const QString file = m_dir->filePath(QStringLiteral("intune.csv"));
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Serienummer;Maskinnavn\nIMP1;MOL-L0001\nIMP2;MOL-L0002\n");
    }
    Result<ImportReport> report = ImportApplier::run(*m_session->database(), file, {});
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report.errorMessage()));
    Result<QSqlQuery> id =
        runQuery(m_session->database()->connection(), QStringLiteral("SELECT id FROM device WHERE serial = 'IMP2'"));
    QVERIFY(id.ok() && id.value().next());
    m_pane->showDevice(id.value().value(0).toLongLong());
    const auto* history = m_pane->findChild<QTreeWidget*>(QStringLiteral("historyTimeline"));
    QVERIFY(history);
    QCOMPARE(history->topLevelItemCount(), 1);
    const QTreeWidgetItem* created = history->topLevelItem(0);
    QVERIFY(!created->text(0).isEmpty());
    QCOMPARE(created->text(1), QStringLiteral("Import"));
    QCOMPARE(created->text(2), QStringLiteral("test")); // RULLERING_USER in every test
    QCOMPARE(created->text(3), QStringLiteral("IMP2"));
    QCOMPARE(created->toolTip(1), QStringLiteral("Import of intune.csv"));
}

QTEST_MAIN(TestDetailsPane)
#include "test_details_pane.moc"
