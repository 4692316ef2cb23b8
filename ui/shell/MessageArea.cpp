#include "MessageArea.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace rullering {
namespace {

struct Look
{
    QStyle::StandardPixmap icon;
    const char* background;
    const char* border;
    const char* text;
};

// Dark text on a light tint: at least 7:1 contrast for each kind (universal design), and the kind is also told by
// the icon and its accessible name, not by colour alone.
Look lookOf(MessageArea::Kind kind)
{
    switch (kind) {
    case MessageArea::Kind::Error:
        return {QStyle::SP_MessageBoxCritical, "#fdecee", "#b00020", "#5c0011"};
    case MessageArea::Kind::Warning:
        return {QStyle::SP_MessageBoxWarning, "#fff4e0", "#a35c00", "#4d2b00"};
    case MessageArea::Kind::Information:
        return {QStyle::SP_MessageBoxInformation, "#e8f1fb", "#1e5aa0", "#0d2a4d"};
    case MessageArea::Kind::Positive:
        return {QStyle::SP_DialogApplyButton, "#e8f5e9", "#1b6e20", "#0b3510"};
    }
    return lookOf(MessageArea::Kind::Information);
}

QString kindName(MessageArea::Kind kind)
{
    switch (kind) {
    case MessageArea::Kind::Error:
        return MessageArea::tr("Error");
    case MessageArea::Kind::Warning:
        return MessageArea::tr("Warning");
    case MessageArea::Kind::Information:
        return MessageArea::tr("Information");
    case MessageArea::Kind::Positive:
        return MessageArea::tr("Done");
    }
    return {};
}

} // namespace

MessageArea::MessageArea(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the message"));
    m_close->setAccessibleName(tr("Close the message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageArea::clearMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_onAction)
            m_onAction();
    });
    hide();
}

void MessageArea::showMessage(const QString& text, Kind kind, const QString& actionText, std::function<void()> action)
{
    showMessage(text, kind);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!text.isEmpty() && m_onAction);
}

void MessageArea::showMessage(const QString& text, Kind kind)
{
    m_action->hide();
    m_onAction = nullptr;
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_kind = kind;
    const Look look = lookOf(kind);
    setStyleSheet(QStringLiteral("rullering--MessageArea { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " QLabel#messageText { color: %3; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.border), QLatin1String(look.text)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(size, size));
    m_icon->setAccessibleName(kindName(kind));
    m_text->setText(text);
    m_text->setAccessibleName(QStringLiteral("%1: %2").arg(kindName(kind), text));
    show();
    // Screen readers announce a new message without the person having to find it.
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageArea::showError(const Error& error)
{
    if (error.code() == Error::Code::Cancelled)
        return;
    showMessage(error.message(), Kind::Error);
}

void MessageArea::clearMessage()
{
    m_text->clear();
    m_action->hide();
    m_onAction = nullptr;
    hide();
}

QString MessageArea::text() const
{
    return m_text->text();
}

} // namespace rullering
