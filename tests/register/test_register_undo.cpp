// Edits through the register page, and their undo/redo round trips.
#include "RegisterFixture.h"
#include "register/BulkEditDialog.h"
#include "register/DeviceTableModel.h"
#include "register/DevicesPage.h"
#include "register/EditDevicesCommand.h"
#include "shell/AppSession.h"
#include "shell/MessageArea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rullering;
using namespace rullering::test;

class TestRegisterUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void inlineEditUndoRedo();
    void forbiddenInlineMoveIsRefused();
    void inlineEditOverANewerSaveNamesItAndOffersReload();
    void bulkEditOfSelectionUndoRedo();
    void bulkEditRefusesWhatItCannotCoverExactly_data();
    void bulkEditRefusesWhatItCannotCoverExactly();
    void searchBoxFiltersAfterDebounce();
    void bulkEditDialogSetsOnlyTickedFields();

private:
    int rowOf(const QString& serial) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    RegisterFixture m_fx;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DevicesPage> m_page;
};

void TestRegisterUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("undo.rullering"));
    QVERIFY(m_fx.open(path));
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_fx.add(m_fx.inUse(QStringLiteral("PC%1").arg(i))) > 0);
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(path).ok());
    m_page = std::make_unique<DevicesPage>(*m_session);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->model()->sort(static_cast<int>(DeviceColumn::Serial), Qt::AscendingOrder);
}

void TestRegisterUndo::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_fx = RegisterFixture();
    m_dir.reset();
}

int TestRegisterUndo::rowOf(const QString& serial) const
{
    DeviceTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, static_cast<int>(DeviceColumn::Serial)).data().toString() == serial)
            return row;
    }
    return -1;
}

void TestRegisterUndo::inlineEditUndoRedo()
{
    DeviceTableModel* model = m_page->model();
    const QModelIndex user = model->index(rowOf(QStringLiteral("PC2")), static_cast<int>(DeviceColumn::PrimaryUser));
    QVERIFY(model->setData(user, QStringLiteral("Ola Hansen")));
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC2")).primaryUser, QStringLiteral("Ola Hansen"));
    QCOMPARE(model->index(rowOf(QStringLiteral("PC2")), static_cast<int>(DeviceColumn::PrimaryUser)).data().toString(),
             QStringLiteral("Ola Hansen"));
    QCOMPARE(m_session->undoStack()->count(), 1);

    m_session->undoStack()->undo();
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC2")).primaryUser, QStringLiteral("Kari Nordmann"));
    QCOMPARE(model->index(rowOf(QStringLiteral("PC2")), static_cast<int>(DeviceColumn::PrimaryUser)).data().toString(),
             QStringLiteral("Kari Nordmann"));
    m_session->undoStack()->redo();
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC2")).primaryUser, QStringLiteral("Ola Hansen"));
}

