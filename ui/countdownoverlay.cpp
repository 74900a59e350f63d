#include "countdownoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace storefront::ui {

CountdownOverlay::CountdownOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countdownOverlay"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("countdownMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_message->setFont(big);
    m_continue = new QPushButton(this);
    m_continue->setObjectName(QStringLiteral("countdownContinue"));
    m_continue->setFont(big);
    connect(m_continue, &QPushButton::clicked, this, &CountdownOverlay::continueRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_continue, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    retranslate();
}

void CountdownOverlay::setSecondsLeft(int seconds)
{
    m_seconds = seconds;
    retranslate();
}

void CountdownOverlay::retranslate()
{
    const QString text =
        tr("Still there? Touch to continue \u2014 resetting in %n s", nullptr, m_seconds);
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_continue->setText(tr("Continue"));
    m_continue->setAccessibleName(tr("Continue my session"));
    m_continue->setAccessibleDescription(
        tr("Otherwise the session ends and your ratings and cart are discarded."));
}

void CountdownOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CountdownOverlay::paintEvent(QPaintEvent *)
{
    // A veil in the palette's window colour, so it suits light and dark themes.
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlphaF(0.92f);
    painter.fillRect(rect(), veil);
}

} // namespace storefront::ui
