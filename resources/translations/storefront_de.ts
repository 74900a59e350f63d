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
    <message>
        <source>The security settings are not valid:
%1</source>
        <translation>Die Sicherheitseinstellungen sind ungültig:
%1</translation>
    </message>
    <message>
        <source>Storefront: a desktop storefront with an on-device recommender</source>
        <translation>Storefront: ein Desktop-Laden mit einem Empfehlungssystem auf dem Gerät</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Datenbankdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Do not load the demo store into a new database.</source>
        <translation>Den Demoladen nicht in eine neue Datenbank laden.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen for touch, guest sessions wiped when idle, exit only with the staff PIN (storefront-cli kiosk set-pin).</source>
        <translation>Kioskmodus: Vollbild für Touch, Gastsitzungen werden bei Untätigkeit gelöscht, Beenden nur mit der Personal-PIN (storefront-cli kiosk set-pin).</translation>
    </message>
    <message>
        <source>Kiosk idle time before the countdown, in seconds (default: the settings&apos; value, 90).</source>
        <translation>Leerlaufzeit des Kiosks bis zum Countdown in Sekunden (Vorgabe: der Wert aus den Einstellungen, 90).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Storefront needs a display to show its window on, and there is none (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, or use storefront-cli, which needs no display.</source>
        <translation>Storefront braucht einen Bildschirm, um sein Fenster zu zeigen, und hier gibt es keinen (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie es in einer Desktop-Sitzung, oder verwenden Sie storefront-cli, das keinen Bildschirm braucht.</translation>
    </message>
</context>
<context>
    <name>storefront::auth::AuthService</name>
    <message>
        <source>The email or password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation>Mit dieser E-Mail-Adresse gibt es bereits ein Konto.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>log-in is unavailable: the database has no throttle key</source>
        <translation>Anmeldung nicht möglich: Der Datenbank fehlt der Drosselungsschlüssel</translation>
    </message>
    <message>
        <source>Please log in or sign up first.</source>
        <translation>Bitte melden Sie sich zuerst an oder registrieren Sie sich.</translation>
    </message>
    <message>
        <source>This needs the %1 role; you are signed in as %2.</source>
        <translation>Dafür ist die Rolle %1 nötig; Sie sind als %2 angemeldet.</translation>
    </message>
    <message>
        <source>You are not allowed to %1 (needs the %2 role).</source>
        <translation>Ihnen fehlt die Berechtigung „%1“ (dafür ist die Rolle %2 nötig).</translation>
    </message>
    <message>
        <source>You are the only administrator: make another account administrator before deleting this one.</source>
        <translation>Sie sind der einzige Administrator: Machen Sie ein anderes Konto zum Administrator, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <source>An administrator already exists; an administrator can give others the admin role.</source>
        <translation>Es gibt bereits einen Administrator; ein Administrator kann anderen die Administratorrolle geben.</translation>
    </message>
    <message>
        <source>guest is not a role an account can have</source>
        <translation>Gast ist keine Rolle, die ein Konto haben kann</translation>
    </message>
    <message>
        <source>no account has id %1</source>
        <translation>kein Konto hat die ID %1</translation>
    </message>
    <message>
        <source>The last administrator cannot lose the admin role.</source>
        <translation>Der letzte Administrator kann die Administratorrolle nicht verlieren.</translation>
    </message>
    <message>
        <source>stars must be between 1 and 5, got %1</source>
        <translation>Sterne müssen zwischen 1 und 5 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>no product has id %1</source>
        <translation>kein Produkt hat die ID %1</translation>
    </message>
</context>
<context>
    <name>storefront::auth::AuthSettings</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>the idle limit is longer than the session&apos;s lifetime (%1)</source>
        <translation>die Leerlaufgrenze ist länger als die Lebensdauer der Sitzung (%1)</translation>
    </message>
    <message>
        <source>must be below lockout_failures (%1)</source>
        <translation>muss kleiner als lockout_failures (%1) sein</translation>
    </message>
</context>
<context>
    <name>storefront::auth::KioskPinService</name>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Die PIN ist nicht richtig.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>Die PIN muss aus %1 bis %2 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>PIN checks are unavailable: the database has no throttle key</source>
        <translation>PIN-Prüfung nicht möglich: Der Datenbank fehlt der Drosselungsschlüssel</translation>
    </message>
</context>
<context>
    <name>storefront::auth::Normalisation</name>
    <message>
        <source>enter an email address</source>
        <translation>Geben Sie eine E-Mail-Adresse ein</translation>
    </message>
    <message>
        <source>an email address has at most %1 characters</source>
        <translation>eine E-Mail-Adresse hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>the email address contains characters that are not text</source>
        <translation>die E-Mail-Adresse enthält Zeichen, die kein Text sind</translation>
    </message>
    <message>
        <source>an email address looks like name@example.org</source>
        <translation>eine E-Mail-Adresse sieht aus wie name@example.org</translation>
    </message>
    <message>
        <source>an email address has no spaces</source>
        <translation>eine E-Mail-Adresse enthält keine Leerzeichen</translation>
    </message>
    <message>
        <source>enter a display name</source>
        <translation>Geben Sie einen Anzeigenamen ein</translation>
    </message>
    <message>
        <source>a display name has at most %1 characters</source>
        <translation>ein Anzeigename hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>the display name contains characters that are not text</source>
        <translation>der Anzeigename enthält Zeichen, die kein Text sind</translation>
    </message>
</context>
<context>
    <name>storefront::auth::PasswordPolicy</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Das Passwort ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Only printable characters</source>
        <translation>Nur druckbare Zeichen</translation>
    </message>
    <message>
        <source>The password contains control characters or text that is not valid Unicode.</source>
        <translation>Das Passwort enthält Steuerzeichen oder Text, der kein gültiges Unicode ist.</translation>
    </message>
    <message>
        <source>This password is one of the most common passwords, which attackers try first. Choose another.</source>
        <translation>Dieses Passwort gehört zu den häufigsten Passwörtern, die Angreifer zuerst ausprobieren. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Not your email address</source>
        <translation>Nicht Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The password must not be your email address.</source>
        <translation>Das Passwort darf nicht Ihre E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>This password is a common password with digits, symbols or look-alike characters added (like &quot;Password123&quot; or &quot;p@ssw0rd&quot;), which attackers try early. Choose another.</source>
        <translation>Dieses Passwort ist ein häufiges Passwort mit angehängten Ziffern, Symbolen oder ähnlich aussehenden Zeichen (wie „Password123“ oder „p@ssw0rd“), das Angreifer früh ausprobieren. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This password repeats one character or a short pattern (like &quot;aaaaaaaaaa&quot; or &quot;abcabcabca&quot;), which is quickly guessed. Choose another.</source>
        <translation>Dieses Passwort wiederholt ein Zeichen oder ein kurzes Muster (wie „aaaaaaaaaa“ oder „abcabcabca“) und ist schnell erraten. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This password is a run of neighbouring keys, letters or digits (like &quot;1234567890&quot; or &quot;qwertyuiop&quot;), which is quickly guessed. Choose another.</source>
        <translation>Dieses Passwort ist eine Folge benachbarter Tasten, Buchstaben oder Ziffern (wie „1234567890“ oder „qwertzuiop“) und ist schnell erraten. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Not a common password (one of %1), nor one with digits, symbols or look-alikes added</source>
        <translation>Kein häufiges Passwort (eines von %1), auch nicht mit angehängten Ziffern, Symbolen oder ähnlich aussehenden Zeichen</translation>
    </message>
    <message>
        <source>Not one character or a short pattern repeated</source>
        <translation>Kein wiederholtes Zeichen oder kurzes Muster</translation>
    </message>
    <message>
        <source>Not a run of neighbouring keys, letters or digits</source>
        <translation>Keine Folge benachbarter Tasten, Buchstaben oder Ziffern</translation>
    </message>
</context>
<context>
    <name>storefront::auth::Permission</name>
    <message>
        <source>browse</source>
        <translation>Stöbern</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>keep ratings</source>
        <translation>Bewertungen speichern</translation>
    </message>
    <message>
        <source>edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>curate catalog</source>
        <translation>Katalog pflegen</translation>
    </message>
    <message>
        <source>merchandise</source>
        <translation>Merchandising</translation>
    </message>
    <message>
        <source>staff dashboard</source>
        <translation>Personal-Übersicht</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
</context>
<context>
    <name>storefront::auth::ProfileService</name>
    <message>
        <source>choose at most %1 favourite categories</source>
        <translation>wählen Sie höchstens %1 Lieblingskategorien</translation>
    </message>
    <message>
        <source>no category has id %1</source>
        <translation>keine Kategorie hat die ID %1</translation>
    </message>
    <message>
        <source>prices must be between 0 and %1</source>
        <translation>Preise müssen zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>the lowest price is above the highest</source>
        <translation>der niedrigste Preis liegt über dem höchsten</translation>
    </message>
</context>
<context>
    <name>storefront::auth::Role</name>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>shopper</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>storefront::auth::ThrottlePolicy</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 before trying again.</source>
        <translation>Zu viele Fehlversuche. Warten Sie %1, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::CatalogEditor</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>may not contain &apos;&gt;&apos; (it separates levels)</source>
        <translation>darf kein „&gt;“ enthalten (es trennt die Ebenen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another product</source>
        <translation>„%1“ wird bereits von einem anderen Produkt verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist; create it first</source>
        <translation>„%1“ gibt es nicht; legen Sie die Kategorie zuerst an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; unarchive it or pick another</source>
        <translation>„%1“ ist archiviert; heben Sie die Archivierung auf oder wählen Sie eine andere</translation>
    </message>
    <message>
        <source>no product has id %1</source>
        <translation>kein Produkt hat die ID %1</translation>
    </message>
    <message>
        <source>the product vanished while saving</source>
        <translation>das Produkt ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <source>no category has id %1</source>
        <translation>keine Kategorie hat die ID %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived</source>
        <translation>„%1“ ist archiviert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 active product(s) and %3 active subcategories; archive or move them first</source>
        <translation>„%1“ enthält noch aktive Produkte (%2) und aktive Unterkategorien (%3); archivieren oder verschieben Sie diese zuerst</translation>
    </message>
    <message>
        <source>its parent &quot;%1&quot; is archived; unarchive that first</source>
        <translation>die übergeordnete Kategorie „%1“ ist archiviert; heben Sie zuerst deren Archivierung auf</translation>
    </message>
    <message>
        <source>the category vanished while saving</source>
        <translation>die Kategorie ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>%1 was changed since; nothing was undone</source>
        <translation>%1 wurde inzwischen geändert; nichts wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed since; nothing was undone</source>
        <translation>„%1“ wurde inzwischen geändert; nichts wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>Änderung an %1</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>Archivieren von %1</translation>
    </message>
    <message>
        <source>unarchive %1</source>
        <translation>Aufheben der Archivierung von %1</translation>
    </message>
    <message>
        <source>create category %1</source>
        <translation>Anlegen der Kategorie %1</translation>
    </message>
    <message>
        <source>rename category %1</source>
        <translation>Umbenennen der Kategorie %1</translation>
    </message>
    <message>
        <source>archive category %1</source>
        <translation>Archivieren der Kategorie %1</translation>
    </message>
    <message>
        <source>unarchive category %1</source>
        <translation>Aufheben der Archivierung der Kategorie %1</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::CatalogImport</name>
    <message>
        <source>&quot;%1&quot; is already used on line %2</source>
        <translation>„%1“ wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; does not exist (looked next to the file, in %2/ and in images/)</source>
        <translation>Datei „%1“ gibt es nicht (gesucht neben der Datei, in %2/ und in images/)</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with at least sku, name and price</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile mit mindestens sku, name und price</translation>
    </message>
    <message>
        <source>unknown column; known columns are %1</source>
        <translation>unbekannte Spalte; bekannte Spalten sind %1</translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation>Spalte kommt zweimal vor</translation>
    </message>
    <message>
        <source>missing required column &quot;%1&quot;</source>
        <translation>erforderliche Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected {&quot;products&quot;: [...]} or an array of products</source>
        <translation>erwartet wird {&quot;products&quot;: [...]} oder ein Array von Produkten</translation>
    </message>
    <message>
        <source>product %1 is not a JSON object</source>
        <translation>Produkt %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown field; known fields are %1</source>
        <translation>unbekanntes Feld; bekannte Felder sind %1</translation>
    </message>
    <message>
        <source>cannot copy the picture to %1: %2</source>
        <translation>das Bild kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>unknown catalog format; name the file .csv or .json</source>
        <translation>unbekanntes Katalogformat; benennen Sie die Datei .csv oder .json</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; unarchive it first</source>
        <translation>„%1“ ist archiviert; heben Sie zuerst die Archivierung auf</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the file holds no products</source>
        <translation>die Datei enthält keine Produkte</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), nothing imported:
</source>
        <translation>
            <numerusform>%n Problem, nichts importiert:
</numerusform>
            <numerusform>%n Probleme, nichts importiert:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the product vanished while importing</source>
        <translation>das Produkt ist beim Importieren verschwunden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::CatalogService</name>
    <message>
        <source>no product with id %1</source>
        <translation>kein Produkt mit der ID %1</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::CategoryTreeModel</name>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n product(s)</source>
        <translation>
            <numerusform>%1, %n Produkt</numerusform>
            <numerusform>%1, %n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storefront::catalog::Csv</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::DemoStore</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation>Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>„%1“ ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>not a crypto_pwhash_str Argon2id hash (quote the field)</source>
        <translation>kein Argon2id-Hash im Format von crypto_pwhash_str (setzen Sie das Feld in Anführungszeichen)</translation>
    </message>
    <message>
        <source>no category &quot;%1&quot; in the catalog</source>
        <translation>keine Kategorie „%1“ im Katalog</translation>
    </message>
    <message>
        <source>unknown shopper or product</source>
        <translation>unbekannter Kunde oder unbekanntes Produkt</translation>
    </message>
    <message>
        <source>unknown shopper or event type</source>
        <translation>unbekannter Kunde oder unbekannte Ereignisart</translation>
    </message>
    <message>
        <source>unknown product</source>
        <translation>unbekanntes Produkt</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::ImageRules</name>
    <message>
        <source>&quot;%1&quot; is not an accepted picture format; use %2</source>
        <translation>„%1“ ist kein zulässiges Bildformat; verwenden Sie %2</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(keine Dateiendung)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is %1 MB; at most %2 MB is accepted</source>
        <translation>die Datei hat %1 MB; höchstens %2 MB sind zulässig</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is not a %1 picture (its first bytes do not match)</source>
        <translation>die Datei ist kein %1-Bild (ihre ersten Bytes passen nicht)</translation>
    </message>
    <message>
        <source>the picture is %1×%2 pixels; at least %3 on each side is needed</source>
        <translation>das Bild hat %1×%2 Pixel; nötig sind mindestens %3 auf jeder Seite</translation>
    </message>
    <message>
        <source>the picture is %1×%2 pixels; at most %3 on each side is accepted</source>
        <translation>das Bild hat %1×%2 Pixel; zulässig sind höchstens %3 auf jeder Seite</translation>
    </message>
</context>
<context>
    <name>storefront::catalog::ProductValidator</name>
    <message>
        <source>is empty; every product needs a sku</source>
        <translation>ist leer; jedes Produkt braucht eine Artikelnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most %2), starting with a letter or digit</source>
        <translation>„%1“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten (höchstens %2) und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty level; write &quot;Parent &gt; Child&quot;</source>
        <translation>„%1“ hat eine leere Ebene; schreiben Sie „Oberkategorie &gt; Unterkategorie“</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>ist unplausibel groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 code like EUR</source>
        <translation>„%1“ ist kein dreibuchstabiger ISO-4217-Code wie EUR</translation>
    </message>
    <message>
        <source>%1 is not a whole number of items from 0 to %2</source>
        <translation>%1 ist keine ganze Stückzahl von 0 bis %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside the catalog&apos;s folder</source>
        <translation>„%1“ zeigt aus dem Ordner des Katalogs hinaus</translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation>der Pfad ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; write digits with at most two decimals, like 19.99</source>
        <translation>„%1“ ist kein Preis; schreiben Sie Ziffern mit höchstens zwei Nachkommastellen, etwa 19.99</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of items from 0 to %2</source>
        <translation>„%1“ ist keine ganze Stückzahl von 0 bis %2</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>must be a JSON object like {&quot;color&quot;:&quot;red&quot;}</source>
        <translation>muss ein JSON-Objekt sein wie {&quot;color&quot;:&quot;red&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 1, 0, true or false</source>
        <translation>„%1“ ist nicht 1, 0, true oder false</translation>
    </message>
</context>
<context>
    <name>storefront::eval::EvaluationJob</name>
    <message>
        <source>evaluation cancelled</source>
        <translation>Auswertung abgebrochen</translation>
    </message>
</context>
<context>
    <name>storefront::eval::ExperimentRunner</name>
    <message>
        <source>no split to evaluate</source>
        <translation>keine Aufteilung zum Auswerten</translation>
    </message>
    <message>
        <source>no test user has a relevant item: no test rating is at least %1 (--relevance-threshold)</source>
        <translation>kein Testnutzer hat einen relevanten Artikel: keine Testbewertung erreicht mindestens %1 (Relevanzschwelle)</translation>
    </message>
    <message>
        <source>no test user has a relevant item: the test set is empty</source>
        <translation>kein Testnutzer hat einen relevanten Artikel: die Testmenge ist leer</translation>
    </message>
</context>
<context>
    <name>storefront::recsys::Reason</name>
    <message>
        <source>the store</source>
        <translation>diesem Shop</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>Beliebt in %1</translation>
    </message>
    <message>
        <source>New in your favourite category %1</source>
        <translation>Neu in Ihrer Lieblingskategorie %1</translation>
    </message>
    <message>
        <source>New, and like %1</source>
        <translation>Neu und ähnlich wie %1</translation>
    </message>
    <message>
        <source>Because you rated %1 %2★</source>
        <translation>Weil Sie %1 mit %2★ bewertet haben</translation>
    </message>
    <message>
        <source>Because you looked at %1</source>
        <translation>Weil Sie sich %1 angesehen haben</translation>
    </message>
    <message>
        <source>Picked from your favourite category %1</source>
        <translation>Ausgewählt aus Ihrer Lieblingskategorie %1</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Ähnlich wie %1</translation>
    </message>
    <message>
        <source>Customers who liked %1 also liked this</source>
        <translation>Wem %1 gefiel, dem gefiel auch dies</translation>
    </message>
    <message>
        <source>Trending now</source>
        <translation>Gerade im Trend</translation>
    </message>
    <message>
        <source>Trending in %1</source>
        <translation>Im Trend in %1</translation>
    </message>
    <message>
        <source>Featured by the store</source>
        <translation>Empfohlen vom Shop</translation>
    </message>
</context>
<context>
    <name>storefront::recsys::Recommender</name>
    <message>
        <source>no positive interactions to train on</source>
        <translation>keine positiven Interaktionen zum Trainieren</translation>
    </message>
    <message>
        <source>item biases became NaN or infinite; lower the learning rate</source>
        <translation>die Artikel-Biases wurden NaN oder unendlich; verringern Sie die Lernrate</translation>
    </message>
    <message>
        <source>needs item features: build the dataset with the catalog&apos;s products or ItemTexts</source>
        <translation>braucht Artikelmerkmale: Erstellen Sie den Datensatz mit den Produkten des Katalogs oder mit ItemTexts</translation>
    </message>
    <message>
        <source>catalog has %1 items; EASE supports at most %2 (it needs dense %1 x %1 float matrices)</source>
        <translation>der Katalog hat %1 Artikel; EASE unterstützt höchstens %2 (es braucht dichte %1 × %1-Float-Matrizen)</translation>
    </message>
    <message>
        <source>X^T X + lambda I is not positive definite; raise lambda</source>
        <translation>X^T X + lambda I ist nicht positiv definit; erhöhen Sie lambda</translation>
    </message>
    <message>
        <source>weights became NaN or infinite; raise lambda</source>
        <translation>die Gewichte wurden NaN oder unendlich; erhöhen Sie lambda</translation>
    </message>
    <message>
        <source>no component model could be trained on this data</source>
        <translation>mit diesen Daten ließ sich keines der Teilmodelle trainieren</translation>
    </message>
    <message>
        <source>PureSVD eigen-decomposition failed</source>
        <translation>die Eigenzerlegung von PureSVD ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>needs explicit star ratings; the data has none</source>
        <translation>braucht Sternebewertungen; die Daten enthalten keine</translation>
    </message>
    <message>
        <source>no items to train on</source>
        <translation>keine Artikel zum Trainieren</translation>
    </message>
    <message>
        <source>%1 became NaN or infinite; lower the learning rate or raise the regularization</source>
        <translation>Werte in %1 wurden NaN oder unendlich; verringern Sie die Lernrate oder erhöhen Sie die Regularisierung</translation>
    </message>
</context>
<context>
    <name>storefront::shop::MerchandisingService</name>
    <message>
        <source>No product has id %1.</source>
        <translation>Kein Produkt hat die ID %1.</translation>
    </message>
    <message>
        <source>No category has id %1.</source>
        <translation>Keine Kategorie hat die ID %1.</translation>
    </message>
    <message>
        <source>No merchandising rule has id %1.</source>
        <translation>Keine Merchandising-Regel hat die ID %1.</translation>
    </message>
    <message>
        <source>Recommendations are not available.</source>
        <translation>Empfehlungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>No shopper has id %1.</source>
        <translation>Kein Kunde hat die ID %1.</translation>
    </message>
</context>
<context>
    <name>storefront::shop::ShopperService</name>
    <message>
        <source>No product has id %1.</source>
        <translation>Kein Produkt hat die ID %1.</translation>
    </message>
    <message>
        <source>“%1” is not available at the moment.</source>
        <translation>„%1“ ist zurzeit nicht erhältlich.</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1.</source>
        <translation>Die Menge muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Stars must be between 1 and 5, got %1.</source>
        <translation>Die Sterne müssen zwischen 1 und 5 liegen, erhalten: %1.</translation>
    </message>
    <message>
        <source>You have not rated this product.</source>
        <translation>Sie haben dieses Produkt nicht bewertet.</translation>
    </message>
    <message>
        <source>This activity is not in your recommendation data.</source>
        <translation>Diese Aktivität gehört nicht zu Ihren Empfehlungsdaten.</translation>
    </message>
    <message>
        <source>Recommendations are not available.</source>
        <translation>Empfehlungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>This is not a guest session.</source>
        <translation>Dies ist keine Gastsitzung.</translation>
    </message>
</context>
<context>
    <name>storefront::storage::CategoryRepository</name>
    <message>
        <source>a category &quot;%1&quot; already exists</source>
        <translation>eine Kategorie „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>the category (number %1) no longer exists; it may have been removed meanwhile</source>
        <translation>die Kategorie (Nummer %1) existiert nicht mehr; sie wurde vielleicht inzwischen entfernt</translation>
    </message>
    <message>
        <source>the category path &quot;%1&quot; holds an empty name</source>
        <translation>der Kategoriepfad „%1“ enthält einen leeren Namen</translation>
    </message>
</context>
<context>
    <name>storefront::storage::Database</name>
    <message>
        <source>The database file cannot be made readable by its owner only; make it so (chmod 600) or use another database.</source>
        <translation>Die Datenbankdatei lässt sich nicht auf Lesezugriff nur für ihren Eigentümer beschränken; ändern Sie das (chmod 600) oder verwenden Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The database file cannot be created.</source>
        <translation>Die Datenbankdatei lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>This file is not a Storefront database.</source>
        <translation>Diese Datei ist keine Storefront-Datenbank.</translation>
    </message>
</context>
<context>
    <name>storefront::storage::EventRepository</name>
    <message>
        <source>a search event has no product</source>
        <translation>ein Suchereignis hat kein Produkt</translation>
    </message>
    <message>
        <source>a product event needs a product</source>
        <translation>ein Produktereignis braucht ein Produkt</translation>
    </message>
</context>
<context>
    <name>storefront::storage::MerchandisingRule</name>
    <message>
        <source>a rule targets either one product or one category</source>
        <translation>eine Regel gilt entweder für ein Produkt oder für eine Kategorie</translation>
    </message>
    <message>
        <source>ids are positive</source>
        <translation>IDs sind positiv</translation>
    </message>
    <message>
        <source>a pin needs a product</source>
        <translation>Anheften braucht ein Produkt</translation>
    </message>
    <message>
        <source>the position must be between 1 and 100, got %1</source>
        <translation>die Position muss zwischen 1 und 100 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>the amount must be above 0 and at most 100</source>
        <translation>die Stärke muss über 0 und höchstens 100 liegen</translation>
    </message>
    <message>
        <source>the note is longer than 500 characters</source>
        <translation>die Notiz ist länger als 500 Zeichen</translation>
    </message>
    <message>
        <source>the rules changed meanwhile: the new order names %1, but there are %2; reopen the list</source>
        <translation>die Regeln haben sich inzwischen geändert: Die neue Reihenfolge nennt %1, es gibt aber %2; öffnen Sie die Liste erneut</translation>
    </message>
    <message>
        <source>the new order names a rule twice</source>
        <translation>die neue Reihenfolge nennt eine Regel zweimal</translation>
    </message>
    <message>
        <source>the rule (number %1) no longer exists; it may have been removed meanwhile</source>
        <translation>die Regel (Nummer %1) existiert nicht mehr; sie wurde vielleicht inzwischen entfernt</translation>
    </message>
</context>
<context>
    <name>storefront::storage::Migrations</name>
    <message>
        <source>The database was written by a newer Storefront (schema version %1; this program knows versions up to %2). Use a newer Storefront or another database.</source>
        <translation>Die Datenbank stammt von einer neueren Storefront-Version (Schemaversion %1; dieses Programm kennt Versionen bis %2). Verwenden Sie eine neuere Storefront-Version oder eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded to schema version %1; it was left as it was.</source>
        <translation>Die Datenbank lässt sich nicht auf Schemaversion %1 aktualisieren; sie blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>storefront::storage::ProductRepository</name>
    <message>
        <source>the product (number %1) no longer exists; it may have been removed meanwhile</source>
        <translation>das Produkt (Nummer %1) existiert nicht mehr; es wurde vielleicht inzwischen entfernt</translation>
    </message>
</context>
<context>
    <name>storefront::storage::RatingRepository</name>
    <message>
        <source>must be from 1 to 5 stars, not %1</source>
        <translation>muss 1 bis 5 Sterne haben, nicht %1</translation>
    </message>
</context>
<context>
    <name>storefront::storage::ShopperRepository</name>
    <message>
        <source>must be from 1 to %1, not %2</source>
        <translation>muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
</context>
<context>
    <name>storefront::storage::SqlQuery</name>
    <message>
        <source>The database is busy: another program or terminal is using it. Try again in a moment.</source>
        <translation>Die Datenbank ist gerade belegt: Ein anderes Programm oder ein anderes Terminal verwendet sie. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database cannot be changed: it is read-only. Check the file&apos;s permissions or the server&apos;s settings.</source>
        <translation>Die Datenbank lässt sich nicht ändern: Sie ist schreibgeschützt. Prüfen Sie die Zugriffsrechte der Datei oder die Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved.</source>
        <translation>Der Datenträger der Datenbank ist voll; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Storefront database.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Storefront-Datenbank.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written.</source>
        <translation>Die Datenbankdatei lässt sich nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>That value is already taken: it must be unique in the store.</source>
        <translation>Dieser Wert ist schon vergeben: Er darf im Shop nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The database refused a value that is empty or out of range.</source>
        <translation>Die Datenbank hat einen leeren oder unzulässigen Wert abgelehnt.</translation>
    </message>
    <message>
        <source>The change would break a link between entries: something still refers to it, or it refers to something that no longer exists.</source>
        <translation>Die Änderung würde eine Verknüpfung zwischen Einträgen zerstören: Etwas verweist noch darauf, oder es verweist auf etwas, das nicht mehr existiert.</translation>
    </message>
    <message>
        <source>The database could not carry out the request.</source>
        <translation>Die Datenbank konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>The database returned no answer.</source>
        <translation>Die Datenbank hat keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>The database did not return the new entry&apos;s number.</source>
        <translation>Die Datenbank hat die Nummer des neuen Eintrags nicht geliefert.</translation>
    </message>
</context>
<context>
    <name>storefront::storage::UserRepository</name>
    <message>
        <source>the account no longer exists; it may have been deleted meanwhile</source>
        <translation>das Konto existiert nicht mehr; es wurde vielleicht inzwischen gelöscht</translation>
    </message>
</context>
<context>
    <name>storefront::ui::AttractScreen</name>
    <message>
        <source>Welcome to Storefront</source>
        <translation>Willkommen bei Storefront</translation>
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
    <message>
        <source>Trending right now. Touch a product to see it, or start browsing.</source>
        <translation>Gerade im Trend. Tippen Sie auf ein Produkt, um es anzusehen, oder stöbern Sie los.</translation>
    </message>
    <message>
        <source>Trending products</source>
        <translation>Produkte im Trend</translation>
    </message>
    <message>
        <source>New in the store. Touch a product to see it, or start browsing.</source>
        <translation>Neu im Sortiment. Tippen Sie auf ein Produkt, um es anzusehen, oder stöbern Sie los.</translation>
    </message>
    <message>
        <source>New products</source>
        <translation>Neue Produkte</translation>
    </message>
    <message>
        <source>There are no products on show yet. Touch to start.</source>
        <translation>Noch sind keine Produkte zu sehen. Tippen Sie, um zu beginnen.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Leaves this screen and opens the store.</source>
        <translation>Verlässt diesen Bildschirm und öffnet den Shop.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>Katalogänderungen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Which entries to show</source>
        <translation>Welche Einträge angezeigt werden</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Protokolleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Old and new values</source>
        <translation>Alte und neue Werte</translation>
    </message>
    <message>
        <source>(command line or nobody signed in)</source>
        <translation>(Befehlszeile oder niemand angemeldet)</translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation>Konto #%1</translation>
    </message>
    <message>
        <source>product %1 (#%2)</source>
        <translation>Produkt %1 (#%2)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Das Änderungsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>command line (%1)</source>
        <translation>Kommandozeile (%1)</translation>
    </message>
    <message>
        <source>Lists only changes to products and categories, or every entry of the log.</source>
        <translation>Zeigt nur Änderungen an Produkten und Kategorien oder jeden Eintrag des Protokolls.</translation>
    </message>
    <message>
        <source>Who changed what and when, with the old and new values, one entry per row.</source>
        <translation>Wer wann was geändert hat, mit altem und neuem Wert, ein Eintrag pro Zeile.</translation>
    </message>
    <message>
        <source>Closes the audit log.</source>
        <translation>Schließt das Änderungsprotokoll.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>storefront::ui::CarouselDelegate</name>
    <message>
        <source>Why this?</source>
        <translation>Warum das?</translation>
    </message>
</context>
<context>
    <name>storefront::ui::CarouselView</name>
    <message>
        <source>Why this?</source>
        <translation>Warum das?</translation>
    </message>
    <message>
        <source>Why this? (%1)</source>
        <translation>Warum das? (%1)</translation>
    </message>
    <message>
        <source>Show what made us recommend the selected product (?)</source>
        <translation>Zeigen, warum wir das ausgewählte Produkt empfehlen (?)</translation>
    </message>
    <message>
        <source>Left and Right move, Enter opens the product, ? says why it is recommended</source>
        <translation>Pfeil links und rechts wechseln das Produkt, Eingabetaste öffnet es, ? zeigt, warum es empfohlen wird</translation>
    </message>
</context>
<context>
    <name>storefront::ui::CartDialog</name>
    <message>
        <source>Your cart</source>
        <translation>Ihr Warenkorb</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Menge von %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>%1 aus dem Warenkorb entfernen</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Ihr Warenkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), total: %1</source>
        <translation>
            <numerusform>%n Artikel, gesamt: %1</numerusform>
            <numerusform>%n Artikel, gesamt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>How many of this product you buy; the line and the cart total follow.</source>
        <translation>Wie viele Stück dieses Produkts Sie kaufen; Zeilen- und Gesamtsumme passen sich an.</translation>
    </message>
    <message>
        <source>Takes this line out of the cart; the total follows.</source>
        <translation>Nimmt diese Zeile aus dem Warenkorb; die Gesamtsumme passt sich an.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::CatalogEditorDialog</name>
    <message>
        <source>Edit catalog</source>
        <translation>Katalog bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>SKU or name</source>
        <translation>Artikelnummer oder Name</translation>
    </message>
    <message>
        <source>Find products by SKU or name</source>
        <translation>Produkte nach Artikelnummer oder Name suchen</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Neues Produkt</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a catalog file</source>
        <translation>Eine Katalogdatei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Archived products are marked; pick one to edit it.</source>
        <translation>Archivierte Produkte sind markiert; wählen Sie eines aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Artikelnummer:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marke:</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>19.99</source>
        <translation>19,99</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Währung (ISO-4217-Code)</translation>
    </message>
    <message>
        <source>S&amp;tock:</source>
        <translation>&amp;Lagerbestand:</translation>
    </message>
    <message>
        <source>Items in stock</source>
        <translation>Stückzahl auf Lager</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Attributes as a JSON object</source>
        <translation>Attribute als JSON-Objekt</translation>
    </message>
    <message>
        <source>{&quot;color&quot;: &quot;red&quot;}</source>
        <translation>{&quot;Farbe&quot;: &quot;rot&quot;}</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>A&amp;ttribute:</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <source>Drop a picture file here or use Choose picture.</source>
        <translation>Legen Sie hier eine Bilddatei ab oder verwenden Sie „Bild auswählen“.</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Bil&amp;d auswählen…</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Eine Bilddatei auswählen</translation>
    </message>
    <message>
        <source>Re&amp;move picture</source>
        <translation>Bild ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation>Produkt speichern</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Archive or unarchive the product</source>
        <translation>Produkt archivieren oder Archivierung aufheben</translation>
    </message>
    <message>
        <source>Cate&amp;gories</source>
        <translation>Kate&amp;gorien</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Kategoriename</translation>
    </message>
    <message>
        <source>Add &amp;top-level</source>
        <translation>Hauptkategorie hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>Eine Hauptkategorie hinzufügen</translation>
    </message>
    <message>
        <source>Add su&amp;bcategory</source>
        <translation>Unterkateg&amp;orie hinzufügen</translation>
    </message>
    <message>
        <source>Add a subcategory of the selected one</source>
        <translation>Eine Unterkategorie der ausgewählten Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>Rename the selected category</source>
        <translation>Ausgewählte Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Archi&amp;ve / unarchive</source>
        <translation>Archi&amp;vieren / Archivierung aufheben</translation>
    </message>
    <message>
        <source>Archive or unarchive the selected category</source>
        <translation>Ausgewählte Kategorie archivieren oder Archivierung aufheben</translation>
    </message>
    <message>
        <source>Category added.</source>
        <translation>Kategorie hinzugefügt.</translation>
    </message>
    <message>
        <source>Subcategory added.</source>
        <translation>Unterkategorie hinzugefügt.</translation>
    </message>
    <message>
        <source>Category renamed.</source>
        <translation>Kategorie umbenannt.</translation>
    </message>
    <message>
        <source>Category archived.</source>
        <translation>Kategorie archiviert.</translation>
    </message>
    <message>
        <source>Category unarchived.</source>
        <translation>Archivierung der Kategorie aufgehoben.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (archived)</source>
        <translation>%1 — %2 (archiviert)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>That product no longer exists.</source>
        <translation>Dieses Produkt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>New product (not saved yet)</source>
        <translation>Neues Produkt (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Active: shoppers see it</source>
        <translation>Aktiv: für Kunden sichtbar</translation>
    </message>
    <message>
        <source>Archived: hidden from shoppers</source>
        <translation>Archiviert: für Kunden verborgen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked below.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die unten markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Archived: shoppers no longer see it.</source>
        <translation>Archiviert: Kunden sehen es nicht mehr.</translation>
    </message>
    <message>
        <source>Unarchived: shoppers see it again.</source>
        <translation>Archivierung aufgehoben: Kunden sehen es wieder.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Ar&amp;chivierung aufheben</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is missing; shoppers see a placeholder. Choose another picture.</source>
        <translation>Das Bild „%1“ fehlt; Kunden sehen einen Platzhalter. Wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>Checking the picture…</source>
        <translation>Bild wird geprüft…</translation>
    </message>
    <message>
        <source>The picture cannot be used: %1</source>
        <translation>Das Bild kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Picture refused; the product keeps its previous picture.</source>
        <translation>Bild abgelehnt; das Produkt behält sein bisheriges Bild.</translation>
    </message>
    <message>
        <source>Picture checked and stored; save the product to use it.</source>
        <translation>Bild geprüft und gespeichert; speichern Sie das Produkt, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Choose a product picture</source>
        <translation>Produktbild auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 picture(s) copied.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 Bild(er) kopiert.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json)</source>
        <translation>Katalogdateien (*.csv *.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Wird archiviert…</translation>
    </message>
    <message>
        <source>Unarchiving…</source>
        <translation>Archivierung wird aufgehoben…</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>%1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Der Katalog wird geladen…</translation>
    </message>
    <message>
        <source>Adding the category…</source>
        <translation>Die Kategorie wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Renaming the category…</source>
        <translation>Die Kategorie wird umbenannt…</translation>
    </message>
    <message>
        <source>Archiving the category…</source>
        <translation>Die Kategorie wird archiviert…</translation>
    </message>
    <message>
        <source>Unarchiving the category…</source>
        <translation>Die Archivierung der Kategorie wird aufgehoben…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Files can be opened only while the kiosk is unlocked with the staff PIN.</source>
        <translation>Dateien lassen sich nur öffnen, solange der Kiosk mit der Personal-PIN entsperrt ist.</translation>
    </message>
    <message>
        <source>Lists only the products whose SKU or name contains this text.</source>
        <translation>Zeigt nur die Produkte, deren Artikelnummer oder Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Empties the form for a new product.</source>
        <translation>Leert das Formular für ein neues Produkt.</translation>
    </message>
    <message>
        <source>Reads products from a CSV or JSON file and shows a preview; nothing is written before you confirm.</source>
        <translation>Liest Produkte aus einer CSV- oder JSON-Datei und zeigt eine Vorschau; geschrieben wird erst, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>Saves the whole catalog as a CSV or JSON file.</source>
        <translation>Speichert den ganzen Katalog als CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Takes back the last saved edit (Ctrl+Z).</source>
        <translation>Nimmt die zuletzt gespeicherte Änderung zurück (Strg+Z).</translation>
    </message>
    <message>
        <source>The product&apos;s own stock-keeping code, unique in the catalog.</source>
        <translation>Die eigene Artikelnummer des Produkts, im Katalog nur einmal vergeben.</translation>
    </message>
    <message>
        <source>The title shoppers see in the grid and on the product page.</source>
        <translation>Der Titel, den Kunden in der Produktübersicht und auf der Produktseite sehen.</translation>
    </message>
    <message>
        <source>The category the product is listed under.</source>
        <translation>Die Kategorie, unter der das Produkt aufgeführt wird.</translation>
    </message>
    <message>
        <source>The maker or label; shoppers can filter by it.</source>
        <translation>Der Hersteller oder die Marke; Kunden können danach filtern.</translation>
    </message>
    <message>
        <source>The price in the currency below, with at most two decimals.</source>
        <translation>Der Preis in der unten angegebenen Währung, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Three capital letters, such as EUR or USD.</source>
        <translation>Drei Großbuchstaben, etwa EUR oder USD.</translation>
    </message>
    <message>
        <source>How many items are available; at 0 shoppers cannot add the product to a cart.</source>
        <translation>Wie viele Stück vorrätig sind; bei 0 können Kunden das Produkt nicht in den Warenkorb legen.</translation>
    </message>
    <message>
        <source>Free text shown on the product page; Tab moves to the next field.</source>
        <translation>Freier Text, der auf der Produktseite erscheint; Tab springt zum nächsten Feld.</translation>
    </message>
    <message>
        <source>Further properties as names and values in JSON; Tab moves to the next field.</source>
        <translation>Weitere Eigenschaften als Namen und Werte in JSON; Tab springt zum nächsten Feld.</translation>
    </message>
    <message>
        <source>Opens a file chooser; the picture is checked and copied into the store&apos;s media folder. A picture file can also be dropped on this window.</source>
        <translation>Öffnet eine Dateiauswahl; das Bild wird geprüft und in den Medienordner des Shops kopiert. Eine Bilddatei kann auch auf dieses Fenster gezogen werden.</translation>
    </message>
    <message>
        <source>Takes the picture off the product, which then shows a placeholder.</source>
        <translation>Entfernt das Bild vom Produkt, das dann einen Platzhalter zeigt.</translation>
    </message>
    <message>
        <source>Checks every field and saves the product; a problem is shown under its field.</source>
        <translation>Prüft jedes Feld und speichert das Produkt; ein Problem wird unter seinem Feld angezeigt.</translation>
    </message>
    <message>
        <source>Archiving takes the product out of the shop and out of every recommendation at once; unarchiving brings it back.</source>
        <translation>Archivieren nimmt das Produkt sofort aus dem Shop und aus allen Empfehlungen; Aufheben der Archivierung bringt es zurück.</translation>
    </message>
    <message>
        <source>Select a category to rename or archive it, or to add a subcategory to it.</source>
        <translation>Wählen Sie eine Kategorie, um sie umzubenennen, zu archivieren oder ihr eine Unterkategorie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The name for the category to add, or the new name for the selected one.</source>
        <translation>Der Name der neuen Kategorie oder der neue Name der ausgewählten.</translation>
    </message>
    <message>
        <source>Adds a category with the name above at the top of the tree.</source>
        <translation>Fügt eine Kategorie mit dem obigen Namen auf oberster Ebene hinzu.</translation>
    </message>
    <message>
        <source>Adds a category with the name above under the selected one.</source>
        <translation>Fügt unter der ausgewählten Kategorie eine Kategorie mit dem obigen Namen hinzu.</translation>
    </message>
    <message>
        <source>Gives the selected category the name above.</source>
        <translation>Gibt der ausgewählten Kategorie den obigen Namen.</translation>
    </message>
    <message>
        <source>Archiving hides the selected category from shoppers; unarchiving brings it back.</source>
        <translation>Archivieren verbirgt die ausgewählte Kategorie vor Kunden; Aufheben der Archivierung bringt sie zurück.</translation>
    </message>
    <message>
        <source>Closes the editor; edits already saved stay.</source>
        <translation>Schließt den Editor; bereits gespeicherte Änderungen bleiben erhalten.</translation>
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
    <name>storefront::ui::DemoStoreSetup</name>
    <message>
        <source>Setting up the demo store…</source>
        <translation>Der Demoladen wird eingerichtet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Setting up the demo store</source>
        <translation>Der Demoladen wird eingerichtet</translation>
    </message>
    <message>
        <source>Loads the demo store&apos;s products, shoppers and ratings into the new database. Cancel leaves the database empty and quits.</source>
        <translation>Lädt die Produkte, Kundinnen und Kunden und Bewertungen des Demoladens in die neue Datenbank. „Abbrechen“ lässt die Datenbank leer und beendet das Programm.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
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
    <message>
        <source>Check the recommenders to compare; each is trained and tested on the same split.</source>
        <translation>Haken Sie die zu vergleichenden Empfehlungsmodelle an; jedes wird auf derselben Aufteilung trainiert und getestet.</translation>
    </message>
    <message>
        <source>How many recommendations per shopper are scored: the k of precision at k and of the other ranking metrics.</source>
        <translation>Wie viele Empfehlungen pro Kunde bewertet werden: das k von Precision at k und den anderen Ranking-Metriken.</translation>
    </message>
    <message>
        <source>Test ratings with at least this many stars count as relevant.</source>
        <translation>Testbewertungen mit mindestens so vielen Sternen gelten als relevant.</translation>
    </message>
    <message>
        <source>Trains and tests the checked models on this store&apos;s ratings and purchases in the background.</source>
        <translation>Trainiert und testet die angehakten Modelle im Hintergrund mit den Bewertungen und Käufen dieses Shops.</translation>
    </message>
    <message>
        <source>Stops the running evaluation; it shows no figures.</source>
        <translation>Bricht die laufende Auswertung ab; sie zeigt keine Zahlen.</translation>
    </message>
    <message>
        <source>Saves every figure of the last run, the precision and recall curves included, as a CSV file.</source>
        <translation>Speichert alle Zahlen des letzten Laufs, einschließlich der Precision- und Recall-Kurven, als CSV-Datei.</translation>
    </message>
    <message>
        <source>Chooses the metric the bar chart shows for each model.</source>
        <translation>Wählt die Metrik, die das Balkendiagramm für jedes Modell zeigt.</translation>
    </message>
    <message>
        <source>How far the running evaluation has got.</source>
        <translation>Wie weit die laufende Auswertung gekommen ist.</translation>
    </message>
    <message>
        <source>One row per model and one column per metric at k; a dash where a model has no such figure.</source>
        <translation>Eine Zeile pro Modell und eine Spalte pro Metrik bei k; ein Strich, wo ein Modell keinen solchen Wert hat.</translation>
    </message>
    <message>
        <source>One bar per model for the chosen metric.</source>
        <translation>Ein Balken pro Modell für die gewählte Metrik.</translation>
    </message>
    <message>
        <source>Precision and recall of every model for lists of 1 to 20 recommendations.</source>
        <translation>Precision und Recall jedes Modells für Listen mit 1 bis 20 Empfehlungen.</translation>
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
    <message>
        <source>Shows only the products of the selected category.</source>
        <translation>Zeigt nur die Produkte der ausgewählten Kategorie.</translation>
    </message>
    <message>
        <source>Check brands to show only their products; with none checked, every brand shows.</source>
        <translation>Haken Sie Marken an, um nur deren Produkte zu zeigen; ist keine angehakt, erscheinen alle Marken.</translation>
    </message>
    <message>
        <source>Shows only products at or above this price; &quot;Any&quot; for no lower limit.</source>
        <translation>Zeigt nur Produkte ab diesem Preis; „Beliebig“ für keine Untergrenze.</translation>
    </message>
    <message>
        <source>Shows only products at or below this price; &quot;Any&quot; for no upper limit.</source>
        <translation>Zeigt nur Produkte bis zu diesem Preis; „Beliebig“ für keine Obergrenze.</translation>
    </message>
    <message>
        <source>Shows only products whose average rating reaches the chosen stars.</source>
        <translation>Zeigt nur Produkte, deren Durchschnittsbewertung die gewählten Sterne erreicht.</translation>
    </message>
    <message>
        <source>Clears the brand, price and rating filters.</source>
        <translation>Setzt die Filter für Marke, Preis und Bewertung zurück.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>&amp;Browse all products</source>
        <translation>&amp;Alle Produkte ansehen</translation>
    </message>
    <message>
        <source>Browse all products</source>
        <translation>Alle Produkte ansehen</translation>
    </message>
    <message>
        <source>The whole catalog with search and filters (Ctrl+F)</source>
        <translation>Der gesamte Katalog mit Suche und Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Updating recommendations</source>
        <translation>Empfehlungen werden aktualisiert</translation>
    </message>
    <message>
        <source>Updating recommendations…</source>
        <translation>Empfehlungen werden aktualisiert…</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Empfohlen für Sie</translation>
    </message>
    <message>
        <source>Rate a few products and your recommendations appear here.</source>
        <translation>Bewerten Sie ein paar Produkte, dann erscheinen hier Ihre Empfehlungen.</translation>
    </message>
    <message>
        <source>Trending now</source>
        <translation>Gerade im Trend</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Zuletzt angesehen</translation>
    </message>
    <message>
        <source>Products you open appear here.</source>
        <translation>Produkte, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Welcome to Storefront</source>
        <translation>Willkommen bei Storefront</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>Willkommen zurück, %1</translation>
    </message>
    <message>
        <source>Search products, brands, categories…</source>
        <translation>Produkte, Marken, Kategorien suchen …</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Type to search the whole catalog; the results open as you type.</source>
        <translation>Tippen, um den ganzen Katalog zu durchsuchen; die Ergebnisse erscheinen schon beim Tippen.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::ImportPreviewDialog</name>
    <message>
        <source>Import preview: %1</source>
        <translation>Importvorschau: %1</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>One row per product; rows with problems are highlighted and list field and why.</source>
        <translation>Eine Zeile pro Produkt; fehlerhafte Zeilen sind hervorgehoben und nennen Feld und Grund.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Status or problems</source>
        <translation>Status oder Probleme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will be imported: %1 new, %2 updated. Nothing is written until you confirm.</source>
        <translation>
            <numerusform>%n Produkt wird importiert: %1 neu, %2 aktualisiert. Erst nach Ihrer Bestätigung wird etwas gespeichert.</numerusform>
            <numerusform>%n Produkte werden importiert: %1 neu, %2 aktualisiert. Erst nach Ihrer Bestätigung wird etwas gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported:
%1</source>
        <translation>Die Datei kann nicht importiert werden:
%1</translation>
    </message>
    <message>
        <source>The file holds no products.</source>
        <translation>Die Datei enthält keine Produkte.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported. Fix the highlighted rows in the file and import it again.</source>
        <translation>
            <numerusform>%n Problem gefunden; es wird nichts importiert. Korrigieren Sie die hervorgehobenen Zeilen in der Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%n Probleme gefunden; es wird nichts importiert. Korrigieren Sie die hervorgehobenen Zeilen in der Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm import</source>
        <translation>Import &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm import</source>
        <translation>Import bestätigen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Closes the preview, or stops the reading or writing that is running.</source>
        <translation>Schließt die Vorschau oder bricht das laufende Lesen oder Schreiben ab.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be imported.</source>
        <translation>Das Lesen wurde abgebrochen; es wird nichts importiert.</translation>
    </message>
    <message>
        <source>Writes every row at once, all or nothing; possible only when no row has a problem.</source>
        <translation>Schreibt alle Zeilen auf einmal, ganz oder gar nicht; nur möglich, wenn keine Zeile ein Problem hat.</translation>
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
    <message numerus="yes">
        <source>Cart (%n)</source>
        <translation>
            <numerusform>Warenkorb (%n)</numerusform>
            <numerusform>Warenkorb (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Show your cart</source>
        <translation>Ihren Warenkorb zeigen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Show the home page with your recommendations</source>
        <translation>Die Startseite mit Ihren Empfehlungen zeigen</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>Wunschliste</translation>
    </message>
    <message>
        <source>Show your wishlist</source>
        <translation>Ihre Wunschliste zeigen</translation>
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
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checks the PIN; when it is right, the kiosk&apos;s exit and staff functions open.</source>
        <translation>Prüft die PIN; ist sie richtig, werden das Beenden und die Personalfunktionen des Kiosks freigegeben.</translation>
    </message>
    <message>
        <source>Closes this window; the kiosk stays locked.</source>
        <translation>Schließt dieses Fenster; der Kiosk bleibt gesperrt.</translation>
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
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The email address you signed up with.</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich registriert haben.</translation>
    </message>
    <message>
        <source>Your password; it is not shown as you type.</source>
        <translation>Ihr Passwort; es wird bei der Eingabe nicht angezeigt.</translation>
    </message>
    <message>
        <source>Checks the email and password and signs you in; this takes a moment.</source>
        <translation>Prüft E-Mail-Adresse und Passwort und meldet Sie an; das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Closes this window and opens the form for a new account.</source>
        <translation>Schließt dieses Fenster und öffnet das Formular für ein neues Konto.</translation>
    </message>
    <message>
        <source>Closes this window without signing in.</source>
        <translation>Schließt dieses Fenster, ohne Sie anzumelden.</translation>
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
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Browse &amp;products</source>
        <translation>&amp;Produkte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Merchandising…</source>
        <translation>&amp;Merchandising…</translation>
    </message>
    <message>
        <source>Edit &amp;catalog…</source>
        <translation>&amp;Katalog bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Ad&amp;min</source>
        <translation>Ad&amp;min</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Benutzer und Rollen…</translation>
    </message>
    <message>
        <source>Your &amp;recommendation data…</source>
        <translation>Ihre &amp;Empfehlungsdaten…</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>S&amp;hop</translation>
    </message>
    <message>
        <source>&amp;Cart…</source>
        <translation>&amp;Warenkorb…</translation>
    </message>
    <message>
        <source>&amp;Wishlist…</source>
        <translation>W&amp;unschliste…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cart (%n)…</source>
        <translation>
            <numerusform>&amp;Warenkorb (%n)…</numerusform>
            <numerusform>&amp;Warenkorb (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Thanks! Your rating counts for this visit.</source>
        <translation>Danke! Ihre Bewertung zählt für diesen Besuch.</translation>
    </message>
    <message>
        <source>We will not recommend this product to you again.</source>
        <translation>Wir werden Ihnen dieses Produkt nicht mehr empfehlen.</translation>
    </message>
    <message>
        <source>Added to your cart.</source>
        <translation>In den Warenkorb gelegt.</translation>
    </message>
    <message>
        <source>Added to your wishlist.</source>
        <translation>Zur Wunschliste hinzugefügt.</translation>
    </message>
    <message>
        <source>Thanks! Your recommendations are being updated.</source>
        <translation>Danke! Ihre Empfehlungen werden aktualisiert.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::MerchandisingDialog</name>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Bury</source>
        <translation>Herabstufen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Merchandising</translation>
    </message>
    <message>
        <source>Merchandising rules</source>
        <translation>Merchandising-Regeln</translation>
    </message>
    <message>
        <source>Rules in the order they apply</source>
        <translation>Regeln in der Reihenfolge ihrer Anwendung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Position / amount</source>
        <translation>Position / Stärke</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Kind of rule</source>
        <translation>Art der Regel</translation>
    </message>
    <message>
        <source>One product, or every product of a category</source>
        <translation>Ein Produkt oder alle Produkte einer Kategorie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Type part of a title or sku and press Enter</source>
        <translation>Geben Sie einen Teil eines Titels oder einer SKU ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Search by title or sku…</source>
        <translation>Nach Titel oder SKU suchen…</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position in der Liste</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>How far to raise or lower the product, in standard deviations</source>
        <translation>Wie stark das Produkt angehoben oder abgesenkt wird, in Standardabweichungen</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Akti&amp;viert</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes to selected</source>
        <translation>Änderungen an Auswahl sp&amp;eichern</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Shopper to preview</source>
        <translation>Kunde für die Vorschau</translation>
    </message>
    <message>
        <source>Preview of the shopper&apos;s list</source>
        <translation>Vorschau der Liste des Kunden</translation>
    </message>
    <message>
        <source>The list under the saved rules and the rule being edited</source>
        <translation>Die Liste gemäß den gespeicherten Regeln und der gerade bearbeiteten Regel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>S&amp;hopper:</source>
        <translation>Ku&amp;nde:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(choose a shopper)</source>
        <translation>(Kunden auswählen)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Regel hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>Wählen Sie zuerst eine Regel aus.</translation>
    </message>
    <message>
        <source>Rule updated.</source>
        <translation>Regel aktualisiert.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Regel entfernt.</translation>
    </message>
    <message>
        <source>Order changed.</source>
        <translation>Reihenfolge geändert.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>No recommendations.</source>
        <translation>Keine Empfehlungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select a rule to edit, remove or move it; a later rule applies after an earlier one.</source>
        <translation>Wählen Sie eine Regel, um sie zu bearbeiten, zu entfernen oder zu verschieben; eine spätere Regel wirkt nach einer früheren.</translation>
    </message>
    <message>
        <source>Pin puts the target at a position, boost raises it, bury lowers it and exclude removes it from every shopper&apos;s list.</source>
        <translation>Anheften setzt das Ziel an eine Position, Hochstufen hebt es an, Herabstufen senkt es ab und Ausschließen entfernt es aus der Liste jedes Kunden.</translation>
    </message>
    <message>
        <source>The product the rule applies to, from the search results.</source>
        <translation>Das Produkt, für das die Regel gilt, aus den Suchergebnissen.</translation>
    </message>
    <message>
        <source>The category whose products the rule applies to.</source>
        <translation>Die Kategorie, für deren Produkte die Regel gilt.</translation>
    </message>
    <message>
        <source>Where a pinned product appears in the list; 1 is the first place.</source>
        <translation>Wo ein angeheftetes Produkt in der Liste erscheint; 1 ist der erste Platz.</translation>
    </message>
    <message>
        <source>An unchecked rule is kept but does not apply.</source>
        <translation>Eine nicht angehakte Regel bleibt erhalten, wirkt aber nicht.</translation>
    </message>
    <message>
        <source>Adds the rule set out above after the existing ones.</source>
        <translation>Fügt die oben festgelegte Regel nach den vorhandenen hinzu.</translation>
    </message>
    <message>
        <source>Replaces the selected rule with the one set out above.</source>
        <translation>Ersetzt die ausgewählte Regel durch die oben festgelegte.</translation>
    </message>
    <message>
        <source>Deletes the selected rule.</source>
        <translation>Löscht die ausgewählte Regel.</translation>
    </message>
    <message>
        <source>Applies the selected rule one step earlier.</source>
        <translation>Lässt die ausgewählte Regel einen Schritt früher wirken.</translation>
    </message>
    <message>
        <source>Applies the selected rule one step later.</source>
        <translation>Lässt die ausgewählte Regel einen Schritt später wirken.</translation>
    </message>
    <message>
        <source>Whose recommendations the preview shows with the rules applied.</source>
        <translation>Wessen Empfehlungen die Vorschau mit angewandten Regeln zeigt.</translation>
    </message>
    <message>
        <source>Closes the rules; saved rules stay in force.</source>
        <translation>Schließt die Regeln; gespeicherte Regeln bleiben in Kraft.</translation>
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
    <message>
        <source>Deletes the character before the cursor.</source>
        <translation>Löscht das Zeichen vor dem Cursor.</translation>
    </message>
    <message>
        <source>Confirms what you typed, like the Enter key.</source>
        <translation>Bestätigt die Eingabe, wie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Switches the letter keys between small and capital letters for the next letter.</source>
        <translation>Schaltet die Buchstabentasten für den nächsten Buchstaben zwischen Klein- und Großbuchstaben um.</translation>
    </message>
    <message>
        <source>Types a space.</source>
        <translation>Gibt ein Leerzeichen ein.</translation>
    </message>
    <message>
        <source>Types this character into the selected field.</source>
        <translation>Gibt dieses Zeichen in das ausgewählte Feld ein.</translation>
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
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check the categories you like; Space checks or unchecks the current one.</source>
        <translation>Haken Sie die Kategorien an, die Ihnen gefallen; die Leertaste hakt die aktuelle an oder ab.</translation>
    </message>
    <message>
        <source>Keeps the checked categories; your first recommendations come from them.</source>
        <translation>Speichert die angehakten Kategorien; Ihre ersten Empfehlungen stammen aus ihnen.</translation>
    </message>
    <message>
        <source>Closes this window without choosing; it is not asked again at the next log-in.</source>
        <translation>Schließt dieses Fenster ohne Auswahl; bei der nächsten Anmeldung wird nicht erneut gefragt.</translation>
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
    <message>
        <source>not one of the %1 most common passwords, nor one with digits, symbols or look-alikes added</source>
        <translation>keines der %1 häufigsten Passwörter, auch nicht mit angehängten Ziffern, Symbolen oder ähnlich aussehenden Zeichen</translation>
    </message>
    <message>
        <source>not one character or a short pattern repeated</source>
        <translation>kein wiederholtes Zeichen oder kurzes Muster</translation>
    </message>
    <message>
        <source>not a run of neighbouring keys, letters or digits</source>
        <translation>keine Folge benachbarter Tasten, Buchstaben oder Ziffern</translation>
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
    <name>storefront::ui::ProductImageImporter</name>
    <message>
        <source>The picture could not be copied into %1.</source>
        <translation>Das Bild konnte nicht nach %1 kopiert werden.</translation>
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
    <message>
        <source>Your &amp;rating:</source>
        <translation>Ihre &amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation>&amp;Kein Interesse</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Never recommend this product to me</source>
        <translation>Dieses Produkt nie wieder empfehlen</translation>
    </message>
    <message>
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>Add to &amp;wishlist</source>
        <translation>Auf die Wunsch&amp;liste</translation>
    </message>
    <message>
        <source>Add to wishlist</source>
        <translation>Auf die Wunschliste</translation>
    </message>
    <message>
        <source>Customers who liked this also liked</source>
        <translation>Kunden, denen dies gefiel, gefiel auch</translation>
    </message>
    <message>
        <source>Not enough ratings of this product yet.</source>
        <translation>Noch nicht genügend Bewertungen für dieses Produkt.</translation>
    </message>
    <message>
        <source>Similar products</source>
        <translation>Ähnliche Produkte</translation>
    </message>
    <message>
        <source>Add another to &amp;cart (%1 in your cart)</source>
        <translation>Noch eins in den &amp;Warenkorb (%1 in Ihrem Warenkorb)</translation>
    </message>
    <message>
        <source>✓ On your &amp;wishlist</source>
        <translation>✓ Auf Ihrer Wunsch&amp;liste</translation>
    </message>
    <message>
        <source>✓ &amp;Not interested</source>
        <translation>✓ &amp;Kein Interesse</translation>
    </message>
    <message>
        <source>Puts one of this product in your cart.</source>
        <translation>Legt ein Stück dieses Produkts in Ihren Warenkorb.</translation>
    </message>
    <message>
        <source>Keeps this product on your wishlist for later.</source>
        <translation>Merkt dieses Produkt für später auf Ihrer Wunschliste vor.</translation>
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
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The name the store greets you with.</source>
        <translation>Der Name, mit dem der Shop Sie begrüßt.</translation>
    </message>
    <message>
        <source>Keeps the display name typed beside it.</source>
        <translation>Speichert den daneben eingegebenen Anzeigenamen.</translation>
    </message>
    <message>
        <source>The address you sign in with; a change needs your current password.</source>
        <translation>Die Adresse, mit der Sie sich anmelden; eine Änderung erfordert Ihr aktuelles Passwort.</translation>
    </message>
    <message>
        <source>Confirms that it is you who changes the email.</source>
        <translation>Bestätigt, dass Sie selbst die E-Mail-Adresse ändern.</translation>
    </message>
    <message>
        <source>Makes the email above the one you sign in with.</source>
        <translation>Macht die obige E-Mail-Adresse zu der, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The password you sign in with now.</source>
        <translation>Das Passwort, mit dem Sie sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>The rules below say which requirements it meets.</source>
        <translation>Die Regeln darunter zeigen, welche Anforderungen es erfüllt.</translation>
    </message>
    <message>
        <source>The new password again, to catch a typing error.</source>
        <translation>Noch einmal das neue Passwort, um Tippfehler zu erkennen.</translation>
    </message>
    <message>
        <source>Sets the new password and signs you out everywhere else.</source>
        <translation>Setzt das neue Passwort und meldet Sie überall sonst ab.</translation>
    </message>
    <message>
        <source>Check the categories you like; Space checks or unchecks the current one.</source>
        <translation>Haken Sie die Kategorien an, die Ihnen gefallen; die Leertaste hakt die aktuelle an oder ab.</translation>
    </message>
    <message>
        <source>Keeps the checked favourite categories.</source>
        <translation>Speichert die angehakten Lieblingskategorien.</translation>
    </message>
    <message>
        <source>The lowest price you are looking for; &quot;No limit&quot; for none.</source>
        <translation>Der niedrigste Preis, den Sie suchen; „Keine Grenze“ für keinen.</translation>
    </message>
    <message>
        <source>The highest price you are looking for; &quot;No limit&quot; for none.</source>
        <translation>Der höchste Preis, den Sie suchen; „Keine Grenze“ für keinen.</translation>
    </message>
    <message>
        <source>Keeps the preferred price range.</source>
        <translation>Speichert die bevorzugte Preisspanne.</translation>
    </message>
    <message>
        <source>Asks for a file and saves everything the store keeps about you in it, as JSON.</source>
        <translation>Fragt nach einer Datei und speichert darin alles, was der Shop über Sie speichert, als JSON.</translation>
    </message>
    <message>
        <source>Confirms that it is you who deletes the account.</source>
        <translation>Bestätigt, dass Sie selbst das Konto löschen.</translation>
    </message>
    <message>
        <source>Asks once more, then deletes your account, ratings and activity for good.</source>
        <translation>Fragt noch einmal nach und löscht dann Ihr Konto, Ihre Bewertungen und Ihre Aktivitäten endgültig.</translation>
    </message>
    <message>
        <source>Closes your profile; what was not saved is dropped.</source>
        <translation>Schließt Ihr Profil; nicht Gespeichertes wird verworfen.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::QtPictureDecoder</name>
    <message>
        <source>the file is not a picture in an accepted format (%1)</source>
        <translation>die Datei ist kein Bild in einem zulässigen Format (%1)</translation>
    </message>
    <message>
        <source>the picture cannot be decoded: %1</source>
        <translation>das Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>a scaled copy could not be written</source>
        <translation>eine skalierte Kopie konnte nicht geschrieben werden</translation>
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
    <name>storefront::ui::RecommendationDataDialog</name>
    <message>
        <source>Rated %1★</source>
        <translation>Mit %1★ bewertet</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>In den Warenkorb gelegt</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Added to wishlist</source>
        <translation>Auf die Wunschliste gesetzt</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>Your recommendation data</source>
        <translation>Ihre Empfehlungsdaten</translation>
    </message>
    <message>
        <source>These ratings and actions shape your recommendations. Tick &quot;Don&apos;t use for recommendations&quot; to make the store ignore one; it takes effect at once.</source>
        <translation>Diese Bewertungen und Aktionen prägen Ihre Empfehlungen. Aktivieren Sie „Nicht für Empfehlungen verwenden“, damit der Shop einen Eintrag ignoriert; die Änderung wirkt sofort.</translation>
    </message>
    <message>
        <source>Your ratings and activity</source>
        <translation>Ihre Bewertungen und Aktivitäten</translation>
    </message>
    <message>
        <source>Press Space on the last column to use or ignore a row for recommendations</source>
        <translation>Drücken Sie in der letzten Spalte die Leertaste, um eine Zeile für Empfehlungen zu verwenden oder zu ignorieren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Don&apos;t use for recommendations</source>
        <translation>Nicht für Empfehlungen verwenden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Don&apos;t use</source>
        <translation>Nicht verwenden</translation>
    </message>
    <message>
        <source>Nothing yet: rate products or add them to your cart or wishlist.</source>
        <translation>Noch nichts vorhanden: Bewerten Sie Produkte oder legen Sie sie in den Warenkorb oder auf die Wunschliste.</translation>
    </message>
    <message>
        <source>“%1” is no longer used for your recommendations.</source>
        <translation>„%1“ wird nicht mehr für Ihre Empfehlungen verwendet.</translation>
    </message>
    <message>
        <source>“%1” is used for your recommendations again.</source>
        <translation>„%1“ wird wieder für Ihre Empfehlungen verwendet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Closes this window; every choice made here already applies.</source>
        <translation>Schließt dieses Fenster; jede hier getroffene Auswahl gilt bereits.</translation>
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
    <message>
        <source>A new language applies at once; messages already on screen keep theirs until they are shown again.</source>
        <translation>Eine neue Sprache gilt sofort; bereits angezeigte Meldungen behalten ihre Sprache, bis sie erneut erscheinen.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Die PIN wird gesetzt…</translation>
    </message>
    <message>
        <source>Keeps the language and idle time and closes the window.</source>
        <translation>Übernimmt Sprache und Leerlaufzeit und schließt das Fenster.</translation>
    </message>
    <message>
        <source>Closes the window; the language and idle time stay as they were.</source>
        <translation>Schließt das Fenster; Sprache und Leerlaufzeit bleiben unverändert.</translation>
    </message>
    <message>
        <source>The same PIN again, to catch a typing error.</source>
        <translation>Noch einmal dieselbe PIN, um Tippfehler zu erkennen.</translation>
    </message>
    <message>
        <source>Replaces the PIN that unlocks a kiosk&apos;s exit and staff functions.</source>
        <translation>Ersetzt die PIN, die das Beenden und die Personalfunktionen eines Kiosks freigibt.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::ShopperListDialog</name>
    <message>
        <source>Enter opens a product; Tab reaches the controls of the current view</source>
        <translation>Die Eingabetaste öffnet ein Produkt; mit Tab erreichen Sie die Bedienelemente der aktuellen Ansicht</translation>
    </message>
    <message>
        <source>Closes this window; every change made here is already saved.</source>
        <translation>Schließt dieses Fenster; jede hier vorgenommene Änderung ist bereits gespeichert.</translation>
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
    <message>
        <source>The address you will sign in with.</source>
        <translation>Die Adresse, mit der Sie sich anmelden werden.</translation>
    </message>
    <message>
        <source>The name the store greets you with.</source>
        <translation>Der Name, mit dem der Shop Sie begrüßt.</translation>
    </message>
    <message>
        <source>A new password; the rules below say which requirements it meets.</source>
        <translation>Ein neues Passwort; die Regeln darunter zeigen, welche Anforderungen es erfüllt.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing error.</source>
        <translation>Noch einmal dasselbe Passwort, um Tippfehler zu erkennen.</translation>
    </message>
    <message>
        <source>Stays signed in after the program restarts, for up to 30 days. Do not use on a shared computer.</source>
        <translation>Bleibt nach einem Neustart des Programms bis zu 30 Tage angemeldet. Nicht auf einem gemeinsam genutzten Computer verwenden.</translation>
    </message>
    <message>
        <source>Creates the administrator account and signs it in.</source>
        <translation>Legt das Administratorkonto an und meldet es an.</translation>
    </message>
    <message>
        <source>Creates your account and signs you in; it is enabled once every password rule is met and both passwords match.</source>
        <translation>Legt Ihr Konto an und meldet Sie an; möglich, sobald jede Passwortregel erfüllt ist und beide Passwörter übereinstimmen.</translation>
    </message>
    <message>
        <source>Closes this window without creating an account.</source>
        <translation>Schließt dieses Fenster, ohne ein Konto anzulegen.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::StarRating</name>
    <message>
        <source>Your rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Click a star, or use the arrow keys, 1 to 5, Home or End</source>
        <translation>Klicken Sie auf einen Stern oder verwenden Sie die Pfeiltasten, 1 bis 5, Pos1 oder Ende</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 von %2 Sternen</translation>
    </message>
</context>
<context>
    <name>storefront::ui::UsersDialog</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Find by email or name</source>
        <translation>Nach E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>Find users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Kann sich anmelden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role of the selected account</source>
        <translation>Rolle des ausgewählten Kontos</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>Rolle &amp;ändern</translation>
    </message>
    <message>
        <source>Change the role of the selected account</source>
        <translation>Rolle des ausgewählten Kontos ändern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists only the accounts whose email or name contains this text.</source>
        <translation>Zeigt nur die Konten, deren E-Mail-Adresse oder Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Every account with its role; select one to change its role below.</source>
        <translation>Alle Konten mit ihrer Rolle; wählen Sie eines, um darunter seine Rolle zu ändern.</translation>
    </message>
    <message>
        <source>The role to give the selected account; Change role applies it.</source>
        <translation>Die Rolle für das ausgewählte Konto; „Rolle ändern“ übernimmt sie.</translation>
    </message>
    <message>
        <source>Gives the selected account the chosen role; the change is recorded in the audit log.</source>
        <translation>Gibt dem ausgewählten Konto die gewählte Rolle; die Änderung wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Closes the list of users.</source>
        <translation>Schließt die Benutzerliste.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::WhyThisDialog</name>
    <message>
        <source>What is popular with other shoppers</source>
        <translation>Was bei anderen Kunden beliebt ist</translation>
    </message>
    <message>
        <source>Products described like the ones you like</source>
        <translation>Produkte, die ähnlich beschrieben sind wie die, die Ihnen gefallen</translation>
    </message>
    <message>
        <source>Customers who liked the same products</source>
        <translation>Kunden, denen dieselben Produkte gefielen</translation>
    </message>
    <message>
        <source>Your overall taste (matrix factorisation)</source>
        <translation>Ihr Geschmack insgesamt (Matrixfaktorisierung)</translation>
    </message>
    <message>
        <source>Products often liked together</source>
        <translation>Produkte, die häufig gemeinsam gefallen</translation>
    </message>
    <message>
        <source>Your favourite categories</source>
        <translation>Ihre Lieblingskategorien</translation>
    </message>
    <message>
        <source>What is trending now</source>
        <translation>Was gerade im Trend liegt</translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation>Warum %1?</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Für Sie empfohlen</translation>
    </message>
    <message>
        <source>&amp;What it is based on:</source>
        <translation>&amp;Worauf die Empfehlung basiert:</translation>
    </message>
    <message>
        <source>What it is based on</source>
        <translation>Worauf die Empfehlung basiert</translation>
    </message>
    <message>
        <source>%1 — you rated it %2★</source>
        <translation>%1 — von Ihnen mit %2★ bewertet</translation>
    </message>
    <message>
        <source>%1 — you looked at it or bought it</source>
        <translation>%1 — Sie haben es angesehen oder gekauft</translation>
    </message>
    <message>
        <source> (%1 of this)</source>
        <translation> (%1 davon)</translation>
    </message>
    <message>
        <source>No single product: it is chosen from what is popular and from your categories.</source>
        <translation>Kein einzelnes Produkt: Die Empfehlung wird aus beliebten Produkten und Ihren Kategorien ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;How much each signal counted:</source>
        <translation>&amp;Gewichtung der einzelnen Signale:</translation>
    </message>
    <message>
        <source>How much each signal counted</source>
        <translation>Gewichtung der einzelnen Signale</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The store&apos;s own choice</source>
        <translation>Die eigene Auswahl des Shops</translation>
    </message>
    <message>
        <source>Featured by the store at position %1</source>
        <translation>Vom Shop an Position %1 empfohlen</translation>
    </message>
    <message>
        <source>Boosted by the store (%1)</source>
        <translation>Vom Shop nach oben gerückt (%1)</translation>
    </message>
    <message>
        <source>Placed lower by the store (%1)</source>
        <translation>Vom Shop nach unten gerückt (%1)</translation>
    </message>
    <message>
        <source>In your preferred price range (%1)</source>
        <translation>In Ihrer bevorzugten Preisspanne (%1)</translation>
    </message>
    <message>
        <source>%1, like everything in %2</source>
        <translation>%1, wie alles in %2</translation>
    </message>
    <message>
        <source>What the &amp;store changed:</source>
        <translation>Was der &amp;Shop geändert hat:</translation>
    </message>
    <message>
        <source>What the store changed</source>
        <translation>Was der Shop geändert hat</translation>
    </message>
    <message>
        <source>The store&apos;s own rules that placed or moved this product: a featured position, a boost or a push down, your preferred price range.</source>
        <translation>Die eigenen Regeln des Ladens, die dieses Produkt platziert oder verschoben haben: eine hervorgehobene Position, eine Aufwertung oder Abwertung, Ihr bevorzugter Preisbereich.</translation>
    </message>
    <message>
        <source>The products you rated, viewed or bought that led to this recommendation, with how much each counted.</source>
        <translation>Die Produkte, die Sie bewertet, angesehen oder gekauft haben und die zu dieser Empfehlung geführt haben, mit ihrem jeweiligen Gewicht.</translation>
    </message>
    <message>
        <source>Each recommendation method&apos;s share in choosing this product.</source>
        <translation>Der Anteil jedes Empfehlungsverfahrens an der Wahl dieses Produkts.</translation>
    </message>
    <message>
        <source>Closes this explanation.</source>
        <translation>Schließt diese Erklärung.</translation>
    </message>
</context>
<context>
    <name>storefront::ui::WishlistDialog</name>
    <message>
        <source>Your wishlist</source>
        <translation>Ihre Wunschliste</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>Add %1 to the cart</source>
        <translation>%1 in den Warenkorb legen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the wishlist</source>
        <translation>%1 von der Wunschliste entfernen</translation>
    </message>
    <message>
        <source>Your wishlist is empty.</source>
        <translation>Ihre Wunschliste ist leer.</translation>
    </message>
    <message>
        <source>Puts one of this product in your cart.</source>
        <translation>Legt ein Stück dieses Produkts in Ihren Warenkorb.</translation>
    </message>
    <message>
        <source>Takes this product off your wishlist.</source>
        <translation>Entfernt dieses Produkt von Ihrer Wunschliste.</translation>
    </message>
</context>
</TS>
