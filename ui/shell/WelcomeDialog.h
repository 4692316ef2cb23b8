#pragma once

#include <QDialog>

class QRadioButton;
class QSpinBox;

namespace rullering {

// First start, no database yet: demo data (the default), an empty register, or an existing file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        DemoData,
        EmptyDatabase,
        OpenExisting,
    };

    WelcomeDialog(const QString& databasePath, QWidget* parent = nullptr);

    Choice choice() const;
    qint64 demoDeviceCount() const;

private:
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_empty = nullptr;
    QSpinBox* m_devices = nullptr;
};

} // namespace rullering
