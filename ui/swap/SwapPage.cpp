#include "SwapPage.h"

#include "SwapDevicesCommand.h"
#include "register/SwapProgress.h"
#include "register/SwapService.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rullering {
namespace {

void scaleFont(QWidget* widget, double factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

// "HP EliteBook 840 G1", not "HP HP EliteBook 840 G1": many exports put the maker in the model name too.
QString makeAndModel(const Device& device)
{
    const QString model = device.model.trimmed();
    if (model.startsWith(device.manufacturer.trimmed() + u' ', Qt::CaseInsensitive))
        return model;
    return QStringLiteral("%1 %2").arg(device.manufacturer, model).trimmed();
}

} // namespace

SwapPage::SwapPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("swapPage"));
    auto* title = new QLabel(tr("Swap a device"), this);
    scaleFont(title, 2.0, true);
    auto* hint = new QLabel(tr("Scan the old device, then the new one, then press Enter to confirm. "
                               "Esc starts over; Ctrl+Z undoes the last swap."),
                            this);
    hint->setWordWrap(true);

    auto makeSerialEdit = [this](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setClearButtonEnabled(true);
        scaleFont(edit, 2.2);
        edit->setMinimumWidth(420);
        return edit;
    };
    m_oldEdit = makeSerialEdit(QStringLiteral("oldSerialEdit"), tr("Serial number of the old device"));
    m_newEdit = makeSerialEdit(QStringLiteral("newSerialEdit"), tr("Serial number of the new device"));
    m_newEdit->setEnabled(false);
    auto* oldLabel = new QLabel(tr("&Old device"), this);
    oldLabel->setBuddy(m_oldEdit);
    auto* newLabel = new QLabel(tr("&New device"), this);
    newLabel->setBuddy(m_newEdit);
    for (QLabel* label : {oldLabel, newLabel})
        scaleFont(label, 1.6, true);

    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("oldDeviceCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setAutoFillBackground(true);
    m_card->setBackgroundRole(QPalette::AlternateBase);
    m_cardModel = new QLabel(m_card);
    m_cardModel->setObjectName(QStringLiteral("oldDeviceModel"));
    scaleFont(m_cardModel, 1.8, true);
    m_cardDetails = new QLabel(m_card);
    m_cardDetails->setObjectName(QStringLiteral("oldDeviceDetails"));
    m_cardDetails->setTextFormat(Qt::RichText);
    scaleFont(m_cardDetails, 1.4);
    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_cardModel);
    cardLayout->addWidget(m_cardDetails);
    m_card->hide();

    m_newStatus = new QLabel(this);
    m_newStatus->setObjectName(QStringLiteral("newDeviceStatus"));
    m_newStatus->setWordWrap(true);
    scaleFont(m_newStatus, 1.5);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("swapMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleFont(m_message, 1.6, true);

    m_confirmButton = new QPushButton(tr("&Confirm swap (Enter)"), this);
    m_confirmButton->setObjectName(QStringLiteral("confirmSwapButton"));
    m_confirmButton->setEnabled(false);
    requireCapability(m_session, m_confirmButton, Capability::Swap);
    scaleFont(m_confirmButton, 1.5, true);
    auto* startOverButton = new QPushButton(tr("&Start over (Esc)"), this);
    startOverButton->setObjectName(QStringLiteral("startOverButton"));
    scaleFont(startOverButton, 1.5);

    m_technicianEdit = new QLineEdit(currentActor(), this);
    m_technicianEdit->setObjectName(QStringLiteral("technicianEdit"));
    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    m_dateEdit->setObjectName(QStringLiteral("swapDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // as dates everywhere else
    m_dateEdit->setMinimumDate(SwapService::earliestSwapDate());
    m_dateEdit->setMaximumDate(QDate::currentDate());
    auto* who = new QFormLayout;
    who->addRow(tr("Techn&ician"), m_technicianEdit);
    who->addRow(tr("Swap &date"), m_dateEdit);

    m_today = figure(QStringLiteral("swappedTodayFigure"));
    m_thisYear = figure(QStringLiteral("swappedThisYearFigure"));
    m_remaining = figure(QStringLiteral("dueRemainingFigure"));
    m_remaining->setToolTip(tr("Active devices due for replacement this year or earlier by the current plan "
                               "settings, not kept: the Status page's \"still to replace\" for today."));
    auto* figures = new QGridLayout;
    const QString captions[] = {tr("Swapped today"), tr("Swapped this year"), tr("Still due for replacement")};
    QLabel* values[] = {m_today, m_thisYear, m_remaining};
    for (int i = 0; i < 3; ++i) {
        auto* caption = new QLabel(captions[i], this);
        caption->setAlignment(Qt::AlignCenter);
        figures->addWidget(values[i], 0, i);
        figures->addWidget(caption, 1, i);
    }

    auto* form = new QGridLayout;
    form->addWidget(oldLabel, 0, 0);
    form->addWidget(m_oldEdit, 0, 1);
    form->addWidget(m_card, 1, 1);
    form->addWidget(newLabel, 2, 0);
    form->addWidget(m_newEdit, 2, 1);
    form->addWidget(m_newStatus, 3, 1);
    form->setColumnStretch(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(startOverButton);
    buttons->addStretch();

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
    column->addLayout(form);
    column->addWidget(m_message);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addLayout(figures);
    column->addStretch();
    column->addLayout(who);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);

    connect(m_oldEdit, &QLineEdit::returnPressed, this, &SwapPage::oldEntered);
    connect(m_newEdit, &QLineEdit::returnPressed, this, &SwapPage::newEntered);
    connect(m_newEdit, &QLineEdit::textEdited, this, [this] {
        m_pendingNew.clear();
        m_confirmButton->setEnabled(false);
    });
    connect(m_oldEdit, &QLineEdit::textEdited, this, [this] {
        if (m_old) {
            m_old.reset();
            m_card->hide();
            m_newEdit->clear();
            m_newEdit->setEnabled(false);
            m_pendingNew.clear();
            m_confirmButton->setEnabled(false);
        }
    });
    connect(m_confirmButton, &QPushButton::clicked, this, &SwapPage::confirm);
    connect(startOverButton, &QPushButton::clicked, this, [this] {
        startOver();
        m_message->clear();
    });
    connect(&m_session, &AppSession::dataChanged, this, &SwapPage::refreshProgress);
    m_undoIndex = m_session.undoStack()->index();
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, &SwapPage::undoIndexChanged);
    connect(&m_session, &AppSession::databaseOpened, this, [this] {
        startOver();
        refreshProgress();
    });
    // On a server the signed-in user is the one swapping (the audit records them whatever the form says), so the form
    // starts with their name; on a file with the name the settings or the system give. A name typed is kept.
    TeamSession& team = TeamSession::of(m_session);
    const auto fillTechnician = [this, &team] {
        const QString signedIn = team.access().isServer() ? team.access().user() : currentActor();
        if (m_technicianEdit->text().isEmpty() || m_technicianEdit->text() == m_signedInTechnician)
            m_technicianEdit->setText(signedIn);
        m_signedInTechnician = signedIn;
    };
    connect(&team, &TeamSession::changed, this, fillTechnician);
    m_signedInTechnician = m_technicianEdit->text();
    fillTechnician();
    refreshProgress();
}

QLabel* SwapPage::figure(const QString& objectName)
{
    auto* label = new QLabel(QStringLiteral("–"), this);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    scaleFont(label, 3.0, true);
    return label;
}

void SwapPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_progressStale)
        refreshProgress();
    (m_newEdit->isEnabled() ? m_newEdit : m_oldEdit)->setFocus();
    qApp->installEventFilter(this);
}

