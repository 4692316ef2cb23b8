#include "ConnectServerDialog.h"

#include "MessageArea.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rullering {
namespace {

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

ConnectServerDialog::ConnectServerDialog(Connector connector, QWidget* parent)
    : QDialog(parent)
    , m_connector(std::move(connector))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Server"));

    auto* intro = new QLabel(tr("Open a register shared on a PostgreSQL server. Rullering never stores a password: "
                                "it signs in with ~/.pgpass, a service file, a certificate or Kerberos, as psql does."),
                             this);
    intro->setWordWrap(true);

    m_partsChoice = new QRadioButton(tr("Server &details"), this);
    m_partsChoice->setObjectName(QStringLiteral("partsChoice"));
    m_partsChoice->setChecked(true);
    m_parts = new QWidget(this);
    auto* form = new QFormLayout(m_parts);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(m_parts);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.kommune.no, or a socket folder such as /run/postgresql"));
    m_port = new QLineEdit(m_parts);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_database = new QLineEdit(m_parts);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(QStringLiteral("rullering"));
    m_user = new QLineEdit(m_parts);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("your sign-in name (default: as for psql)"));
    m_sslMode = new QComboBox(m_parts);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    // libpq's sslmode values; the first leaves it to PGSSLMODE or libpq's default (prefer).
    m_sslMode->addItem(tr("As set for libpq (PGSSLMODE, else prefer)"), QString());
    m_sslMode->addItem(tr("verify-full: encrypted, server name checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("verify-ca: encrypted, certificate checked"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("require: encrypted, server not checked"), QStringLiteral("require"));
    m_sslMode->addItem(tr("prefer: encrypted if the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("allow: unencrypted unless the server insists"), QStringLiteral("allow"));
    m_sslMode->addItem(tr("disable: never encrypted"), QStringLiteral("disable"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS mode:"), m_sslMode);

    m_uriChoice = new QRadioButton(tr("Paste an &address (libpq URI)"), this);
    m_uriChoice->setObjectName(QStringLiteral("uriChoice"));
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("uriEdit"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://kari@db.kommune.no:5432/rullering?sslmode=verify-full"));
    m_uri->setAccessibleName(tr("Address"));

    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_message = new MessageArea(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("C&onnect"));
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_partsChoice);
    layout->addWidget(m_parts);
    layout->addWidget(m_uriChoice);
    layout->addWidget(m_uri);
    layout->addWidget(m_address);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_host, m_port, m_database, m_user, m_uri})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateAddress);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::updateAddress);
    connect(m_partsChoice, &QRadioButton::toggled, this, &ConnectServerDialog::updateAddress);
    // Choosing a way (Alt+letter included) goes on to its first field.
    connect(m_partsChoice, &QRadioButton::clicked, m_host, qOverload<>(&QWidget::setFocus));
    connect(m_uriChoice, &QRadioButton::clicked, m_uri, qOverload<>(&QWidget::setFocus));
    // Typing or pasting into the address chooses it.
    connect(m_uri, &QLineEdit::textEdited, this, [this] { m_uriChoice->setChecked(true); });
    updateAddress();
    m_host->setFocus(); // the first field, not the first choice, so typing starts with the host
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QString ConnectServerDialog::buildAddress(const QString& host, const QString& port, const QString& database,
                                          const QString& user, const QString& sslMode)
{
    QString uri = QStringLiteral("postgresql://");
    QStringList query;
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    const bool socketFolder = host.startsWith(u'/');
    if (socketFolder) {
        query.append(QStringLiteral("host=") + encoded(host));
        if (!port.isEmpty())
            query.append(QStringLiteral("port=") + encoded(port));
    } else {
        // An IPv6 address goes in brackets, as in any URI.
        uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
        if (!port.isEmpty())
            uri += u':' + encoded(port);
    }
    if (!database.isEmpty())
        uri += u'/' + encoded(database);
    if (!sslMode.isEmpty())
        query.append(QStringLiteral("sslmode=") + sslMode);
    if (!query.isEmpty()) {
        if (database.isEmpty())
            uri += u'/';
        uri += u'?' + query.join(u'&');
    }
    return uri;
}

QString ConnectServerDialog::address() const
{
    if (m_uriChoice->isChecked()) {
        const QString pasted = m_uri->text().trimmed();
        return ServerAddress::isServerAddress(pasted) ? pasted : QString();
    }
    return buildAddress(m_host->text().trimmed(), m_port->text().trimmed(), m_database->text().trimmed(),
                        m_user->text().trimmed(), m_sslMode->currentData().toString());
}

void ConnectServerDialog::updateAddress()
{
    m_parts->setEnabled(m_partsChoice->isChecked());
    const QString uri = address();
    // Shown without a password, as everywhere else (a pasted one is used for this connection only).
    m_address->setText(uri.isEmpty() ? tr("The address must start with postgresql:// or postgres://.")
                                     : tr("Address: %1").arg(ServerAddress::withoutPassword(uri)));
}

// A message appearing makes the dialog taller rather than squeezing its fields together.
void ConnectServerDialog::growToFit()
{
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectServerDialog::accept()
{
    const QString uri = address();
    if (uri.isEmpty()) {
        m_message->showMessage(tr("The address must start with postgresql:// or postgres://."));
        growToFit();
        m_uri->setFocus();
        return;
    }
    if (const Result<ServerAddress> parsed = ServerAddress::parse(uri); !parsed) {
        m_message->showError(parsed.error());
        growToFit();
        return;
    }
    m_message->clearMessage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_connector ? m_connector(uri) : Status();
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_message->showError(opened.error());
        growToFit();
        return;
    }
    QDialog::accept();
}

} // namespace rullering
