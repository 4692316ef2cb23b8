#include "import/ImportProfile.h"
#include "import/ImportValues.h"
#include "import/ImportWizard.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QWheelEvent>

using namespace rullering;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

qint64 devices(AppSession& session)
{
    Result<QSqlQuery> q = runQuery(session.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM device"));
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void walksTheWizardAndApplies();
    void rejectedRowsBlockUntilSkipped();
    void dateOrderChosenInTheMapping();
    void municipalityForRowsWithoutOneAndColumnsNotRead();
    void cancelledApplyStartsOver();
    void dryRunShowsValuesInWordsAndNewMunicipalities();
    void reachableFromFileMenuToolbarAndShortcut();
    void droppingACsvFileOpensTheWizardWithIt();

private:
    // A file beside the register; empty when it could not be written.
    QString writeFile(const char* name, const QByteArray& content) const
    {
        QFile out(m_dir->filePath(QString::fromUtf8(name)));
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return QString();
        return out.fileName();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
};

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(m_dir->filePath(QStringLiteral("gui.sqlite"))).ok());
}

void TestImportWizard::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestImportWizard::walksTheWizardAndApplies()
{
    ImportWizard wizard(*m_session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());

    // Step 1: the Norwegian sheet is detected as Windows-1252, ';', generic.
    auto* file = wizard.findChild<QLineEdit*>(QStringLiteral("importFileEdit"));
    QVERIFY(file);
    // Alt+F reaches the file field (its label names it as buddy; without one the label showed a literal "&").
    auto* fileLabel = wizard.findChild<QLabel*>(QStringLiteral("fileLabel"));
    QVERIFY(fileLabel && fileLabel->buddy() == file);
    file->setText(QStringLiteral(RULLERING_TEST_DATA "/norsk_excel.csv"));
    auto* detected = wizard.findChild<QLabel*>(QStringLiteral("detectedLabel"));
    QVERIFY2(detected->text().contains(s("Windows-1252")), qPrintable(detected->text()));
    QVERIFY(detected->text().contains(s("Produksjonsår")));
    // The kind of export is named once (it read "Spreadsheet (...). Detected: Spreadsheet (...)").
    int named = 0;
    for (ImportProfile profile : allImportProfiles()) {
        const qsizetype times = detected->text().count(importProfileName(profile));
        QVERIFY2(times <= 1, qPrintable(detected->text()));
        named += int(times);
    }
    QCOMPARE(named, 1);
    QVERIFY(next->isEnabled());
    // Changing the delimiter reads the file again (one column only), and back.
    auto* delimiter = wizard.findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QVERIFY(detected->text().contains(s("1 column")));
    delimiter->setCurrentIndex(0);
    QVERIFY(detected->text().contains(s("14 column")));

    // Step 2: the mapping and the live preview.
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto* serial = wizard.findChild<QComboBox*>(QStringLiteral("mapping_serial"));
    QVERIFY(serial);
    QCOMPARE(serial->currentText(), s("Serienummer"));
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 4);
    {
        // On a 1024x768 screen most of the fields show without scrolling (the stacked layout showed seven).
        const QSize before = wizard.size();
        wizard.resize(984, 728);
        auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QTRY_VERIFY(table->viewport()->height() > 0);
        const int shown = table->rowAt(table->viewport()->height() - 1);
        QVERIFY2(shown < 0 || shown + 1 >= 15, qPrintable(QString::number(shown + 1)));
        // The column chosen for each field is readable: it gets a good share, nothing scrolls sideways.
        QVERIFY2(table->columnWidth(1) >= table->viewport()->width() / 3,
                 qPrintable(QStringLiteral("%1 of %2").arg(table->columnWidth(1)).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        // Every field's name shows whole (the longest were cut to "Opprinnelig installasjonsdato f…").
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString name = table->item(row, 0)->text();
            QVERIFY2(table->fontMetrics().horizontalAdvance(name) + 8 <= table->columnWidth(0), qPrintable(name));
        }
        if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
            wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-1024.png"));
        wizard.resize(before);
    }
    QCOMPARE(preview->item(0, 1)->text(), s("5CG2301ABC"));
    QCOMPARE(preview->item(0, 8)->text(), s("Molde"));
    QVERIFY(preview->item(0, 6)->text().startsWith(s("2023"))); // year from the purchase date
    // Unmapping the model empties the preview's model column at once.
    auto* model = wizard.findChild<QComboBox*>(QStringLiteral("mapping_model"));
    model->setCurrentIndex(0);
    QVERIFY(preview->item(0, 5)->text().isEmpty());
    model->setCurrentIndex(model->findText(s("Modell")));
    QCOMPARE(preview->item(0, 5)->text(), s("HP EliteBook 840 G9"));
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-mapping.png"));
    // Save the mapping by name.
    wizard.findChild<QLineEdit*>(QStringLiteral("mappingNameEdit"))->setText(s("Koordinatorarket"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("saveMappingButton")), Qt::LeftButton);
    QCOMPARE(MappingStore::names(m_session->database()->connection()).value(), QStringList{s("Koordinatorarket")});

    // Step 3: the dry run in the worker thread.
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("dryRunSummary"));
    QVERIFY2(summary->text().contains(s("Created: 4")), qPrintable(summary->text()));
    QCOMPARE(wizard.findChild<QTableWidget*>(QStringLiteral("rejectedTable"))->rowCount(), 0);
    QCOMPARE(wizard.findChild<QTreeWidget*>(QStringLiteral("changesTree"))->topLevelItemCount(), 4);
    QCOMPARE(devices(*m_session), 0); // a dry run changes nothing

    // Step 4: apply.
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ApplyPageId));
    QSignalSpy changed(m_session.get(), &AppSession::dataChanged);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("applyResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(s("Imported")), 10000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(devices(*m_session), 4);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible()); // stored: nothing left to cancel
    wizard.grab().save(m_dir->filePath(QStringLiteral("wizard.png")));
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-apply.png"));
}

