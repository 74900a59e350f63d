<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>storefront::auth::ThrottlePolicy</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::catalog::CatalogImport</name>
    <message numerus="yes">
        <source>%n problem(s), nothing imported:
</source>
        <translation>
            <numerusform>%n problem, nothing imported:
</numerusform>
            <numerusform>%n problems, nothing imported:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::catalog::CategoryTreeModel</name>
    <message numerus="yes">
        <source>%1, %n product(s)</source>
        <translation>
            <numerusform>%1, %n product</numerusform>
            <numerusform>%1, %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::CartDialog</name>
    <message numerus="yes">
        <source>%n item(s), total: %1</source>
        <translation>
            <numerusform>%n item, total: %1</numerusform>
            <numerusform>%n items, total: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::CatalogPage</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::CountdownOverlay</name>
    <message numerus="yes">
        <source>Still there? Touch to continue — resetting in %n s</source>
        <translation>
            <numerusform>Still there? Touch to continue — resetting in %n s</numerusform>
            <numerusform>Still there? Touch to continue — resetting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::EvaluationDashboard</name>
    <message numerus="yes">
        <source>Done: %n model(s) evaluated.</source>
        <translation>
            <numerusform>Done: %n model evaluated.</numerusform>
            <numerusform>Done: %n models evaluated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n product(s) will be imported: %1 new, %2 updated. Nothing is written until you confirm.</source>
        <translation>
            <numerusform>%n product will be imported: %1 new, %2 updated. Nothing is written until you confirm.</numerusform>
            <numerusform>%n products will be imported: %1 new, %2 updated. Nothing is written until you confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported. Fix the highlighted rows in the file and import it again.</source>
        <translation>
            <numerusform>%n problem found; nothing will be imported. Fix the highlighted rows in the file and import it again.</numerusform>
            <numerusform>%n problems found; nothing will be imported. Fix the highlighted rows in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::KioskController</name>
    <message numerus="yes">
        <source>Cart (%n)</source>
        <translation>
            <numerusform>Cart (%n)</numerusform>
            <numerusform>Cart (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::KioskPinDialog</name>
    <message numerus="yes">
        <source>The PIN is not correct. Try again in %n second(s).</source>
        <translation>
            <numerusform>The PIN is not correct. Try again in %n second.</numerusform>
            <numerusform>The PIN is not correct. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Cart (%n)…</source>
        <translation>
            <numerusform>&amp;Cart (%n)…</numerusform>
            <numerusform>&amp;Cart (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::MerchandisingDialog</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::ProductPage</name>
    <message numerus="yes">
        <source>In stock (%n left)</source>
        <translation>
            <numerusform>In stock (%n left)</numerusform>
            <numerusform>In stock (%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 out of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1 out of 5 from %n rating</numerusform>
            <numerusform>%1 out of 5 from %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::ui::UsersDialog</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
