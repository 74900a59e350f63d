#include "shopperlistdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace storefront::ui {

ShopperListDialog::ShopperListDialog(shop::ShopperService &shopper, auth::Session session,
                                     int columns, QWidget *parent)
    : QDialog(parent)
    , m_shopper(shopper)
    , m_session(std::move(session))
    , m_pool(new QThreadPool(this))
{
    // One worker: changes are applied in the order the shopper made them.
    m_pool->setMaxThreadCount(1);

    m_table = new QTableWidget(0, columns, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_rowProducts.size())
            Q_EMIT productActivated(m_rowProducts[row]);
    });
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_table);
    m_layout->addWidget(m_message);
    m_layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 24);
}

void ShopperListDialog::setTexts(const QString &title, const QStringList &headers)
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_table->setAccessibleName(title);
    m_table->setAccessibleDescription(
        tr("Enter opens a product; Tab reaches the controls of the current view"));
    m_close->setAccessibleDescription(
        tr("Closes this window; every change made here is already saved."));
    m_table->setHorizontalHeaderLabels(headers);
}

void ShopperListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShopperListDialog::report(const QString &message)
{
    m_message->setText(message);
    Q_EMIT failed(message);
}

void ShopperListDialog::change(Change change)
{
    runAsync(
        this, m_pool,
        [shopper = &m_shopper, session = m_session, change] { return change(*shopper, session); },
        [this](const Status &s) {
            if (!s)
                report(s.error().message);
            // Whatever happened, show what the list holds now.
            reload();
        });
}

QPushButton *ShopperListDialog::rowButton(const QString &text, const QString &accessibleName,
                                          const QString &description, Change work)
{
    auto *button = new QPushButton(text, m_table);
    button->setAccessibleName(accessibleName);
    button->setAccessibleDescription(description);
    connect(button, &QPushButton::clicked, this, [this, work] { change(work); });
    return button;
}

void ShopperListDialog::setRows(QList<qint64> productIds)
{
    m_rowProducts = std::move(productIds);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace storefront::ui
