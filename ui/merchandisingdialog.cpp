#include "merchandisingdialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "busyindicator.h"
#include "shop/merchandisingservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storefront::ui {

namespace {

using Kind = storage::MerchandisingRule::Kind;

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Pin:
        return MerchandisingDialog::tr("Pin");
    case Kind::Boost:
        return MerchandisingDialog::tr("Boost");
    case Kind::Bury:
        return MerchandisingDialog::tr("Bury");
    case Kind::Exclude:
        return MerchandisingDialog::tr("Exclude");
    }
    return {};
}

void describe(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

/// The rules in order, each with its target's name: read on a worker.
Result<std::vector<MerchandisingDialog::ShownRule>> readRules(shop::MerchandisingService &service,
                                                              const auth::Session &session)
{
    auto rules = service.rules(session);
    if (!rules)
        return rules.error();
    std::vector<MerchandisingDialog::ShownRule> shown;
    shown.reserve(rules->size());
    for (storage::MerchandisingRule &r : *rules) {
        auto name = service.targetName(session, r);
        shown.push_back({std::move(r), name ? *name : QString()});
    }
    return shown;
}

QPushButton *button(QWidget *parent)
{
    auto *b = new QPushButton(parent);
    // Enter in the product search runs the search, never a button.
    b->setAutoDefault(false);
    return b;
}

void label(QPushButton *button, const QString &text, const QString &description)
{
    button->setText(text);
    describe(button, QString(text).remove(QLatin1Char('&')), description);
}

} // namespace

/// What the dialog shows first, read together on a worker.
struct MerchandisingDialog::Setup
{
    Result<std::vector<catalog::Category>> categories;
    Result<std::vector<shop::PreviewShopper>> shoppers;
    Result<std::vector<std::pair<qint64, QString>>> products;
    Result<std::vector<ShownRule>> rules;
};

MerchandisingDialog::MerchandisingDialog(shop::MerchandisingService &service, auth::Session session,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("merchandisingDialog"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(true);

    m_kind = new QComboBox(this);
    for (Kind k : {Kind::Pin, Kind::Boost, Kind::Bury, Kind::Exclude})
        m_kind->addItem(QString(), int(k));
    m_targetType = new QComboBox(this);
    m_targetType->addItem(QString());
    m_targetType->addItem(QString());
    m_search = new QLineEdit(this);
    m_product = new QComboBox(this);
    m_category = new QComboBox(this);
    m_slot = new QSpinBox(this);
    m_slot->setRange(1, 100);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0.1, 100.0);
    m_amount->setSingleStep(0.5);
    m_amount->setValue(1.0);
    m_enabled = new QCheckBox(this);
    m_enabled->setChecked(true);

    auto *form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_kind, m_targetType, m_search, m_product, m_category, m_slot, m_amount}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_formLabels.push_back(label);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_enabled);

    m_add = button(this);
    m_update = button(this);
    m_remove = button(this);
    m_up = button(this);
    m_down = button(this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_update, m_remove, m_up, m_down})
        buttons->addWidget(b);

    m_editorBox = new QGroupBox(this);
    auto *editorLayout = new QVBoxLayout(m_editorBox);
    editorLayout->addLayout(form);
    editorLayout->addLayout(buttons);

    m_shopper = new QComboBox(this);
    m_preview = new QListWidget(this);
    m_previewState = new QLabel(this);
    m_previewBox = new QGroupBox(this);
    auto *previewLayout = new QFormLayout(m_previewBox);
    m_shopperLabel = new QLabel(this);
    m_shopperLabel->setBuddy(m_shopper);
    previewLayout->addRow(m_shopperLabel, m_shopper);
    previewLayout->addRow(m_previewState);
    previewLayout->addRow(m_preview);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_busy = new BusyIndicator(this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = close->button(QDialogButtonBox::Close);
    m_close->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_editorBox);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_previewBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(BusyIndicator::statusRow(m_status, m_busy));
    layout->addWidget(close);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MerchandisingDialog::updateEditor);
    connect(m_targetType, &QComboBox::currentIndexChanged, this,
            &MerchandisingDialog::updateEditor);
    connect(m_search, &QLineEdit::returnPressed, this, &MerchandisingDialog::searchProducts);
    for (QComboBox *box : {m_product, m_category, m_shopper})
        connect(box, &QComboBox::currentIndexChanged, this, &MerchandisingDialog::requestPreview);
    connect(m_slot, &QSpinBox::valueChanged, this, &MerchandisingDialog::requestPreview);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &MerchandisingDialog::requestPreview);
    connect(m_enabled, &QCheckBox::toggled, this, &MerchandisingDialog::requestPreview);
    connect(m_add, &QPushButton::clicked, this, &MerchandisingDialog::addRule);
    connect(m_update, &QPushButton::clicked, this, &MerchandisingDialog::updateRule);
    connect(m_remove, &QPushButton::clicked, this, &MerchandisingDialog::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(&m_service, &shop::MerchandisingService::previewReady, this,
            [this](quint64 id, qint64, const recsys::RecommendationList &list) {
                showPreview(id, list);
            });

    retranslate();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 36);

    // Nothing to edit until core has answered (it may refuse): the first read runs on a worker.
    refuse(tr("Loading\u2026"));
    m_busy->begin();
    runInBackground(
        this,
        [service = &m_service, session = m_session] {
            return Setup{service->categories(session), service->previewShoppers(session),
                         service->findProducts(session, QString()), readRules(*service, session)};
        },
        [this](const Setup &setup) {
            m_busy->end();
            showSetup(setup);
        });
}

