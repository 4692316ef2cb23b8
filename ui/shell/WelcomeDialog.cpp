#include "WelcomeDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rullering {

WelcomeDialog::WelcomeDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Rullering"));
    auto* intro = new QLabel(tr("<h3>Welcome to Rullering</h3><p>There is no database yet. Rullering keeps the "
                                "register in one file:<br><tt>%1</tt></p>")
                                 .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_demo = new QRadioButton(tr("Start with &demo data: a realistic fleet of the Molde partnership"), this);
    m_demo->setObjectName(QStringLiteral("demoChoice"));
    m_demo->setChecked(true);
    m_devices = new QSpinBox(this);
    m_devices->setObjectName(QStringLiteral("demoDeviceCount"));
    m_devices->setRange(100, 2000000);
    m_devices->setSingleStep(1000);
    m_devices->setValue(20000);
    m_devices->setSuffix(tr(" devices"));
    m_devices->setGroupSeparatorShown(true); // 20 000 in Bokmål, 20,000 in English
    m_empty = new QRadioButton(tr("Start with an &empty register, to import your own exports"), this);
    m_empty->setObjectName(QStringLiteral("emptyChoice"));
    auto* existing = new QRadioButton(tr("&Open an existing database file…"), this);
    existing->setObjectName(QStringLiteral("openChoice"));
    connect(m_demo, &QRadioButton::toggled, m_devices, &QWidget::setEnabled);

    auto* demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demo);
    demoRow->addWidget(m_devices);
    demoRow->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(demoRow);
    layout->addWidget(m_empty);
    layout->addWidget(existing);
    layout->addWidget(buttons);
}

WelcomeDialog::Choice WelcomeDialog::choice() const
{
    if (m_demo->isChecked())
        return DemoData;
    if (m_empty->isChecked())
        return EmptyDatabase;
    return OpenExisting;
}

qint64 WelcomeDialog::demoDeviceCount() const
{
    return m_devices->value();
}

} // namespace rullering
