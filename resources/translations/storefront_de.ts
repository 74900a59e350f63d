<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The store&apos;s database cannot be opened:
%1</source>
        <translation>Die Datenbank des Ladens lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>The demo store cannot be loaded:
%1</source>
        <translation>Der Demo-Laden lässt sich nicht laden:
%1</translation>
    </message>
    <message>
        <source>--kiosk-idle needs a number of seconds.</source>
        <translation>--kiosk-idle braucht eine Anzahl Sekunden.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::AttractScreen</name>
    <message>
        <source>Welcome to Storefront</source>
        <translation>Willkommen bei Storefront</translation>
    </message>
    <message>
        <source>Popular right now. Touch a product to see it, or start browsing.</source>
        <translation>Gerade beliebt. Tippen Sie auf ein Produkt, um es anzusehen, oder stöbern Sie los.</translation>
    </message>
    <message>
        <source>Popular products</source>
        <translation>Beliebte Produkte</translation>
    </message>
    <message>
        <source>Touch or press Enter on a product to open it.</source>
        <translation>Tippen Sie auf ein Produkt oder drücken Sie die Eingabetaste, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Zum Starten tippen</translation>
    </message>
    <message>
        <source>Start browsing</source>
        <translation>Stöbern beginnen</translation>
    </message>
</context>
<context>
    <name>storefront::ui::CatalogPage</name>
    <message>
        <source>Search products, brands, categories… (Ctrl+F)</source>
        <translation>Produkte, Marken, Kategorien suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <source>Customer rating</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Could not load products: %1</source>
        <translation>Die Produkte ließen sich nicht laden: %1</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortieren:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No products match. Try fewer words or clear the filters.</source>
        <translation>Keine passenden Produkte. Versuchen Sie weniger Wörter oder setzen Sie die Filter zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Every word is a prefix. Press Down to move into the results.</source>
        <translation>Jedes Wort ist ein Wortanfang. Mit Pfeil nach unten gelangen Sie zu den Ergebnissen.</translation>
    </message>
    <message>
        <source>How the products are ordered.</source>
        <translation>Wie die Produkte geordnet sind.</translation>
    </message>
    <message>
        <source>Arrow keys move between products; Enter opens one.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Produkten; die Eingabetaste öffnet eines.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::CountdownOverlay</name>
    <message numerus="yes">
        <source>Still there? Touch to continue — resetting in %n s</source>
        <translation>
            <numerusform>Noch da? Zum Fortfahren tippen – Neustart in %n s</numerusform>
            <numerusform>Noch da? Zum Fortfahren tippen – Neustart in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue my session</source>
        <translation>Meine Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Otherwise the session ends and your ratings and cart are discarded.</source>
        <translation>Sonst endet die Sitzung, und Ihre Bewertungen und Ihr Warenkorb werden verworfen.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::EvaluationDashboard</name>
    <message>
        <source>Evaluation dashboard</source>
        <translation>Auswertungs-Dashboard</translation>
    </message>
    <message>
        <source>Models to evaluate</source>
        <translation>Zu bewertende Modelle</translation>
    </message>
    <message>
        <source>List length k</source>
        <translation>Listenlänge k</translation>
    </message>
    <message>
        <source>Relevance threshold in stars</source>
        <translation>Relevanzschwelle in Sternen</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>Auswertung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation>Fortschritt der Auswertung</translation>
    </message>
    <message>
        <source>Evaluates the recommenders on this store&apos;s ratings and purchases (per-user 80/20 holdout, seed 42).</source>
        <translation>Bewertet die Empfehlungsmodelle mit den Bewertungen und Käufen dieses Ladens (80/20-Aufteilung je Nutzer, Seed 42).</translation>
    </message>
    <message>
        <source>Metrics per model</source>
        <translation>Kennzahlen je Modell</translation>
    </message>
    <message>
        <source>Metric to chart</source>
        <translation>Darzustellende Kennzahl</translation>
    </message>
    <message>
        <source>Metric per model</source>
        <translation>Kennzahl je Modell</translation>
    </message>
    <message>
        <source>Precision and recall versus k</source>
        <translation>Precision und Recall über k</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>Relevant from (stars):</source>
        <translation>Relevant ab (Sterne):</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n model(s) evaluated.</source>
        <translation>
            <numerusform>Fertig: %n Modell bewertet.</numerusform>
            <numerusform>Fertig: %n Modelle bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell aus.</translation>
    </message>
    <message>
        <source>Loading the store&apos;s data…</source>
        <translation>Daten des Ladens werden geladen …</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 at k = %2 per model</source>
        <translation>%1 bei k = %2 je Modell</translation>
    </message>
    <message>
        <source>Precision (solid) and recall (dashed) versus k</source>
        <translation>Precision (durchgezogen) und Recall (gestrichelt) über k</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source> precision</source>
        <translation> Precision</translation>
    </message>
    <message>
        <source> recall</source>
        <translation> Recall</translation>
    </message>
