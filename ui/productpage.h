#pragma once

#include "catalog/catalogservice.h"
#include "catalog/medialocator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QFormLayout;

namespace storefront::ui {

class ImageCache;
class RatingBars;

/// One product: large picture, title, brand, price, stock, description, attributes and the
/// rating distribution. Its content is loaded off the GUI thread by CatalogService.
class ProductPage : public QWidget
{
    Q_OBJECT
public:
    ProductPage(catalog::CatalogService &catalog, ImageCache *images, catalog::MediaLocator media,
                QWidget *parent = nullptr);

    /// Starts loading `productId`; the page fills in when the data arrives (loaded()).
    void showProduct(qint64 productId);
    [[nodiscard]] qint64 productId() const { return m_productId; }
    [[nodiscard]] QString titleText() const;

Q_SIGNALS:
    void backRequested();
    void loaded(qint64 productId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void apply(const catalog::ProductDetails &details);
    void updateImage();

    catalog::CatalogService &m_catalog;
    ImageCache *m_images;
    catalog::MediaLocator m_media;
    qint64 m_productId = 0;
    quint64 m_generation = 0;
    QString m_imagePath;

    QPushButton *m_back;
    QLabel *m_image;
    QLabel *m_title;
    QLabel *m_brand;
    QLabel *m_price;
    QLabel *m_stock;
    QLabel *m_category;
    QLabel *m_description;
    QLabel *m_summary;
    QFormLayout *m_attributes;
    RatingBars *m_ratings;
};

} // namespace storefront::ui