void MerchandisingDialog::retranslate()
{
    setWindowTitle(tr("Merchandising"));
    setAccessibleName(tr("Merchandising rules"));
    describe(m_table, tr("Rules in the order they apply"),
             tr("Select a rule to edit, remove or move it; a later rule applies after an "
                "earlier one."));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Target"), tr("Position / amount"), tr("Enabled")});
    describe(m_kind, tr("Kind of rule"),
             tr("Pin puts the target at a position, boost raises it, bury lowers it and "
                "exclude removes it from every shopper's list."));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindLabel(Kind(m_kind->itemData(i).toInt())));
    describe(m_targetType, tr("Target"), tr("One product, or every product of a category"));
    m_targetType->setItemText(0, tr("Product"));
    m_targetType->setItemText(1, tr("Category"));
    describe(m_search, tr("Search products"), tr("Type part of a title or sku and press Enter"));
    m_search->setPlaceholderText(tr("Search by title or sku…"));
    describe(m_product, tr("Product"),
             tr("The product the rule applies to, from the search results."));
    describe(m_category, tr("Category"), tr("The category whose products the rule applies to."));
    describe(m_slot, tr("Position in the list"),
             tr("Where a pinned product appears in the list; 1 is the first place."));
    describe(m_amount, tr("Amount"),
             tr("How far to raise or lower the product, in standard deviations"));
    m_enabled->setText(tr("&Enabled"));
    describe(m_enabled, tr("Enabled"), tr("An unchecked rule is kept but does not apply."));
    const QStringList labels = {tr("&Kind:"),     tr("&Target:"),   tr("&Search:"), tr("&Product:"),
                                tr("&Category:"), tr("P&osition:"), tr("&Amount:")};
    for (size_t i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(labels.value(qsizetype(i)));

    label(m_add, tr("A&dd rule"), tr("Adds the rule set out above after the existing ones."));
    label(m_update, tr("Sa&ve changes to selected"),
          tr("Replaces the selected rule with the one set out above."));
    label(m_remove, tr("&Remove selected"), tr("Deletes the selected rule."));
    label(m_up, tr("Move &up"), tr("Applies the selected rule one step earlier."));
    label(m_down, tr("Move do&wn"), tr("Applies the selected rule one step later."));
    m_editorBox->setTitle(tr("Rule"));

    describe(m_shopper, tr("Shopper to preview"),
             tr("Whose recommendations the preview shows with the rules applied."));
    if (m_shopper->count() > 0 && m_shopper->itemData(0).toLongLong() == 0)
        m_shopper->setItemText(0, tr("(choose a shopper)"));
    describe(m_preview, tr("Preview of the shopper's list"),
             tr("The list under the saved rules and the rule being edited"));
    m_previewBox->setTitle(tr("Preview"));
    m_shopperLabel->setText(tr("S&hopper:"));
    m_status->setAccessibleName(tr("Status"));
    m_close->setAccessibleDescription(tr("Closes the rules; saved rules stay in force."));
    fillRulesTable();
    wordPreview();
}

void MerchandisingDialog::showSetup(const Setup &setup)
{
    // Core decides; the dialog only shows its answer.
    if (!setup.categories) {
        refuse(setup.categories.error().message);
        Q_EMIT loaded();
        return;
    }
    m_status->clear();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_kind, m_search, m_enabled, m_shopper, m_preview})
        w->setEnabled(true);
    for (const catalog::Category &c : *setup.categories)
        m_category->addItem(c.path, c.id);
    if (setup.shoppers) {
        m_shopper->addItem(tr("(choose a shopper)"), 0);
        for (const auto &s : *setup.shoppers)
            m_shopper->addItem(s.displayName, s.userId);
    }
    showProducts(setup.products);
    updateEditor();
    showRules(setup.rules, -1);
    Q_EMIT loaded();
}

bool MerchandisingDialog::isLoading() const
{
    return m_busy->inFlight() > 0;
}