void SwapPage::hideEvent(QHideEvent* event)
{
    qApp->removeEventFilter(this);
    QWidget::hideEvent(event);
}

bool SwapPage::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit takes Ctrl+Z for its own typing before any shortcut sees it. On this page Ctrl+Z means the swap,
    // whatever has focus: claim the key (ShortcutOverride), then act on it (KeyPress).
    const bool overrideOrPress = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (overrideOrPress && widget && (widget == this || isAncestorOf(widget)) &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Undo)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            undoLastSwap();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SwapPage::undoLastSwap()
{
    QUndoStack* stack = m_session.undoStack();
    const QUndoCommand* last = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    if (!last) {
        showMessage(tr("There is no swap to undo."), true);
        return;
    }
    if (!dynamic_cast<const SwapDevicesCommand*>(last)) {
        // The page promises to undo swaps; another kind of change is undone where it was made.
        showMessage(tr("The last change was not a swap (%1). Undo it with Edit › Undo.").arg(last->text()), true);
        return;
    }
    stack->undo();
}

void SwapPage::undoIndexChanged(int index)
{
    // Undone or redone from anywhere (this page, Edit › Undo, the toolbar): the message says what happened.
    const QUndoStack* stack = m_session.undoStack();
    const bool undone = index < m_undoIndex;
    const QUndoCommand* changed = stack->command(undone ? index : index - 1);
    m_undoIndex = index;
    const auto* swap = dynamic_cast<const SwapDevicesCommand*>(changed);
    if (!swap)
        return;
    const QString oldSerial = SwapService::normaliseSerial(swap->request().oldSerial);
    const QString newSerial = SwapService::normaliseSerial(swap->request().newSerial);
    if (!swap->error().message().isEmpty() && !swap->succeeded() && !undone) {
        showMessage(swap->error().message(), true);
        return;
    }
    if (undone)
        showMessage(tr("Undone: %1 is back in use; %2 no longer replaces it.").arg(oldSerial, newSerial), false);
    else
        showMessage(tr("Done again: %1 replaced by %2.").arg(oldSerial, newSerial), false);
}

void SwapPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        startOver();
        m_message->clear();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SwapPage::startOver()
{
    m_old.reset();
    m_pendingNew.clear();
    m_oldEdit->clear();
    m_newEdit->clear();
    m_newEdit->setEnabled(false);
    m_card->hide();
    m_newStatus->clear();
    m_confirmButton->setEnabled(false);
    m_dateEdit->setMaximumDate(QDate::currentDate());
    m_oldEdit->setFocus();
}

void SwapPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x6e, 0x20));
    m_message->setPalette(palette);
}

void SwapPage::showOldCard(const Device& device)
{
    const QLocale locale;
    m_cardModel->setText(makeAndModel(device).isEmpty() ? deviceTypeName(device.type) : makeAndModel(device));
    QString age = tr("unknown");
    if (device.productionYear > 0)
        age = tr("%n year(s) (produced %1)", nullptr, QDate::currentDate().year() - device.productionYear)
                  .arg(device.productionYear);
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), (value.isEmpty() ? QStringLiteral("–") : value).toHtmlEscaped());
    };
    m_cardDetails->setText(QStringLiteral("<table>") + row(tr("Serial number"), device.serial) +
                           row(tr("Host name"), device.hostname) + row(tr("Age"), age) +
                           row(tr("User"), device.primaryUser) + row(tr("Location"), device.locationName) +
                           row(tr("Department"), device.departmentName) +
                           row(tr("Municipality"), device.municipalityName) + QStringLiteral("</table>"));
    m_card->show();
}

void SwapPage::oldEntered()
{
    if (!m_session.database())
        return;
    m_pendingNew.clear();
    m_confirmButton->setEnabled(false);
    m_newStatus->clear();
    Result<Device> old = SwapService(*m_session.database()).checkOld(m_oldEdit->text());
    if (!old) {
        m_old.reset();
        m_card->hide();
        m_newEdit->setEnabled(false);
        showMessage(old.errorMessage(), true);
        m_oldEdit->selectAll();
        return;
    }
    m_old = old.value();
    m_oldEdit->setText(m_old->serial);
    showOldCard(*m_old);
    showMessage(tr("Now scan the new device."), false);
    m_newEdit->setEnabled(true);
    m_newEdit->clear();
    m_newEdit->setFocus();
}

