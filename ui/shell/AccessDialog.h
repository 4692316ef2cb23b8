#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace rullering {

class AppSession;
class MessageArea;

// Tools › Access: who holds which of the team's roles on the register's server (issue 18), for a coordinator to
// show an auditor. Read from the server's own catalogue (ServerAccess::list); granting stays with
// `rullering-cli server grant`, run by whoever may create roles.
class AccessDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccessDialog(AppSession& session, QWidget* parent = nullptr);

private:
    void load();

    AppSession& m_session;
    QLabel* m_signedIn = nullptr;
    QTableWidget* m_table = nullptr;
    MessageArea* m_messages = nullptr;
};

} // namespace rullering
