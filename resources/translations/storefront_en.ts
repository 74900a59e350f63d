<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