void MerchandisingDialog::refuse(const QString &message)
{
    m_status->setText(message);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_table, m_kind, m_targetType, m_search, m_product, m_category, m_slot, m_amount,
             m_enabled, m_add, m_update, m_remove, m_up, m_down, m_shopper, m_preview})
        w->setEnabled(false);
}

void MerchandisingDialog::report(const Status &status, const QString &success)
{
    m_status->setText(status ? success : status.error().toString());
}

void MerchandisingDialog::setEditable(bool editable)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_table, m_add, m_update, m_remove, m_up, m_down})
        w->setEnabled(editable);
}

void MerchandisingDialog::reload(int select)
{
    // Changes act on the rows shown (ids, order): none until the rows read now are shown.
    setEditable(false);
    const quint64 generation = ++m_rulesRead;
    m_busy->begin();
    shop::MerchandisingService *service = &m_service;
    runInBackground(
        this, [service, session = m_session] { return readRules(*service, session); },
        [this, generation, select](const Result<std::vector<ShownRule>> &rules) {
            m_busy->end();
            if (generation == m_rulesRead)
                showRules(rules, select);
        });
}

void MerchandisingDialog::showRules(const Result<std::vector<ShownRule>> &rules, int select)
{
    if (!rules) {
        refuse(rules.error().message);
        return;
    }
    setEditable(true);
    const int keep = select >= 0 ? select : m_table->currentRow();
    m_rules.clear();
    m_targets.clear();
    for (const ShownRule &shown : *rules) {
        m_rules.push_back(shown.rule);
        m_targets.push_back(shown.target);
    }
    fillRulesTable();
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    requestPreview();
}

void MerchandisingDialog::fillRulesTable()
{
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < int(m_rules.size()); ++row) {
        const auto &r = m_rules[size_t(row)];
        const QString &target = m_targets[size_t(row)];
        QString detail;
        if (r.kind == Kind::Pin)
            detail = tr("position %1").arg(r.slot);
        else if (r.kind != Kind::Exclude)
            detail = QLocale().toString(r.amount, 'f', 2);
        const QStringList cells{kindLabel(r.kind),
                                r.productId ? target : tr("Category %1").arg(target), detail,
                                r.enabled ? tr("yes") : tr("no")};
        // Items are re-worded in place, so that a language switch keeps the selection (and
        // with it the rule in the editor).
        for (int column = 0; column < cells.size(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setText(cells[column]);
            else
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
}

void MerchandisingDialog::searchProducts()
{
    const quint64 generation = ++m_searchRead;
    m_busy->begin();
    shop::MerchandisingService *service = &m_service;
    runInBackground(
        this,
        [service, session = m_session, text = m_search->text()] {
            return service->findProducts(session, text);
        },
        [this, generation](const Result<std::vector<std::pair<qint64, QString>>> &found) {
            m_busy->end();
            if (generation == m_searchRead)
                showProducts(found);
        });
}

void MerchandisingDialog::showProducts(const Result<std::vector<std::pair<qint64, QString>>> &found)
{
    if (!found) {
        report(found.error(), {});
        return;
    }
    m_product->clear();
    for (const auto &[id, label] : *found)
        m_product->addItem(label, id);
}

void MerchandisingDialog::updateEditor()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    if (kind == Kind::Pin)
        m_targetType->setCurrentIndex(0); // a pin places one product
    const bool product = m_targetType->currentIndex() == 0;
    m_targetType->setEnabled(kind != Kind::Pin);
    m_search->setEnabled(product);
    m_product->setEnabled(product);
    m_category->setEnabled(!product);
    m_slot->setEnabled(kind == Kind::Pin);
    m_amount->setEnabled(kind == Kind::Boost || kind == Kind::Bury);
    requestPreview();
}

void MerchandisingDialog::showRule(int row)
{
    if (row < 0 || row >= int(m_rules.size()))
        return;
    const auto &r = m_rules[size_t(row)];
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_targetType->setCurrentIndex(r.productId ? 0 : 1);
    if (r.productId) {
        if (m_product->findData(r.productId) < 0)
            m_product->addItem(m_targets[size_t(row)], r.productId);
        m_product->setCurrentIndex(m_product->findData(r.productId));
    } else {
        m_category->setCurrentIndex(m_category->findData(r.categoryId));
    }
    if (r.kind == Kind::Pin)
        m_slot->setValue(r.slot);
    if (r.kind == Kind::Boost || r.kind == Kind::Bury)
        m_amount->setValue(r.amount);
    m_enabled->setChecked(r.enabled);
}

storage::MerchandisingRule MerchandisingDialog::ruleFromEditor() const
{
    storage::MerchandisingRule r;
    r.kind = Kind(m_kind->currentData().toInt());
    if (m_targetType->currentIndex() == 0)
        r.productId = m_product->currentData().toLongLong();
    else
        r.categoryId = m_category->currentData().toLongLong();
    r.slot = r.kind == Kind::Pin ? m_slot->value() : 0;
    r.amount = r.kind == Kind::Boost || r.kind == Kind::Bury ? m_amount->value() : 0.0;
    r.enabled = m_enabled->isChecked();
    return r;
}

void MerchandisingDialog::change(std::function<Status(shop::MerchandisingService &)> write,
                                 const QString &success, int select)
{
    // Like a read, a change holds the editing controls until the rules are shown again.
    setEditable(false);
    m_busy->begin();
    shop::MerchandisingService *service = &m_service;
    runInBackground(
        this, [service, write = std::move(write)] { return write(*service); },
        [this, success, select](const Status &s) {
            m_busy->end();
            report(s, success);
            reload(s ? select : -1); // a refused change: what is stored
        });
}

void MerchandisingDialog::addRule()
{
    change(
        [session = m_session, rule = ruleFromEditor()](shop::MerchandisingService &service) {
            auto id = service.addRule(session, rule);
            return id ? Status{} : Status{id.error()};
        },
        tr("Rule added."), int(m_rules.size())); // the new rule comes last
}

void MerchandisingDialog::updateRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_rules.size())) {
        m_status->setText(tr("Select a rule first."));
        return;
    }
    storage::MerchandisingRule r = ruleFromEditor();
    r.id = m_rules[size_t(row)].id;
    r.position = m_rules[size_t(row)].position;
    r.note = m_rules[size_t(row)].note;
    change([session = m_session,
            r](shop::MerchandisingService &service) { return service.updateRule(session, r); },
           tr("Rule updated."));
}