void TestRegisterUndo::forbiddenInlineMoveIsRefused()
{
    DeviceTableModel* model = m_page->model();
    const QModelIndex state = model->index(rowOf(QStringLiteral("PC1")), static_cast<int>(DeviceColumn::State));
    QVERIFY(model->setData(state, int(LifecycleState::Ordered)));
    auto* message = m_page->findChild<MessageArea*>(QStringLiteral("registerMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(!message->text().isEmpty(), "the refusal is shown");
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC1")).state, LifecycleState::InUse);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestRegisterUndo::inlineEditOverANewerSaveNamesItAndOffersReload()
{
    // Issue 18: another person (another connection) saves PC3 after this page read it.
    DeviceTableModel* model = m_page->model();
    Device theirs = m_fx.bySerial(QStringLiteral("PC3"));
    theirs.notes = QStringLiteral("Ny lader");
    ChangeContext ola = ChangeContext::now(AuditReason::Edit);
    ola.who = QStringLiteral("ola.tekniker");
    {
        Transaction tx(m_fx.db());
        QVERIFY(DeviceRepository(m_fx.db()).update(tx, theirs, ola).ok());
        QVERIFY(tx.commit().ok());
    }
    const QModelIndex user = model->index(rowOf(QStringLiteral("PC3")), static_cast<int>(DeviceColumn::PrimaryUser));
    QVERIFY(model->setData(user, QStringLiteral("Per Hansen")));
    auto* message = m_page->findChild<MessageArea*>(QStringLiteral("registerMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageArea::Kind::Warning);
    QVERIFY2(message->text().contains(QStringLiteral("ola.tekniker changed ") + deviceFieldName(DeviceField::Notes)),
             qPrintable(message->text()));
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC3")).primaryUser, QStringLiteral("Kari Nordmann"));
    QCOMPARE(m_session->undoStack()->count(), 0);

    auto* reload = message->findChild<QPushButton*>(QStringLiteral("messageAction"));
    QVERIFY(reload && reload->isVisible());
    QCOMPARE(reload->text(), QStringLiteral("&Reload"));
    reload->click();
    QTRY_VERIFY(!message->isVisible());
    // Read again, the same edit now lands on top of theirs.
    QTRY_VERIFY(!model->isLoading() && rowOf(QStringLiteral("PC3")) >= 0);
    const QModelIndex again = model->index(rowOf(QStringLiteral("PC3")), static_cast<int>(DeviceColumn::PrimaryUser));
    QVERIFY(model->setData(again, QStringLiteral("Per Hansen")));
    const Device stored = m_fx.bySerial(QStringLiteral("PC3"));
    QCOMPARE(stored.primaryUser, QStringLiteral("Per Hansen"));
    QCOMPARE(stored.notes, QStringLiteral("Ny lader"));
}

void TestRegisterUndo::bulkEditOfSelectionUndoRedo()
{
    QTableView* table = m_page->tableView();
    const int first = rowOf(QStringLiteral("PC3"));
    table->selectionModel()->select(
        QItemSelection(table->model()->index(first, 0), table->model()->index(first + 2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Result<QList<DeviceStamp>> selected = m_page->selectedStamps();
    QVERIFY2(selected.ok(), qPrintable(selected.errorMessage()));
    const QList<DeviceStamp> stamps = selected.value();
    QCOMPARE(stamps.size(), 3);
    QCOMPARE(m_page->selectedCount(), 3);

    BulkEdit edit;
    edit.departmentId = m_fx.oppvekst;
    edit.state = LifecycleState::InStock;
    auto* command = new EditDevicesCommand(*m_session, stamps, edit);
    QVERIFY2(command->run(), qPrintable(command->error().message()));
    m_session->undoStack()->push(command);
    for (const char* serial : {"PC3", "PC4", "PC5"}) {
        QCOMPARE(m_fx.bySerial(QString::fromLatin1(serial)).state, LifecycleState::InStock);
        QCOMPARE(m_fx.bySerial(QString::fromLatin1(serial)).departmentId, m_fx.oppvekst);
    }
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC2")).state, LifecycleState::InUse);

    m_session->undoStack()->undo();
    for (const char* serial : {"PC3", "PC4", "PC5"}) {
        QCOMPARE(m_fx.bySerial(QString::fromLatin1(serial)).state, LifecycleState::InUse);
        QCOMPARE(m_fx.bySerial(QString::fromLatin1(serial)).departmentId, m_fx.helse);
    }
    m_session->undoStack()->redo();
    QCOMPARE(m_fx.bySerial(QStringLiteral("PC5")).state, LifecycleState::InStock);
}

// A bulk edit covers exactly the rows the person selected, or changes nothing and says why: never a part of them
// (a range whose query failed was dropped) nor neighbours that moved into their places.
void TestRegisterUndo::bulkEditRefusesWhatItCannotCoverExactly_data()
{
    // What another connection does after the selection was made, and what puts it back before the checks.
    QTest::addColumn<QStringList>("elsewhere");
    QTest::addColumn<QStringList>("restore");
    QTest::addColumn<QString>("why");
    QTest::newRow("the selection's query fails")
        << QStringList{QStringLiteral("ALTER TABLE network RENAME TO network_moved")}
        << QStringList{QStringLiteral("ALTER TABLE network_moved RENAME TO network")}
        << QStringLiteral("could not be read");
    QTest::newRow("another device moves into a selected row")
        << QStringList{QStringLiteral("UPDATE device SET serial = 'PC0A' WHERE serial = 'PC5'")} << QStringList()
        << QStringLiteral("changed since they were selected");
    QTest::newRow("a selected device leaves the register")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("DELETE FROM device WHERE serial = 'PC5'")}
        << QStringList{QStringLiteral("PRAGMA foreign_keys = ON")} << QStringLiteral("still in this view");
}

void TestRegisterUndo::bulkEditRefusesWhatItCannotCoverExactly()
{
    QFETCH(QStringList, elsewhere);
    QFETCH(QStringList, restore);
    QFETCH(QString, why);
    QTableView* table = m_page->tableView();
    const int first = rowOf(QStringLiteral("PC3"));
    table->selectionModel()->select(
        QItemSelection(table->model()->index(first, 0), table->model()->index(first + 2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedCount(), 3);
    const auto run = [this](const QStringList& statements) {
        for (const QString& statement : statements) {
            QSqlQuery query(m_fx.db());
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
    };
    run(elsewhere);

    BulkEdit edit;
    edit.state = LifecycleState::InStock;
    m_page->editSelection(edit);
    run(restore);
    auto* message = m_page->findChild<MessageArea*>(QStringLiteral("registerMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageArea::Kind::Error);
    QVERIFY2(message->text().contains(why), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("othing was changed")), qPrintable(message->text()));
    for (const QString& serial : {QStringLiteral("PC0"), QStringLiteral("PC1"), QStringLiteral("PC2"),
                                  QStringLiteral("PC3"), QStringLiteral("PC4")})
        QCOMPARE(m_fx.bySerial(serial).state, LifecycleState::InUse);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestRegisterUndo::searchBoxFiltersAfterDebounce()
{
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("MOL-PC4"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_session->currentFilter().search, QStringLiteral("MOL-PC4"));
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(m_page->model()->rowCount(), 6);
}

void TestRegisterUndo::bulkEditDialogSetsOnlyTickedFields()
{
    BulkEditDialog dialog(*m_session, 3);
    QVERIFY(dialog.edit().isEmpty());
    auto* stateEditor = dialog.findChild<QComboBox*>(QStringLiteral("stateEditor"));
    QVERIFY(stateEditor);
    QVERIFY(!stateEditor->isEnabled()); // unticked: not editable, not changed
    dialog.findChild<QCheckBox*>(QStringLiteral("stateCheck"))->setChecked(true);
    QVERIFY(stateEditor->isEnabled());
    stateEditor->setCurrentIndex(stateEditor->findData(int(LifecycleState::InStock)));
    dialog.findChild<QCheckBox*>(QStringLiteral("departmentCheck"))->setChecked(true);
    auto* department = dialog.findChild<QComboBox*>(QStringLiteral("departmentEditor"));
    department->setCurrentIndex(department->findData(m_fx.oppvekst));

    const BulkEdit edit = dialog.edit();
    QCOMPARE(edit.fields(), (QList<DeviceField>{DeviceField::Department, DeviceField::State}));
    QCOMPARE(edit.state, std::optional<LifecycleState>(LifecycleState::InStock));
    QCOMPARE(edit.departmentId, std::optional<qint64>(m_fx.oppvekst));
    // Replaced is recorded by swaps only, so the dialog does not offer it.
    QCOMPARE(stateEditor->findData(int(LifecycleState::Replaced)), -1);
}

QTEST_MAIN(TestRegisterUndo)
#include "test_register_undo.moc"
