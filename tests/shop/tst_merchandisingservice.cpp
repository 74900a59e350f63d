#include "auth/authtestsupport.h"
#include "shop/merchandisingservice.h"
#include "storage/auditrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace storefront;
using storefront::shop::MerchandisingService;
using Rule = storefront::storage::MerchandisingRule;

namespace {

struct MerchWorld : testing::AuthWorld
{
    MerchWorld()
    {
        boots = testing::insert(*db, testing::product(QStringLiteral("B-1"),
                                                      QStringLiteral("Trail Boots"),
                                                      QStringLiteral("Outdoors > Shoes"),
                                                      QStringLiteral("Peak"), 8900));
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT id FROM categories WHERE path = 'Outdoors'"));
        outdoors = q.next() ? q.value(0).toLongLong() : 0;
        merch = std::make_unique<MerchandisingService>(*db, *auth);
    }

    Rule pin(int slot) const
    {
        Rule r;
        r.kind = Rule::Kind::Pin;
        r.productId = boots;
        r.slot = slot;
        return r;
    }

    Rule boostOutdoors(double amount) const
    {
        Rule r;
        r.kind = Rule::Kind::Boost;
        r.categoryId = outdoors;
        r.amount = amount;
        return r;
    }

    qint64 boots = 0;
    qint64 outdoors = 0;
    std::unique_ptr<MerchandisingService> merch;
};

} // namespace

class TestMerchandisingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedForGuestsAndShoppers_data();
    void refusedForGuestsAndShoppers();
    void staffEditsRulesAndEveryChangeIsAudited_data();
    void staffEditsRulesAndEveryChangeIsAudited();
    void badRulesAreRefusedNamingTheField_data();
    void badRulesAreRefusedNamingTheField();
    void reorderNeedsEveryRuleOnce();
};

void TestMerchandisingService::refusedForGuestsAndShoppers_data()
{
    QTest::addColumn<int>("role");
    QTest::addRow("guest") << int(auth::Role::Guest);
    QTest::addRow("shopper") << int(auth::Role::Shopper);
}

void TestMerchandisingService::refusedForGuestsAndShoppers()
{
    QFETCH(int, role);
    MerchWorld w;
    auto staff = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    const qint64 id = *w.merch->addRule(staff, w.pin(1));
    auto s = w.accountWithRole(QStringLiteral("someone@example.org"), auth::Role(role));
    const QStringList before = testing::dumpContent(*w.db);
    QVERIFY(!w.merch->rules(s).ok());
    QVERIFY(!w.merch->addRule(s, w.pin(2)).ok());
    Rule changed = w.pin(3);
    changed.id = id;
    QVERIFY(!w.merch->updateRule(s, changed).ok());
    QVERIFY(!w.merch->removeRule(s, id).ok());
    QVERIFY(!w.merch->reorderRules(s, {id}).ok());
    QVERIFY(!w.merch->previewShoppers(s).ok());
    QVERIFY(!w.merch->preview(s, 1, {}).ok());
    QCOMPARE(testing::dumpContent(*w.db), before);
}

void TestMerchandisingService::staffEditsRulesAndEveryChangeIsAudited_data()
{
    QTest::addColumn<int>("role");
    QTest::addRow("staff") << int(auth::Role::Staff);
    QTest::addRow("admin") << int(auth::Role::Admin);
}

