// The sign-up form's inline password rules: one line for every rule core's PasswordPolicy
// enforces, so that a password typed into the real form marks exactly the rule it breaks
// unmet — a repeat on the repeat line, a run of keys on the run line, not on the
// common-password line.

#include "auth/authtestsupport.h"
#include "ui/passwordrulesview.h"
#include "ui/signupdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>

using namespace storefront;
using auth::PasswordRule;

class TestPasswordRulesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneLinePerRule();
    void typedPasswordMarksOnlyTheRuleItBreaks_data();
    void typedPasswordMarksOnlyTheRuleItBreaks();
};

namespace {

constexpr auto kEmail = "new.shopper@example.org";

/// The rule each line of `view` stands for, with whether it is met, in the order shown.
QList<std::pair<int, bool>> shownRules(const ui::PasswordRulesView &view)
{
    QList<std::pair<int, bool>> out;
    for (const QLabel *label : view.findChildren<QLabel *>()) {
        const QString name = label->objectName();
        if (name.startsWith(QStringLiteral("rule")))
            out.append({name.mid(4).toInt(), label->property("met").toBool()});
    }
    return out;
}

} // namespace

void TestPasswordRulesView::oneLinePerRule()
{
    testing::AuthWorld w;
    ui::SignUpDialog dialog(*w.auth, ui::SignUpDialog::Mode::Shopper);
    const auto checks = w.auth->policy().check(QString(), QString());
    const auto shown = shownRules(*dialog.rules());
    QCOMPARE(shown.size(), qsizetype(checks.size()));
    for (size_t i = 0; i < checks.size(); ++i)
        QCOMPARE(shown[qsizetype(i)].first, int(checks[i].rule));
    // Each line words its own rule.
    const QStringList lines = dialog.rules()->lines();
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), lines.size());
    for (const QString &line : lines)
        QVERIFY2(!line.section(QStringLiteral(": "), 0, 0).trimmed().isEmpty(), qPrintable(line));
}

void TestPasswordRulesView::typedPasswordMarksOnlyTheRuleItBreaks_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("words"); // what the unmet line says
    QTest::newRow("repeat") << QStringLiteral("abcabcabca") << int(PasswordRule::NotRepeated)
                            << QStringLiteral("short pattern repeated");
    QTest::newRow("one key held") << QStringLiteral("zzzzzzzzzzzz")
                                  << int(PasswordRule::NotRepeated)
                                  << QStringLiteral("short pattern repeated");
    QTest::newRow("run") << QStringLiteral("0987654321") << int(PasswordRule::NotSequence)
                         << QStringLiteral("run of neighbouring keys");
    QTest::newRow("keyboard row") << QStringLiteral("qwertzuiop") << int(PasswordRule::NotSequence)
                                  << QStringLiteral("run of neighbouring keys");
    QTest::newRow("dressed-up common")
        << QStringLiteral("password123") << int(PasswordRule::NotCommon)
        << QStringLiteral("look-alike characters added");
    QTest::newRow("short") << QStringLiteral("plum tree") << int(PasswordRule::MinLength)
                           << QStringLiteral("at least 10 characters");
    QTest::newRow("the email") << QString::fromLatin1(kEmail) << int(PasswordRule::NotEmail)
                               << QStringLiteral("not your email address");
}

void TestPasswordRulesView::typedPasswordMarksOnlyTheRuleItBreaks()
{
    QFETCH(QString, password);
    QFETCH(int, rule);
    QFETCH(QString, words);
    testing::AuthWorld w;
    ui::SignUpDialog dialog(*w.auth, ui::SignUpDialog::Mode::Shopper);
    dialog.show();
    QTest::keyClicks(dialog.emailEdit(), QString::fromLatin1(kEmail));
    QTest::keyClicks(dialog.passwordEdit(), password);

    const auto shown = shownRules(*dialog.rules());
    QVERIFY(!shown.isEmpty());
    const QStringList lines = dialog.rules()->lines();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QVERIFY2(shown[i].second == (shown[i].first != rule), qPrintable(lines.join(u'\n')));
        QCOMPARE(lines[i].endsWith(QStringLiteral(": not met")), shown[i].first == rule);
    }
    const QStringList unmet = lines.filter(QStringLiteral(": not met"));
    QCOMPARE(unmet.size(), 1);
    QVERIFY2(unmet.front().contains(words), qPrintable(unmet.front()));
    QVERIFY(!dialog.rules()->allMet());
}

QTEST_MAIN(TestPasswordRulesView)
#include "tst_passwordrulesview.moc"