// Every date of the column could be day or month first: the dry run warns, and the mapping step is where the
// coordinator says which (the import's warning points there).
void TestImportWizard::dateOrderChosenInTheMapping()
{
    const QString path = writeFile("dates.csv", "Serienummer;Innkj\xC3\xB8psdato\nS1;03/04/2019\nS2;05/06/2020\n");
    QVERIFY(!path.isEmpty());

    ImportWizard wizard(*m_session);
    wizard.setFile(path);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    auto* order = wizard.findChild<QComboBox*>(QStringLiteral("dateOrder_purchase_date"));
    QVERIFY(order);
    QVERIFY(order->isEnabled());
    QCOMPARE(order->currentData().toInt(), int(DateOrder::Auto));
    QVERIFY(!wizard.findChild<QComboBox*>(QStringLiteral("dateOrder_warranty_start"))->isEnabled()); // not mapped
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    const QString monthFirst = preview->item(0, 7)->text();
    // The wheel over a box not clicked into scrolls the table; it does not change the mapping.
    auto* serial = wizard.findChild<QComboBox*>(QStringLiteral("mapping_serial"));
    QCOMPARE(serial->currentText(), s("Serienummer"));
    QWheelEvent wheel(QPointF(5, 5), serial->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(serial, &wheel);
    QCOMPARE(serial->currentText(), s("Serienummer"));

    // As the file shows: the dry run warns about the column.
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
    auto* notes = wizard.findChild<QListWidget*>(QStringLiteral("notesList"));
    QVERIFY(notes);
    QCOMPARE(notes->count(), 1);
    auto* tabs = wizard.findChild<QTabWidget*>(QStringLiteral("dryRunTabs"));
    QCOMPARE(tabs->tabText(3), s("Notes (1)")); // the tab says it holds something
    QVERIFY2(notes->item(0)->text().contains(s("Innkjøpsdato")), qPrintable(notes->item(0)->text()));

    // Back, day first: the preview changes at once, the warning goes, and the dates are stored day first.
    wizard.back();
    order->setCurrentIndex(order->findData(int(DateOrder::DayFirst)));
    QVERIFY(preview->item(0, 7)->text() != monthFirst);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
    QCOMPARE(notes->count(), 0);
    QCOMPARE(tabs->tabText(3), s("Notes (0)"));
    QCOMPARE(tabs->tabText(0), s("Changes (2)"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.findChild<QLabel*>(QStringLiteral("applyResultLabel"))->text().startsWith(s("Imported")), 10000);
    Result<QSqlQuery> q = runQuery(m_session->database()->connection(),
                                   s("SELECT group_concat(purchase_date) FROM (SELECT * FROM device ORDER BY serial)"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), s("2019-04-03,2020-06-05"));
}

// A single municipality's own sheet: the mapping step gives its rows a municipality (saved with the mapping), and
// the dry run names the column nothing reads, with the field its name suggests.
void TestImportWizard::municipalityForRowsWithoutOneAndColumnsNotRead()
{
    const QString path = writeFile("aukra.csv", "Serial No;Location;Asset Make\nS1;R\xC3\xA5"
                                                "dhuset;DELL\n");
    QVERIFY(!path.isEmpty());
    ImportWizard wizard(*m_session);
    wizard.setFile(path);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    auto* municipality = wizard.findChild<QLineEdit*>(QStringLiteral("defaultMunicipalityEdit"));
    QVERIFY(municipality);
    municipality->setFocus();
    QTest::keyClicks(municipality, s("Aukra"));
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QCOMPARE(preview->item(0, 8)->text(), s("Aukra"));
    wizard.findChild<QLineEdit*>(QStringLiteral("mappingNameEdit"))->setText(s("Aukra-arket"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("saveMappingButton")), Qt::LeftButton);
    QCOMPARE(MappingStore::load(m_session->database()->connection(), s("Aukra-arket")).value().defaultMunicipality,
             s("Aukra"));
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") +
                           QStringLiteral("/import-municipality.png"));

    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("dryRunSummary"));
    QVERIFY2(summary->text().contains(s("Created: 1")), qPrintable(summary->text()));
    auto* notes = wizard.findChild<QListWidget*>(QStringLiteral("notesList"));
    QStringList texts;
    for (int i = 0; i < notes->count(); ++i)
        texts.append(notes->item(i)->text());
    QVERIFY2(texts.join(u'\n').contains(s("Columns not read (map them in the previous step if they matter): "
                                          "Asset Make")),
             qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.join(u'\n').contains(s("\"Asset Make\" looks like Manufacturer")), qPrintable(texts.join(u'\n')));
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR")) {
        wizard.findChild<QTabWidget*>(QStringLiteral("dryRunTabs"))->setCurrentIndex(3);
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-notread.png"));
    }
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.findChild<QLabel*>(QStringLiteral("applyResultLabel"))->text().startsWith(s("Imported")), 10000);
    Result<QSqlQuery> q = runQuery(m_session->database()->connection(),
                                   s("SELECT m.name FROM device d JOIN municipality m ON m.id = d.municipality_id"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), s("Aukra"));
}

