#include "ImportWizardPages.h"

#include "ImportRunner.h"
#include "ImportWizard.h"
#include "import/ImportRow.h"
#include "shell/AppSession.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace rullering {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// The import fields in the mapping step's order; the AD path and OS are helpers, shown last.
QList<ImportField> mappingFields()
{
    return allImportFields();
}

} // namespace

// ---------------------------------------------------------------------------------------------- file

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Rullering detects the encoding, the delimiter and the kind of export; change them if they are "
                   "wrong."));
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), -1);
    for (auto e : {CsvReader::Encoding::Utf8, CsvReader::Encoding::Utf8Bom, CsvReader::Encoding::Utf16LE,
                   CsvReader::Encoding::Utf16BE, CsvReader::Encoding::Windows1252})
        m_encoding->addItem(CsvReader::encodingName(e), int(e));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->addItem(tr("Detect"), QString());
    for (ImportProfile profile : allImportProfiles())
        m_profile->addItem(importProfileName(profile), importProfileKey(profile));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileErrorLabel"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout(this);
    // The field is a row of two widgets: the label needs its buddy named, or it shows its "&" (QFormLayout sets
    // one only for a widget field).
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Kind of export:"), m_profile);
    form->addRow(m_detected);
    form->addRow(m_error);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import devices"), m_fileEdit->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_fileEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this] { reload(); });
    connect(&m_wizard, &ImportWizard::fileChanged, this, [this](const QString& path) {
        if (QDir::fromNativeSeparators(m_fileEdit->text()) != path)
            m_fileEdit->setText(QDir::toNativeSeparators(path));
    });
    for (QComboBox* combo : {m_encoding, m_delimiter, m_profile})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
}

void ImportFilePage::reload()
{
    ImportOptions& options = m_wizard.options();
    const int encoding = m_encoding->currentData().toInt();
    options.encoding = encoding < 0 ? std::nullopt : std::optional(CsvReader::Encoding(encoding));
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    options.profile = parseImportProfile(m_profile->currentData().toString());
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (path != m_wizard.file()) {
        const QSignalBlocker blocker(&m_wizard);
        m_wizard.setFile(path);
    }
    const Status loaded = m_wizard.reloadPreview();
    m_ok = loaded.ok();
    if (m_ok) {
        const ImportPreview& p = *m_wizard.preview();
        const ImportProfile used = options.profile.value_or(p.detectedProfile);
        // The kind of export is named once; the detected one only when the user chose another.
        const QString kind = used == p.detectedProfile
                                 ? importProfileName(used)
                                 : tr("%1 (chosen; the file looks like %2)")
                                       .arg(importProfileName(used), importProfileName(p.detectedProfile));
        // The delimiter by the name the list gives it ("comma (,)"), not a bare "," between the commas of the text.
        const int named = m_delimiter->findData(QString(p.delimiter));
        const QString delimiterText =
            named > 0 ? m_delimiter->itemText(named).toLower() : CsvReader::delimiterName(p.delimiter);
        m_detected->setText(
            tr("Read as %1, delimiter %2, %3. %n column(s): %4", nullptr, int(p.header.size()))
                .arg(CsvReader::encodingName(p.encoding), delimiterText, kind, p.header.join(QStringLiteral(", "))));
        m_error->clear();
    } else {
        m_detected->clear();
        m_error->setText(path.isEmpty() ? QString() : loaded.errorMessage());
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_ok;
}

// ------------------------------------------------------------------------------------------- mapping

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the column that holds each field. The preview shows the first rows as they will be "
                   "stored."));
    m_mappingTable = new QTableWidget(this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setAccessibleName(tr("Column for each field"));
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("Day/month order")});
    // The field and the day/month order are capped (fitColumns()) so the column chosen keeps most of the width.
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_mappingTable->verticalHeader()->hide();

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Preview of the rows as they will be stored"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();

    m_emptyClears = new QCheckBox(tr("An &empty cell clears the stored value (otherwise it leaves it alone)"), this);
    m_emptyClears->setObjectName(QStringLiteral("emptyClearsCheck"));
    // A single municipality's own export names none; locations need one (saved with the mapping).
    m_municipality = new QLineEdit(this);
    m_municipality->setObjectName(QStringLiteral("defaultMunicipalityEdit"));
    m_municipality->setPlaceholderText(tr("(rows without a municipality keep none)"));
    auto* municipalityLabel = new QLabel(tr("Municipality for rows &without one:"), this);
    municipalityLabel->setBuddy(m_municipality);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedMappingCombo"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mappingNameEdit"));
    m_name->setPlaceholderText(tr("Name for this mapping"));
    auto* save = new QPushButton(tr("&Save mapping"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));

    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved mappings:"), this));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_name, 1);
    savedRow->addWidget(save);
    // Side by side: the 27 fields to map get the page's whole height (stacked above the preview, a 1024x768
    // screen showed seven of them at a time), the preview scrolls sideways as it always did.
    m_mappingTable->verticalHeader()->setDefaultSectionSize(m_mappingTable->fontMetrics().height() + 10);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mappingSplitter"));
    splitter->addWidget(m_mappingTable);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_emptyClears);
    auto* municipalityRow = new QHBoxLayout;
    municipalityRow->addWidget(municipalityLabel);
    municipalityRow->addWidget(m_municipality, 1);
    layout->addLayout(municipalityRow);
    layout->addWidget(m_message);

    connect(m_emptyClears, &QCheckBox::toggled, this, [this](bool on) { m_wizard.mapping().emptyClears = on; });
    connect(m_municipality, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_wizard.mapping().defaultMunicipality = text.trimmed();
        updatePreview();
    });
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    connect(m_saved, &QComboBox::activated, this, [this] {
        if (m_saved->currentIndex() > 0)
            loadSavedMapping(m_saved->currentText());
    });
}