</context>
<context>
    <name>storefront::ui::FacetPanel</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>Mindestbewertung</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>%1★ and up</source>
        <translation>ab %1★</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>&amp;Brands</source>
        <translation>&amp;Marken</translation>
    </message>
    <message>
        <source>Price &amp;from</source>
        <translation>Preis &amp;von</translation>
    </message>
    <message>
        <source>Price &amp;to</source>
        <translation>Preis &amp;bis</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Prices here range up to %1</source>
        <translation>Die Preise hier reichen bis %1</translation>
    </message>
</context>
<context>
    <name>storefront::ui::KioskController</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Show the product grid</source>
        <translation>Das Produktraster zeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search with the on-screen keyboard</source>
        <translation>Mit der Bildschirmtastatur suchen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to your account</source>
        <translation>Bei Ihrem Konto anmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>End your session</source>
        <translation>Ihre Sitzung beenden</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Unlock the kiosk with the staff PIN</source>
        <translation>Den Kiosk mit der Personal-PIN entsperren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and kiosk settings</source>
        <translation>Sprache und Kiosk-Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the kiosk again</source>
        <translation>Den Kiosk wieder sperren</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Das Programm schließen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Kiosk toolbar</source>
        <translation>Kiosk-Werkzeugleiste</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <source>The kiosk stays open. Staff can unlock it with the PIN.</source>
        <translation>Der Kiosk bleibt geöffnet. Das Personal kann ihn mit der PIN entsperren.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::KioskPinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Enter the staff &amp;PIN to unlock the kiosk:</source>
        <translation>Geben Sie die Personal-&amp;PIN ein, um den Kiosk zu entsperren:</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Die PIN ist nicht richtig.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is not correct. Try again in %n second(s).</source>
        <translation>
            <numerusform>Die PIN ist nicht richtig. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Die PIN ist nicht richtig. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no staff PIN yet. An administrator sets one in Tools ▸ Settings, or with: storefront-cli kiosk set-pin</source>
        <translation>Dieser Laden hat noch keine Personal-PIN. Ein Administrator legt sie unter Extras ▸ Einstellungen fest oder mit: storefront-cli kiosk set-pin</translation>
    </message>
</context>
<context>
    <name>storefront::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Stays signed in after the program restarts, for up to 30 days. Do not use on a shared computer.</source>
        <translation>Bleibt nach einem Neustart des Programms bis zu 30 Tage angemeldet. Nicht auf einem gemeinsam genutzten Computer verwenden.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Create an &amp;account…</source>
        <translation>Ein &amp;Konto erstellen …</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Ein Konto erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>storefront::ui::MainWindow</name>
    <message>
        <source>Storefront</source>
        <translation>Storefront</translation>
    </message>
    <message>
        <source>Welcome! Browse the categories or type to search.</source>
        <translation>Willkommen! Stöbern Sie in den Kategorien oder tippen Sie, um zu suchen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Back to products</source>
        <translation>&amp;Zurück zu den Produkten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Evaluation dashboard…</source>
        <translation>&amp;Auswertungs-Dashboard …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt;: search&lt;br&gt;&lt;b&gt;Down&lt;/b&gt; in the search box: go to the results&lt;br&gt;&lt;b&gt;Arrow keys&lt;/b&gt;: move through the grid&lt;br&gt;&lt;b&gt;Enter&lt;/b&gt;: open the product&lt;br&gt;&lt;b&gt;Esc&lt;/b&gt;, &lt;b&gt;Backspace&lt;/b&gt; or &lt;b&gt;Alt+Left&lt;/b&gt;: back to the products&lt;br&gt;&lt;b&gt;Tab&lt;/b&gt;: next control&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Strg+F&lt;/b&gt; oder &lt;b&gt;/&lt;/b&gt;: suchen&lt;br&gt;&lt;b&gt;Pfeil nach unten&lt;/b&gt; im Suchfeld: zu den Ergebnissen&lt;br&gt;&lt;b&gt;Pfeiltasten&lt;/b&gt;: durch das Raster bewegen&lt;br&gt;&lt;b&gt;Eingabetaste&lt;/b&gt;: Produkt öffnen&lt;br&gt;&lt;b&gt;Esc&lt;/b&gt;, &lt;b&gt;Rücktaste&lt;/b&gt; oder &lt;b&gt;Alt+Links&lt;/b&gt;: zurück zu den Produkten&lt;br&gt;&lt;b&gt;Tab&lt;/b&gt;: nächstes Bedienelement&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About Storefront</source>
        <translation>&amp;Über Storefront</translation>
    </message>
    <message>
        <source>About Storefront</source>
        <translation>Über Storefront</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Storefront&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A desktop storefront with an on-device recommender. MIT licence.&lt;/p&gt;&lt;p&gt;Product pictures: Microsoft Fluent Emoji 3D (MIT), via @lobehub/fluent-emoji-3d.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Storefront&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein Desktop-Laden mit Empfehlungen direkt auf dem Gerät. MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Produktbilder: Microsoft Fluent Emoji 3D (MIT), über @lobehub/fluent-emoji-3d.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>&amp;Sign up…</source>
        <translation>&amp;Registrieren …</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil …</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Create &amp;administrator…</source>
        <translation>&amp;Administrator anlegen …</translation>
    </message>
    <message>
        <source>Browsing as a guest</source>
        <translation>Sie stöbern als Gast</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Willkommen, %1!</translation>
    </message>
    <message>
        <source>This store has no administrator yet: Account ▸ Create administrator.</source>
        <translation>Dieser Laden hat noch keinen Administrator: Konto ▸ Administrator anlegen.</translation>
    </message>
    <message>
        <source>Your session has ended; you are browsing as a guest.</source>
        <translation>Ihre Sitzung ist abgelaufen; Sie stöbern jetzt als Gast.</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Ihr Konto wurde gelöscht.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::OnScreenKeyboard</name>
    <message>
        <source>Number pad</source>
        <translation>Ziffernblock</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <source>Tap the keys to type into the selected field.</source>
        <translation>Tippen Sie auf die Tasten, um in das ausgewählte Feld zu schreiben.</translation>
    </message>
    <message>
        <source>⌫</source>
        <comment>backspace key</comment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>⇧ Shift</source>
        <translation>⇧ Umschalt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
