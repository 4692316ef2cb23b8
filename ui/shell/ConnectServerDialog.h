#pragma once

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace rullering {

class MessageArea;

// File › Connect to server…: the address of a register on a PostgreSQL server, from its parts (host, port,
// database, user, TLS mode) or pasted whole as a libpq URI. Connect hands the address to the window, which opens it
// exactly as --db would; a failure is shown here, in one line, and the dialog stays open to correct it. No password
// field: libpq finds it in ~/.pgpass or a service file, or signs in with a certificate or Kerberos, and nothing
// here stores one.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the register at address; its Error is shown in the dialog.
    using Connector = std::function<Status(const QString& address)>;

    explicit ConnectServerDialog(Connector connector, QWidget* parent = nullptr);

    // The libpq URI the dialog stands for now; empty when the pasted text is not one.
    QString address() const;

    // The URI for the parts (each may be empty: libpq then takes it from PG* variables or its defaults). A host
    // starting with / is a Unix socket folder and travels as the host= keyword, as libpq documents.
    static QString buildAddress(const QString& host, const QString& port, const QString& database, const QString& user,
                                const QString& sslMode);

    void accept() override;

private:
    void updateAddress();
    void growToFit();

    Connector m_connector;
    QRadioButton* m_partsChoice = nullptr;
    QRadioButton* m_uriChoice = nullptr;
    QWidget* m_parts = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_uri = nullptr;
    QLabel* m_address = nullptr;
    MessageArea* m_message = nullptr;
};

} // namespace rullering