void TestMerchandisingService::staffEditsRulesAndEveryChangeIsAudited()
{
    QFETCH(int, role);
    MerchWorld w;
    auto s = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role(role));
    const qint64 staffId = w.idOf(QStringLiteral("staff@example.org"));
    const auth::Session &s2 = s;
    QSignalSpy changed(w.merch.get(), &MerchandisingService::rulesChanged);
    auto first = w.merch->addRule(s2, w.pin(2));
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().toString()));
    auto second = w.merch->addRule(s2, w.boostOutdoors(1.5));
    QVERIFY(second.ok());
    auto rules = w.merch->rules(s2);
    QCOMPARE(rules->size(), size_t(2));
    QCOMPARE(rules->at(0).id, *first);
    QCOMPARE(rules->at(0).slot, 2);
    QCOMPARE(rules->at(1).categoryId, w.outdoors);
    QCOMPARE(rules->at(1).updatedBy, staffId);

    Rule edited = rules->at(1);
    edited.kind = Rule::Kind::Bury;
    edited.amount = 0.75;
    QVERIFY(w.merch->updateRule(s2, edited).ok());
    QCOMPARE(w.merch->rules(s2)->at(1).kind, Rule::Kind::Bury);
    QVERIFY(w.merch->reorderRules(s2, {*second, *first}).ok());
    QCOMPARE(w.merch->rules(s2)->at(0).id, *second);
    QVERIFY(w.merch->removeRule(s2, *first).ok());
    QCOMPARE(w.merch->rules(s2)->size(), size_t(1));
    QCOMPARE(changed.count(), 5);

    QStringList actions;
    for (const auto &e : *storage::AuditRepository(*w.db).latest(50))
        if (e.action.startsWith(QLatin1String("merchandising"))) {
            actions.prepend(e.action);
            QCOMPARE(e.actorUserId, staffId);
        }
    QCOMPARE(actions, (QStringList{QStringLiteral("merchandising_rule_added"),
                                   QStringLiteral("merchandising_rule_added"),
                                   QStringLiteral("merchandising_rule_changed"),
                                   QStringLiteral("merchandising_rules_reordered"),
                                   QStringLiteral("merchandising_rule_removed")}));
    auto shoppers = w.merch->previewShoppers(s2);
    QVERIFY(shoppers.ok());
}

void TestMerchandisingService::badRulesAreRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("defect");
    QTest::addColumn<QString>("where");
    QTest::addRow("pin without slot") << "noslot"
                                      << "slot";
    QTest::addRow("pin past slot 100") << "slot101"
                                       << "slot";
    QTest::addRow("pin of a category") << "pincategory"
                                       << "target";
    QTest::addRow("no target") << "notarget"
                               << "target";
    QTest::addRow("two targets") << "twotargets"
                                 << "target";
    QTest::addRow("boost of zero") << "zeroboost"
                                   << "amount";
    QTest::addRow("unknown product") << "unknownproduct"
                                     << "product";
    QTest::addRow("unknown category") << "unknowncategory"
                                      << "category";
    QTest::addRow("long note") << "longnote"
                               << "note";
}

void TestMerchandisingService::badRulesAreRefusedNamingTheField()
{
    QFETCH(QString, defect);
    QFETCH(QString, where);
    MerchWorld w;
    auto s = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    Rule r = defect.startsWith(QLatin1String("pin")) || defect.contains(QLatin1String("slot"))
                 ? w.pin(5)
                 : w.boostOutdoors(1.0);
    if (defect == QLatin1String("noslot"))
        r.slot = 0;
    else if (defect == QLatin1String("slot101"))
        r.slot = 101;
    else if (defect == QLatin1String("pincategory"))
        r.categoryId = w.outdoors;
    else if (defect == QLatin1String("notarget"))
        r.categoryId = 0;
    else if (defect == QLatin1String("twotargets"))
        r.productId = w.boots;
    else if (defect == QLatin1String("zeroboost"))
        r.amount = 0;
    else if (defect == QLatin1String("unknownproduct")) {
        r.categoryId = 0;
        r.productId = 99999;
    } else if (defect == QLatin1String("unknowncategory"))
        r.categoryId = 99999;
    else if (defect == QLatin1String("longnote"))
        r.note = QString(501, QLatin1Char('x'));
    const QStringList before = testing::dumpContent(*w.db);
    auto added = w.merch->addRule(s, r);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().where, where);
    QCOMPARE(testing::dumpContent(*w.db), before);
}

void TestMerchandisingService::reorderNeedsEveryRuleOnce()
{
    MerchWorld w;
    auto s = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    const qint64 a = *w.merch->addRule(s, w.pin(1));
    const qint64 b = *w.merch->addRule(s, w.boostOutdoors(1));
    const QStringList before = testing::dumpContent(*w.db);
    QVERIFY(!w.merch->reorderRules(s, {a}).ok());
    QVERIFY(!w.merch->reorderRules(s, {a, a}).ok());
    QVERIFY(!w.merch->reorderRules(s, {a, 12345}).ok());
    QCOMPARE(testing::dumpContent(*w.db), before);
    QVERIFY(w.merch->reorderRules(s, {b, a}).ok());
}

QTEST_GUILESS_MAIN(TestMerchandisingService)
#include "tst_merchandisingservice.moc"