</context>
<context>
    <name>storefront::ui::OnboardingDialog</name>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>Pick a few categories you like, and your first recommendations will come from them. You can change them any time in your profile.</source>
        <translation>Wählen Sie ein paar Kategorien, die Ihnen gefallen; Ihre ersten Empfehlungen stammen aus ihnen. Sie können sie jederzeit in Ihrem Profil ändern.</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Lieblingskategorien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save favourite categories</source>
        <translation>Lieblingskategorien speichern</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>storefront::ui::PasswordRulesView</name>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>Your password needs:</source>
        <translation>Ihr Passwort braucht:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>only printable characters</source>
        <translation>nur druckbare Zeichen</translation>
    </message>
    <message>
        <source>not one of the %1 most common passwords, which attackers try first</source>
        <translation>keines der %1 häufigsten Passwörter, die Angreifer zuerst probieren</translation>
    </message>
    <message>
        <source>not your email address</source>
        <translation>nicht Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
</context>
<context>
    <name>storefront::ui::ProductDelegate</name>
    <message>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
</context>
<context>
    <name>storefront::ui::ProductPage</name>
    <message>
        <source>← Back to products</source>
        <translation>← Zurück zu den Produkten</translation>
    </message>
    <message>
        <source>Back to products</source>
        <translation>Zurück zu den Produkten</translation>
    </message>
    <message>
        <source>Back to the product grid (Esc, Alt+Left)</source>
        <translation>Zurück zum Produktraster (Esc, Alt+Links)</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer ratings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kundenbewertungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>This product could not be loaded</source>
        <translation>Dieses Produkt ließ sich nicht laden</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>In stock (%n left)</source>
        <translation>
            <numerusform>Vorrätig (noch %n)</numerusform>
            <numerusform>Vorrätig (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 out of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1 von 5 aus %n Bewertung</numerusform>
            <numerusform>%1 von 5 aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Product page: %1</source>
        <translation>Produktseite: %1</translation>
    </message>
</context>
<context>
    <name>storefront::ui::ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>&amp;Namen speichern</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Current password, to change the email</source>
        <translation>Aktuelles Passwort, um die E-Mail-Adresse zu ändern</translation>
    </message>
    <message>
        <source>Change e&amp;mail</source>
        <translation>E-&amp;Mail ändern</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>Ne&amp;ues Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Changing the password signs you out everywhere else.</source>
        <translation>Eine Passwortänderung meldet Sie überall sonst ab.</translation>
    </message>
    <message>
        <source>Your taste</source>
        <translation>Ihr Geschmack</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Lieblingskategorien</translation>
    </message>
    <message>
        <source>&amp;Favourite categories:</source>
        <translation>&amp;Lieblingskategorien:</translation>
    </message>
    <message>
        <source>Save &amp;categories</source>
        <translation>&amp;Kategorien speichern</translation>
    </message>
    <message>
        <source>Lowest preferred price</source>
        <translation>Niedrigster bevorzugter Preis</translation>
    </message>
    <message>
        <source>Highest preferred price</source>
        <translation>Höchster bevorzugter Preis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Save p&amp;rices</source>
        <translation>P&amp;reise speichern</translation>
    </message>
    <message>
        <source>Preferred &amp;price range:</source>
        <translation>Bevorzugter &amp;Preisbereich:</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>&amp;Show my data…</source>
        <translation>Meine Daten &amp;zeigen …</translation>
    </message>
    <message>
        <source>Save everything the store keeps about you (profile, ratings, activity) as a JSON file.</source>
        <translation>Alles, was der Laden über Sie speichert (Profil, Bewertungen, Aktivität), als JSON-Datei sichern.</translation>
    </message>
    <message>
        <source>Current password, to delete the account</source>
        <translation>Aktuelles Passwort, um das Konto zu löschen</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>Mein Konto &amp;löschen …</translation>
    </message>
    <message>
        <source>Deleting the account deletes your profile, your ratings and your activity for good.</source>
        <translation>Das Löschen des Kontos löscht Ihr Profil, Ihre Bewertungen und Ihre Aktivität endgültig.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Display name saved.</source>
        <translation>Anzeigename gespeichert.</translation>
    </message>
    <message>
        <source>Email changed: use it to log in from now on.</source>
        <translation>E-Mail-Adresse geändert: Melden Sie sich ab jetzt damit an.</translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password changed. Every other session has been signed out.</source>
        <translation>Passwort geändert. Alle anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Favourite categories saved.</source>
        <translation>Lieblingskategorien gespeichert.</translation>
    </message>
    <message>
        <source>Price range saved.</source>
        <translation>Preisbereich gespeichert.</translation>
    </message>
    <message>
        <source>Save my data</source>
        <translation>Meine Daten speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Your data has been saved to %1.</source>
        <translation>Ihre Daten wurden unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Delete your account for good? Your profile, ratings and activity will be deleted and cannot be restored.</source>
        <translation>Ihr Konto endgültig löschen? Ihr Profil, Ihre Bewertungen und Ihre Aktivität werden gelöscht und lassen sich nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::RatingBars</name>
    <message>
        <source>Rating distribution</source>
        <translation>Verteilung der Bewertungen</translation>
    </message>
    <message>
        <source>%1 stars: %2</source>
        <translation>%1 Sterne: %2</translation>
    </message>
</context>
<context>
    <name>storefront::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the program&apos;s texts.</source>
        <translation>Die Sprache der Texte des Programms.</translation>
    </message>
    <message>
        <source>Kiosk &amp;idle time:</source>
        <translation>&amp;Leerlaufzeit des Kiosks:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Kiosk idle time in seconds</source>
        <translation>Leerlaufzeit des Kiosks in Sekunden</translation>
    </message>
    <message>
        <source>After this long without a touch, a kiosk counts down and then starts over.</source>
        <translation>Nach so langer Zeit ohne Berührung zählt ein Kiosk herunter und beginnt dann von vorn.</translation>
    </message>
    <message>
        <source>A new language applies at once to most texts; menus and some labels change at the next start of the program.</source>
        <translation>Eine neue Sprache gilt sofort für die meisten Texte; Menüs und einige Beschriftungen wechseln beim nächsten Programmstart.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Kiosk staff PIN</source>
        <translation>Personal-PIN des Kiosks</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Neue Personal-PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>Repeat the new staff PIN</source>
        <translation>Die neue Personal-PIN wiederholen</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>&amp;PIN festlegen</translation>
    </message>
    <message>
        <source>Set the staff PIN</source>
        <translation>Die Personal-PIN festlegen</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>PIN-Status</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Die PIN muss aus 4 bis 12 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The staff PIN has been set.</source>
        <translation>Die Personal-PIN wurde festgelegt.</translation>
    </message>
    <message>
        <source>The PIN could not be set: %1</source>
        <translation>Die PIN ließ sich nicht festlegen: %1</translation>
    </message>
</context>
<context>
    <name>storefront::ui::SignUpDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Den Administrator anlegen</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>This store has no administrator yet. The account you create here can manage users and roles. There is no default password: choose your own.</source>
        <translation>Dieser Laden hat noch keinen Administrator. Das Konto, das Sie hier anlegen, kann Benutzer und Rollen verwalten. Es gibt kein voreingestelltes Passwort: Wählen Sie Ihr eigenes.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Create &amp;administrator</source>
        <translation>&amp;Administrator anlegen</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>✓ The passwords match.</source>
        <translation>✓ Die Passwörter stimmen überein.</translation>
    </message>
    <message>
        <source>✗ The passwords differ.</source>
        <translation>✗ Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
</TS>