void TestImportWizard::rejectedRowsBlockUntilSkipped()
{
    const QString path = writeFile(
        "bad.csv", "Serial number;Device name;Production year\nA1;PC-1;2019\nA2;PC-2;nineteen\nA3;PC-3;2020\n");
    QVERIFY(!path.isEmpty());

    ImportWizard wizard(*m_session);
    wizard.setFile(path);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QVERIFY(preview->item(1, 15)->text().contains(s("nineteen"))); // the problem shows in the preview
    QTest::mouseClick(next, Qt::LeftButton);
    auto* rejected = wizard.findChild<QTableWidget*>(QStringLiteral("rejectedTable"));
    QTRY_COMPARE_WITH_TIMEOUT(rejected->rowCount(), 1, 10000);
    QCOMPARE(rejected->item(0, 0)->text(), s("3"));
    QVERIFY(!next->isEnabled());
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-dryrun.png"));
    wizard.findChild<QCheckBox*>(QStringLiteral("skipRejectedCheck"))->setChecked(true);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("applyResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(s("Imported")), 10000);
    QCOMPARE(devices(*m_session), 2);
}

// The dry run's changes read as the rest of the app: "Purchase date → Given in the file", not "purchase_date →
// explicit"; dates in the locale's format; and a municipality the register lacks is a note of its own.
void TestImportWizard::dryRunShowsValuesInWordsAndNewMunicipalities()
{
    const QString first = writeFile("first.csv", "Serial number;Device name;Purchase date;State;Municipality\n"
                                                 "S1;PC-1;2021-03-15;In use;Molde\n");
    ImportOptions options;
    Result<ImportReport> loaded = ImportApplier::run(*m_session->database(), first, options);
    QVERIFY2(loaded && loaded->applied, loaded ? "not applied" : qPrintable(loaded.errorMessage()));
    const QString second = writeFile("second.csv", "Serial number;Device name;Production year;Purchase date;State;"
                                                   "Municipality\nS1;PC-1;2020;2021-04-20;In stock;Molde kommune\n"
                                                   "S2;PC-2;2022;;In use;Vestnes\n");

    ImportWizard wizard(*m_session);
    wizard.setFile(second);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
    auto* changes = wizard.findChild<QTreeWidget*>(QStringLiteral("changesTree"));
    QTRY_VERIFY_WITH_TIMEOUT(changes->topLevelItemCount() == 2, 10000);
    QTreeWidgetItem* updated = changes->topLevelItem(0);
    QHash<QString, QPair<QString, QString>> shown;
    for (int i = 0; i < updated->childCount(); ++i)
        shown.insert(updated->child(i)->text(0), {updated->child(i)->text(1), updated->child(i)->text(2)});
    const auto change = [&shown](DeviceField field) {
        return shown.value(deviceFieldName(field));
    };
    QCOMPARE(change(DeviceField::YearSource),
             qMakePair(yearSourceName(YearSource::PurchaseDate), yearSourceName(YearSource::Explicit)));
    QCOMPARE(change(DeviceField::State),
             qMakePair(lifecycleStateName(LifecycleState::InUse), lifecycleStateName(LifecycleState::InStock)));
    const QLocale locale;
    QCOMPARE(change(DeviceField::PurchaseDate), qMakePair(locale.toString(QDate(2021, 3, 15), QLocale::ShortFormat),
                                                          locale.toString(QDate(2021, 4, 20), QLocale::ShortFormat)));
    QVERIFY(!shown.contains(deviceFieldName(DeviceField::Municipality))); // "Molde kommune" is Molde
    auto* notes = wizard.findChild<QListWidget*>(QStringLiteral("notesList"));
    QStringList texts;
    for (int i = 0; i < notes->count(); ++i)
        texts.append(notes->item(i)->text());
    QVERIFY2(texts.join(u'\n').contains(s("created by this import (check the spelling): Vestnes")),
             qPrintable(texts.join(u'\n')));
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR")) {
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-dryrun.png"));
        wizard.findChild<QTabWidget*>(QStringLiteral("dryRunTabs"))->setCurrentIndex(3);
        wizard.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/import-notes.png"));
    }
}

