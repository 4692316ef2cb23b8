#pragma once

#include <QWidget>

class QLabel;

namespace rullering {

class AppSession;

// In the status bar while the register's server cannot be reached: says so at once, with the reason as its tooltip,
// and goes away when the connection is back (the session reconnects by itself; ChangeFeed). Hidden for a file.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(AppSession& session, QWidget* parent = nullptr);

private:
    void showLost(const QString& reason);

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace rullering