void SwapPage::newEntered()
{
    if (!m_session.database() || !m_old)
        return;
    const QString serial = SwapService::normaliseSerial(m_newEdit->text());
    if (!m_pendingNew.isEmpty() && serial == m_pendingNew) {
        confirm();
        return;
    }
    Result<std::optional<Device>> matched = SwapService(*m_session.database()).checkNew(*m_old, m_newEdit->text());
    if (!matched) {
        m_pendingNew.clear();
        m_confirmButton->setEnabled(false);
        m_newStatus->clear();
        showMessage(matched.errorMessage(), true);
        m_newEdit->selectAll();
        return;
    }
    if (matched.value()) {
        const Device& found = *matched.value();
        m_newStatus->setText(tr("Matched: %1 %2, now %3.")
                                 .arg(found.manufacturer, found.model, lifecycleStateName(found.state).toLower())
                                 .simplified());
    } else {
        m_newStatus->setText(tr("Not in the register yet: it will be registered as a new %1.")
                                 .arg(deviceTypeName(m_old->type).toLower()));
    }
    m_pendingNew = serial;
    m_newEdit->setText(serial);
    m_confirmButton->setEnabled(true);
    // A laptop swapped for a desktop, or a device taken from another municipality's stock, is more often a wrong
    // scan than a plan: say so before the Enter that confirms.
    const QStringList differences = matched.value() ? swapDifferences(*m_old, *matched.value()) : QStringList();
    if (!differences.isEmpty()) {
        showMessage(tr("Check before you confirm: %1. Press Enter to swap anyway, or Esc to start over.")
                        .arg(differences.join(QStringLiteral("; "))),
                    true);
        return;
    }
    showMessage(tr("Press Enter to confirm: %1 replaces %2.").arg(serial, m_old->serial), false);
}

QStringList SwapPage::swapDifferences(const Device& old, const Device& incoming)
{
    QStringList differences;
    if (incoming.type != old.type)
        differences.append(tr("the new device is a %1, the old one a %2")
                               .arg(deviceTypeName(incoming.type).toLower(), deviceTypeName(old.type).toLower()));
    if (incoming.municipalityId != 0 && incoming.municipalityId != old.municipalityId)
        differences.append(tr("the new device belongs to %1 and moves to %2")
                               .arg(incoming.municipalityName,
                                    old.municipalityName.isEmpty() ? tr("no municipality") : old.municipalityName));
    return differences;
}

void SwapPage::confirm()
{
    if (!m_old || m_pendingNew.isEmpty())
        return;
    SwapRequest request{m_old->serial, m_pendingNew, m_technicianEdit->text(), m_dateEdit->date()};
    auto* command = new SwapDevicesCommand(m_session, request);
    if (!command->run()) {
        showMessage(command->error().message(), true);
        delete command;
        return;
    }
    m_session.undoStack()->push(command);
    const QString done = tr("Done: %1 replaced by %2.").arg(request.oldSerial, request.newSerial);
    startOver();
    showMessage(done, false);
}

void SwapPage::refreshProgress()
{
    // Counting a national fleet takes a moment: only while the page is on screen (showEvent catches up).
    if (!isVisible()) {
        m_progressStale = true;
        return;
    }
    m_progressStale = false;
    if (!m_session.database()) {
        for (QLabel* label : {m_today, m_thisYear, m_remaining})
            label->setText(QStringLiteral("–"));
        return;
    }
    Result<SwapProgress> progress = SwapProgress::compute(*m_session.database());
    if (!progress)
        return;
    const QLocale locale;
    m_today->setText(locale.toString(progress->swappedToday));
    m_thisYear->setText(locale.toString(progress->swappedThisYear));
    m_remaining->setText(locale.toString(progress->dueRemaining));
}

} // namespace rullering