void TestImportWizard::cancelledApplyStartsOver()
{
    QByteArray csv("Serial number;Device name;Model\n");
    for (int i = 1; i <= 200000; ++i)
        csv += "S" + QByteArray::number(i) + ";PC-" + QByteArray::number(i) + ";Latitude 5440\n";
    const QString path = writeFile("big.csv", csv);
    QVERIFY(!path.isEmpty());

    ImportWizard wizard(*m_session);
    wizard.setFile(path);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000); // the dry run
    QTest::mouseClick(next, Qt::LeftButton);
    auto* apply = wizard.findChild<QPushButton*>(QStringLiteral("applyButton"));
    auto* progress = wizard.findChild<QProgressBar*>(QStringLiteral("applyProgress"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 10000); // under way
    // One Cancel: the wizard's own stops the import and keeps the wizard open to say so.
    QVERIFY(!wizard.findChild<QPushButton*>(QStringLiteral("cancelImportButton")));
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("applyResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(s("Cancelled")), 30000);
    // Nothing was stored, and the page says so all over: the bar back at the start, Apply offered again, no Finish.
    QCOMPARE(devices(*m_session), 0);
    QCOMPARE(progress->value(), 0);
    QVERIFY(apply->isEnabled());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestImportWizard::reachableFromFileMenuToolbarAndShortcut()
{
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(window.menu(MainWindow::FileMenu)->actions().contains(action));
    QVERIFY(window.toolBar()->actions().contains(action));
    QVERIFY(action->isEnabled());
    QVERIFY(window.acceptDrops());
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") + QStringLiteral("/main-window.png"));
    action->trigger();
    QTRY_VERIFY(window.findChild<ImportWizard*>());
    window.findChild<ImportWizard*>()->reject();
}

void TestImportWizard::droppingACsvFileOpensTheWizardWithIt()
{
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto drop = [&window](const QString& path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        return dropped.isAccepted();
    };
    QVERIFY(!drop(m_dir->filePath(s("report.pdf")))); // not a file the import reads
    QVERIFY(!window.findChild<ImportWizard*>());
    const QString csv = s(RULLERING_TEST_DATA "/norsk_excel.csv");
    QVERIFY(drop(csv));
    QTRY_VERIFY(window.findChild<ImportWizard*>());
    auto* wizard = window.findChild<ImportWizard*>();
    QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("importFileEdit"))->text(), csv);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // read and detected, ready for the mapping
    wizard->reject();
}

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
