#include "AccessDialog.h"

#include "AccessGate.h"
#include "AppSession.h"
#include "MessageArea.h"
#include "storage/ServerAccess.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rullering {

AccessDialog::AccessDialog(AppSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accessDialog"));
    setWindowTitle(tr("Access"));
    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(QStringLiteral("accessSignedInLabel"));
    m_signedIn->setWordWrap(true);
    m_messages = new MessageArea(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("accessTable"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Role")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* hint = new QLabel(tr("Roles are given and taken on the server: rullering-cli server grant LOGIN ROLE, "
                               "server revoke LOGIN ROLE."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_signedIn);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(480, 400);
    load();
}

void AccessDialog::load()
{
    const TeamAccess& access = teamAccess(m_session);
    Database* database = m_session.database();
    if (!database || !access.isServer()) {
        m_signedIn->setText(tr("A register file has one user, who may do everything. Roles are for a register "
                               "shared on a server."));
        m_table->hide();
        return;
    }
    m_signedIn->setText(tr("Signed in to %1 on %2 as %3 (%4).")
                            .arg(access.databaseName(), access.serverName(), access.user(), access.roleText()));
    Result<QList<AccessEntry>> entries = ServerAccess(*database).list();
    if (!entries) {
        m_messages->showError(entries.error());
        return;
    }
    m_table->setRowCount(int(entries.value().size()));
    int row = 0;
    for (const AccessEntry& entry : std::as_const(entries.value())) {
        m_table->setItem(row, 0, new QTableWidgetItem(entry.user));
        m_table->setItem(row, 1, new QTableWidgetItem(TeamRoles::displayName(entry.role)));
        ++row;
    }
    m_table->resizeColumnToContents(0);
}

} // namespace rullering
