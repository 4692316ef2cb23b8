#include "PreferencesDialog.h"

#include "storage/AuditLog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace rullering {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));

    m_userName = new QLineEdit(userNameSetting(), this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_userName->setClearButtonEnabled(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Your name in the change log:"), m_userName);
    auto* note = new QLabel(tr("A change of language takes effect when Rullering is started again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

QString PreferencesDialog::userNameSetting()
{
    return QSettings().value(QStringLiteral("userName")).toString();
}

void PreferencesDialog::applyUserName()
{
    setConfiguredActor(userNameSetting());
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    settings.setValue(QStringLiteral("userName"), m_userName->text().trimmed());
    applyUserName();
    QDialog::accept();
}

} // namespace rullering
