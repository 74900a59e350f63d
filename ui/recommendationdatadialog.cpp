#include "recommendationdatadialog.h"

#include "async.h"
#include "busyindicator.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storefront::ui {

namespace {

QString whatLabel(const shop::RecommendationDataRow &row)
{
    if (row.kind == shop::RecommendationDataRow::Kind::Rating)
        return RecommendationDataDialog::tr("Rated %1★").arg(row.stars);
    switch (row.eventType) {
    case storage::EventType::View:
        return RecommendationDataDialog::tr("Viewed");
    case storage::EventType::AddToCart:
        return RecommendationDataDialog::tr("Added to cart");
    case storage::EventType::Purchase:
        return RecommendationDataDialog::tr("Bought");
    case storage::EventType::Wishlist:
        return RecommendationDataDialog::tr("Added to wishlist");
    case storage::EventType::Search:
        return RecommendationDataDialog::tr("Searched");
    }
    return {};
}

} // namespace

RecommendationDataDialog::RecommendationDataDialog(shop::ShopperService &shopper,
                                                   auth::Session session, QWidget *parent)
    : QDialog(parent)
    , m_shopper(shopper)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("recommendationDataDialog"));
    setWindowTitle(tr("Your recommendation data"));
    auto *intro =
        new QLabel(tr("These ratings and actions shape your recommendations. Tick \"Don't use for "
                      "recommendations\" to make the store ignore one; it takes effect at once."),
                   this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setAccessibleName(tr("Your ratings and activity"));
    m_table->setAccessibleDescription(
        tr("Press Space on the last column to use or ignore a row for recommendations"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Product"), tr("When"), tr("Don't use for recommendations")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setText(tr("Loading\u2026"));
    m_busy = new BusyIndicator(this);
    m_table->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes this window; every choice made here already "
                                      "applies."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(BusyIndicator::statusRow(m_status, m_busy));
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &RecommendationDataDialog::toggled);
    // Queued: a change made from this table must not rebuild it inside its own itemChanged.
    connect(&m_shopper, &shop::ShopperService::recommendationDataChanged, this,
            &RecommendationDataDialog::reload, Qt::QueuedConnection);
    reload();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

void RecommendationDataDialog::reload()
{
    const quint64 generation = ++m_generation;
    ++m_loading;
    m_busy->begin();
    shop::ShopperService *shopper = &m_shopper;
    runInBackground(
        this, [shopper, session = m_session] { return shopper->recommendationData(session); },
        [this, generation](Result<std::vector<shop::RecommendationDataRow>> rows) {
            --m_loading;
            m_busy->end();
            if (generation == m_generation)
                showRows(std::move(rows));
        });
}

void RecommendationDataDialog::showRows(Result<std::vector<shop::RecommendationDataRow>> rows)
{
    if (!rows) {
        m_status->setText(rows.error().message);
        m_table->setEnabled(false);
        Q_EMIT loaded();
        return;
    }
    m_table->setEnabled(true);
    if (!m_shown)
        m_status->clear(); // "Loading…"; later reads keep the last change's message
    m_shown = true;
    const int keep = m_table->currentRow();
    m_filling = true;
    m_rows = std::move(*rows);
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const auto &row = m_rows[size_t(r)];
        m_table->setItem(r, 0, new QTableWidgetItem(whatLabel(row)));
        m_table->setItem(r, 1, new QTableWidgetItem(row.productTitle));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(locale.toString(QDateTime::fromSecsSinceEpoch(row.at),
                                                              QLocale::ShortFormat)));
        auto *flag = new QTableWidgetItem(tr("Don't use"));
        flag->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        flag->setCheckState(row.excluded ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, kExcludedColumn, flag);
    }
    m_filling = false;
    if (m_rows.empty())
        m_status->setText(tr("Nothing yet: rate products or add them to your cart or wishlist."));
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->setCurrentCell(keep, kExcludedColumn);
    Q_EMIT loaded();
}

void RecommendationDataDialog::toggled(QTableWidgetItem *item)
{
    if (m_filling || item->column() != kExcludedColumn || item->row() >= int(m_rows.size()))
        return;
    const auto row = m_rows[size_t(item->row())];
    const bool excluded = item->checkState() == Qt::Checked;
    if (excluded == row.excluded)
        return;
    m_rows[size_t(item->row())].excluded = excluded; // what the box shows while it is written
    ++m_loading;
    m_busy->begin();
    shop::ShopperService *shopper = &m_shopper;
    runInBackground(
        this,
        [shopper, session = m_session, row, excluded] {
            return row.kind == shop::RecommendationDataRow::Kind::Rating
                       ? shopper->setRatingExcluded(session, row.productId, excluded)
                       : shopper->setEventExcluded(session, row.eventId, excluded);
        },
        [this, title = row.productTitle, excluded](const Status &s) {
            --m_loading;
            m_busy->end();
            if (!s) {
                m_status->setText(s.error().message);
                reload(); // show what is stored
                return;
            }
            // A success also makes the service announce the change, which re-reads the
            // table; that read keeps this message.
            m_status->setText(
                excluded ? tr("“%1” is no longer used for your recommendations.").arg(title)
                         : tr("“%1” is used for your recommendations again.").arg(title));
        });
}

} // namespace storefront::ui
