// The details pane beside the register: what it shows for the swap fields of a replaced device.
#include "RegisterFixture.h"
#include "import/ImportApplier.h"
#include "register/DetailsPane.h"
#include "shell/AppSession.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
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
    void historyReadsInWordsAndWholly();
    void narrowPaneKeepsValuesInView();
    void importedDeviceHistoryNamesItsImport();
    void narrowHistoryCutsNoWord();

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

// The history says what changed in the words the rest of the app uses ("Source of production year: Purchase date →
// Given in the file", not "purchase_date → explicit"), and a change too long for its column wraps instead of being
// cut to "Erstat…-12".
void TestDetailsPane::historyReadsInWordsAndWholly()
{
    const auto import = [this](const char* name, const QByteArray& csv) -> qint64 {
        QFile file(m_dir->filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            return -1;
        file.close();
        Result<ImportReport> report = ImportApplier::run(*m_session->database(), file.fileName(), ImportOptions{});
        return report && report->applied && !report->diffs.isEmpty() ? report->diffs.constFirst().deviceId : -1;
    };
    QVERIFY(import("first.csv", "Serial number;Device name;Purchase date;State\nH1;PC-H1;2021-03-15;In use\n") > 0);
    const qint64 id = import("second.csv", "Serial number;Device name;Production year;Purchase date;State\n"
                                           "H1;PC-H1;2020;2021-04-20;In stock\n");
    QVERIFY(id > 0);
    m_pane->resize(380, 700);
    m_pane->show();
    m_pane->showDevice(id);
    auto* history = m_pane->findChild<QTreeWidget*>(QStringLiteral("historyTimeline"));
    QVERIFY(history);
    QStringList changes;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        changes.append(history->topLevelItem(i)->text(3));
    const QLocale locale;
    const QString arrow = QStringLiteral(" → ");
    const QStringList expectedChanges = {
        deviceFieldName(DeviceField::YearSource) + QStringLiteral(": ") + yearSourceName(YearSource::PurchaseDate) +
            arrow + yearSourceName(YearSource::Explicit),
        deviceFieldName(DeviceField::PurchaseDate) + QStringLiteral(": ") +
            locale.toString(QDate(2021, 3, 15), QLocale::ShortFormat) + arrow +
            locale.toString(QDate(2021, 4, 20), QLocale::ShortFormat),
        deviceFieldName(DeviceField::State) + QStringLiteral(": ") + lifecycleStateName(LifecycleState::InUse) + arrow +
            lifecycleStateName(LifecycleState::InStock)};
    for (const QString& expected : expectedChanges)
        QVERIFY2(changes.contains(expected), qPrintable(changes.join(u'\n')));
    // The change column keeps a good share of a narrow pane.
    QTest::qWait(50);
    QVERIFY2(history->header()->sectionSize(3) >= history->viewport()->width() / 4,
             qPrintable(QString::number(history->header()->sectionSize(3))));
    // Every change is read whole: it fits its column, or its row is as tall as the lines it wraps to.
    const int column = history->header()->sectionSize(3);
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = history->topLevelItem(i);
        const int width = history->fontMetrics().horizontalAdvance(item->text(3));
        const int height = history->visualItemRect(item).height();
        QVERIFY2(width <= column - 8 || height >= 2 * history->fontMetrics().height(),
                 qPrintable(QStringLiteral("%1: %2 px in a %3 px column, row %4 px high")
                                .arg(item->text(3))
                                .arg(width)
                                .arg(column)
                                .arg(height)));
    }
}

// In a narrow pane (1024x768, 200 % scaling) every value is inside the pane, under its label if need be.
void TestDetailsPane::narrowPaneKeepsValuesInView()
{
    Device device = m_fx.inUse(QStringLiteral("5CGG2U3QJY-LONG-SERIAL"));
    device.hostname = QStringLiteral("AUK-D100035-KONTOR");
    const qint64 id = m_fx.add(device);
    QVERIFY(id > 0);
    m_pane->resize(240, 700);
    m_pane->show();
    m_pane->showDevice(id);
    QTest::qWait(50);
    auto* scroll = m_pane->findChild<QScrollArea*>();
    QVERIFY(scroll);
    for (const QFormLayout* form : m_pane->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* value = form->itemAt(row, QFormLayout::FieldRole);
            if (!value || !value->widget())
                continue;
            const QRect inView = value->widget()->geometry().translated(scroll->widget()->pos());
            QVERIFY2(inView.right() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                    .arg(qobject_cast<QLabel*>(value->widget())->text())
                                    .arg(inView.right())
                                    .arg(scroll->viewport()->width())));
        }
    }
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

// A 1024 px screen leaves the pane about 240 px: four history columns cut "Demo data" to "Demodat". There the what
// and who go under the time, and no word of it is wider than its column; a wide pane keeps four columns.
void TestDetailsPane::narrowHistoryCutsNoWord()
{
    const QString file = m_dir->filePath(QStringLiteral("narrow.csv"));
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Serial number;Device name;State\nNARROW1;PC-NARROW1;In use\n");
    }
    Result<ImportReport> report = ImportApplier::run(*m_session->database(), file, ImportOptions{});
    QVERIFY(report.ok() && report->applied && !report->diffs.isEmpty());
    m_pane->resize(240, 700);
    m_pane->show();
    m_pane->showDevice(report->diffs.constFirst().deviceId);
    QTest::qWait(50);
    auto* history = m_pane->findChild<QTreeWidget*>(QStringLiteral("historyTimeline"));
    QVERIFY(history && history->topLevelItemCount() > 0);
    QVERIFY(history->isColumnHidden(1) && history->isColumnHidden(2));
    const int column = history->header()->sectionSize(0);
    for (int row = 0; row < history->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = history->topLevelItem(row);
        const QString shown = DetailsPane::historyWhenText(history->model()->index(row, 0));
        QVERIFY2(shown.contains(item->text(1)) && shown.contains(item->text(2)), qPrintable(shown));
        for (const QString& word : shown.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            QVERIFY2(history->fontMetrics().horizontalAdvance(word) <= column - 8,
                     qPrintable(QStringLiteral("%1 in a %2 px column").arg(word).arg(column)));
    }
    m_pane->resize(900, 700);
    QTest::qWait(50);
    QVERIFY(!history->isColumnHidden(1) && !history->isColumnHidden(2));
}

QTEST_MAIN(TestDetailsPane)
#include "test_details_pane.moc"
