#include "auditlogdialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "busyindicator.h"
#include "catalog/auditlogquery.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace storefront::ui {

/// What a worker read: the entries and the names of the accounts they mention.
struct AuditLogDialog::Entries
{
    Result<std::vector<storage::AuditEntry>> entries;
    QHash<qint64, QString> names;
};

Result<AuditLogDialog *> AuditLogDialog::create(const storage::Database &db,
                                                auth::AuthService &auth,
                                                const auth::Session &session, QWidget *parent)
{
    if (Status s = auth.requirePermission(session, auth::Permission::ViewAuditLog); !s)
        return s.error();
    auto *dialog = new AuditLogDialog(db, auth, session, parent);
    dialog->reload();
    return dialog;
}

AuditLogDialog::AuditLogDialog(const storage::Database &db, auth::AuthService &auth,
                               auth::Session session, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_auth(auth)
    , m_session(std::move(session))
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    setObjectName(QStringLiteral("auditLogDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->addItem(QString(), QStringLiteral("catalog."));
    m_filter->addItem(QString(), QString());
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    top->addStretch();
    layout->addLayout(top);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_progress = new BusyIndicator(this);
    layout->addLayout(BusyIndicator::statusRow(m_status, m_progress));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    retranslate();
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 32);
}

void AuditLogDialog::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setItemText(0, tr("Catalog changes"));
    m_filter->setItemText(1, tr("Everything"));
    m_filter->setAccessibleName(tr("Which entries to show"));
    m_filter->setAccessibleDescription(
        tr("Lists only changes to products and categories, or every entry of the log."));
    m_table->setAccessibleName(tr("Audit entries, newest first"));
    m_table->setAccessibleDescription(
        tr("Who changed what and when, with the old and new values, one entry per row."));
    m_close->setAccessibleDescription(tr("Closes the audit log."));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("About"), tr("Old and new values")});
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_shown && m_shown->entries)
            fillTable();
        if (!m_filter->isEnabled()) // a read is running
            m_status->setText(tr("Reading the audit log…"));
    }
    QDialog::changeEvent(event);
}

AuditLogDialog::~AuditLogDialog()
{
    // A read in flight uses the database and AuthService, which may go right after this.
    m_pool->waitForDone();
}

void AuditLogDialog::reload()
{
    catalog::AuditFilter filter;
    filter.actionPrefix = m_filter->currentData().toString();
    const quint64 generation = ++m_generation;
    m_filter->setEnabled(false);
    m_progress->begin();
    m_status->setText(tr("Reading the audit log…"));
    runAsync(
        this, m_pool,
        [&db = m_db, &auth = m_auth, session = m_session, filter] {
            Entries read{catalog::AuditLogQuery::read(db, auth, session, filter), {}};
            if (read.entries) {
                if (auto users = auth.listUsers(session)) {
                    for (const auth::UserSummary &u : *users)
                        read.names.insert(u.id, u.displayName);
                }
            }
            return read;
        },
        [this, generation](const Entries &read) {
            m_progress->end();
            if (generation != m_generation)
                return; // the filter changed meanwhile; the newer read shows
            m_filter->setEnabled(true);
            showEntries(read);
        });
}

void AuditLogDialog::showEntries(const Entries &read)
{
    m_shown = std::make_unique<Entries>(read);
    m_table->setRowCount(0);
    if (!read.entries) {
        m_status->setText(read.entries.error().toString());
        Q_EMIT loaded(false);
        return;
    }
    fillTable();
    m_status->clear();
    Q_EMIT loaded(true);
}

void AuditLogDialog::fillTable()
{
    const QHash<qint64, QString> &names = m_shown->names;
    const std::vector<storage::AuditEntry> *entries = &*m_shown->entries;
    auto who = [&](qint64 id) {
        if (id == 0)
            return tr("(command line or nobody signed in)");
        return names.value(id, tr("account #%1").arg(id));
    };
    m_table->setRowCount(int(entries->size()));
    for (int r = 0; r < int(entries->size()); ++r) {
        const storage::AuditEntry &e = entries->at(size_t(r));
        QString about;
        if (e.subjectProductId)
            about = tr("product %1 (#%2)")
                        .arg(e.detail.value(QStringLiteral("sku")).toString())
                        .arg(e.subjectProductId);
        else if (e.subjectCategoryId)
            about = tr("category %1").arg(e.detail.value(QStringLiteral("path")).toString());
        else if (e.subjectUserId)
            about = who(e.subjectUserId);
        QStringList changes;
        const QJsonObject changed = e.detail.value(QStringLiteral("changes")).toObject();
        for (auto it = changed.begin(); it != changed.end(); ++it) {
            const QJsonObject pair = it.value().toObject();
            changes << tr("%1: %2 → %3")
                           .arg(it.key(), pair.value(QStringLiteral("old")).toVariant().toString(),
                                pair.value(QStringLiteral("new")).toVariant().toString());
        }
        if (changed.isEmpty() && !e.detail.isEmpty())
            changes << QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
        // Nobody signs in on the command line; it records the system account instead.
        const QString account = e.detail.value(QStringLiteral("os_account")).toString();
        const QString actor = e.actorUserId == 0 && !account.isEmpty()
                                  ? tr("command line (%1)").arg(account)
                                  : who(e.actorUserId);
        const QStringList cells = {QDateTime::fromSecsSinceEpoch(e.at).toString(Qt::ISODate), actor,
                                   e.action, about, changes.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace storefront::ui
