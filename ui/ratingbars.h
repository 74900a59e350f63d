#pragma once

#include "catalog/product.h"

#include <QWidget>

namespace storefront::ui {

/// The rating distribution of a product: one bar per star level, 5★ at the top.
class RatingBars : public QWidget
{
    Q_OBJECT
public:
    explicit RatingBars(QWidget *parent = nullptr);
    void setDistribution(const catalog::RatingDistribution &distribution);
    [[nodiscard]] const catalog::RatingDistribution &distribution() const { return m_distribution; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    catalog::RatingDistribution m_distribution;
};

} // namespace storefront::ui