void ImportMappingPage::initializePage()
{
    m_saved->clear();
    m_saved->addItem(tr("(the detected mapping)"));
    if (Database* db = m_wizard.session().database()) {
        if (Result<QStringList> names = MappingStore::names(*db); names)
            m_saved->addItems(names.value());
        else
            m_message->setText(tr("The saved mappings could not be read: %1").arg(names.errorMessage()));
    }
    fillMappingTable();
}

void ImportMappingPage::fillMappingTable()
{
    m_filling = true;
    const QStringList header = m_wizard.preview() ? m_wizard.preview()->header : QStringList();
    const QList<ImportField> fields = mappingFields();
    m_mappingTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField field = fields[row];
        m_mappingTable->setItem(row, 0, cell(importFieldName(field)));
        m_mappingTable->item(row, 0)->setToolTip(importFieldName(field)); // whole, where the column cuts it
        QComboBox* combo = tableCombo(QStringLiteral("mapping_") + importFieldKey(field), importFieldName(field));
        combo->addItem(tr("(not in the file)"));
        combo->addItems(header);
        const QStringList mapped = m_wizard.mapping()[field];
        // A profile may list fall-back columns (AD's two last-logon columns): shown by the first, kept unless
        // the user picks another.
        combo->setCurrentIndex(mapped.isEmpty() ? 0 : qMax(0, int(header.indexOf(mapped.constFirst())) + 1));
        QComboBox* order = isDateField(field) ? dateOrderCombo(field, mapped) : nullptr;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo, order] {
            if (m_filling)
                return;
            ColumnMapping& mapping = m_wizard.mapping();
            mapping[field] = combo->currentIndex() > 0 ? QStringList{combo->currentText()} : QStringList();
            if (order) { // the order chosen goes with the column now mapped
                setDateOrder(mapping[field], DateOrder(order->currentData().toInt()));
                order->setEnabled(!mapping[field].isEmpty());
            }
            mappingEdited();
        });
        m_mappingTable->setCellWidget(row, 1, combo);
        if (order)
            m_mappingTable->setCellWidget(row, 2, order);
    }
    // Every field's name whole (at most about 32 characters in either language; resizeColumnToContents() would
    // measure only the rows in view), the day/month order as wide as its choices.
    int nameWidth = 0;
    for (const ImportField field : fields)
        nameWidth = qMax(nameWidth, m_mappingTable->fontMetrics().horizontalAdvance(importFieldName(field)));
    m_mappingTable->setColumnWidth(0, nameWidth + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
    m_mappingTable->resizeColumnToContents(2);
    m_mappingTable->setColumnWidth(
        2, qMin(m_mappingTable->columnWidth(2), m_mappingTable->fontMetrics().averageCharWidth() * 26));
    m_emptyClears->setChecked(m_wizard.mapping().emptyClears);
    m_municipality->setText(m_wizard.mapping().defaultMunicipality);
    m_filling = false;
    updatePreview();
}

// A combo box in the mapping table. The wheel scrolls the table unless the box has been clicked into: scrolling
// through the fields must not change what they are mapped to on the way.
QComboBox* ImportMappingPage::tableCombo(const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(m_mappingTable);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(this);
    return combo;
}

