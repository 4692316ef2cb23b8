#pragma once

#include "util/Result.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace rullering {

// A page's one place for what went wrong or what the person should know (after KeePassXC's MessageWidget): a
// tinted bar with an icon, the word-wrapped text and a close button, hidden while there is nothing to say. Every
// failure a page meets goes here rather than to a hand-coloured label or nowhere.
class MessageArea : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information,
        Positive,
    };
    Q_ENUM(Kind)

    explicit MessageArea(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    // With a button beside the text that does the obvious next thing ("Open the folder" after a file was saved).
    void showMessage(const QString& text, Kind kind, const QString& actionText, std::function<void()> action);
    // An Error's message; a cancelled query (superseded on purpose) is not a failure and is not shown.
    void showError(const Error& error);
    void clearMessage();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    QPushButton* m_action = nullptr;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Information;
};

} // namespace rullering