void MerchandisingDialog::removeRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_rules.size())) {
        m_status->setText(tr("Select a rule first."));
        return;
    }
    change([session = m_session, id = m_rules[size_t(row)].id](
               shop::MerchandisingService &service) { return service.removeRule(session, id); },
           tr("Rule removed."));
}

void MerchandisingDialog::move(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= int(m_rules.size()))
        return;
    std::vector<qint64> order;
    for (const auto &r : m_rules)
        order.push_back(r.id);
    std::swap(order[size_t(row)], order[size_t(to)]);
    change(
        [session = m_session, order](shop::MerchandisingService &service) {
            return service.reorderRules(session, order);
        },
        tr("Order changed."), to);
}

void MerchandisingDialog::requestPreview()
{
    const qint64 userId = m_shopper->currentData().toLongLong();
    if (userId == 0 || !m_shopper->isEnabled())
        return;
    // The saved rules, plus the one in the editor when it is complete: staff see the effect
    // of a rule before adding it.
    std::vector<storage::MerchandisingRule> rules = m_rules;
    if (const auto draft = ruleFromEditor(); draft.validate().ok())
        rules.push_back(draft);
    auto id = m_service.preview(m_session, userId, rules);
    if (!id) {
        // The end of the session is worded anew in each language; other refusals come worded
        // by core in the language of their time, and keep those words.
        if (id.error().code == ErrorCode::SessionEnded)
            m_previewFailure = [] { return auth::AuthService::sessionEnded(); };
        else
            m_previewFailure = [message = id.error().message] { return message; };
        m_previewState->setText(m_previewFailure());
        return;
    }
    m_previewFailure = {};
    m_previewRequest = *id;
    m_previewState->setText(tr("Updating…"));
}

void MerchandisingDialog::showPreview(quint64 requestId, const recsys::RecommendationList &list)
{
    if (requestId != m_previewRequest)
        return; // an older preview; a newer one is on its way
    m_previewList = list;
    m_previewShown = requestId;
    wordPreview();
    Q_EMIT previewShown();
}

void MerchandisingDialog::wordPreview()
{
    // A refused preview says why, over the last list made (which stays shown below).
    if (m_previewFailure)
        m_previewState->setText(m_previewFailure());
    if (!m_previewList)
        return;
    const recsys::RecommendationList &list = *m_previewList;
    if (!m_previewFailure) {
        if (m_previewShown != m_previewRequest)
            m_previewState->setText(tr("Updating…"));
        else
            m_previewState->setText(list.isEmpty()
                                        ? tr("No recommendations.")
                                        : tr("%n product(s)", nullptr, int(list.size())));
    }
    const int current = m_preview->currentRow();
    m_preview->clear();
    for (qsizetype i = 0; i < list.size(); ++i)
        m_preview->addItem(
            tr("%1. %2 — %3").arg(i + 1).arg(list[i].title, list[i].localisedReason()));
    m_preview->setCurrentRow(current);
}

void MerchandisingDialog::changeEvent(QEvent *event)
{
    // Every text follows the language; the preview's reasons, words of the language they were
    // made in, are worded again from the kind and arguments each carries.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace storefront::ui
