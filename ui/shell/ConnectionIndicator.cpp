#include "ConnectionIndicator.h"

#include "AppSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace rullering {

ConnectionIndicator::ConnectionIndicator(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_text->setObjectName(QStringLiteral("connectionLostLabel"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    hide();
    connect(&session, &AppSession::connectionLost, this, &ConnectionIndicator::showLost);
    connect(&session, &AppSession::connectionRestored, this, &QWidget::hide);
}

void ConnectionIndicator::showLost(const QString& reason)
{
    m_text->setText(tr("Connection to the server lost — retrying…"));
    setToolTip(tr("Changes made meanwhile cannot be saved, and changes by others are shown once the connection is "
                  "back.\n%1")
                   .arg(reason));
    show();
}

} // namespace rullering