bool ImportMappingPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto* combo = qobject_cast<QComboBox*>(watched); combo && !combo->hasFocus()) {
            QCoreApplication::sendEvent(m_mappingTable->viewport(), event);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

// For a date field: read the column's d/d/yyyy dates day first, month first, or as the whole file shows (the
// import warns when every date could be either, and reads them month first: this is where to say otherwise).
QComboBox* ImportMappingPage::dateOrderCombo(ImportField field, const QStringList& columns)
{
    QComboBox* order = tableCombo(QStringLiteral("dateOrder_") + importFieldKey(field),
                                  tr("Day/month order of %1").arg(importFieldName(field)));
    order->addItem(tr("From the file"), int(DateOrder::Auto));
    order->addItem(tr("Day first (25/01/2023)"), int(DateOrder::DayFirst));
    order->addItem(tr("Month first (01/25/2023)"), int(DateOrder::MonthFirst));
    const DateOrder current = columns.isEmpty()
                                  ? DateOrder::Auto
                                  : m_wizard.mapping().dateOrders.value(columns.constFirst(), DateOrder::Auto);
    order->setCurrentIndex(order->findData(int(current)));
    order->setEnabled(!columns.isEmpty());
    connect(order, &QComboBox::currentIndexChanged, this, [this, field, order] {
        if (m_filling)
            return;
        setDateOrder(m_wizard.mapping()[field], DateOrder(order->currentData().toInt()));
        mappingEdited();
    });
    return order;
}

void ImportMappingPage::setDateOrder(const QStringList& columns, DateOrder order)
{
    for (const QString& column : columns) {
        if (order == DateOrder::Auto)
            m_wizard.mapping().dateOrders.remove(column);
        else
            m_wizard.mapping().dateOrders.insert(column, order);
    }
}

void ImportMappingPage::mappingEdited()
{
    m_saved->setCurrentIndex(0);
    updatePreview();
}

void ImportMappingPage::updatePreview()
{
    const std::optional<ImportPreview>& preview = m_wizard.preview();
    if (!preview)
        return;
    ResolvedMapping resolved = resolveMapping(m_wizard.mapping(), preview->header);
    // Day/month order from these rows, by the rule the import applies to the whole file.
    DateOrderDecision dateOrders(resolved);
    for (const QStringList& row : preview->rows)
        dateOrders.addRecord([&row](qsizetype i) { return QStringView(row[i]); }, row.size());
    dateOrders.decide(resolved);
    const ImportRowConverter converter(resolved, preview->header);
    const QStringList titles = {tr("Line"),         tr("Serial number"), tr("Device name"),     tr("Type"),
                                tr("Manufacturer"), tr("Model"),         tr("Production year"), tr("Purchase date"),
                                tr("Municipality"), tr("Location"),      tr("Department"),      tr("Network"),
                                tr("Primary user"), tr("Last seen"),     tr("State"),           tr("Problem")};
    m_preview->clear();
    m_preview->setColumnCount(int(titles.size()));
    m_preview->setHorizontalHeaderLabels(titles);
    m_preview->setRowCount(int(preview->rows.size()));
    const QLocale locale;
    for (int r = 0; r < preview->rows.size(); ++r) {
        m_preview->setItem(r, 0, cell(QString::number(preview->lines[r])));
        Result<ImportRow> converted = converter.convert(preview->rows[r], preview->lines[r]);
        if (!converted) {
            m_preview->setItem(r, int(titles.size()) - 1, cell(converted.errorMessage()));
            continue;
        }
        const ImportRow& row = converted.value();
        const YearEstimate year = estimateProductionYear(row.year);
        const std::optional<DeviceType> type = row.type ? row.type : row.guessedType;
        const QStringList values = {
            row.serial.isEmpty() ? tr("(none: matched on device name)") : row.serial,
            row.hostname,
            type ? deviceTypeName(*type) : QString(),
            row.manufacturer,
            row.model,
            year.year > 0 ? QStringLiteral("%1 (%2)").arg(year.year).arg(yearSourceName(year.source)) : QString(),
            row.purchaseDate.isValid() ? locale.toString(row.purchaseDate, QLocale::ShortFormat) : QString(),
            row.municipality.isEmpty() ? m_wizard.mapping().defaultMunicipality : row.municipality,
            row.location,
            row.department,
            row.network,
            row.primaryUser,
            row.lastSeen.isValid() ? locale.toString(row.lastSeen.toLocalTime(), QLocale::ShortFormat) : QString(),
            lifecycleStateName(row.state.value_or(LifecycleState::InUse)),
            QString()};
        for (int c = 0; c < values.size(); ++c)
            m_preview->setItem(r, c + 1, cell(values[c]));
    }
    m_preview->resizeColumnsToContents();
    const bool keyed =
        !m_wizard.mapping()[ImportField::Serial].isEmpty() || !m_wizard.mapping()[ImportField::Hostname].isEmpty();
    m_message->setText(keyed ? QString() : tr("Map the serial number or the device name: rows are matched on them."));
}

bool ImportMappingPage::validatePage()
{
    if (m_wizard.mapping()[ImportField::Serial].isEmpty() && m_wizard.mapping()[ImportField::Hostname].isEmpty())
        return false;
    m_wizard.options().mapping = m_wizard.mapping();
    return true;
}

void ImportMappingPage::saveMapping()
{
    Database* db = m_wizard.session().database();
    const QString name = m_name->text().trimmed();
    if (!db || name.isEmpty()) {
        m_message->setText(tr("Give the mapping a name first."));
        return;
    }
    const Status saved = MappingStore::save(*db, name, m_wizard.mapping());
    m_message->setText(saved ? tr("Saved as \"%1\".").arg(name) : saved.errorMessage());
    if (saved && m_saved->findText(name) < 0)
        m_saved->addItem(name);
}

void ImportMappingPage::loadSavedMapping(const QString& name)
{
    Database* db = m_wizard.session().database();
    if (!db)
        return;
    Result<ColumnMapping> loaded = MappingStore::load(*db, name);
    if (!loaded) {
        m_message->setText(loaded.errorMessage());
        return;
    }
    m_wizard.mapping() = loaded.value();
    m_name->setText(name);
    const int index = m_saved->currentIndex();
    fillMappingTable();
    m_saved->setCurrentIndex(index);
}

} // namespace rullering
