<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../userjourney/cli.py" line="+57"/>
        <source>Aufruf: </source>
        <translation>Usage: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Angaben</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optionen</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ein Datum wird erwartet (JJJJ-MM-TT)</source>
        <translation>a date is expected (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>eine ganze Zahl wird erwartet, nicht „{text}“</source>
        <translation>a whole number is expected, not “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datenbankdatei (sonst $USERJOURNEY_DB, sonst der Datenordner des Benutzers)</source>
        <translation>database file (else $USERJOURNEY_DB, else the user&apos;s data folder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Familien dieses Standorts</source>
        <translation>only families of this location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Familien dieses JobCoachs</source>
        <translation>only families of this JobCoach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anträge ab diesem Tag (einschließlich)</source>
        <translation>applications from this day (inclusive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anträge bis zu diesem Tag (einschließlich)</source>
        <translation>applications up to this day (inclusive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stichtag (Standard: heute)</source>
        <translation>reference day (default: today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenstand: die Daten, wie sie zu diesem Zeitpunkt waren (ein Tag: sein Ende)</source>
        <translation>data as of: the data as they were at that moment (a day: its end)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User Journeys (BuT, Minijobs) für Familien im Jobcenter-Projekt. Ohne Befehl startet die grafische Oberfläche.</source>
        <translation>User journeys (BuT, Minijobs) for families in the Jobcenter project. Without a command the graphical interface starts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version zeigen und beenden</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BEFEHL</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-Vorlage einlesen (BuT, Minijobs)</source>
        <translation>import an Excel template (BuT, Minijobs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auswertung und Rohdaten als Excel-Arbeitsmappe</source>
        <translation>summary and raw data as an Excel workbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bericht für das Jobcenter: die Auswertung ohne personenbezogene Daten, als Excel-Arbeitsmappe</source>
        <translation>report for the Jobcenter: the summary without personal data, as an Excel workbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werte von 1 bis N−1 ausblenden (•), dazu alles, woraus sie sich errechnen ließen</source>
        <translation>hide values from 1 to N−1 (•), and everything they could be calculated from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leere Excel-Vorlage zum Ausfüllen schreiben</source>
        <translation>write an empty Excel template to fill in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswertung „BuT bei ANNA“ anzeigen</source>
        <translation>show the summary “BuT bei ANNA”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>als JSON (für andere Programme)</source>
        <translation>as JSON (for other programs)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Verlauf: Anspruch, Nutzung und Anträge je Monat oder Quartal</source>
        <translation>trend: entitlement, take-up and applications per month or quarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>je Monat (Standard) oder Quartal</source>
        <translation>per month (default) or quarter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beispielfamilien Schmidt und Müller anlegen</source>
        <translation>create the sample families Schmidt and Müller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stattdessen die 30 ANNA-Familien anlegen, deren Auswertung Anhang 6.6 ergibt</source>
        <translation>create the 30 ANNA families instead, whose summary gives Annex 6.6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die ANNA-Familien so anlegen, wie sie im Projekt nach und nach erfasst wurden (Verlauf ab August 2020; in eine Datenbank ohne ANNA-Familien)</source>
        <translation>create the ANNA families as they were entered over the project (trend from August 2020; into a database without ANNA families)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherungskopie der Datenbank in DATEI schreiben</source>
        <translation>write a backup copy of the database to FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenbank aus einer Sicherungskopie wiederherstellen</source>
        <translation>restore the database from a backup copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>die automatischen Sicherungen der Datenbank auflisten</source>
        <translation>list the automatic backups of the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mit einer anderen Datenbank abgleichen (Datei oder Server), in beide Richtungen; Konflikte bleiben zur Entscheidung stehen</source>
        <translation>synchronise with another database (file or server), in both directions; conflicts remain for a decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANDERE</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>die andere Datenbank: Pfad einer Datei oder Server-URL</source>
        <translation>the other database: path of a file or server URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offene Konflikte aus dem Abgleich auflisten</source>
        <translation>list open conflicts from synchronising</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>als JSON (exchange-format §6)</source>
        <translation>as JSON (exchange-format §6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>einen Konflikt entscheiden: den Wert Nummer K nehmen</source>
        <translation>decide a conflict: take value number K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nummer des Werts (0 = der erste der Liste)</source>
        <translation>number of the value (0 = the first of the list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eine Familie mit allen Spuren löschen (DSGVO Art. 17), auch aus ihrem Verlauf und den Sicherungen; nicht rückgängig zu machen</source>
        <translation>erase a family with all traces (GDPR Art. 17), also from its history and the backups; cannot be undone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>die Datenbank und ihre Sicherungen verschlüsseln (SQLCipher); zeigt einmal den Wiederherstellungsschlüssel</source>
        <translation>encrypt the database and its backups (SQLCipher); shows the recovery key once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die Verschlüsselung der Datenbank und ihrer Sicherungen aufheben</source>
        <translation>remove the encryption of the database and its backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Passphrase ändern (neu aus $USERJOURNEY_NEW_PASSPHRASE oder zweimal eingegeben)</source>
        <translation>change the passphrase (new one from $USERJOURNEY_NEW_PASSPHRASE or typed twice)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ein Büro-Server (PostgreSQL) einrichten und Anmeldungen anlegen</source>
        <translation>set up an office server (PostgreSQL) and create logins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema, Rollen und Zugriffsregeln anlegen oder aktualisieren (als Eigentümer der Datenbank)</source>
        <translation>create or update schema, roles and access rules (as owner of the database)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>eine Anmeldung anlegen, die nur Familien ihrer Standorte sieht</source>
        <translation>create a login that sees only the families of its locations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standorte, durch Kommas getrennt</source>
        <translation>locations, separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Familien (Teamleitung, Auswertung im Jobcenter)</source>
        <translation>all families (team lead, analysis at the Jobcenter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei, deren erste Zeile das Kennwort ist</source>
        <translation>file whose first line is the password</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>„{text}“ ist keine Zahl von Sekunden</source>
        <extracomment>The longest a command waits for the window to let go of the database (an hour).</extracomment>
        <translation>“{text}” is not a number of seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{text}“: erwartet werden 0 bis {limit:g} Sekunden</source>
        <translation>“{text}”: 0 to {limit:g} seconds are expected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>so lange warten, wenn userjourney die Datenbank gerade geöffnet hat (Standard: 10)</source>
        <translation>wait this long if userjourney has the database open (default: 10)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>„{name}“: der Dateiname muss auf .xlsx enden.</source>
        <translation>“{name}”: the file name must end in .xlsx.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>userjourney: Die Datenbank wird gerade von {who} benutzt; warte bis zu {seconds} s …</source>
        <translation>userjourney: the database is in use by {who}; waiting up to {seconds} s …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import von {path} in {db}:</source>
        <translation>Import of {path} into {db}:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vorlage geschrieben: {path}</source>
        <translation>Template written: {path}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schon vorhanden, unverändert</source>
        <translation>already there, unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familie {code}: {state}</source>
        <translation>Family {code}: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Datenbank: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ANNA-Familien: {created} angelegt, {kept} schon vorhanden (unverändert)</source>
        <translation>ANNA families: {created} created, {kept} already there (unchanged)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswertung wie Anhang 6.6: userjourney summary --from {start} --to {end}</source>
        <translation>Summary like Annex 6.6: userjourney summary --from {start} --to {end}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kopie geschrieben: {path} ({n} Familien, die diese Anmeldung sieht)</source>
        <translation>Copy written: {path} ({n} families this login sees)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sicherungen macht für eine Server-Datenbank deren Verwaltung.</source>
        <translation>Backups of a server database are made by its administrators.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Die Sicherung kann nicht die Datenbank selbst sein.</source>
        <translation>The backup cannot be the database itself.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>„{path}“ gibt es schon; bitte einen neuen Dateinamen wählen.</source>
        <translation>“{path}” already exists; please choose a new file name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sicherung geschrieben: {path} ({n} Familien)</source>
        <translation>Backup written: {path} ({n} families)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Eine Server-Datenbank stellt deren Verwaltung wieder her.</source>
        <translation>A server database is restored by its administrators.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wiederhergestellt aus {source} ({n} Familien).</source>
        <translation>Restored from {source} ({n} families).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der vorige Stand liegt in {path}.</source>
        <translation>The previous state is in {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Es gibt noch keine automatischen Sicherungen.</source>
        <translation>There are no automatic backups yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Familie „{code}“ gelöscht, mit {n} Zeilen ihres Verlaufs; es bleibt nur ein Eintrag, dass eine Familie gelöscht wurde.</source>
        <translation>Family “{code}” erased, with {n} rows of its history; only an entry that a family was erased remains.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungen bereinigt: {n}</source>
        <translation>Backups cleaned: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicht lesbar, bitte von Hand löschen: {path}</source>
        <translation>Not readable, please delete by hand: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../userjourney/gui/dialogs/sync.py" line="+117"/>
        <source>Die Datenbank {path} gibt es nicht; nichts abgeglichen.</source>
        <translation>The database {path} does not exist; nothing synchronised.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beide Datenbanken waren schon auf demselben Stand; nichts geändert.</source>
        <translation>Both databases were already at the same state; nothing changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keine offenen Konflikte.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(leer oder gelöscht)</source>
        <translation>(empty or deleted)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Konflikt {id} entschieden: {what} = {value}</source>
        <translation>Conflict {id} decided: {what} = {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Server-Datenbank verschlüsselt deren Verwaltung (verschlüsselte Datenträger und Verbindungen des Servers).</source>
        <translation>A server database is encrypted by its administrators (encrypted disks and connections of the server).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keine neue Passphrase: bitte in {variable} angeben oder im Terminal eingeben.</source>
        <translation>No new passphrase: please give it in {variable} or type it in the terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Passphrase (mindestens 8 Zeichen): </source>
        <translation>New passphrase (at least 8 characters): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Passphrase wiederholen: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die beiden Eingaben der Passphrase sind verschieden; nichts geändert.</source>
        <translation>The two passphrases typed differ; nothing changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Passphrase passt nicht.</source>
        <translation>The passphrase does not match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase (oder Wiederherstellungsschlüssel) für „{path}“: </source>
        <translation>Passphrase (or recovery key) for “{path}”: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verschlüsselt (SQLCipher 4): {path}, dazu {n} Sicherungen.</source>
        <translation>Encrypted (SQLCipher 4): {path}, and {n} backups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wiederherstellungsschlüssel – wird nur jetzt angezeigt; bitte ausdrucken oder bei der IT hinterlegen:</source>
        <translation>Recovery key – shown only now; please print it or leave it with IT:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Schlüsseldatei {keys} gehört zur Datenbank: immer mit ihr sichern und kopieren.</source>
        <translation>The key file {keys} belongs to the database: always back it up and copy it with it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>„{path}“ ist nicht verschlüsselt.</source>
        <translation>“{path}” is not encrypted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entschlüsselt: {path}, dazu {n} Sicherungen.</source>
        <translation>Decrypted: {path}, and {n} backups.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{path}“ ist nicht verschlüsselt; verschlüsseln mit „userjourney encrypt“.</source>
        <translation>“{path}” is not encrypted; encrypt it with “userjourney encrypt”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase geändert für {path}; der Wiederherstellungsschlüssel gilt weiter.</source>
        <translation>Passphrase changed for {path}; the recovery key stays valid.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server eingerichtet: Schema, Rolle {role} und Zugriffsregeln je Standort.</source>
        <translation>Server set up: schema, role {role} and access rules per location.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Kennwortdatei „{path}“ kann nicht gelesen werden: {error}</source>
        <translation>The password file “{path}” cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle Standorte</source>
        <translation>all locations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung {name}: {where}</source>
        <translation>Login {name}: {where}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unerwarteter Fehler ({kind}). Einzelheiten stehen in {log}.</source>
        <translation>Unexpected error ({kind}). Details are in {log}.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/backups.py" line="+96"/>
        <source>Die Sicherung von „{source}“ nach „{destination}“ ist fehlgeschlagen: {error}</source>
        <extracomment>A kept-aside damaged file stays at least this long, whatever the number of copies. SQLite&apos;s files beside a database (a copy is one self-contained file, but a damaged file is kept with its -wal, and a copy opened by hand may have grown them).</extracomment>
        <translation>The backup of “{source}” to “{destination}” failed: {error}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Tagessicherung</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vor einem Import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vor einer Wiederherstellung</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die beschädigte Datei (vor der Wiederherstellung)</source>
        <translation>the damaged file (before the restore)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vor einer Aktualisierung der Datenbank</source>
        <translation>before an update of the database</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Die Sicherung „{path}“ gibt es nicht.</source>
        <translation>The backup “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{path}“ ist keine userjourney-Datenbank (leer).</source>
        <translation>“{path}” is not a userjourney database (empty).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Sicherung „{path}“ ist beschädigt ({error}) und wird nicht verwendet.</source>
        <translation>The backup “{path}” is damaged ({error}) and is not used.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Die Wiederherstellung aus „{backup}“ ist fehlgeschlagen ({error}); die Datenbank ist unverändert.</source>
        <translation>The restore from “{backup}” failed ({error}); the database is unchanged.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die beschädigte Datei „{path}“ kann nicht nach „{folder}“ beiseitegelegt werden ({error}); sie bleibt, wie sie ist.</source>
        <translation>The damaged file “{path}” cannot be moved aside to “{folder}” ({error}); it stays as it is.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/edits.py" line="+63"/>
        <source>Der Familien-Code darf nicht leer sein.</source>
        <translation>The family code must not be empty.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Eine Familie „{code}“ gibt es schon.</source>
        <translation>A family “{code}” already exists.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Das Erstelldatum darf nicht leer sein.</source>
        <translation>The creation date must not be empty.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Der Name {what} darf nicht leer sein.</source>
        <translation>The name {what} must not be empty.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Der Familien-Code ist länger als {limit} Zeichen.</source>
        <translation>The family code is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Text ist länger als {limit} Zeichen.</source>
        <translation>The text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Der neue Name darf nicht leer sein.</source>
        <translation>The new name must not be empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{text}“ gibt es nicht (mehr).</source>
        <translation>“{text}” does not exist (any more).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Der Name ist länger als {limit} Zeichen.</source>
        <translation>The name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>des Kindes</source>
        <translation>of the child</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>In Familie „{family}“ gibt es schon ein Kind „{name}“.</source>
        <translation>Family “{family}” already has a child “{name}”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>der Person</source>
        <translation>of the person</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>In Familie „{family}“ gibt es schon eine Person „{name}“.</source>
        <translation>Family “{family}” already has a person “{name}”.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Ein Detail ist länger als {limit} Zeichen.</source>
        <translation>A detail is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>Der Grund ist länger als {limit} Zeichen.</source>
        <translation>The reason is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Die Notiz ist länger als {limit} Zeichen.</source>
        <translation>The note is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Der Arbeitgeber ist länger als {limit} Zeichen.</source>
        <translation>The employer is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Die Anmerkung ist länger als {limit} Zeichen.</source>
        <translation>The remark is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist.</source>
        <translation>“Aufgestockt” (topped up) is only possible when “Aufstockung möglich” (top-up possible) is yes.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/actor.py" line="+30"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/revert.py" line="+45"/>
        <source>Zu dieser Änderung gibt es keinen Verlauf.</source>
        <translation>There is no history for this change.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Der Eintrag wurde inzwischen geändert.</source>
        <translation>The entry has been changed in the meantime.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Eintrag wurde inzwischen gelöscht.</source>
        <translation>The entry has been deleted in the meantime.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Eintrag existiert bereits wieder.</source>
        <translation>The entry exists again already.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/journeys.py" line="+118"/>
        <source>„nein“ bei „{no}“ widerspricht dem späteren „ja“ bei „{yes}“.</source>
        <translation>“no” at “{no}” contradicts the later “yes” at “{yes}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nach „nein“ bei „{no}“ haben spätere Angaben keine Bedeutung.</source>
        <translation>After “no” at “{no}”, later answers have no meaning.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>offen bei „{step}“</source>
        <translation>open at “{step}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„nein“ bei „{step}“</source>
        <translation>“no” at “{step}”</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Leere Schritte vor einem „ja“ als „ja“ übernommen: {steps}.</source>
        <translation>Empty steps before a “yes” taken as “yes”: {steps}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Alter {age} ist ungewöhnlich für „{facility}“ (üblich: {low}–{high}).</source>
        <extracomment>Which step a date belongs to: a date there means ``ja`` on that day. Typical ages per Einrichtung; outside them the app warns (never refuses). BuT benefits end with the 25th birthday.</extracomment>
        <translation>Age {age} is unusual for “{facility}” (usual: {low}–{high}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mit {age} Jahren besteht in der Regel kein BuT-Anspruch mehr (bis 25).</source>
        <translation>At {age} there is usually no BuT entitlement any more (up to 25).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Das Datum {date} ist unwahrscheinlich (vor {start} oder nach dem nächsten Jahr).</source>
        <extracomment>Dates of the project&apos;s kind (applications, Erstelldatum, a Minijob&apos;s Beginn) before this year are typing errors more likely than history (01.01.0001, 31.12.2099).</extracomment>
        <translation>The date {date} is implausible (before {start} or after next year).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>„{area}“ für ein Kind in „{facility}“ ist ungewöhnlich.</source>
        <translation>“{area}” for a child in “{facility}” is unusual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Antrag ist vor seiner Stellung bewilligt worden?</source>
        <translation>The application was approved before it was filed?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Antrag ({applied}) liegt vor dem Erstelldatum der Familie ({created}).</source>
        <translation>The application ({applied}) is before the family&apos;s creation date ({created}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Datum {date} liegt in der Zukunft.</source>
        <translation>The date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/target.py" line="+59"/>
        <source>Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden.</source>
        <translation>A database in memory cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../userjourney/cli.py" line="-302"/>
        <location filename="../../userjourney/core/private.py" line="+71"/>
        <location filename="../../userjourney/core/storage/sqlite_file.py" line="+33"/>
        <source>Der Ordner „{folder}“ existiert nicht.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/sqlite_file.py" line="+5"/>
        <source>Der Datenordner „{folder}“ kann nicht angelegt werden: {error}</source>
        <translation>The data folder “{folder}” cannot be created: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{folder}“ ist kein Ordner.</source>
        <translation>“{folder}” is not a folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In den Ordner „{folder}“ kann nicht geschrieben werden (schreibgeschützt).</source>
        <translation>The folder “{folder}” cannot be written to (read-only).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Die Datenbank selbst ist nicht beschädigt; bitte Platz schaffen und dann noch einmal versuchen.</source>
        <extracomment>Below this much free space a write error is taken for a full disk (SQLite often reports only &quot;disk I/O error&quot; when the write-ahead log or its index cannot grow).</extracomment>
        <translation>The database itself is not damaged; please free some space and try again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>„{path}“ liegt auf einem schreibgeschützten Datenträger und wird nur gelesen.</source>
        <translation>“{path}” is on a read-only drive and is only read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank wird nur gelesen.</source>
        <translation>The database is only read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sie enthält aber noch nicht abgeschlossene Änderungen („{wal}“), die so nicht gelesen werden können. Bitte die Datenbank in einen beschreibbaren Ordner kopieren (mit der Datei „{wal}“).</source>
        <translation>But it contains changes not yet completed (“{wal}”) that cannot be read this way. Please copy the database to a writable folder (with the file “{wal}”).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>„{path}“ ist unvollständig (abgeschnitten) und kann nicht geöffnet werden.</source>
        <translation>“{path}” is incomplete (cut off) and cannot be opened.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>„{path}“ ist keine userjourney-Datenbank (keine SQLite-Datei).</source>
        <translation>“{path}” is not a userjourney database (not a SQLite file).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{path}“ ist eine SQLite-Datenbank, aber keine von userjourney.</source>
        <translation>“{path}” is a SQLite database, but not one of userjourney.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>„{path}“ ist beschädigt oder keine Datenbank ({error}).</source>
        <translation>“{path}” is damaged or not a database ({error}).</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/schema.py" line="+89"/>
        <source>Die Datenbank „{path}“ stammt von einer neueren Version von userjourney (Schema {revision}); bitte installieren Sie die neueste Version.</source>
        <translation>The database “{path}” comes from a newer version of userjourney (schema {revision}); please install the newest version.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/database.py" line="+64"/>
        <source>Die Änderung wurde nicht gespeichert; alles bisher Gespeicherte ist unverändert.</source>
        <translation>The change was not saved; everything saved before is unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/storage/sqlite_file.py" line="-90"/>
        <source>Auf dem Datenträger von „{path}“ ist kein Platz mehr.</source>
        <translation>The drive of “{path}” has no space left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In die Datenbank „{path}“ kann nicht geschrieben werden (schreibgeschützt).</source>
        <translation>The database “{path}” cannot be written to (read-only).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank „{path}“ wird gerade von einem anderen Programm geändert.</source>
        <translation>The database “{path}” is being changed by another program right now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Datenträger von „{path}“ meldet einen Lese-/Schreibfehler.</source>
        <translation>The drive of “{path}” reports a read/write error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dieser Eintrag wird gerade von einem anderen Vorgang (etwa einem Import) geändert; bitte gleich noch einmal versuchen.</source>
        <translation>This entry is being changed by another process (such as an import) right now; please try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das gehört nicht zu den Standorten Ihrer Anmeldung.</source>
        <translation>That is not one of the locations of your login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dafür hat Ihre Anmeldung auf dem Server keine Berechtigung.</source>
        <translation>Your login on the server has no permission for that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Verbindung zum Server „{path}“ ist unterbrochen; bitte gleich noch einmal versuchen.</source>
        <translation>The connection to the server “{path}” is broken; please try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Änderung widerspricht einer Regel der Datenbank ({error}).</source>
        <translation>The change contradicts a rule of the database ({error}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank „{path}“ meldet einen Fehler ({error}).</source>
        <translation>The database “{path}” reports an error ({error}).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Die Datenbank ist nur zum Lesen geöffnet.</source>
        <extracomment>The login on a server (from the URL), written into the history beside the name. How many automatic backups to keep (from the settings of whoever opened it). Why a read-only database is read in a special way (a read-only medium, a full disk), else &quot;&quot;. Closed by its owner: whoever still holds it (a window&apos;s look for others&apos; changes) stops.</extracomment>
        <translation>The database is open for reading only.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Ihre Organisation verlangt verschlüsselte Datenbanken, und „{path}“ ist nicht verschlüsselt; bitte mit „userjourney encrypt --db {path}“ verschlüsseln.</source>
        <translation>Your organisation requires encrypted databases, and “{path}” is not encrypted; please encrypt it with “userjourney encrypt --db {path}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anmeldung oder Kennwort stimmen nicht für „{server}“.</source>
        <translation>Login or password are not right for “{server}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server „{server}“ antwortet nicht; bitte Name und Port prüfen und ob das Netz des Büros erreichbar ist.</source>
        <translation>The server “{server}” does not answer; please check name and port and whether the office network can be reached.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{server}“ gibt es auf dem Server nicht.</source>
        <translation>The database “{server}” does not exist on the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank „{path}“ kann nicht benutzt werden: {error}</source>
        <translation>The database “{path}” cannot be used: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Die Datenbank „{path}“ gibt es nicht.</source>
        <translation>The database “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datenbank „{path}“ stammt von einer älteren Version und muss erst aktualisiert werden; das geht nur, wenn sie beschrieben werden kann.</source>
        <translation>The database “{path}” comes from an older version and must be updated first; that is only possible when it can be written to.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Die Datenbank „{server}“ ist noch nicht eingerichtet; das macht die IT mit „userjourney server init“ (als Eigentümer der Datenbank).</source>
        <translation>The database “{server}” is not set up yet; IT does that with “userjourney server init” (as owner of the database).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{server}“ hat den Stand einer älteren Version des Programms; die IT aktualisiert sie mit „userjourney server init“.</source>
        <translation>The database “{server}” is at the state of an older version of the program; IT updates it with “userjourney server init”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datenbank „{path}“ kann nicht angelegt werden: {error}</source>
        <translation>The database “{path}” cannot be created: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nach der Aktualisierung der Datenbank „{path}“ passen Verweise nicht ({n}).</source>
        <translation>After the update of the database “{path}”, references do not match ({n}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datenbank „{path}“ kann nicht aktualisiert werden: {error}</source>
        <translation>The database “{path}” cannot be updated: {error}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/undo.py" line="+100"/>
        <source>Es gibt nichts rückgängig zu machen.</source>
        <extracomment>How a labelled change is committed: ``commit(label, change) -&gt; (result, CommitInfo)``. What the last undo or redo committed (its transaction and the families it touched).</extracomment>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Es gibt nichts zu wiederholen.</source>
        <translation>There is nothing to redo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>„{label}“ kann nicht rückgängig gemacht werden: {reason}</source>
        <translation>“{label}” cannot be undone: {reason}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/values.py" line="+126"/>
        <source>{value} ist keine gültige Angabe; erwartet: ja, nein oder leer.</source>
        <extracomment>How much of a value a message quotes; longer values are cut with &quot;…&quot; (a message stays one line). Control characters a message shows as visible signs, so a value never breaks its line. Characters nobody sees but that make two texts differ: zero-width characters, the byte-order mark, soft hyphen, bidirectional controls. Removed from every text a person types or imports, so &quot;ANNA-01&quot; with a hidden character is &quot;ANNA-01&quot; (and a text cannot reorder what is shown). Line breaks of other programs (Word&apos;s manual break <byte value="xb"/>, a form feed, CR, Unicode&apos;s line and paragraph separators) become &quot;
&quot;; every other control character but tab is dropped. XML — and so an .xlsx — cannot hold them, and nobody means them.</extracomment>
        <translation>{value} is not a valid answer; expected: ja (yes), nein (no) or empty.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{value} ist eine Uhrzeit oder Zeitdauer, kein Datum.</source>
        <translation>{value} is a time of day or a duration, not a date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} ist kein Datum; erwartet: TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT.</source>
        <translation>{value} is not a date; expected: DD.MM.YYYY, DD.MM.YY or YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} ist kein gültiges Datum (diesen Tag gibt es nicht).</source>
        <translation>{value} is not a valid date (this day does not exist).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{value} ist keine gültige Uhrzeit.</source>
        <translation>{value} is not a valid time of day.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} ist kein Zeitpunkt; erwartet: JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS].</source>
        <translation>{value} is not a moment; expected: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{value} ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.</source>
        <translation>{value} is not a valid age; expected: a whole number from 0 to 120.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig).</source>
        <translation>{value} is not a valid level; expected: 1 (independent) to 4 (not independent).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} ist kein gültiger Wert für {what}; erwartet: {allowed}.</source>
        <translation>{value} is not a valid value for {what}; expected: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="+152"/>
        <location filename="../../userjourney/core/excel/report.py" line="+199"/>
        <location filename="../../userjourney/core/values.py" line="+7"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="-67"/>
        <location filename="../../userjourney/core/history/audit.py" line="+181"/>
        <location filename="../../userjourney/core/sync/conflicts.py" line="+112"/>
        <location filename="../../userjourney/core/vocab.py" line="+146"/>
        <location line="+45"/>
        <source>Familie</source>
        <extracomment>Shades of the printed page (printable in grey on any printer).</extracomment>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JobCoach (Träger)</source>
        <translation>JobCoach (provider)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzte Bearbeitung</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(Grund fehlt)</source>
        <translation>(reason missing)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User Journey BuT</source>
        <translation>User Journey BuT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Kinder erfasst.</source>
        <translation>No children recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch?</source>
        <translation>Entitled?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User Journey Minijobs</source>
        <translation>User Journey Minijobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Erwachsenen erfasst.</source>
        <translation>No adults recorded.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(ja) in Klammern: ergänzt, weil ein späterer Schritt „ja“ ist; bei Nachhaltig: nach der 3-Monats-Regel berechnet. Grau hinterlegt: Schritte nach einem „nein“.</source>
        <translation>(yes) in brackets: filled in because a later step is “yes”; for Sustainable: computed by the 3-month rule. Grey: steps after a “no”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User Journey – {family}</source>
        <translation>User Journey – {family}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User Journey – {family} – Stand {stand}</source>
        <translation>User Journey – {family} – as of {stand}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>JobCoach</source>
        <translation>JobCoach</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="-134"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Erstelldatum</source>
        <translation>Creation date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Migrationshintergrund</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="+65"/>
        <location line="+45"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="-45"/>
        <location filename="../../userjourney/core/values.py" line="+4"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Einrichtung</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Alter erfasst am</source>
        <translation>Age recorded on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag gestellt am</source>
        <translation>Application filed on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antrag bewilligt am</source>
        <translation>Application approved on</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+96"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+11"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="+45"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Arbeitgeber</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Aufgestockt</source>
        <translation>Topped up</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../userjourney/core/excel/template.py" line="+273"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Nachhaltig</source>
        <translation>Lasting</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Anmerkung Aufstockung</source>
        <translation>Remark on top-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmerkung Nachhaltig</source>
        <translation>Remark on lasting</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/audit.py" line="-9"/>
        <source>vorheriger Stand in {file}</source>
        <translation>previous state in {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aus Sicherung {file}</source>
        <translation>from backup {file}</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location filename="../../userjourney/core/storage/server_login.py" line="+26"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Eintrag</source>
        <extracomment>What the change was about: &quot;Familie&quot;, &quot;Jan&quot;, &quot;Jan · Lernförderung&quot;, &quot;Mia Müller · Minijob&quot; … &quot;angelegt&quot;, &quot;geändert&quot;, &quot;gelöscht&quot; The form&apos;s label of the changed field (&quot;Antrag gestellt&quot;), empty for whole records. Bookkeeping columns that are not shown (they change along with a visible one).</extracomment>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behalten</source>
        <translation>kept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Konflikt wieder offen</source>
        <translation>conflict open again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>eine Familie mit ihrem Verlauf (DSGVO Art. 17)</source>
        <translation>a family with its history (GDPR Art. 17)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+3"/>
        <source>noch keine Angaben</source>
        <translation>no answers yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(gelöschter Grund)</source>
        <translation>(deleted reason)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{age} Jahre</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Jahr</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="-109"/>
        <location filename="../../userjourney/core/values.py" line="+4"/>
        <location filename="../../userjourney/core/vocab.py" line="-6"/>
        <source>Erziehungsstatus</source>
        <translation>Parenting status</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="-62"/>
        <source>selbstständig</source>
        <extracomment>The BuT journey in order. A ``ja`` at a step means every earlier step is ``ja``. The funnel of the summary: the six steps after Anspruch. ja / nein as the forms and the template write them (any letter case is read). What a ja/nein field offers: empty (not answered yet), ja, nein. The longest texts a coach may type; the columns are this wide and messages quote the number.</extracomment>
        <translation>independent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit wenig Unterstützung</source>
        <translation>with little support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit viel Unterstützung</source>
        <translation>with much support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unselbstständig</source>
        <translation>not independent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Familie {code}</source>
        <translation>Family {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Angebot vorhanden</source>
        <translation>Offer exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot bekannt</source>
        <translation>Offer known</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angebot interessant</source>
        <translation>Offer interesting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag gestellt</source>
        <translation>Application filed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antrag bewilligt</source>
        <translation>Application approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot wahrgenommen</source>
        <translation>Offer taken up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minijob gesucht</source>
        <translation>Minijob searched</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minijob gefunden</source>
        <translation>Minijob found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pot. Arbeitgeber angesprochen</source>
        <translation>Potential employer contacted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmerkung gesucht</source>
        <translation>Note on searching</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmerkung gefunden</source>
        <translation>Note on finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmerkung angesprochen</source>
        <translation>Note on contacting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittagsverpflegung</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lernförderung</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilhabe schulisch</source>
        <translation>School activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilhabe soziokulturell</source>
        <translation>Social and cultural activities</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/workspace.py" line="+111"/>
        <location line="+206"/>
        <source>Diese Familie gibt es nicht mehr.</source>
        <extracomment>How long an edit on a server waits for a record that another transaction is changing. Columns not compared when checking that a record is as shown: derived (Letzte Bearbeitung moves with every edit of the family, by anyone). Children, entries and details each in one query; an entry&apos;s reason and a person&apos;s Minijob (many-to-one, one-to-one) joined into the query of their parent — four queries in all, whatever the family&apos;s size. The label of the last edit that changed something (``None`` if it changed nothing).</extracomment>
        <translation>This family no longer exists.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Dieser Eintrag wurde inzwischen gelöscht.</source>
        <translation>This entry has been deleted in the meantime.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>jemand</source>
        <translation>someone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gespeichert: {who} hat diesen Eintrag {when} geändert, nachdem er hier angezeigt wurde. Angezeigt ist jetzt der aktuelle Stand; bitte prüfen und noch einmal eingeben.</source>
        <translation>Not saved: {who} changed this entry {when}, after it was shown here. The current state is shown now; please check and enter it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>am {day} um {time}</source>
        <translation>on {day} at {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inzwischen</source>
        <translation>in the meantime</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} geändert</source>
        <translation>{field} changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind hinzugefügt</source>
        <translation>Child added</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind: {field} geändert</source>
        <translation>Child: {field} changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind „{name}“ entfernt</source>
        <translation>Child “{name}” removed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{child} · {area}</source>
        <translation>{child} · {area}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{area}: {step} = {value}</source>
        <translation>{area}: {step} = {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{area}: Datum geändert</source>
        <translation>{area}: date changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: Details geändert</source>
        <translation>{area}: details changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: Grund geändert</source>
        <translation>{area}: reason changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: Notiz geändert</source>
        <translation>{area}: note changed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person hinzugefügt</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person: {field} geändert</source>
        <translation>Person: {field} changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person „{name}“ entfernt</source>
        <translation>Person “{name}” removed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minijob geändert</source>
        <translation>Minijob changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Familie „{code}“ angelegt</source>
        <translation>Family “{code}” created</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Familie „{code}“ gelöscht</source>
        <translation>Family “{code}” deleted</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../userjourney/core/excel/reader.py" line="+941"/>
        <location filename="../../userjourney/core/history/audit.py" line="-19"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/filters.py" line="+53"/>
        <location filename="../../userjourney/core/summary/trend.py" line="+71"/>
        <source>Der Zeitraum ist leer: der Beginn {start} liegt nach dem Ende {end}.</source>
        <translation>The period is empty: its start {start} is after its end {end}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Der Datenstand {moment} liegt in der Zukunft.</source>
        <translation>The data state {moment} is in the future.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+51"/>
        <source>vom {start} bis {end}</source>
        <extracomment>Width of the label column, numbers are right-aligned after it.</extracomment>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle, ohne Zeitraum</source>
        <translation>all, no period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand {stand} · Datenstand {as_of}</source>
        <translation>Reference day {stand} · data as of {as_of}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Standort {name}</source>
        <translation>Location {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JobCoach {name}</source>
        <translation>JobCoach {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Familien eines JobCoachs (ohne Namen)</source>
        <translation>the families of one JobCoach (without name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erziehungsstatus {value}</source>
        <translation>Parenting status {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrationshintergrund {value}</source>
        <translation>Migration background {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alle Familien</source>
        <translation>all families</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auswertung BuT (wie „BuT bei ANNA“, Anhang 6.6)</source>
        <translation>BuT summary (like “BuT bei ANNA”, Annex 6.6)</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-120"/>
        <location filename="../../userjourney/core/summary/text.py" line="+3"/>
        <source>Die Kinder und Jugendlichen</source>
        <translation>The children and young people</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Auswertung User Journey</source>
        <translation>User journey summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bericht für das Jobcenter: BuT und Minijobs</source>
        <translation>Report for the Jobcenter: BuT and Minijobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswertung User Journey: BuT und Minijobs</source>
        <translation>User journey summary: BuT and Minijobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgebaut wie „BuT bei ANNA“ (Anhang 6.6)</source>
        <translation>built like “BuT bei ANNA” (Annex 6.6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand (Stichtag)</source>
        <translation>Reference day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenstand</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aktuell, {now}</source>
        <translation>current, {now}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="+55"/>
        <location line="+57"/>
        <source>Anträge im Zeitraum</source>
        <translation>Applications in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programm</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Familien (Bedarfsgemeinschaften)</source>
        <translation>Families (households)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Kinder und Jugendliche</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>mit Migrationshintergrund</source>
        <translation>with a migration background</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/summary/text.py" line="+2"/>
        <source>wachsen bei nur einem Elternteil auf</source>
        <translation>grow up with only one parent</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="+0"/>
        <source>Anträge</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anträge je Bereich</source>
        <translation>Applications per area</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diese Seite: Stand, Filter, Überblick</source>
        <translation>this page: reference day, filters, overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch, Schritte, Nutzung und Gründe der Nichtinanspruchnahme</source>
        <translation>Entitlement, steps, take-up and reasons for non-take-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minijobs: Selbstständigkeit je Schritt, Aufstockung, Nachhaltigkeit</source>
        <translation>Minijobs: independence per step, top-up, lasting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch, Nutzung und Anträge je Monat oder Quartal</source>
        <translation>Entitlement, take-up and applications per month or quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rohdaten je Kind und Bereich (Vorlage zum Import)</source>
        <translation>Raw data per child and area (template for import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rohdaten je erwachsener Person (Vorlage zum Import)</source>
        <translation>Raw data per adult (template for import)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Auswertungsblätter enthalten nur Zahlen.</source>
        <translation>The summary sheets contain only numbers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Blätter „BuT“ und „Minijobs“ enthalten Angaben je Familie (unter Kürzeln, ohne Namen,</source>
        <translation>The sheets “BuT” and “Minijobs” contain data per family (under codes, without names,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aber Sozialdaten): nur intern weitergeben oder vor dem Versand löschen.</source>
        <translation>but social data): pass them on only internally or delete them before sending.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bericht ohne personenbezogene Daten: keine Familienkürzel, keine Namen von Kindern,</source>
        <translation>Report without personal data: no family codes, no names of children,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erwachsenen oder JobCoaches, keine Arbeitgeber, keine Anmerkungen oder Freitexte –</source>
        <translation>adults or JobCoaches, no employers, no remarks or free texts –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Zahlen und die Texte der Kataloge (Gründe, Details).</source>
        <translation>only numbers and the texts of the catalogues (reasons, details).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kleine Werte sind nicht ausgeblendet (ohne Mindestfallzahl erstellt).</source>
        <translation>Small values are not hidden (made without a minimum cell size).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindestfallzahl {n}: Werte von 1 bis {below} stehen als •, ebenso Werte, aus denen</source>
        <translation>Minimum cell size {n}: values from 1 to {below} are shown as •, as are values from which</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sich ein solcher Wert errechnen ließe (wie in der Statistik der Bundesagentur für Arbeit).</source>
        <translation>such a value could be calculated (as in the statistics of the Federal Employment Agency).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nullen werden gezeigt. Ausgeblendet: {n} Werte.</source>
        <translation>Zeros are shown. Hidden: {n} values.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Auswertung {area}</source>
        <translation>Summary {area}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Anspruchsberechtigte Schritt für Schritt</source>
        <translation>Entitled, step by step</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="-63"/>
        <location filename="../../userjourney/core/vocab.py" line="-10"/>
        <source>Anspruch</source>
        <translation>Entitlement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>zusammen (anspruchsberechtigt, nehmen nicht wahr)</source>
        <translation>together (entitled, not taking up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wahrgenommen, nach Details</source>
        <translation>Taken up, by details</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Diagramme mit ausgeblendeten Werten (•) entfallen.</source>
        <translation>Charts with hidden values (•) are left out.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{area}: Schritt für Schritt</source>
        <translation>{area}: step by step</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Auswertung Minijobs</source>
        <translation>Minijobs summary</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wie selbstständig? Personen je Stufe</source>
        <translation>How independent? People per level</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Minijobs: wie selbstständig je Schritt</source>
        <translation>Minijobs: how independent per step</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+4"/>
        <source>Keine Familie erfüllt die Filter.</source>
        <translation>No family matches the filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es sind noch keine Familien erfasst.</source>
        <translation>No families have been entered yet.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-171"/>
        <location line="+83"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <location line="+33"/>
        <source>Anträge ({period})</source>
        <translation>Applications ({period})</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="-15"/>
        <source>in KiTas</source>
        <translation>in day care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Schulen</source>
        <translation>at schools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sonstige</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-9"/>
        <location filename="../../userjourney/core/summary/text.py" line="+7"/>
        <source>Von {n} Kindern und Jugendlichen sind:</source>
        <translation>Of {n} children and young people:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>ohne Anspruch</source>
        <translation>not entitled</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>anspruchsberechtigt</source>
        <translation>entitled</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Anspruch nicht geklärt</source>
        <translation>entitlement not clarified</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt:</source>
        <translation>Entitled, step by step:</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+3"/>
        <source>nehmen das Angebot wahr</source>
        <translation>take up the offer</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+4"/>
        <source>davon nach Details:</source>
        <translation>of these, by details:</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+17"/>
        <location line="+27"/>
        <location filename="../../userjourney/core/summary/text.py" line="+2"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation>Why is the offer not taken up?</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../../userjourney/core/summary/text.py" line="+4"/>
        <source>(keine Anspruchsberechtigten ohne Inanspruchnahme)</source>
        <translation>(no entitled children without take-up)</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/importer.py" line="+90"/>
        <location filename="../../userjourney/core/excel/report.py" line="-119"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="-39"/>
        <source>Familien</source>
        <extracomment>the record kinds an import counts, in the order they are reported the Minijob columns of the template, by model field (an all-empty row clears them all)</extracomment>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/excel/report.py" line="+104"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+7"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="+0"/>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuT-Einträge</source>
        <translation>BuT entries</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/excel/report.py" line="+20"/>
        <location filename="../../userjourney/core/summary/text.py" line="+13"/>
        <source>Minijobs</source>
        <translation>Minijobs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{label}: {new} neu, {updated} geändert, {unchanged} unverändert</source>
        <translation>{label}: {new} new, {updated} changed, {unchanged} unchanged</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{n} Fehler; es wird nichts importiert.</source>
        <extracomment>The history when the plan was compared (:func:`~userjourney.core.history.watching.history_state`).</extracomment>
        <translation>{n} errors; nothing is imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei enthält keine Daten.</source>
        <translation>The file contains no data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Neue Gründe im Katalog: {n}</source>
        <translation>New reasons in the catalogue: {n}</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+46"/>
        <source>Hinweise: {n}</source>
        <translation>Notes: {n}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{path} kann nicht importiert werden: {n} Fehler. Die Datenbank bleibt unverändert.</source>
        <translation>{path} cannot be imported: {n} errors. The database stays unchanged.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nichts geändert: die Datenbank entspricht bereits der Datei.</source>
        <extracomment>the history transaction (``None`` when nothing changed) — ``revert`` undoes it</extracomment>
        <translation>Nothing changed: the database already matches the file.</translation>
    </message>
    <message>
        <location line="-132"/>
        <location filename="../../userjourney/core/excel/report.py" line="+4"/>
        <location line="+24"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Wie selbstständig? Personen je Stufe:</source>
        <translation>How independent? People per level:</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="+109"/>
        <location filename="../../userjourney/core/excel/report.py" line="-9"/>
        <location filename="../../userjourney/core/summary/text.py" line="+5"/>
        <location filename="../../userjourney/core/vocab.py" line="+41"/>
        <source>Aufstockung möglich</source>
        <translation>Top-up possible</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>aufgestockt</source>
        <translation>topped up</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>nachhaltig (≥ 3 Monate, Stand {day})</source>
        <translation>lasting (≥ 3 months, as of {day})</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/locking.py" line="+107"/>
        <source>Die Sperrdatei „{path}“ kann nicht angelegt werden: {error}</source>
        <extracomment>The holder&apos;s details start after byte 0, the byte Windows locks (a locked range cannot be read there).</extracomment>
        <translation>The lock file “{path}” cannot be created: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>„{path}“ ist keine gewöhnliche Sperrdatei (eine Verknüpfung, ein Ordner oder ein zweiter Name einer anderen Datei); das Programm schreibt nicht hinein. Bitte diesen Eintrag löschen.</source>
        <translation>“{path}” is not an ordinary lock file (a link, a folder or a second name of another file); the program does not write into it. Please delete this entry.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Die Datenbank „{path}“ wird gerade von {who} benutzt; bitte dort schließen und dann noch einmal versuchen.</source>
        <extracomment>the lock file found taken last (for :meth:`holder`)</extracomment>
        <translation>The database “{path}” is in use by {who}; please close it there and try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>einem anderen Programm</source>
        <translation>another program</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{program} ({user} auf {host}, seit {since})</source>
        <translation>{program} ({user} on {host}, since {since})</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/history_export.py" line="+30"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="-28"/>
        <source>Verlauf</source>
        <extracomment>Vorher and Nachher wrap (a list of Einzelheiten, a text with line breaks).</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf der Familie {code} – Stand {now}</source>
        <translation>History of family {code} – as of {now}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verlauf der Familie {code}</source>
        <translation>History of family {code}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/export.py" line="+69"/>
        <source>Exportiert nach {path}</source>
        <extracomment>why the access record could not be written (a read-only medium), else ``None``</extracomment>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/excel/jobcenter_report.py" line="+55"/>
        <source>Blätter: {sheets}</source>
        <translation>Sheets: {sheets}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rohdaten: {families} Familien, {but} Zeilen BuT, {jobs} Zeilen Minijobs</source>
        <translation>Raw data: {families} families, {but} BuT rows, {jobs} Minijob rows</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>User Journey – Rohdaten</source>
        <translation>User journey – raw data</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User Journey – Auswertung und Rohdaten</source>
        <translation>User journey – summary and raw data</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/reader.py" line="-818"/>
        <location filename="../../userjourney/gui/dialogs/help.py" line="+83"/>
        <source>Blatt „{sheet}“</source>
        <extracomment>How many problems of each severity are kept with all their details (the rest are counted). How much sheet XML calamine reads at a time (about 23,000 rows of the template). The most cells (rows × columns, dense) one slice may span in memory (about 230 MB in calamine).</extracomment>
        <translation>Sheet “{sheet}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeile {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spalte „{column}“</source>
        <translation>Column “{column}”</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Die Datei {path} gibt es nicht.</source>
        <extracomment>The family&apos;s fields as the sheets&apos; family columns hold them (after Familie, the key). A child&apos;s fields besides its name, in the order of the BuT sheet. A Minijob&apos;s fields, in the order of the Minijobs sheet. clean values in the order of :data:`FAMILY_FIELDS` (None = empty in every row of the family) where each value was first read, for a message when another row disagrees the family cells of the last row merged (rows of a family repeat them; skip the work) clean values in the order of :data:`CHILD_FIELDS`, and where each was first read one per Bereich, in file order (at most four: a list is smaller than a dict) the child cells of the last row merged (its rows repeat them; skip the work) shared between entries with the same answers (a list repeats few journeys) clean values in the order of :data:`MINIJOB_FIELDS`; ``None`` when every Minijob cell is empty problems found but not listed (beyond :data:`MAX_LISTED`) data rows read per sheet (sheets present in the file)</extracomment>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} ist ein Ordner, keine Excel-Datei.</source>
        <translation>{path} is a folder, not an Excel file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei {path} ist leer (0 Bytes); erwartet: eine Excel-Arbeitsmappe (.xlsx).</source>
        <translation>The file {path} is empty (0 bytes); expected: an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/package.py" line="+90"/>
        <source>Die Datei {path} wird nicht eingelesen: {reason}</source>
        <extracomment>A part may unpack to at most this many bytes (a sheet of 1,000,000 rows of the template is about 600 MB of XML). All parts together. A part larger than :data:`RATIO_FROM_BYTES` may unpack to at most this many times its compressed size. Sheet XML compresses 10–30 ×; a zip bomb thousands of times. Parts in a package (Excel writes a dozen; hundreds with many sheets). Excel&apos;s own limits of a sheet. The dense area a sheet may span (rows × columns from A1 to its last used cell): 60 million cells, far above 1,000,000 rows × the template&apos;s 21 columns, far below what would exhaust memory. The longest text a cell may hold (Excel&apos;s own limit).</extracomment>
        <translation>The file {path} is not read: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datei {path} ist keine lesbare Excel-Arbeitsmappe (.xlsx): {reason}</source>
        <translation>The file {path} is not a readable Excel workbook (.xlsx): {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Datei {path} ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern (alte .xls-Dateien und Dateien mit Kennwortschutz gehen nicht).</source>
        <translation>The file {path} is not an Excel workbook (.xlsx); please save it in Excel as “Excel Workbook (*.xlsx)” (old .xls files and password-protected files do not work).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sie besteht aus {n} Teilen (höchstens {limit}).</source>
        <translation>it consists of {n} parts (at most {limit}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>der Teil „{part}“ wäre entpackt {mb} MB groß (höchstens {limit} MB).</source>
        <translation>the part “{part}” would be {mb} MB unpacked (at most {limit} MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>der Teil „{part}“ ist ungewöhnlich stark gepackt ({ratio} : 1, höchstens {limit} : 1) — so sieht eine manipulierte Datei aus.</source>
        <translation>the part “{part}” is unusually highly compressed ({ratio} : 1, at most {limit} : 1) — that is what a manipulated file looks like.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sie wäre entpackt {mb} MB groß (höchstens {limit} MB).</source>
        <translation>it would be {mb} MB unpacked (at most {limit} MB).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>der Teil „{part}“ fehlt.</source>
        <translation>the part “{part}” is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>der Teil „{part}“ ist beschädigt.</source>
        <translation>the part “{part}” is damaged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sie enthält keine Arbeitsmappe.</source>
        <translation>it contains no workbook.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>das Blatt {sheet} ist in der Arbeitsmappe genannt, aber sein Inhalt fehlt.</source>
        <translation>the sheet {sheet} is named in the workbook, but its content is missing.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/reader.py" line="+6"/>
        <source>Die Datei {path} kann nicht gelesen werden: {error}.</source>
        <translation>The file {path} cannot be read: {error}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Die Arbeitsmappe hat mehrere Blätter für „{name}“: {sheets}; es darf nur eines geben (bitte die anderen umbenennen oder löschen).</source>
        <translation>The workbook has several sheets for “{name}”: {sheets}; there may be only one (please rename or delete the others).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Die Zeilen des Blatts haben keine Zeilennummern und es ist zu groß, um es so zu lesen; bitte in Excel öffnen und speichern.</source>
        <extracomment>uncompressed XML bytes this block stands for (for progress)</extracomment>
        <translation>The rows of the sheet have no row numbers and it is too large to be read this way; please open and save it in Excel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Blatt reicht bis Zeile {rows} und Spalte {column}; so viele Zellen liest das Programm nicht (höchstens {limit} Zeilen und {columns} Spalten). Leere, aber benutzte Zellen weit außerhalb der Liste (z. B. ein Leerzeichen in Zeile 1.000.000) bitte löschen.</source>
        <translation>The sheet reaches row {rows} and column {column}; the program does not read that many cells (at most {limit} rows and {columns} columns). Please delete empty but used cells far outside the list (e.g. a space in row 1,000,000).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das Blatt {sheet} ist beschädigt und kann nicht gelesen werden ({error}).</source>
        <translation>The sheet {sheet} is damaged and cannot be read ({error}).</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Die Kopfzeile steht in Zeile {row}; sie muss in Zeile 1 stehen (bitte die Zeilen darüber löschen). Das Blatt wird nicht gelesen.</source>
        <extracomment>How far down a header that is not in row 1 is still looked for (to name where it is).</extracomment>
        <translation>The header is in row {row}; it must be in row 1 (please delete the rows above it). The sheet is not read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeile 1 ist leer; dort muss die Kopfzeile der Vorlage stehen (Familie, Standort, …). Das Blatt wird nicht gelesen.</source>
        <translation>Row 1 is empty; the template&apos;s header must be there (Familie, Standort, …). The sheet is not read.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Spalte fehlt; die Kopfzeile braucht jede Spalte der Vorlage.</source>
        <translation>The column is missing; the header needs every column of the template.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gefunden wurde „{near}“ in Spalte {letter}; die Schreibweise muss genau stimmen.</source>
        <translation>Found “{near}” in column {letter}; the spelling must match exactly.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Spalte „{column}“ steht mehrfach in Zeile 1 (Spalten {letters}); sie darf nur einmal vorkommen.</source>
        <translation>The column “{column}” appears more than once in row 1 (columns {letters}); it may appear only once.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Spalte „{column}“ gehört nicht zur Vorlage und wird nicht eingelesen.</source>
        <translation>The column “{column}” is not part of the template and is not read.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Die Arbeitsmappe hat weder ein Blatt „{but}“ noch ein Blatt „{minijobs}“ (gefunden: {names}).</source>
        <translation>The workbook has neither a sheet “{but}” nor a sheet “{minijobs}” (found: {names}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Blatt sieht aus wie „{name}“ und hat die Kopfzeile der Vorlage, wird aber nicht gelesen (nur ein Blatt mit genau dem Namen „{name}“); bitte umbenennen oder löschen.</source>
        <translation>The sheet looks like “{name}” and has the template&apos;s header, but is not read (only a sheet named exactly “{name}”); please rename or delete it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Blatt wird nicht gelesen (nur „{but}“ und „{minijobs}“ werden eingelesen).</source>
        <translation>The sheet is not read (only “{but}” and “{minijobs}” are read).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>in allen Zeilen einer Familie müssen die Familienangaben gleich sein</source>
        <translation>all rows of a family must have the same family data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in allen Zeilen eines Kindes müssen Alter und Einrichtung gleich sein</source>
        <translation>all rows of a child must have the same age and facility</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Formel ohne berechnetes Ergebnis – bitte die Datei in Excel öffnen und speichern (oder statt der Formel den Wert eintragen).</source>
        <extracomment>journeys.complete per distinct answers (3^7 at most; a list repeats few of them)</extracomment>
        <translation>Formula without a calculated result – please open the file in Excel and save it (or enter the value instead of the formula).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Zelle enthält den Fehlerwert {value}; erwartet: ein Wert wie in der Vorlage.</source>
        <translation>The cell contains the error value {value}; expected: a value as in the template.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Familie fehlt; jede Zeile braucht das Kürzel der Familie.</source>
        <translation>The family is missing; every row needs the family&apos;s code.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} weicht von {other} in Blatt „{sheet}“, Zeile {row} ab; {rule}.</source>
        <translation>{value} differs from {other} in sheet “{sheet}”, row {row}; {rule}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Das Kind fehlt; eine Zeile mit Angaben zu Kind oder Bereich braucht den Namen des Kindes.</source>
        <translation>The child is missing; a row with data on a child or area needs the child&apos;s name.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Der Bereich fehlt; erwartet: {areas}.</source>
        <translation>The area is missing; expected: {areas}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Für Kind „{child}“ der Familie „{family}“ gibt es schon in Zeile {row} eine Zeile „{area}“; jeder Bereich darf je Kind nur einmal vorkommen.</source>
        <translation>Child “{child}” of family “{family}” already has a row “{area}” in row {row}; each area may appear only once per child.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Die Person fehlt; eine Zeile mit Angaben zum Minijob braucht den Namen der Person.</source>
        <translation>The person is missing; a row with Minijob data needs the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person „{person}“ der Familie „{family}“ steht schon in Zeile {row}; jede Person darf nur einmal vorkommen.</source>
        <translation>Person “{person}” of family “{family}” is already in row {row}; each person may appear only once.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} bei „Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist (hier: {possible}).</source>
        <translation>{value} at “Aufgestockt” is only possible when “Aufstockung möglich” is yes (here: {possible}).</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/template.py" line="-209"/>
        <source>{value} ist {n} Zeichen lang; erlaubt sind höchstens {limit} Zeichen.</source>
        <translation>{value} is {n} characters long; at most {limit} characters are allowed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>„{item} …“ ist als Detail zu lang; erlaubt sind höchstens {limit} Zeichen je Eintrag.</source>
        <translation>“{item} …” is too long for a detail; at most {limit} characters per entry are allowed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} ist keine gültige Angabe; erwartet: ja, nein, leer oder ein Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT).</source>
        <translation>{value} is not a valid answer; expected: ja, nein, empty or a date (DD.MM.YYYY, DD.MM.YY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Kürzel (Pseudonym) der Familie, nie der echte Name; Schlüssel: gleiche Familie = gleiches Kürzel.</source>
        <translation>Code (pseudonym) of the family, never the real name; key: same family = same code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort der Betreuung, z. B. Ennigerloh.</source>
        <translation>Place of support, e.g. Ennigerloh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name des JobCoachs beim Träger.</source>
        <translation>Name of the JobCoach at the provider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag, an dem die User Journey angelegt wurde; leer = heute (bei neuen Familien).</source>
        <translation>Day the user journey was created; empty = today (for new families).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>ja oder nein.</source>
        <translation>ja or nein.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>alleinerziehend oder nicht alleinerziehend.</source>
        <translation>alleinerziehend or nicht alleinerziehend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vorname oder Kürzel des Kindes; Schlüssel innerhalb der Familie.</source>
        <translation>First name or code of the child; key within the family.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Alter in ganzen Jahren ({low}–{high}), am Tag des Imports.</source>
        <translation>Age in whole years ({low}–{high}), on the day of the import.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>keine, KiTa, Grundschule, Weiterführende Schule, Förderschule, Berufskolleg oder Ausbildung / Arbeit.</source>
        <translation>keine, KiTa, Grundschule, Weiterführende Schule, Förderschule, Berufskolleg or Ausbildung / Arbeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mittagsverpflegung, Lernförderung, Teilhabe schulisch oder Teilhabe soziokulturell; eine Zeile je Kind und Bereich.</source>
        <translation>Mittagsverpflegung, Lernförderung, Teilhabe schulisch or Teilhabe soziokulturell; one row per child and area.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besteht ein Anspruch? ja / nein / leer (noch offen).</source>
        <translation>Is there an entitlement? ja / nein / empty (still open).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibt es ein passendes Angebot?</source>
        <translation>Is there a suitable offer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennt die Familie das Angebot?</source>
        <translation>Does the family know the offer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist das Angebot für Kind und Familie interessant?</source>
        <translation>Is the offer interesting for child and family?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja, nein oder das Datum des Antrags (ein Datum heißt: ja, an diesem Tag).</source>
        <translation>ja, nein or the date of the application (a date means: yes, on that day).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ja, nein oder das Datum der Bewilligung.</source>
        <translation>ja, nein or the date of approval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wird das Angebot wahrgenommen?</source>
        <translation>Is the offer taken up?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fächer oder Aktivitäten, getrennt durch Komma oder Semikolon, z. B. „Mathe, Deutsch“.</source>
        <translation>Subjects or activities, separated by comma or semicolon, e.g. “Mathe, Deutsch”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warum der Weg hier endet, z. B. „Kind möchte zuhause essen“; ein neuer Text kommt wörtlich in den Gründe-Katalog.</source>
        <translation>Why the journey ends here, e.g. “Kind möchte zuhause essen”; a new text goes into the reason catalogue word for word.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stufe 1–4: {legend}.</source>
        <translation>Level 1–4: {legend}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmerkung zu „{what}“: Unterstützung oder warum der Schritt nicht gelang.</source>
        <translation>Remark on “{what}”: support, or why the step did not succeed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Kürzel der erwachsenen Person; Schlüssel innerhalb der Familie.</source>
        <translation>Name or code of the adult; key within the family.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbeitgeber des Minijobs.</source>
        <translation>Employer of the Minijob.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erster Arbeitstag; nach drei Monaten gilt der Minijob als nachhaltig, wenn „Nachhaltig“ leer ist.</source>
        <translation>First working day; after three months the Minijob counts as lasting if “Nachhaltig” is empty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ja oder nein; nur wenn „Aufstockung möglich“ ja ist.</source>
        <translation>ja or nein; only if “Aufstockung möglich” is ja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja, wenn der Minijob drei Monate oder länger besteht; nein; leer = nach „Beginn“.</source>
        <translation>ja if the Minijob has lasted three months or longer; nein; empty = by “Beginn”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufstockung</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/private.py" line="+2"/>
        <source>„{path}“ ist ein Ordner.</source>
        <translation>“{path}” is a folder.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/writer.py" line="+125"/>
        <source>In den Ordner „{folder}“ kann nicht geschrieben werden: {error}</source>
        <translation>The folder “{folder}” cannot be written to: {error}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/family_sheet.py" line="+32"/>
        <location filename="../../userjourney/core/excel/writer.py" line="+14"/>
        <source>Die Datei „{path}“ kann nicht geschrieben werden: {error}</source>
        <translation>The file “{path}” cannot be written: {error}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/writer.py" line="+125"/>
        <source>Ungültiger Wert</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte einen Wert aus der Liste wählen: {choices}.</source>
        <translation>Please choose a value from the list: {choices}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ungültiges Alter</source>
        <translation>Invalid age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Alter ist eine ganze Zahl von 0 bis 120.</source>
        <translation>The age is a whole number from 0 to 120.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ungültige Angabe</source>
        <translation>Invalid answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erlaubt sind ja, nein oder ein Datum (TT.MM.JJJJ).</source>
        <translation>Allowed are ja, nein or a date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja, nein oder ein Datum (TT.MM.JJJJ); ein Datum heißt: ja, an diesem Tag.</source>
        <translation>ja, nein or a date (DD.MM.YYYY); a date means: yes, on that day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ungültiges Datum</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte ein Datum eingeben (TT.MM.JJJJ).</source>
        <translation>Please enter a date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} – Stand {stand}</source>
        <translation>{title} – as of {stand}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seite &amp;P von &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>So füllen Sie die Vorlage aus</source>
        <extracomment>The first year Excel&apos;s dates (1900 date system) can show.</extracomment>
        <translation>How to fill in the template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blatt „BuT“: eine Zeile je Kind und Bereich (Mittagsverpflegung, Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell). Blatt „Minijobs“: eine Zeile je erwachsener Person. Ein Blatt darf fehlen.</source>
        <translation>Sheet “BuT”: one row per child and area (Mittagsverpflegung, Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell). Sheet “Minijobs”: one row per adult. Either sheet may be missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Überschriften in Zeile 1 nicht ändern. Die Reihenfolge der Spalten ist egal; weitere Spalten werden nicht eingelesen. Leerzeichen am Anfang oder Ende zählen nicht.</source>
        <translation>Do not change the headings in row 1. The order of the columns does not matter; further columns are not read. Spaces at the start or end do not count.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Familienangaben (Familie bis Erziehungsstatus) stehen in jeder Zeile einer Familie und müssen überall gleich sein; eine leere Zelle übernimmt den Wert der anderen Zeilen. Ebenso Alter und Einrichtung eines Kindes.</source>
        <translation>The family data (Familie to Erziehungsstatus) are in every row of a family and must be the same everywhere; an empty cell takes the value of the other rows. Likewise a child&apos;s age and facility.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ja/nein in beliebiger Schreibweise; leer heißt: noch nicht beantwortet. Daten als Excel-Datum oder als Text TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT.</source>
        <translation>ja/nein in any spelling; empty means: not answered yet. Dates as Excel dates or as text DD.MM.YYYY, DD.MM.YY or YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reihenfolge der Schritte: ein „ja“ heißt, dass alle früheren Schritte auch „ja“ sind. Leere frühere Schritte werden als „ja“ übernommen (mit Hinweis); ein „nein“ vor einem späteren „ja“ ist ein Fehler.</source>
        <translation>Order of the steps: a “ja” means that all earlier steps are “ja” too. Empty earlier steps are taken as “ja” (with a note); a “nein” before a later “ja” is an error.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beim Import werden Familien, Kinder, Bereiche und Personen über ihre Namen wiedererkannt: vorhandene werden aktualisiert, neue angelegt, nichts wird gelöscht. Was in einer Zeile steht, gilt — eine leere Zelle löscht den gespeicherten Wert (außer beim Erstelldatum). Ein zweiter Import derselben Datei ändert nichts.</source>
        <translation>On import, families, children, areas and people are recognised by their names: existing ones are updated, new ones created, nothing is deleted. What is in a row counts — an empty cell deletes the stored value (except for the creation date). A second import of the same file changes nothing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wenn die Datei Fehler enthält, wird nichts importiert; alle Fehler werden mit Blatt, Zeile und Spalte aufgelistet.</source>
        <translation>If the file contains errors, nothing is imported; all errors are listed with sheet, row and column.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte nur Kürzel (Pseudonyme) für Familien verwenden, keine echten Namen.</source>
        <translation>Please use only codes (pseudonyms) for families, no real names.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vorlage User Journey</source>
        <translation>User journey template</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erklärung zur Vorlage</source>
        <translation>Explanation of the template</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../userjourney/gui/dialogs/help.py" line="+3"/>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blatt</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/gui/dialogs/help.py" line="+0"/>
        <source>Bedeutung und erlaubte Werte</source>
        <translation>Meaning and allowed values</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/errors.py" line="+65"/>
        <location line="+26"/>
        <source>nicht gefunden</source>
        <extracomment>An unexpected internal error; the traceback is in the log file. Bad input or usage. Not available in this version (or for this kind of database). The database cannot be used (missing, damaged, locked, wrong passphrase). Interrupted with Ctrl+C (128 + SIGINT, as shells report it). Process exit status the CLI uses for this kind of error.</extracomment>
        <translation>not found</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+1"/>
        <location line="+22"/>
        <source>keine Berechtigung</source>
        <translation>no permission</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>kein Platz mehr auf dem Datenträger</source>
        <translation>no space left on the drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>das Speicherkontingent ist erschöpft</source>
        <translation>the storage quota is exhausted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>das ist ein Ordner</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Teil des Pfads ist kein Ordner</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gibt es schon</source>
        <translation>already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lese-/Schreibfehler des Datenträgers</source>
        <translation>read/write error of the drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Name ist zu lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wird gerade benutzt</source>
        <translation>is in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zu viele offene Dateien</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>das Gerät ist nicht erreichbar</source>
        <translation>the device cannot be reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitüberschreitung</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zu viele symbolische Verknüpfungen</source>
        <translation>too many symbolic links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liegt auf einem anderen Datenträger</source>
        <translation>is on another drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Datei ist zu groß</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Systemfehler {code}</source>
        <translation>system error {code}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systemfehler</source>
        <translation>system error</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/restoring.py" line="+65"/>
        <source>Der Ordner für Sicherungen „{folder}“ kann nicht benutzt werden: {error}</source>
        <extracomment>Beside the backups: where the copy to restore is prepared (removed afterwards).</extracomment>
        <translation>The backup folder “{folder}” cannot be used: {error}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/trend.py" line="-2"/>
        <source>„{by}“: erwartet wird month oder quarter.</source>
        <extracomment>More periods than this is a mistake (a date from another century), not a question.</extracomment>
        <translation>“{by}”: month or quarter is expected.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zu viele Zeiträume (mehr als {n}); bitte --from und --to prüfen.</source>
        <translation>Too many periods (more than {n}); please check --from and --to.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Verlauf BuT je {by}: Anspruch / wahrgenommen (Quote) / Anträge im Zeitraum</source>
        <translation>BuT trend per {by}: entitled / taken up (share) / applications in the period</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="-2"/>
        <location filename="../../userjourney/core/summary/trend.py" line="+1"/>
        <source>Monat</source>
        <extracomment>More months than this and the export&apos;s Verlauf goes by quarter (a sheet a reader can scan).</extracomment>
        <translation>month</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../userjourney/core/summary/trend.py" line="+0"/>
        <source>Quartal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verlauf je {by}</source>
        <translation>Trend per {by}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jeder Zeitraum wird an seinem letzten Tag gezählt, mit den Daten, wie sie damals waren; Anträge: im Zeitraum gestellt.</source>
        <translation>Each period is counted on its last day, with the data as they were then; applications: filed in the period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)</source>
        <translation>Share taking up the offer (taken up / entitled)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anspruchsberechtigt</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nehmen das Angebot wahr</source>
        <translation>Take up the offer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Familien und Kinder</source>
        <translation>Families and children</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anteil, der das Angebot wahrnimmt</source>
        <translation>Share taking up the offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wahrgenommen / Anspruch</source>
        <translation>taken up / entitled</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/server.py" line="+63"/>
        <source>„server“ gilt nur für eine PostgreSQL-Datenbank (--db postgresql+psycopg://…).</source>
        <extracomment>The group role every login of the program belongs to. What a synchronisation keeps (:mod:`userjourney.core.sync`). How a row of each table finds its family (``None``: by its own Standort; the reason catalogue and the history have policies of their own).</extracomment>
        <translation>“server” applies only to a PostgreSQL database (--db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Der Name der Anmeldung fehlt.</source>
        <translation>The name of the login is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte --standort S[,S…] oder --all angeben.</source>
        <translation>Please give --standort S[,S…] or --all.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Kennwort ist leer.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server ist noch nicht eingerichtet: zuerst „userjourney server init“.</source>
        <translation>The server is not set up yet: first “userjourney server init”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Der Server „{server}“ lehnt ab: {error}</source>
        <translation>The server “{server}” refuses: {error}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/server_login.py" line="+0"/>
        <source>Server</source>
        <extracomment>Seconds to wait for a server that does not answer (libpq&apos;s default is to wait much longer).</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmeldung</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte ausfüllen: {fields}.</source>
        <translation>Please fill in: {fields}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>„{port}“ ist keine Portnummer.</source>
        <translation>“{port}” is not a port number.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/purging.py" line="+82"/>
        <source>Eine Familie „{code}“ gibt es weder jetzt noch im Verlauf.</source>
        <extracomment>The families erased (ids; the same in every copy, whatever code they had there).</extracomment>
        <translation>A family “{code}” exists neither now nor in the history.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/jobcenter_report.py" line="-1"/>
        <source>Bericht für das Jobcenter geschrieben: {path}</source>
        <extracomment>why the access record could not be written (a read-only medium), else ``None``</extracomment>
        <translation>Report for the Jobcenter written: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kleine Werte: nicht ausgeblendet (ohne --min-cell)</source>
        <translation>Small values: not hidden (without --min-cell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mindestfallzahl {n}: {hidden} Werte ausgeblendet (•)</source>
        <translation>Minimum cell size {n}: {hidden} values hidden (•)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--min-cell: die Mindestfallzahl muss mindestens 2 sein, nicht {n}.</source>
        <extracomment>Where the report counts the reasons coaches typed themselves: their words may name a person.</extracomment>
        <translation>--min-cell: the minimum cell size must be at least 2, not {n}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User Journey – Bericht für das Jobcenter</source>
        <translation>User journey – report for the Jobcenter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mindestfallzahl {n}</source>
        <translation>Minimum cell size {n}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/encrypting.py" line="+62"/>
        <source>Die Datenbank „{path}“ ist schon verschlüsselt, und die Passphrase passt nicht.</source>
        <translation>The database “{path}” is already encrypted, and the passphrase does not match.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>„{path}“ konnte nicht umgeschrieben werden ({error}); sie ist unverändert.</source>
        <translation>“{path}” could not be rewritten ({error}); it is unchanged.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/encryption.py" line="+45"/>
        <source>Verschlüsselte Datenbanken brauchen das Paket „sqlcipher3“; es ist hier nicht installiert.</source>
        <translation>Encrypted databases need the package “sqlcipher3”; it is not installed here.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>„{path}“ ist verschlüsselt, und kein entsperrter Schlüssel passt.</source>
        <translation>“{path}” is encrypted, and no unlocked key matches.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Die Passphrase für „{path}“ ist falsch ({variable}).</source>
        <translation>The passphrase for “{path}” is wrong ({variable}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Die Passphrase für „{path}“ ist falsch.</source>
        <translation>The passphrase for “{path}” is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank „{path}“ ist verschlüsselt; ohne Passphrase lässt sie sich nicht öffnen ({variable} oder Eingabe).</source>
        <translation>The database “{path}” is encrypted; it cannot be opened without the passphrase ({variable} or typed).</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/keys.py" line="+139"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <extracomment>scrypt: 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s — per guess, for whoever steals the file. ``ask(database, wrong)`` → the passphrase (or recovery key) a person typed, or ``None`` (gave up); set by the command line and the window. ``wrong``: the last one did not fit. the start of a backup&apos;s name (``backups.NAME``; not imported: backups builds on this module)</extracomment>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Zur verschlüsselten Datenbank „{path}“ fehlt die Schlüsseldatei „{keys}“; ohne sie lässt sie sich nicht öffnen.</source>
        <translation>The key file “{keys}” of the encrypted database “{path}” is missing; it cannot be opened without it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Schlüsseldatei „{keys}“ ist beschädigt.</source>
        <translation>The key file “{keys}” is damaged.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/access.py" line="+47"/>
        <source>Datenaustausch (intern)</source>
        <extracomment>the kinds of access (the history row&apos;s ``action``)</extracomment>
        <translation>Data exchange (internal)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bericht für das Jobcenter</source>
        <translation>Report for the Jobcenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlauf einer Familie</source>
        <translation>History of a family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ausdruck einer Familie</source>
        <translation>Printout of a family</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Der Zugriff konnte nicht vermerkt werden: {why}</source>
        <translation>The access could not be recorded: {why}</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/sync/conflicts.py" line="+2"/>
        <source>Kind {name}</source>
        <translation>Child {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person {name}</source>
        <translation>Person {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gelöscht oder geändert</source>
        <translation>deleted or changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weg (Anspruch bis Angebot wahrgenommen, Daten, Grund)</source>
        <translation>Journey (entitlement to offer taken up, dates, reason)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufstockung möglich / Aufgestockt</source>
        <translation>Top-up possible / topped up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vorhanden</source>
        <translation>exists</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Keinen offenen Konflikt mit der Nummer „{id}“ gefunden (siehe „conflicts“).</source>
        <translation>No open conflict with the number “{id}” found (see “conflicts”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Der Konflikt „{id}“ hat die Werte 0 bis {last}; {take} gibt es nicht.</source>
        <translation>Conflict “{id}” has the values 0 to {last}; {take} does not exist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hier bitte einen der Werte nehmen; einen eigenen Wert gibt es für „{what}“ nicht.</source>
        <translation>Please take one of the values here; there is no value of one&apos;s own for “{what}”.</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/sync/synchronising.py" line="+86"/>
        <source>In diese Datenbank ({db})</source>
        <extracomment>Reasons whose setting &quot;hidden from the reason editor&quot; was taken over. Conflicts open after the sync that were not open on either database before. The new conflicts as people read them: &quot;Familie Schmidt · Kind Lena: Alter&quot;. Only a preview: both databases were left as they were.</extracomment>
        <translation>Into this database ({db})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In die andere ({db})</source>
        <translation>Into the other one ({db})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Familien übernommen oder geändert</source>
        <translation>{n} families taken over or changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Familie übernommen oder geändert</source>
        <translation>1 family taken over or changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Zeilen Verlauf</source>
        <translation>{n} rows of history</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Zeile Verlauf</source>
        <translation>1 row of history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} neue Gründe</source>
        <translation>{n} new reasons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 neuer Grund</source>
        <translation>1 new reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Grund aus- oder wieder eingeblendet</source>
        <translation>1 reason hidden or shown again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Gründe aus- oder wieder eingeblendet</source>
        <translation>{n} reasons hidden or shown again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 auf Antrag gelöschte Familie entfernt</source>
        <translation>1 family erased on request removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} auf Antrag gelöschte Familien entfernt</source>
        <translation>{n} families erased on request removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Konflikte: {new} (offen insgesamt: {open})</source>
        <translation>New conflicts: {new} (open in total: {open})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Eine Datenbank kann nicht mit sich selbst abgeglichen werden.</source>
        <translation>A database cannot be synchronised with itself.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Familie {family} · {what}</source>
        <translation>Family {family} · {what}</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/sync.py" line="-14"/>
        <source>„{path}“ ist keine Datenbank von userjourney (oder ihre Schlüsseldatei {keys} fehlt); nichts abgeglichen.</source>
        <translation>“{path}” is not a userjourney database (or its key file {keys} is missing); nothing synchronised.</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/help.py" line="-27"/>
        <source>die Reiter Familien und Auswertung</source>
        <translation>the tabs Families and Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Reiter davor / danach</source>
        <translation>the tab before / after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuT / Minijobs der geöffneten Familie</source>
        <translation>BuT / Minijobs of the open family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Kind / eine erwachsene Person hinzufügen</source>
        <translation>add a child / an adult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>j, n, Entf</source>
        <translation>j, n, Del</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja, nein, leer in einer Zelle – und weiter zur nächsten</source>
        <translation>ja (yes), nein (no), empty in a cell – and on to the next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stufe eines Minijob-Schritts (1 = selbstständig … 4 = unselbstständig)</source>
        <translation>level of a Minijob step (1 = independent … 4 = not independent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tippen, Enter</source>
        <translation>type, Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daten (TT.MM.JJ oder TT.MM.JJJJ), Details, Gründe; Enter speichert und geht weiter, ein abgelehnter Wert bleibt zum Verbessern stehen</source>
        <translation>dates (DD.MM.YY or DD.MM.YYYY), details, reasons; Enter saves and moves on, a refused value stays to be mended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender in einer Datumszelle</source>
        <translation>calendar in a date cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmerkung zu einem Minijob-Schritt</source>
        <translation>remark on a Minijob step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eingabe verwerfen, nichts wird geändert</source>
        <translation>discard the input, nothing is changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alles lässt sich ohne Maus erledigen; jede Eingabe wird sofort gespeichert.</source>
        <translation>Everything can be done without the mouse; every entry is saved at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taste</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wirkung</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Über userjourney</source>
        <translation>About userjourney</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;userjourney {version}&lt;/h3&gt;&lt;p&gt;User Journeys für Bildung und Teilhabe (BuT) und Minijobs – für die JobCoaches eines Trägers im Jobcenter-Projekt, nach dem Leitfaden „User Journey“ (Anhänge 6.5 bis 6.9).&lt;/p&gt;&lt;p&gt;Datenbank: {database}&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;userjourney {version}&lt;/h3&gt;&lt;p&gt;User journeys for education and participation (BuT) and Minijobs – for the JobCoaches of a provider in the Jobcenter project, after the guide “User Journey” (annexes 6.5 to 6.9).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/edits.py" line="-81"/>
        <source>Der neue Text des Grundes darf nicht leer sein.</source>
        <translation>The reason&apos;s new text must not be empty.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Den Grund „{text}“ gibt es nicht (mehr).</source>
        <translation>The reason “{text}” does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/access_dialog.ui" line="+6"/>
        <source>Zugriffe: was die Datenbank verlassen hat</source>
        <translation>Accesses: what has left the database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jeder Datenaustausch, jeder Bericht für das Jobcenter, jeder gespeicherte Verlauf und jeder Ausdruck einer Familie, mit wem, wann, welchen Filtern und wie vielen Familien – von allen, die mit dieser Datenbank arbeiten.</source>
        <translation>Every data exchange, every report for the Jobcenter, every saved history and every printout of a family, with who, when, which filters and how many families – by everyone who works with this database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zugriffe</source>
        <translation>Accesses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/access.py" line="+18"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filters</translation>
    </message>
</context>
<context>
    <name>AreaFiguresModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="+141"/>
        <source>Kinder und Jugendliche</source>
        <extracomment>The one value shown per row (tests and the charts read it without parsing the text). The :class:`~userjourney.core.summary.trend.Period` of a row of the Verlauf. How the number reads, for the title of the list (&quot;Mittagsverpflegung · ohne Anspruch&quot;).</extracomment>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nehmen das Angebot wahr</source>
        <translation>take up the offer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alle Kinder und Jugendlichen</source>
        <translation>all children and young people</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alle Kinder</source>
        <translation>all children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Anspruch</source>
        <translation>not entitled</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>anspruchsberechtigt</source>
        <translation>entitled</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+1"/>
        <source>Anspruch unbekannt</source>
        <translation>entitlement unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch nicht beantwortet (oder noch keine Zeile für den Bereich)</source>
        <translation>entitlement not answered (or no row for the area yet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nach Einrichtung</source>
        <translation>by facility</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nach Angebot (Details)</source>
        <translation>by offer (details)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Anträge ({period})</source>
        <translation>Applications ({period})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt</source>
        <translation>Entitled, step by step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch</source>
        <translation>Entitlement</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../userjourney/gui/summary/area_page.py" line="+62"/>
        <source>{area}: Zahlen</source>
        <translation>{area}: figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area}: Gründe für die Nichtinanspruchnahme</source>
        <translation>{area}: reasons for non-take-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagramm {area}: Anspruchsberechtigte Schritt für Schritt</source>
        <translation>Chart {area}: entitled, step by step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagramm {area}: Gründe</source>
        <translation>Chart {area}: reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt</source>
        <translation>Entitled, step by step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation>Why is the offer not taken up?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder und Jugendliche</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anspruch</source>
        <translation>Entitlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Von 1 Kind oder Jugendlichen:</source>
        <translation>Of 1 child or young person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von {n} Kindern und Jugendlichen:</source>
        <translation>Of {n} children and young people:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen? (1 Kind)</source>
        <translation>Why is the offer not taken up? (1 child)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen? ({n} Kinder)</source>
        <translation>Why is the offer not taken up? ({n} children)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/history.py" line="+32"/>
        <source>Zeitpunkt</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorher</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachher</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ButGridModel</name>
    <message>
        <location filename="../../userjourney/gui/family/but_model.py" line="+61"/>
        <source>Anspruch?</source>
        <extracomment>The date column that follows a step. Kind, Alter, Einrichtung, Bereich stay in view. A journey stopped with a ``nein`` and has no reason yet: the index of its Grund cell. A saved value is unusual (warnings, never refusals): (index, German text).</extracomment>
        <translation>Entitled?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
vorhanden</source>
        <translation>Offer
exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
bekannt</source>
        <translation>Offer
known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
interessant</source>
        <translation>Offer
interesting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag
gestellt</source>
        <translation>Application
filed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag
bewilligt</source>
        <translation>Application
approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
wahr-
genommen</source>
        <translation>Offer
taken
up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{step}: ja (j), nein (n) oder leer (Entf)</source>
        <translation>{step}: ja (j), nein (n) or empty (Del)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gestellt
am</source>
        <translation>filed
on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum des Antrags: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)</source>
        <translation>Date of the application: DD.MM.YY or DD.MM.YYYY (Alt+↓ opens the calendar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bewilligt
am</source>
        <translation>approved
on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum der Bewilligung: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)</source>
        <translation>Date of approval: DD.MM.YY or DD.MM.YYYY (Alt+↓ opens the calendar)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel oder Vorname des Kindes – kein Nachname (Datensparsamkeit)</source>
        <translation>Code or first name of the child – no surname (data minimisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter in Jahren (wächst mit der Zeit mit)</source>
        <translation>Age in years (grows with time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einrichtung</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fächer oder Aktivitäten, getrennt durch Komma (z. B. Mathe, Deutsch)</source>
        <translation>Subjects or activities, separated by comma (e.g. Mathe, Deutsch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Warum endet der Weg hier? Auswahl aus der Liste oder eigener Text</source>
        <translation>Why does the journey end here? Choose from the list or type your own text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Der Weg stockt ({where}): warum? Einen Grund wählen oder tippen – Esc: später.</source>
        <translation>The journey stalls ({where}): why? Choose or type a reason – Esc: later.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>ergänzt: „ja“, weil ein späterer Schritt „ja“ ist</source>
        <translation>added: “ja” because a later step is “ja”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier endet der Weg, Grund {n})</source>
        <translation>The journey ends here, reason {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier endet der Weg ({where}); ein Grund fehlt.</source>
        <translation>The journey ends here ({where}); a reason is missing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grund fehlt</source>
        <translation>Reason missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Weg endet hier: {where}. Bitte einen Grund angeben (Enter öffnet die Liste).</source>
        <translation>The journey ends here: {where}. Please give a reason (Enter opens the list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Der Weg endet nicht; dieser Grund zählt nicht in der Auswertung.</source>
        <translation>The journey does not end; this reason does not count in the summary.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Spätere Angaben löschen?</source>
        <translation>Delete later answers?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„nein“ bei „{step}“ ({area}) beendet den Weg. Die späteren Angaben werden gelöscht (mit ihren Daten): {steps}.

Fortfahren?</source>
        <translation>“nein” at “{step}” ({area}) ends the journey. The later answers are deleted (with their dates): {steps}.

Continue?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Früheres „nein“ ändern?</source>
        <translation>Change earlier “nein”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„ja“ bei „{step}“ ({area}) heißt, dass auch die früheren Schritte „ja“ sind. Aus „nein“ wird „ja“ bei: {steps}.

Fortfahren?</source>
        <translation>“ja” at “{step}” ({area}) means that the earlier steps are “ja” too. “nein” becomes “ja” at: {steps}.

Continue?</translation>
    </message>
</context>
<context>
    <name>CellMessage</name>
    <message>
        <location filename="../../userjourney/gui/widgets/cell_message.py" line="+23"/>
        <source>Meldung zur Zelle</source>
        <translation>Message about the cell</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+6"/>
        <source>Konflikte aus dem Abgleich</source>
        <translation>Conflicts from synchronising</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier haben zwei Datenbanken dasselbe verschieden geändert. Bis jemand entscheidet, gilt überall der spätere Wert. Wählen Sie den richtigen Wert und „Diesen Wert nehmen“, oder tragen Sie einen eigenen ein (Strg+Z macht es rückgängig); die Entscheidung geht mit dem nächsten Abgleich an die andere Seite.</source>
        <translation>Here two databases changed the same thing differently. Until someone decides, the later value applies everywhere. Choose the right value and “Take this value”, or enter your own (Ctrl+Z undoes it); the decision goes to the other side with the next synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Konflikt / Wert</source>
        <translation>Conflict / value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Eigener Wert:</source>
        <translation>&amp;Own value:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eigener Wert</source>
        <translation>Own value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statt der Werte oben</source>
        <translation>instead of the values above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ein eigener Wert für ein einzelnes Feld – nicht für einen Weg, die Aufstockung oder einen gelöschten Eintrag: dort einen der Werte nehmen</source>
        <translation>A value of your own for a single field – not for a journey, the top-up or a deleted entry: take one of the values there</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eigenen Wert &amp;speichern</source>
        <translation>&amp;Save own value</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diesen Wert &amp;nehmen</source>
        <translation>&amp;Take this value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/conflicts.py" line="+49"/>
        <source>Familie {family} · {what}</source>
        <translation>Family {family} · {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(leer oder gelöscht)</source>
        <translation>(empty or deleted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(gilt vorläufig)</source>
        <translation>(applies for now)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine offenen Konflikte.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Konflikt entschieden: {what}</source>
        <translation>Conflict decided: {what}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entschieden: {what} (Strg+Z macht es rückgängig)</source>
        <translation>Decided: {what} (Ctrl+Z undoes it)</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../userjourney/gui/widgets/date_edit.py" line="+26"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalender öffnen (Alt+↓)</source>
        <translation>Open calendar (Alt+↓)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="+114"/>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../ui/encrypt_dialog.ui" line="+6"/>
        <source>Datenbank verschlüsseln</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mindestens 8 Zeichen, gern ein ganzer Satz</source>
        <translation>at least 8 characters, a whole sentence is welcome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase &amp;wiederholen</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase wiederholen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Im &amp;Schlüsselbund dieses Benutzerkontos merken (nicht bei jedem Start fragen)</source>
        <translation>Remember in the &amp;keyring of this user account (do not ask at every start)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Schlüssel der Datenbank liegt dann im Schlüsselbund des Betriebssystems (unter Windows: Anmeldeinformationsverwaltung); wer sich als Sie anmeldet, kann die Datenbank öffnen.</source>
        <translation>The database&apos;s key is then kept in the operating system&apos;s keyring (on Windows: Credential Manager); whoever logs in as you can open the database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verschlüsseln</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ohne Verschlüsselung</source>
        <translation>&amp;Without encryption</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/encryption.py" line="+33"/>
        <source>Eine neue Datenbank wird angelegt: „{path}“. Verschlüsselt bleibt sie auch dann unlesbar, wenn der Laptop verloren geht – empfohlen für die Sozialdaten der Familien.</source>
        <translation>A new database is created: “{path}”. Encrypted, it stays unreadable even if the laptop is lost – recommended for the families&apos; social data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{path}“ ist nicht verschlüsselt.</source>
        <translation>The database “{path}” is not encrypted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihre Organisation verlangt eine verschlüsselte Datenbank.</source>
        <translation>Your organisation requires an encrypted database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die beiden Eingaben sind verschieden.</source>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+6"/>
        <source>Auswertung exportieren</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Standort</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;JobCoach</source>
        <translation>&amp;JobCoach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JobCoach</source>
        <translation>JobCoach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;rziehungsstatus</source>
        <translation>&amp;Parenting status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erziehungsstatus</source>
        <translation>Parenting status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Migrationshintergrund</source>
        <translation>&amp;Migration background</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrationshintergrund</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anträge &amp;von / bis</source>
        <translation>&amp;Applications from / to</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+253"/>
        <source>Anträge von</source>
        <translation>Applications from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+1"/>
        <source>Anträge bis</source>
        <translation>Applications to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;tichtag</source>
        <translation>Reference &amp;day</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+0"/>
        <source>Stichtag</source>
        <translation>Reference day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stichtag für „nachhaltig“ (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands</source>
        <translation>Reference day for “lasting” (Minijob for three months); empty = today, or the day of the data state</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date&amp;nstand</source>
        <translation>Data as &amp;of</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+1"/>
        <source>Datenstand</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten, wie sie zu diesem Zeitpunkt waren: TT.MM.JJJJ (das Ende des Tages) oder TT.MM.JJJJ HH:MM; leer = aktuell. Änderungen danach zählen nicht.</source>
        <translation>The data as they were at that moment: DD.MM.YYYY (the end of the day) or DD.MM.YYYY HH:MM; empty = current. Later changes do not count.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mindest&amp;fallzahl</source>
        <translation>Minimum &amp;cell size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mindestfallzahl</source>
        <translation>Minimum cell size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werte von 1 bis eins unter dieser Zahl erscheinen als •, ebenso alles, woraus sie sich errechnen ließen. Die Statistik der Bundesagentur für Arbeit blendet 1 und 2 aus: Mindestfallzahl 3.</source>
        <translation>Values from 1 to one below this number appear as •, as does everything they could be calculated from. The statistics of the Federal Employment Agency hide 1 and 2: minimum cell size 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine (alle Werte zeigen)</source>
        <translation>none (show all values)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="-49"/>
        <source>Bericht für das Jobcenter</source>
        <translation>Report for the Jobcenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur Zahlen wie in Anhang 6.6, ohne personenbezogene Daten: keine Kürzel, Namen, JobCoaches, Arbeitgeber oder Anmerkungen – zum Versenden.</source>
        <translation>Only numbers as in Annex 6.6, without personal data: no codes, names, JobCoaches, employers or remarks – for sending.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bericht schreiben</source>
        <translation>&amp;Write report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht Jobcenter {day}.xlsx</source>
        <translation>Report Jobcenter {day}.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenaustausch (intern)</source>
        <translation>Data exchange (internal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen Installationen, nicht zum Versenden.</source>
        <translation>Summary and raw data per family (codes, first names, social data) – only for your own installations, not for sending.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BuT-Auswertung {day}.xlsx</source>
        <translation>BuT summary {day}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Standorte</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation>All JobCoaches</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Die Arbeitsmappe wird geschrieben …</source>
        <translation>The workbook is being written …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Abgebrochen; es wurde keine Datei geschrieben.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/family_dialog.ui" line="+5"/>
        <source>Neue Familie</source>
        <translation>New family</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Familie: Kürzel (kein Klarname)</source>
        <translation>&amp;Family: code (no real name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Familie: Kürzel (kein Klarname)</source>
        <translation>Family: code (no real name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel, z. B. SCH-01</source>
        <translation>Code, e.g. SCH-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensparsamkeit: ein Kürzel genügt, um die Familie wiederzufinden (z. B. SCH-01). Kein Klarname – er käme in die Datenbank, ihre Sicherungen und den internen Datenaustausch.</source>
        <translation>Data minimisation: a code is enough to find the family again (e.g. SCH-01). No real name – it would go into the database, its backups and the internal data exchange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Standort</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;JobCoach (Träger)</source>
        <translation>&amp;JobCoach (provider)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JobCoach</source>
        <translation>JobCoach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erstelldatum</source>
        <translation>&amp;Creation date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erstelldatum</source>
        <translation>Creation date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Migrationshintergrund</source>
        <translation>&amp;Migration background</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrationshintergrund</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erziehungs&amp;status</source>
        <translation>Parenting &amp;status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erziehungsstatus</source>
        <translation>Parenting status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/members.py" line="+76"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FamilyListModel</name>
    <message>
        <location filename="../../userjourney/gui/family/list_model.py" line="+38"/>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JobCoach</source>
        <translation>JobCoach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeitet</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vollst.</source>
        <translation>Compl.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>1 offener Konflikt aus dem Abgleich (Bearbeiten → Konflikte)</source>
        <translation>1 open conflict from synchronising (Edit → Conflicts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} offene Konflikte aus dem Abgleich (Bearbeiten → Konflikte)</source>
        <translation>{n} open conflicts from synchronising (Edit → Conflicts)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{complete} von {expected} BuT-Zeilen vollständig</source>
        <translation>{complete} of {expected} BuT rows complete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Grund fehlt</source>
        <translation>1 reason missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Gründe fehlen</source>
        <translation>{n} reasons missing</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <location filename="../../ui/family_view.ui" line="+15"/>
        <location line="+4"/>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Familie: Kürzel (kein Klarname)</source>
        <translation>Family: code (no real name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensparsamkeit: ein Kürzel genügt, um die Familie wiederzufinden (z. B. SCH-01). Kein Klarname – er käme in die Datenbank, ihre Sicherungen und den internen Datenaustausch.</source>
        <translation>Data minimisation: a code is enough to find the family again (e.g. SCH-01). No real name – it would go into the database, its backups and the internal data exchange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Erstelldatum</source>
        <translation>Creation date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JobCoach (Träger)</source>
        <translation>JobCoach (provider)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JobCoach</source>
        <translation>JobCoach</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Letzte Bearbeitung</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Migrationshintergrund</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Erziehungsstatus</source>
        <translation>Parenting status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vollständig</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vollständigkeit</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldung zu den Familienangaben</source>
        <translation>Message about the family data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Journeys</source>
        <translation>User journeys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BuT</source>
        <translation>BuT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind hinzufügen …</source>
        <translation>Add child …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind entfernen …</source>
        <translation>Remove child …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tasten: j = ja · n = nein · Entf = leer · (ja) = ergänzt, weil ein späterer Schritt ja ist</source>
        <translation>Keys: j = ja · n = nein · Del = empty · (ja) = added because a later step is ja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User Journey BuT</source>
        <translation>User journey BuT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gründe (Fußnoten)</source>
        <translation>Reasons (footnotes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minijobs</source>
        <translation>Minijobs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person hinzufügen …</source>
        <translation>Add person …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person entfernen …</source>
        <translation>Remove person …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Legende der Stufen</source>
        <translation>Legend of the levels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User Journey Minijobs</source>
        <translation>User journey Minijobs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmerkungen (Fußnoten)</source>
        <translation>Remarks (footnotes)</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/family/view.py" line="+76"/>
        <source>&amp;Kind hinzufügen …</source>
        <extracomment>A message for the status bar. The family shown is gone (deleted by undo or elsewhere). Another family (or none: ``None``) is shown now.</extracomment>
        <translation>&amp;Add child …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind &amp;entfernen …</source>
        <translation>&amp;Remove child …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person hinzufügen …</source>
        <translation>Add &amp;person …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person e&amp;ntfernen …</source>
        <translation>Re&amp;move person …</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Familie {code}</source>
        <translation>Family {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>– (noch keine Kinder)</source>
        <translation>– (no children yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{complete} von {total} BuT-Zeilen ({percent} %)</source>
        <translation>{complete} of {total} BuT rows ({percent} %)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Bitte zuerst eine Zeile des Kindes wählen.</source>
        <translation>Please choose a row of the child first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind „{name}“ mit allen BuT-Angaben entfernen?</source>
        <translation>Remove child “{name}” with all BuT data?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bitte zuerst die Zeile der Person wählen.</source>
        <translation>Please choose the person&apos;s row first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person „{name}“ mit ihren Minijob-Angaben entfernen?</source>
        <translation>Remove person “{name}” with their Minijob data?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strg+Z macht es rückgängig.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gespeichert: {label}</source>
        <translation>Saved: {label}</translation>
    </message>
</context>
<context>
    <name>FrozenColumns</name>
    <message>
        <location filename="../../userjourney/gui/family/frozen.py" line="+29"/>
        <source>Feste Spalten</source>
        <translation>Fixed columns</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../userjourney/gui/family/grid_model.py" line="+146"/>
        <source>1 Jahr am {day} erfasst</source>
        <extracomment>Belongs to the member (child), not the row: shown once, spanning the member&apos;s rows. The value an editor starts with (text for line edits, the choice for combo boxes). Derived, not typed (an implied ja, a computed Nachhaltig): grey italics. Wants attention (a stopped journey without reason): marked in colour with an icon. Has no meaning here (steps after a nein): shaded. Shown as overridden by the coach (e.g. Nachhaltig against the three-month rule). A value was refused: (index, German message). Nothing was changed. An edit was saved: its label for the status bar. How many leading columns stay in view while the grid scrolls sideways (who the row is). Asked before an edit that also changes other cells: (title, question) -&gt; go ahead? Asked to choose: (title, question, the choices&apos; button texts) -&gt; the choice, None = cancel. The day ages and the three-month rule are shown for; fixed in tests, None = the real today. Open conflicts from a sync: (record id, field) → the competing values (marked cells).</extracomment>
        <translation>1 year, recorded on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} Jahre am {day} erfasst</source>
        <translation>{age} years, recorded on {day}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Konflikt aus dem Abgleich: {values} – Bearbeiten → Konflikte</source>
        <translation>Conflict from synchronising: {values} – Edit → Conflicts</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../userjourney/gui/family/grid_view.py" line="+140"/>
        <location line="+1"/>
        <source>Hinweis: {text}</source>
        <extracomment>A message for the status bar (refusals and hints, also shown at the cell). The leading columns kept in view while scrolling sideways (the model&apos;s ``frozen_columns``). Rows edited since the cursor entered them (for the stall → reason rule). Where to go once an automatically opened reason editor closes.</extracomment>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Fortfahren</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Zu dieser Spalte gibt es keine Anmerkung.</source>
        <translation>There is no remark for this column.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anmerkung zu „{column}“</source>
        <translation>Remark on “{column}”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.ui" line="+5"/>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.ui" line="+6"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Im Verlauf suchen</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suchen (Name, Feld, Wert) …</source>
        <translation>Search (name, field, value) …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter: wer</source>
        <translation>Filter: who</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;von</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>von (Datum)</source>
        <translation>from (date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bis (Datum)</source>
        <translation>to (date)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Als &amp;Excel speichern …</source>
        <translation>Save as &amp;Excel …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/history.py" line="+38"/>
        <source>Verlauf der Familie {code}</source>
        <translation>History of family {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} Änderungen</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Änderung</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verlauf speichern</source>
        <translation>Save history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Familie {code}</source>
        <translation>Family {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+6"/>
        <source>Excel-Liste importieren</source>
        <translation>Import Excel list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stand des Imports</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Was der Import ändert</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Einzelheiten</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fehler</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fehler in der Datei</source>
        <translation>Errors in the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinweise zur Datei</source>
        <translation>Notes on the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="-229"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familien in der Datei</source>
        <translation>Families in the file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+23"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="-25"/>
        <source>Datei: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BuT-Zeilen</source>
        <translation>BuT rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minijob-Journeys</source>
        <translation>Minijob journeys</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Die Datei wird gelesen und geprüft …</source>
        <translation>The file is being read and checked …</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>Abgebrochen; es wurde nichts geändert.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fehler ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweise ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familien ({n})</source>
        <translation>Families ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei hat {n} Fehler (siehe unten, mit Blatt, Zeile und Spalte). Es wird nichts importiert; bitte die Datei korrigieren und erneut importieren.</source>
        <translation>The file has {n} errors (see below, with sheet, row and column). Nothing is imported; please correct the file and import it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank entspricht bereits der Datei; ein Import änderte nichts.</source>
        <translation>The database already matches the file; an import would change nothing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei ist in Ordnung. „Importieren“ übernimmt die Änderungen in einem Schritt (vorher wird die Datenbank gesichert; Strg+Z macht den Import rückgängig).</source>
        <translation>The file is fine. “Import” takes over the changes in one step (the database is backed up first; Ctrl+Z undoes the import).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datenbank wird gesichert und die Datei importiert …</source>
        <translation>The database is being backed up and the file imported …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import von {name}</source>
        <translation>Import of {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importiert.</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="+9"/>
        <source>userjourney</source>
        <translation>userjourney</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ansichten</source>
        <translation>Views</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Familie suchen (Kürzel oder Name) …</source>
        <translation>Search family (code or name) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht im Kürzel der Familie und in den Namen ihrer Kinder und Erwachsenen; Enter öffnet die erste gefundene Familie.</source>
        <translation>Searches the family&apos;s code and the names of its children and adults; Enter opens the first family found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Familie suchen</source>
        <translation>Search family</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter Standort</source>
        <translation>Filter location</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter JobCoach</source>
        <translation>Filter JobCoach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Familienliste</source>
        <translation>Family list</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neue Familie …</source>
        <translation>New family …</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../userjourney/gui/main_window.py" line="+306"/>
        <source>Familie löschen</source>
        <translation>Delete family</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte links eine Familie wählen oder mit „Neue Familie …“ anlegen.</source>
        <translation>Please choose a family on the left or create one with “New family …”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Neue Familie …</source>
        <translation>&amp;New family …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie dr&amp;ucken …</source>
        <translation>&amp;Print family …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Familie auf Papier, wie die Bögen der Anhänge 6.5 und 6.7 (Kopf, Raster, Fußnoten, Seitenzahlen)</source>
        <translation>The family on paper, like the forms of annexes 6.5 and 6.7 (header, grid, footnotes, page numbers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie als &amp;PDF speichern …</source>
        <translation>Save family as PD&amp;F …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Familie als PDF, wie die Bögen der Anhänge 6.5 und 6.7 – nur für die Akte der Familie</source>
        <translation>The family as a PDF, like the forms of annexes 6.5 and 6.7 – only for the family&apos;s file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie &amp;löschen …</source>
        <translation>&amp;Delete family …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie en&amp;dgültig löschen …</source>
        <translation>Erase family &amp;permanently …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Familie mit ihrem Verlauf und aus allen Sicherungen löschen (DSGVO Art. 17), auch eine schon gelöschte; nicht rückgängig zu machen</source>
        <translation>Erase a family with its history and from all backups (GDPR Art. 17), also one already deleted; cannot be undone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zugriffe (Exporte, Berichte) …</source>
        <translation>&amp;Accesses (exports, reports) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer wann welche Daten aus der Datenbank exportiert hat</source>
        <translation>Who exported which data from the database when</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/gui/main_window.py" line="+48"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/gui/main_window.py" line="+2"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bericht für das &amp;Jobcenter …</source>
        <translation>Report for the &amp;Jobcenter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur Zahlen, ohne personenbezogene Daten, kleine Werte ausgeblendet – zum Versenden</source>
        <translation>Only numbers, without personal data, small values hidden – for sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht für das Jobcenter: nur Zahlen, ohne personenbezogene Daten, kleine Werte ausgeblendet – zum Versenden</source>
        <translation>Report for the Jobcenter: only numbers, without personal data, small values hidden – for sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datenaustausch (intern) …</source>
        <translation>&amp;Data exchange (internal) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen Installationen</source>
        <translation>Summary and raw data per family (codes, first names, social data) – only for your own installations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenaustausch (intern): Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen Installationen</source>
        <translation>Data exchange (internal): summary and raw data per family (codes, first names, social data) – only for your own installations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leere &amp;Vorlage speichern …</source>
        <translation>Save empty &amp;template …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sicherungskopie speichern …</source>
        <translation>Save &amp;backup copy …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mit Se&amp;rver verbinden …</source>
        <translation>Connect to &amp;server …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit dem gemeinsamen Server des Büros arbeiten (oder wieder mit der Datei auf diesem Rechner)</source>
        <translation>Work with the office&apos;s shared server (or again with the file on this computer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abgleichen …</source>
        <translation>S&amp;ynchronise …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit einer anderen Datenbank abgleichen – Datei (USB-Stick, Laptop) oder Server – in beide Richtungen</source>
        <translation>Synchronise with another database – file (USB stick, laptop) or server – in both directions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Konflikte …</source>
        <translation>&amp;Conflicts …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was zwei Datenbanken verschieden geändert haben: einen Wert nehmen</source>
        <translation>What two databases changed differently: take a value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu &amp;laden</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verlauf der Familie …</source>
        <translation>Family &amp;history …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gründe verwalten …</source>
        <translation>Manage rea&amp;sons …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einen Grund umbenennen oder zwei Gründe, die dasselbe meinen, zusammenführen</source>
        <translation>Rename a reason, or merge two reasons that mean the same</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Standorte und JobCoaches verwalten …</source>
        <translation>&amp;Manage locations and JobCoaches …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einen Standort oder JobCoach umbenennen oder zwei, die dasselbe meinen („Fr. Kaya“, „Frau Kaya“), zusammenführen</source>
        <translation>Rename a location or JobCoach, or merge two that mean the same (“Ms Kaya”, “Mrs Kaya”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Einstellungen …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tastenkürzel …</source>
        <translation>&amp;Keyboard shortcuts …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Tasten des Programms: Menüs, Reiter, Tabellen</source>
        <translation>All keys of the program: menus, tabs, tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erklärung der &amp;Vorlage …</source>
        <translation>Explanation of the &amp;template …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie die Excel-Vorlage ausgefüllt wird: Blätter, Spalten, erlaubte Werte</source>
        <translation>How the Excel template is filled in: sheets, columns, allowed values</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ü&amp;ber userjourney …</source>
        <translation>&amp;About userjourney …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/main_window.py" line="-247"/>
        <source>Speicherstatus</source>
        <extracomment>How often a window on a server (or a read-only one) looks for other programs&apos; commits. Work with another database from now on: an opened server database, or ``None`` for the local file (Datei → Mit Server verbinden …); the application replaces the window. The language was changed in the settings (already saved): the application builds the window anew in that language (:class:`userjourney.gui.app.Windows`).</extracomment>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbindung</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auswertung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(F5 lädt neu)</source>
        <translation>(F5 reloads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur-lesen-Hinweis</source>
        <translation>Read-only note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnhinweis</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alle Standorte</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation>All JobCoaches</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keine Familie gefunden.</source>
        <translation>No family found.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} Familien</source>
        <translation>{n} families</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Familie</source>
        <translation>1 family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} von {n} Familien</source>
        <translation>{shown} of {n} families</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{shown} von 1 Familie</source>
        <translation>{shown} of 1 family</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+259"/>
        <location line="+12"/>
        <source>Bitte zuerst eine Familie wählen.</source>
        <translation>Please choose a family first.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Familie „{code}“ mit {children} und {persons} und allen Angaben löschen?

Strg+Z macht das Löschen rückgängig.</source>
        <translation>Delete family “{code}” with {children} and {persons} and all data?

Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Kind</source>
        <translation>1 child</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Kindern</source>
        <translation>{n} children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Personen</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Familie „{code}“ gelöscht (Strg+Z macht es rückgängig)</source>
        <translation>Family “{code}” deleted (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Familie „{code}“ endgültig gelöscht, mit {n} Zeilen ihres Verlaufs; Sicherungen bereinigt: {copies}</source>
        <translation>Family “{code}” erased permanently, with {n} rows of its history; backups cleaned: {copies}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie endgültig löschen</source>
        <translation>Erase family permanently</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Sicherungen ließen sich nicht lesen; bitte von Hand löschen:
{paths}</source>
        <translation>These backups could not be read; please delete them by hand:
{paths}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rückgängig: {label}</source>
        <translation>&amp;Undo: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wiederholen: {label}</source>
        <translation>&amp;Redo: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rückgängig gemacht: {label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wiederholt: {label}</source>
        <translation>Redone: {label}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alle Änderungen gespeichert ({time})</source>
        <translation>All changes saved ({time})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel-Liste importieren</source>
        <translation>Import Excel list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importiert: {name}</source>
        <translation>Imported: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exportiert: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bericht geschrieben: {path}</source>
        <translation>Report written: {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leere Vorlage speichern</source>
        <translation>Save empty template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorlage gespeichert: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sicherungskopie speichern</source>
        <translation>Save backup copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite-Datenbank (*.sqlite)</source>
        <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Sicherung kann nicht die Datenbank selbst sein.</source>
        <translation>The backup cannot be the database itself.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sicherungskopie</source>
        <translation>Backup copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungskopie gespeichert: {path}</source>
        <translation>Backup copy saved: {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wiederhergestellt: {name}</source>
        <translation>Restored: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederhergestellt: {name} ({n} Familien).</source>
        <translation>Restored: {name} ({n} families).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der vorige Stand liegt in {path}.</source>
        <translation>The previous state is in {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Neue Konflikte aus dem Abgleich: {n} (Bearbeiten → Konflikte)</source>
        <translation>New conflicts from synchronising: {n} (Edit → Conflicts)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{family} drucken</source>
        <translation>Print {family}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{family} gedruckt (1 Seite)</source>
        <translation>{family} printed (1 page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{family} gedruckt ({n} Seiten)</source>
        <translation>{family} printed ({n} pages)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Familie als PDF speichern</source>
        <translation>Save family as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF gespeichert: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erklärung der Vorlage</source>
        <translation>Explanation of the template</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Einstellungen konnten nicht gespeichert werden: {error}</source>
        <translation>Settings could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Server: {server} · verbunden</source>
        <translation>Server: {server} · connected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server: {server} · Verbindung unterbrochen; Änderungen werden nicht gespeichert, neuer Versuch läuft</source>
        <translation>Server: {server} · connection broken; changes are not saved, retrying</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{family} – userjourney – {db}</source>
        <translation>{family} – userjourney – {db}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userjourney – {db}</source>
        <translation>userjourney – {db}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[nur lesen]</source>
        <translation>[read only]</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.ui" line="+5"/>
        <source>Kind hinzufügen</source>
        <translation>Add child</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kürzel oder Vorname</source>
        <translation>&amp;Code or first name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kürzel oder Vorname</source>
        <translation>Code or first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensparsamkeit: ein Kürzel oder der Vorname genügt, um die Person in der Familie wiederzufinden. Kein Nachname, keine Anschrift – diese Daten verlassen den Laptop in keinem Bericht, aber sie liegen in der Datenbank und ihren Sicherungen.</source>
        <translation>Data minimisation: a code or the first name is enough to find the person in the family again. No surname, no address – these data leave the laptop in no report, but they are in the database and its backups.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alter</source>
        <translation>&amp;Age</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alter in Jahren</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahre</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Einrichtung</source>
        <translation>&amp;Facility</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Einrichtung</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/members.py" line="+49"/>
        <source>Person hinzufügen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MinijobFiguresModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="-90"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personen (Erwachsene)</source>
        <translation>People (adults)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufstockung möglich</source>
        <translation>Top-up possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgestockt</source>
        <translation>topped up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nachhaltig (≥ 3 Monate, Stand {day})</source>
        <translation>lasting (≥ 3 months, as of {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nachhaltig = ja, oder leer und der Beginn liegt mindestens drei Monate vor dem Stand</source>
        <translation>Lasting = ja, or empty and the start is at least three months before the reference day</translation>
    </message>
</context>
<context>
    <name>MinijobGridModel</name>
    <message>
        <location filename="../../userjourney/gui/family/minijob_model.py" line="+56"/>
        <source>Stufe 1–4 (Tasten 1–4, Entf = leer): {legend}</source>
        <extracomment>Person stays in view.</extracomment>
        <translation>Level 1–4 (keys 1–4, Del = empty): {legend}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minijob
gesucht</source>
        <translation>Minijob
searched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minijob
gefunden</source>
        <translation>Minijob
found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pot. Arbeit-
geber an-
gesprochen</source>
        <translation>pot. employer
con-
tacted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel oder Vorname der Person – kein Nachname (Datensparsamkeit)</source>
        <translation>Code or first name of the person – no surname (data minimisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitgeber</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn des Minijobs: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)</source>
        <translation>Start of the Minijob: DD.MM.YY or DD.MM.YYYY (Alt+↓ opens the calendar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufstockung
möglich</source>
        <translation>Top-up
possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja (j), nein (n) oder leer (Entf)</source>
        <translation>ja (j), nein (n) or empty (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf-
gestockt</source>
        <translation>Topped
up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur wenn „Aufstockung möglich“ ja ist</source>
        <translation>Only if “Aufstockung möglich” is ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach-
haltig</source>
        <translation>Last-
ing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besteht der Minijob seit 3 Monaten oder länger? Leer = nach der Regel berechnet</source>
        <translation>Has the Minijob lasted 3 months or longer? Empty = calculated by the rule</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>berechnet: Beginn {start} + 3 Monate = {since}</source>
        <translation>calculated: start {start} + 3 months = {since}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noch nicht</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vom JobCoach gesetzt; die 3-Monats-Regel ergäbe: {rule}</source>
        <translation>set by the JobCoach; the 3-month rule would give: {rule}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>noch keine 3 Monate; nachhaltig ab {since}</source>
        <translation>not 3 months yet; lasting from {since}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: Anmerkung geändert</source>
        <translation>{name}: remark changed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>„Aufgestockt“ löschen?</source>
        <translation>Delete “Aufgestockt”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ohne „Aufstockung möglich: ja“ gibt es kein „Aufgestockt“. Die Angabe bei „Aufgestockt“ wird gelöscht.

Fortfahren?</source>
        <translation>Without “Aufstockung möglich: ja” there is no “Aufgestockt”. The answer at “Aufgestockt” is deleted.

Continue?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {column} = {value}</source>
        <translation>{name}: {column} = {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/members.py" line="+20"/>
        <location line="+6"/>
        <source>Anmerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strg+Enter speichert · leer lassen löscht die Anmerkung</source>
        <translation>Ctrl+Enter saves · leaving it empty deletes the remark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="+6"/>
        <source>Verschlüsselte Datenbank</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase passt nicht. Bitte noch einmal – oder den Wiederherstellungsschlüssel eingeben.</source>
        <translation>The passphrase does not match. Please try again – or enter the recovery key.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase vergessen? Hier den Wiederherstellungsschlüssel eingeben (13 Gruppen wie ABCD-EFGH-…), den Sie beim Verschlüsseln ausgedruckt oder bei der IT hinterlegt haben – danach bitte eine neue Passphrase wählen.</source>
        <translation>Forgot the passphrase? Enter the recovery key here (13 groups like ABCD-EFGH-…) that you printed when encrypting or left with IT – then please choose a new passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Im &amp;Schlüsselbund dieses Benutzerkontos merken (nicht mehr fragen)</source>
        <translation>Remember in the &amp;keyring of this user account (do not ask again)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Schlüssel der Datenbank liegt dann im Schlüsselbund des Betriebssystems (unter Windows: Anmeldeinformationsverwaltung); wer sich als Sie anmeldet, kann die Datenbank öffnen.</source>
        <translation>The database&apos;s key is then kept in the operating system&apos;s keyring (on Windows: Credential Manager); whoever logs in as you can open the database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/passphrase.py" line="+26"/>
        <source>Die Datenbank „{path}“ ist verschlüsselt. Bitte die Passphrase eingeben.</source>
        <translation>The database “{path}” is encrypted. Please enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/purge_dialog.ui" line="+6"/>
        <source>Familie endgültig löschen</source>
        <translation>Erase family permanently</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endgültig löschen (DSGVO Art. 17): die Familie, ihr ganzer Verlauf und ihre Angaben in allen Sicherungen neben der Datenbank. Es bleibt nur ein Eintrag, dass eine Familie gelöscht wurde, wann und von wem. Das lässt sich nicht rückgängig machen.</source>
        <translation>Erase permanently (GDPR Art. 17): the family, its whole history and its data in all backups next to the database. Only an entry that a family was erased, when and by whom, remains. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ohne Änderung seit &amp;mehr als</source>
        <translation>Without changes for &amp;more than</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aufbewahrungsfrist in Jahren</source>
        <translation>Retention period in years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Jahren</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Familien ohne Änderung seit der Frist</source>
        <translation>Families without changes since the period</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Familie (Kürzel)</source>
        <translation>&amp;Family (code)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Familie (Kürzel)</source>
        <translation>Family (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auch eine schon gelöschte Familie: ihr Kürzel steht noch im Verlauf.</source>
        <translation>Also a family already deleted: its code is still in the history.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zur &amp;Bestätigung noch einmal</source>
        <translation>For &amp;confirmation once more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kürzel zur Bestätigung</source>
        <translation>Code for confirmation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Endgültig löschen</source>
        <translation>&amp;Erase permanently</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/purge.py" line="+62"/>
        <source>{code} – letzte Änderung {day}</source>
        <translation>{code} – last change {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(schon gelöscht)</source>
        <translation>(already deleted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keine Familie ohne Änderung seit mehr als einem Jahr.</source>
        <translation>No family without changes for more than a year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine Familie ohne Änderung seit mehr als {n} Jahren.</source>
        <translation>No family without changes for more than {n} years.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>„{code}“ wird gelöscht, auch in den Sicherungen …</source>
        <translation>“{code}” is being erased, also in the backups …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Familie „{code}“ endgültig gelöscht</source>
        <translation>Family “{code}” erased permanently</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../userjourney/gui/family/delegates.py" line="+59"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund tippen oder aus der Liste wählen …</source>
        <translation>Type a reason or choose from the list …</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../ui/reasons_dialog.ui" line="+46"/>
        <source>&amp;Neuer Text</source>
        <translation>&amp;New text</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Gründe, Standorte und JobCoaches</source>
        <translation>Reasons, locations and JobCoaches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein Eintrag der Liste bekommt einen neuen Text, oder alles, was ihn nennt, geht zu einem anderen (zwei, die dasselbe meinen – „Fr. Kaya“ und „Frau Kaya“ –, werden einer). Die Auswertung zählt danach zusammen; Strg+Z macht es rückgängig. Ein Grund, der nicht mehr gebraucht wird, lässt sich ausblenden: der Grund-Editor bietet ihn nicht mehr an.</source>
        <translation>An entry of the list gets a new text, or everything that names it moves to another one (two that mean the same – “Ms Kaya” and “Mrs Kaya” – become one). The summary then counts them together; Ctrl+Z undoes it. A reason no longer needed can be hidden: the reason editor offers it no more.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Einträge der Liste</source>
        <translation>Entries of the list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Neuer Text des Eintrags</source>
        <translation>New text of the entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ein neuer Text benennt den Eintrag um; der Text eines anderen Eintrags führt beide zusammen</source>
        <translation>A new text renames the entry; the text of another entry merges the two</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Üb&amp;ernehmen</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../userjourney/gui/dialogs/reasons.py" line="+127"/>
        <source>Aus&amp;blenden</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den gewählten Grund im Grund-Editor nicht mehr anbieten (oder wieder anbieten); Einträge, die ihn nennen, behalten ihn, die Auswertung zählt ihn wie bisher</source>
        <translation>Offer the chosen reason in the reason editor no more (or again); entries that name it keep it, the summary counts it as before</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/reasons.py" line="-76"/>
        <source>Gründe: {area}</source>
        <translation>Reasons: {area}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standorte</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JobCoaches</source>
        <translation>JobCoaches</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Einträge</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angeboten</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anhang 6.6</source>
        <translation>Annex 6.6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>getippt</source>
        <translation>typed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein – ausgeblendet</source>
        <translation>no – hidden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ein&amp;blenden</source>
        <translation>S&amp;how again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grund „{text}“ ausblenden</source>
        <translation>Hide reason “{text}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund „{text}“ wieder anbieten</source>
        <translation>Offer reason “{text}” again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{text}“ wird im Grund-Editor nicht mehr angeboten; Einträge, die ihn nennen, behalten ihn.</source>
        <translation>“{text}” is no longer offered in the reason editor; entries that name it keep it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{text}“ wird im Grund-Editor wieder angeboten.</source>
        <translation>“{text}” is offered in the reason editor again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} „{old}“ → „{new}“</source>
        <translation>{what} “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 Familie: „{old}“ → „{new}“.</source>
        <translation>1 family: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Familien: „{old}“ → „{new}“.</source>
        <translation>{n} families: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>1 Eintrag: „{old}“ → „{new}“.</source>
        <translation>1 entry: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Einträge: „{old}“ → „{new}“.</source>
        <translation>{n} entries: “{old}” → “{new}”.</translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="-28"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/recovery_key_dialog.ui" line="+6"/>
        <location line="+10"/>
        <source>Wiederherstellungsschlüssel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Ihr Wiederherstellungsschlüssel wird nur dieses eine Mal angezeigt. Bitte ausdrucken oder aufschreiben und sicher aufbewahren – oder bei der IT hinterlegen. Er öffnet die Datenbank, wenn die Passphrase vergessen ist; ohne Passphrase und ohne diesen Schlüssel kann niemand die Daten wieder lesen, auch nicht der Hersteller.</source>
        <translation>Your recovery key is shown only this once. Please print it or write it down and keep it safe – or leave it with IT. It opens the database when the passphrase is forgotten; without the passphrase and without this key nobody can read the data again, not even the maker.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In die &amp;Zwischenablage kopieren</source>
        <translation>Copy to the &amp;clipboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ich habe den Schlüssel &amp;sicher aufbewahrt.</source>
        <translation>I have kept the key &amp;safe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="+6"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wählen Sie den Stand, zu dem die Datenbank zurückkehren soll. Der jetzige Stand wird vorher gesichert, die Wiederherstellung lässt sich also selbst wieder zurücknehmen.</source>
        <translation>Choose the state the database shall return to. The current state is backed up first, so the restore itself can be taken back.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Andere Datei …</source>
        <translation>Other file …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/restore.py" line="+34"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anlass</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zu dieser Datenbank gibt es noch keine automatischen Sicherungen.</source>
        <translation>There are no automatic backups of this database yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine Sicherung wählen.</source>
        <translation>Please choose a backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialog.ui" line="+6"/>
        <source>Mit Server verbinden</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der gemeinsame Server des Büros (PostgreSQL). Server, Datenbank und Anmeldung bekommen Sie von der IT; Sie sehen dort die Familien Ihrer Standorte.</source>
        <translation>The office&apos;s shared server (PostgreSQL). You get server, database and login from IT; there you see the families of your locations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. server.kreis.local</source>
        <translation>e.g. server.kreis.local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Datenbank</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userjourney</source>
        <translation>userjourney</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Anmeldung</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anmeldung</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kennwort</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennwort im &amp;Schlüsselbund des Systems merken</source>
        <translation>Remember the password in the system&apos;s &amp;keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Kennwort wird in der Anmeldeinformationsverwaltung des Systems gespeichert, nie in einer Datei des Programms</source>
        <translation>The password is kept in the system&apos;s credential store, never in a file of the program</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lokale Datei verwenden</source>
        <translation>Use &amp;local file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wieder mit der Datenbank auf diesem Rechner arbeiten</source>
        <translation>Work with the database on this computer again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verbinden</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/server.py" line="+61"/>
        <source>Verbinde mit {server} …</source>
        <extracomment>What the dialog answers besides Accepted/Rejected: back to the file on this computer.</extracomment>
        <translation>Connecting to {server} …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verbunden; einen Schlüsselbund gibt es hier nicht, das Kennwort wird beim nächsten Mal wieder gefragt.</source>
        <translation>Connected; there is no keyring here, the password will be asked for again next time.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+5"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ihr Name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leer = Benutzername des Computers</source>
        <translation>empty = the computer&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steht im Änderungsverlauf bei jeder Ihrer Änderungen („wer“)</source>
        <translation>Stands in the change history at each of your changes (“who”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Standort neuer Familien</source>
        <translation>&amp;Location of new families</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standort neuer Familien</source>
        <translation>Location of new families</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Steht schon im Dialog „Neue Familie“; dort lässt er sich ändern</source>
        <translation>Already filled in in the dialog “New family”; it can be changed there</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;JobCoach neuer Familien</source>
        <translation>&amp;JobCoach of new families</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JobCoach neuer Familien</source>
        <translation>JobCoach of new families</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sicherungen &amp;behalten</source>
        <translation>&amp;Backups to keep</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anzahl der automatischen Sicherungen, die bleiben</source>
        <translation>Number of automatic backups that are kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So viele automatische Sicherungen (eine je Tag, vor jedem Import …) bleiben neben der Datenbank; ältere werden gelöscht</source>
        <translation>This many automatic backups (one a day, before each import …) stay next to the database; older ones are deleted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;prache</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sprache der Oberfläche</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilt sofort. Die Excel-Vorlage mit ihren Spalten und die Antworten in den Tabellen (ja, nein) bleiben deutsch, wie in den Formularen</source>
        <translation>Applies at once. The Excel template with its columns and the answers in the tables (ja, nein) stay German, as in the forms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrift&amp;größe</source>
        <translation>Font &amp;size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schriftgröße</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilt sofort für alle Fenster</source>
        <translation>Applies at once to all windows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hoher &amp;Kontrast (schwarz auf weiß)</source>
        <translation>High &amp;contrast (black on white)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoher Kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwarze Schrift auf weißem Grund, kräftig markierte Auswahl; gilt sofort</source>
        <translation>Black text on white, a strongly marked selection; applies at once</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/settings.py" line="+39"/>
        <source>{points} pt</source>
        <extracomment>Each language named in itself, as language menus do (a coach who cannot read the current language still finds her own).</extracomment>
        <translation>{points} pt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../userjourney/gui/summary/trend_charts.py" line="+137"/>
        <source>{name}, {day}: {share} %
Klicken: die Auswertung zu diesem Tag</source>
        <extracomment>More periods than this and the category labels are written upright. Characters of a reason in the legend.</extracomment>
        <translation>{name}, {day}: {share} %
Click: the summary for this day</translation>
    </message>
</context>
<context>
    <name>SummaryAreaPage</name>
    <message>
        <location filename="../../ui/summary_area.ui" line="+29"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation>Why is the offer not taken up?</translation>
    </message>
</context>
<context>
    <name>SummaryTrendPage</name>
    <message>
        <location filename="../../ui/summary_trend.ui" line="+13"/>
        <source>&amp;Zeiträume</source>
        <translation>&amp;Periods</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf: Zeiträume</source>
        <translation>Trend: periods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeder Zeitraum wird an seinem letzten Tag gezählt, mit den Daten, wie sie damals waren</source>
        <translation>Each period is counted on its last day, with the data as they were then</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein Punkt oder Balken zeigt die Auswertung zu diesem Tag.</source>
        <translation>A point or bar shows the summary for that day.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Diagramm: Anteil, der das Angebot wahrnimmt, je Bereich und Zeitraum</source>
        <translation>Chart: share taking up the offer, per area and period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagramm: Anträge je Bereich und Zeitraum</source>
        <translation>Chart: applications per area and period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagramm: Gründe der Nichtinanspruchnahme je Zeitraum</source>
        <translation>Chart: reasons for non-take-up per period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf als Tabelle</source>
        <translation>Trend as a table</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter oder Doppelklick: die Auswertung zum Ende dieses Zeitraums</source>
        <translation>Enter or double-click: the summary at the end of this period</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/summary_view.ui" line="+17"/>
        <source>&amp;Standort</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: Standort</source>
        <translation>Summary: location</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;JobCoach</source>
        <translation>&amp;JobCoach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: JobCoach</source>
        <translation>Summary: JobCoach</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Anträge vom</source>
        <translation>&amp;Applications from</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeitraum der Anträge von</source>
        <translation>Period of applications from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nur Anträge ab diesem Tag zählen (leer = ohne Beginn)</source>
        <translation>Only applications from this day count (empty = no start)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeitraum der Anträge bis</source>
        <translation>Period of applications to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur Anträge bis zu diesem Tag zählen (leer = ohne Ende)</source>
        <translation>Only applications up to this day count (empty = no end)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Erziehungsstatus</source>
        <translation>&amp;Parenting status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: Erziehungsstatus</source>
        <translation>Summary: parenting status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Migrationshintergrund</source>
        <translation>&amp;Migration background</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: Migrationshintergrund</source>
        <translation>Summary: migration background</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>S&amp;tichtag</source>
        <translation>Reference &amp;day</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Stichtag für „nachhaltig“ (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands</source>
        <translation>Reference day for “lasting” (Minijob for three months); empty = today, or the day of the data state</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stichtag der Auswertung</source>
        <translation>Reference day of the summary</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date&amp;nstand</source>
        <translation>Data as &amp;of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten, wie sie zu diesem Zeitpunkt waren (aus dem Verlauf der Änderungen); leer = aktuell</source>
        <translation>The data as they were at that moment (from the history of changes); empty = current</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datenstand der Auswertung</source>
        <translation>Data state of the summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten, wie sie zu diesem Zeitpunkt waren: TT.MM.JJJJ (das Ende des Tages) oder TT.MM.JJJJ HH:MM; leer = aktuell. Änderungen danach zählen nicht.</source>
        <translation>The data as they were at that moment: DD.MM.YYYY (the end of the day) or DD.MM.YYYY HH:MM; empty = current. Later changes do not count.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../userjourney/gui/summary/view.py" line="+323"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/summary/view.py" line="+1"/>
        <source>Kinder und Jugendliche</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kinder und Jugendliche mit Migrationshintergrund</source>
        <translation>Children and young people with a migration background</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kinder und Jugendliche, die bei nur einem Elternteil aufwachsen</source>
        <translation>Children and young people who grow up with only one parent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bereiche der Auswertung</source>
        <translation>Areas of the summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minijobs</source>
        <translation>Minijobs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wie selbstständig? Personen je Stufe</source>
        <translation>How independent? People per level</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minijobs: Personen je Schritt und Stufe</source>
        <translation>Minijobs: people per step and level</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aufstockung und Nachhaltigkeit</source>
        <translation>Top-up and lasting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minijobs: Kennzahlen</source>
        <translation>Minijobs: key figures</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diagramm: Minijobs, Personen je Schritt und Stufe</source>
        <translation>Chart: Minijobs, people per step and level</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wer steckt hinter einer Zahl? Eine Zahl, einen Grund oder einen Balken anklicken (oder mit Enter wählen).</source>
        <translation>Who is behind a number? Click a number, a reason or a bar (or choose it with Enter).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Familien und Kinder hinter der gewählten Zahl</source>
        <translation>Families and children behind the chosen number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Doppelklick oder Enter öffnet die Familie im Reiter „Familien“.</source>
        <translation>Double-click or Enter opens the family in the tab “Families”.</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/summary/view.py" line="-217"/>
        <source>Verlauf</source>
        <extracomment>New figures are on screen (tests and the benchmark wait for it). The list behind a number is on screen. The Verlauf on screen is up to date. Open this family on this member&apos;s row: (family id, member id, Bereich or None, adult?).</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anspruch, Nutzung, Anträge und Gründe je Monat oder Quartal</source>
        <translation>Entitlement, take-up, applications and reasons per month or quarter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Minijobs: wie selbstständig? (Personen je Stufe)</source>
        <translation>Minijobs: how independent? (people per level)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>alle Kinder</source>
        <translation>all children</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder mit Migrationshintergrund</source>
        <translation>Children with a migration background</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder, die bei nur einem Elternteil aufwachsen</source>
        <translation>Children who grow up with only one parent</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alle Standorte</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation>All JobCoaches</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Anträge vom</source>
        <translation>Applications from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stichtag</source>
        <translation>Reference day</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Der Verlauf wird gezählt …</source>
        <translation>The trend is being counted …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Verlauf wird gezählt … ({done} von {total} Zeiträumen)</source>
        <translation>The trend is being counted … ({done} of {total} periods)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 Zeitraum · gezählt um {time}</source>
        <translation>1 period · counted at {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Zeiträume · gezählt um {time}</source>
        <translation>{n} periods · counted at {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verlauf fehlgeschlagen: {message}</source>
        <translation>Trend failed: {message}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stichtag {day} · Datenstand aktuell · gezählt um {time}</source>
        <translation>Reference day {day} · data current · counted at {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stichtag {day} · Datenstand {moment}: die Daten, wie sie damals waren</source>
        <translation>Reference day {day} · data as of {moment}: the data as they were then</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>1 Person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Personen</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Kind oder Jugendlicher</source>
        <translation>1 child or young person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Kinder und Jugendliche</source>
        <translation>{n} children and young people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Familie</source>
        <translation>1 family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Familien</source>
        <translation>{n} families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} in {where}</source>
        <translation>{who} in {where}</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Zahlen werden gezählt …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswertung fehlgeschlagen: {message}</source>
        <translation>Summary failed: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mit Migrationshintergrund</source>
        <translation>with a migration background</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wachsen bei nur einem Elternteil auf</source>
        <translation>grow up with only one parent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption} ({part} von {whole})</source>
        <translation>{caption} ({part} of {whole})</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="+6"/>
        <source>Abgleichen</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gleicht diese Datenbank mit einer anderen ab – einer Datei (USB-Stick, Netzlaufwerk, der Laptop einer Kollegin) oder dem Server des Büros – in beide Richtungen. Was nur eine Seite geändert hat, wird übernommen; was beide verschieden geändert haben, bleibt als Konflikt stehen, bis jemand entscheidet. Nichts geht verloren.</source>
        <translation>Synchronises this database with another one – a file (USB stick, network drive, a colleague&apos;s laptop) or the office&apos;s server – in both directions. What only one side changed is taken over; what both changed differently stays as a conflict until someone decides. Nothing is lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Andere Datenbank:</source>
        <translation>&amp;Other database:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Andere Datenbank</source>
        <translation>Other database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei (.sqlite) oder Server-URL</source>
        <translation>File (.sqlite) or server URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datei &amp;wählen …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Vorschau: was herein- und was hinausgeht, welche Konflikte neu entstehen</source>
        <translation>&amp;Preview: what comes in and goes out, which conflicts arise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>V&amp;orschau zeigen</source>
        <translation>Sho&amp;w preview</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;bgleichen</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/sync.py" line="-61"/>
        <source>Andere Datenbank wählen</source>
        <translation>Choose other database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite-Datenbank (*.sqlite);;Alle Dateien (*)</source>
        <translation>SQLite database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vorschau wird berechnet …</source>
        <translation>Calculating the preview …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wird abgeglichen …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neue Konflikte:</source>
        <translation>New conflicts:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nur eine Vorschau: noch nichts geändert. „Abgleichen“ führt es aus.</source>
        <translation>Only a preview: nothing changed yet. “Synchronise” carries it out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgeglichen mit {other}</source>
        <translation>Synchronised with {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeglichen. Offene Konflikte: {n} (Bearbeiten → Konflikte).</source>
        <translation>Synchronised. Open conflicts: {n} (Edit → Conflicts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beide waren schon auf demselben Stand.</source>
        <translation>Both were already at the same state.</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="+151"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wahrgenommen / anspruchsberechtigt (Anteil) · Anträge im Zeitraum</source>
        <translation>taken up / entitled (share) · applications in the period</translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <location filename="../../userjourney/gui/summary/trend_page.py" line="+65"/>
        <source>je Monat</source>
        <extracomment>Reasons shown on their own in the stacked chart; the rest are &quot;andere Gründe&quot;. The Auswertung as of the end of this day was asked for. &quot;month&quot; or &quot;quarter&quot; was chosen.</extracomment>
        <translation>per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>je Quartal</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)</source>
        <translation>Share taking up the offer (taken up / entitled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anträge im Zeitraum</source>
        <translation>Applications in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum nicht? Anspruchsberechtigte, die nicht wahrnehmen</source>
        <translation>Why not? Entitled people who do not take up the offer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>andere Gründe</source>
        <translation>other reasons</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../userjourney/gui/app.py" line="+109"/>
        <source>Achtung: {problem} Die Arbeit wird trotzdem gespeichert.</source>
        <extracomment>Why the database is only readable (another program writes to it), else &quot;&quot;.</extracomment>
        <translation>Attention: {problem} The work is saved anyway.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nur lesen: {who} bearbeitet diese Datenbank.</source>
        <translation>Read only: {who} is editing this database.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nur lesen: {why}</source>
        <translation>Read only: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Datenbank kann nicht geöffnet werden</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Datenbank ist in Benutzung</source>
        <translation>Database is in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank „{db}“ wird gerade von {who} bearbeitet.

Sie können sie zum Lesen öffnen; Änderungen sind dann nicht möglich.</source>
        <translation>The database “{db}” is being edited by {who} right now.

You can open it for reading; changes are not possible then.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nur lesen öffnen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Es gibt Sicherungen dieser Datenbank. Soll eine davon wiederhergestellt werden?</source>
        <translation>There are backups of this database. Should one of them be restored?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({kind}). Ihre bisher gespeicherten Angaben sind sicher.

Einzelheiten stehen in {log}.</source>
        <translation>An unexpected error occurred in the program ({kind}). Your data saved so far are safe.

Details are in {log}.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/encryption.py" line="+44"/>
        <source>Verschlüsseln nicht möglich</source>
        <translation>Encryption not possible</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <location filename="../../userjourney/gui/widgets/filter_choices.py" line="+13"/>
        <location line="+6"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+164"/>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist gespeichert in
{folder}</source>
        <translation>“{name}” is saved in
{folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../userjourney/gui/printing.py" line="+70"/>
        <source>Seite {page} von {pages}</source>
        <extracomment>Body text size in points: the forms&apos; grids have eleven columns on a landscape A4 page.</extracomment>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>similar</name>
    <message>
        <location filename="../../userjourney/gui/widgets/similar.py" line="+27"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ähnlicher Eintrag: {what}</source>
        <translation>Similar entry: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ein ähnlicher Eintrag ({what}) ist schon da – diesen nehmen?

„{similar}“

Sonst wird „{typed}“ ein neuer Eintrag, den die Auswertung getrennt zählt.</source>
        <translation>A similar entry ({what}) is already there – take this one?

“{similar}”

Otherwise “{typed}” becomes a new entry, which the evaluation counts separately.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Diesen nehmen</source>
        <translation>&amp;Take this one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neu anlegen</source>
        <translation>Create &amp;new</translation>
    </message>
</context>
<context>
    <name>task</name>
    <message>
        <location filename="../../userjourney/gui/tasks.py" line="+74"/>
        <source>Unerwarteter Fehler; Einzelheiten stehen in {log}.</source>
        <translation>Unexpected error; details are in {log}.</translation>
    </message>
</context>
</TS>
