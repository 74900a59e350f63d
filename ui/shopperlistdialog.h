#pragma once

#include "async.h"
#include "auth/session.h"
#include "shop/shopperservice.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QThreadPool;
class QVBoxLayout;

namespace storefront::ui {

/// The common part of the cart and wishlist views: a table of products, a message line and
/// Close. Reads and changes go through shop::ShopperService on one worker thread (so they
/// apply in order and the GUI never waits); after every change the list is read again.
/// Enter or a double click on a row opens its product.
class ShopperListDialog : public QDialog
{
    Q_OBJECT
public:
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    /// Reads the list again (loaded() when shown).
    virtual void reload() = 0;

Q_SIGNALS:
    void loaded();
    void productActivated(qint64 productId);
    /// A read or change was refused (the message says why).
    void failed(const QString &message);

protected:
    using Change = std::function<Status(shop::ShopperService &, const auth::Session &)>;

    ShopperListDialog(shop::ShopperService &shopper, auth::Session session, int columns,
                      QWidget *parent);

    /// Sets every text in the current language: the view's title and headers through
    /// setTexts(), and the rows shown so far. Called at the end of construction and on
    /// QEvent::LanguageChange, so the view follows a language switched while it is open.
    virtual void retranslate() = 0;
    /// The window title (also the accessible name) and the column headers.
    void setTexts(const QString &title, const QStringList &headers);
    void changeEvent(QEvent *event) override;

    /// Reads with `read` on the worker and hands a successful result to `show`.
    template <typename T>
    void load(std::function<Result<T>(shop::ShopperService &, const auth::Session &)> read,
              std::function<void(T)> show)
    {
        runAsync(
            this, m_pool,
            [shopper = &m_shopper, session = m_session, read] { return read(*shopper, session); },
            [this, show](const Result<T> &result) {
                if (!result) {
                    report(result.error().message);
                    return;
                }
                show(*result);
                Q_EMIT loaded();
            });
    }
    /// Runs `change` on the worker, then reloads.
    void change(Change change);
    /// A button for one row that runs `change` when clicked; `description` says what happens.
    [[nodiscard]] QPushButton *rowButton(const QString &text, const QString &accessibleName,
                                         const QString &description, Change change);
    /// Rows now stand for `productIds` (for opening them); sizes the columns.
    void setRows(QList<qint64> productIds);
    void report(const QString &message);
    [[nodiscard]] QVBoxLayout *mainLayout() const { return m_layout; }

private:
    shop::ShopperService &m_shopper;
    auth::Session m_session;
    QThreadPool *m_pool;
    QList<qint64> m_rowProducts;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_close;
    QVBoxLayout *m_layout;
};

} // namespace storefront::ui
