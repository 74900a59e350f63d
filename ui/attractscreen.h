#pragma once

#include "catalog/medialocator.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace storefront::storage {
class Database;
}
namespace storefront::catalog {
class ProductListModel;
}

namespace storefront::ui {

class ImageCache;

/// The kiosk's idle screen: a welcome, the store's most popular products as large touch
/// tiles, and a button to start. Any tap starts a session; a tile opens that product.
class AttractScreen : public QWidget
{
    Q_OBJECT
public:
    AttractScreen(const storage::Database &db, const catalog::MediaLocator &media,
                  QWidget *parent = nullptr);

    [[nodiscard]] QListView *tiles() const { return m_tiles; }
    [[nodiscard]] QPushButton *startButton() const { return m_start; }
    [[nodiscard]] catalog::ProductListModel *products() const { return m_products; }
    /// Reloads the popular products (ratings change while the kiosk runs).
    void refresh();

Q_SIGNALS:
    void startRequested();
    void productChosen(qint64 productId);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void retranslate();

    catalog::ProductListModel *m_products;
    ImageCache *m_images;
    QLabel *m_title;
    QLabel *m_subtitle;
    QListView *m_tiles;
    QPushButton *m_start;
};

} // namespace storefront::ui
