#pragma once

#include "auth/session.h"
#include "shop/shopperservice.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace storefront::ui {

class BusyIndicator;

/// Account ▸ Your recommendation data: the ratings and activity that drive the shopper's
/// recommendations, newest first, each with a "Don't use for recommendations" check box that
/// takes effect at once (shop::ShopperService stores the flag and the recommender folds the
/// shopper in again without it). Works for guests too (their data lives in memory). The rows
/// are read on a worker; the table stays disabled until the first read is shown.
class RecommendationDataDialog : public QDialog
{
    Q_OBJECT
public:
    RecommendationDataDialog(shop::ShopperService &shopper, auth::Session session,
                             QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_busy; }
    /// A read of the rows is on its way (the table shows the previous one, or nothing).
    [[nodiscard]] bool isLoading() const { return m_loading > 0; }
    /// Column of the "Don't use for recommendations" check boxes.
    static constexpr int kExcludedColumn = 3;

Q_SIGNALS:
    /// The newest read of the rows is shown (or its error).
    void loaded();

private:
    void reload();
    void showRows(Result<std::vector<shop::RecommendationDataRow>> rows);
    void toggled(QTableWidgetItem *item);

    shop::ShopperService &m_shopper;
    auth::Session m_session;
    std::vector<shop::RecommendationDataRow> m_rows;
    bool m_filling = false;
    bool m_shown = false;     ///< a read has been shown: "Loading…" is gone
    int m_loading = 0;        ///< reads in flight
    quint64 m_generation = 0; ///< of the newest read: older answers are dropped
    QTableWidget *m_table;
    QLabel *m_status;
    BusyIndicator *m_busy;
};

} // namespace storefront::ui
