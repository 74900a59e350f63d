#pragma once

#include "auth/session.h"
#include "shop/shopperservice.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace storefront::ui {

/// Account ▸ Your recommendation data: the ratings and activity that drive the shopper's
/// recommendations, newest first, each with a "Don't use for recommendations" check box that
/// takes effect at once (shop::ShopperService stores the flag and the recommender folds the
/// shopper in again without it). Works for guests too (their data lives in memory).
class RecommendationDataDialog : public QDialog
{
    Q_OBJECT
public:
    RecommendationDataDialog(shop::ShopperService &shopper, auth::Session session,
                             QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    /// Column of the "Don't use for recommendations" check boxes.
    static constexpr int kExcludedColumn = 3;

private:
    void reload();
    void toggled(QTableWidgetItem *item);

    shop::ShopperService &m_shopper;
    auth::Session m_session;
    std::vector<shop::RecommendationDataRow> m_rows;
    bool m_filling = false;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace storefront::ui
