<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../userjourney/cli.py" line="+57"/>
        <source>Aufruf: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diese Hilfe zeigen und beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ein Datum wird erwartet (JJJJ-MM-TT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>eine ganze Zahl wird erwartet, nicht „{text}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datenbankdatei (sonst $USERJOURNEY_DB, sonst der Datenordner des Benutzers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Familien dieses Standorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Familien dieses JobCoachs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anträge ab diesem Tag (einschließlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anträge bis zu diesem Tag (einschließlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stichtag (Standard: heute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenstand: die Daten, wie sie zu diesem Zeitpunkt waren (ein Tag: sein Ende)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User Journeys (BuT, Minijobs) für Familien im Jobcenter-Projekt. Ohne Befehl startet die grafische Oberfläche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version zeigen und beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BEFEHL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-Vorlage einlesen (BuT, Minijobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auswertung und Rohdaten als Excel-Arbeitsmappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bericht für das Jobcenter: die Auswertung ohne personenbezogene Daten, als Excel-Arbeitsmappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werte von 1 bis N−1 ausblenden (•), dazu alles, woraus sie sich errechnen ließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leere Excel-Vorlage zum Ausfüllen schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswertung „BuT bei ANNA“ anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>als JSON (für andere Programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Verlauf: Anspruch, Nutzung und Anträge je Monat oder Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>je Monat (Standard) oder Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beispielfamilien Schmidt und Müller anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stattdessen die 30 ANNA-Familien anlegen, deren Auswertung Anhang 6.6 ergibt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die ANNA-Familien so anlegen, wie sie im Projekt nach und nach erfasst wurden (Verlauf ab August 2020; in eine Datenbank ohne ANNA-Familien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherungskopie der Datenbank in DATEI schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenbank aus einer Sicherungskopie wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>die automatischen Sicherungen der Datenbank auflisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mit einer anderen Datenbank abgleichen (Datei oder Server), in beide Richtungen; Konflikte bleiben zur Entscheidung stehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANDERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>die andere Datenbank: Pfad einer Datei oder Server-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offene Konflikte aus dem Abgleich auflisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>als JSON (exchange-format §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>einen Konflikt entscheiden: den Wert Nummer K nehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nummer des Werts (0 = der erste der Liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eine Familie mit allen Spuren löschen (DSGVO Art. 17), auch aus ihrem Verlauf und den Sicherungen; nicht rückgängig zu machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>die Datenbank und ihre Sicherungen verschlüsseln (SQLCipher); zeigt einmal den Wiederherstellungsschlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die Verschlüsselung der Datenbank und ihrer Sicherungen aufheben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Passphrase ändern (neu aus $USERJOURNEY_NEW_PASSPHRASE oder zweimal eingegeben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ein Büro-Server (PostgreSQL) einrichten und Anmeldungen anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema, Rollen und Zugriffsregeln anlegen oder aktualisieren (als Eigentümer der Datenbank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>eine Anmeldung anlegen, die nur Familien ihrer Standorte sieht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standorte, durch Kommas getrennt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Familien (Teamleitung, Auswertung im Jobcenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei, deren erste Zeile das Kennwort ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>„{text}“ ist keine Zahl von Sekunden</source>
        <extracomment>The longest a command waits for the window to let go of the database (an hour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{text}“: erwartet werden 0 bis {limit:g} Sekunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>so lange warten, wenn userjourney die Datenbank gerade geöffnet hat (Standard: 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>„{name}“: der Dateiname muss auf .xlsx enden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>userjourney: Die Datenbank wird gerade von {who} benutzt; warte bis zu {seconds} s …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import von {path} in {db}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vorlage geschrieben: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schon vorhanden, unverändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familie {code}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Datenbank: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ANNA-Familien: {created} angelegt, {kept} schon vorhanden (unverändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswertung wie Anhang 6.6: userjourney summary --from {start} --to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kopie geschrieben: {path} ({n} Familien, die diese Anmeldung sieht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sicherungen macht für eine Server-Datenbank deren Verwaltung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Die Sicherung kann nicht die Datenbank selbst sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>„{path}“ gibt es schon; bitte einen neuen Dateinamen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sicherung geschrieben: {path} ({n} Familien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Eine Server-Datenbank stellt deren Verwaltung wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wiederhergestellt aus {source} ({n} Familien).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der vorige Stand liegt in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Es gibt noch keine automatischen Sicherungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Familie „{code}“ gelöscht, mit {n} Zeilen ihres Verlaufs; es bleibt nur ein Eintrag, dass eine Familie gelöscht wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungen bereinigt: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicht lesbar, bitte von Hand löschen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../userjourney/gui/dialogs/sync.py" line="+117"/>
        <source>Die Datenbank {path} gibt es nicht; nichts abgeglichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beide Datenbanken waren schon auf demselben Stand; nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keine offenen Konflikte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(leer oder gelöscht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Konflikt {id} entschieden: {what} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Server-Datenbank verschlüsselt deren Verwaltung (verschlüsselte Datenträger und Verbindungen des Servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keine neue Passphrase: bitte in {variable} angeben oder im Terminal eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Passphrase (mindestens 8 Zeichen): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Passphrase wiederholen: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die beiden Eingaben der Passphrase sind verschieden; nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Passphrase passt nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase (oder Wiederherstellungsschlüssel) für „{path}“: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verschlüsselt (SQLCipher 4): {path}, dazu {n} Sicherungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wiederherstellungsschlüssel – wird nur jetzt angezeigt; bitte ausdrucken oder bei der IT hinterlegen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Schlüsseldatei {keys} gehört zur Datenbank: immer mit ihr sichern und kopieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>„{path}“ ist nicht verschlüsselt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entschlüsselt: {path}, dazu {n} Sicherungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{path}“ ist nicht verschlüsselt; verschlüsseln mit „userjourney encrypt“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase geändert für {path}; der Wiederherstellungsschlüssel gilt weiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server eingerichtet: Schema, Rolle {role} und Zugriffsregeln je Standort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Kennwortdatei „{path}“ kann nicht gelesen werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle Standorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung {name}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unerwarteter Fehler ({kind}). Einzelheiten stehen in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/backups.py" line="+96"/>
        <source>Die Sicherung von „{source}“ nach „{destination}“ ist fehlgeschlagen: {error}</source>
        <extracomment>A kept-aside damaged file stays at least this long, whatever the number of copies. SQLite&apos;s files beside a database (a copy is one self-contained file, but a damaged file is kept with its -wal, and a copy opened by hand may have grown them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Tagessicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vor einem Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vor einer Wiederherstellung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die beschädigte Datei (vor der Wiederherstellung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vor einer Aktualisierung der Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Die Sicherung „{path}“ gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{path}“ ist keine userjourney-Datenbank (leer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Sicherung „{path}“ ist beschädigt ({error}) und wird nicht verwendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Die Wiederherstellung aus „{backup}“ ist fehlgeschlagen ({error}); die Datenbank ist unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die beschädigte Datei „{path}“ kann nicht nach „{folder}“ beiseitegelegt werden ({error}); sie bleibt, wie sie ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/edits.py" line="+61"/>
        <source>Der Familien-Code darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Eine Familie „{code}“ gibt es schon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Das Erstelldatum darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Der Name {what} darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Der Familien-Code ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Text ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Der Name ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>des Kindes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>In Familie „{family}“ gibt es schon ein Kind „{name}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>der Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>In Familie „{family}“ gibt es schon eine Person „{name}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Ein Detail ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Der Grund ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Notiz ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Der Arbeitgeber ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Die Anmerkung ist länger als {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/actor.py" line="+30"/>
        <source>unbekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/revert.py" line="+45"/>
        <source>Zu dieser Änderung gibt es keinen Verlauf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Der Eintrag wurde inzwischen geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Eintrag wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Eintrag existiert bereits wieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/journeys.py" line="+117"/>
        <source>„nein“ bei „{no}“ widerspricht dem späteren „ja“ bei „{yes}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nach „nein“ bei „{no}“ haben spätere Angaben keine Bedeutung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>offen bei „{step}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„nein“ bei „{step}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Leere Schritte vor einem „ja“ als „ja“ übernommen: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Alter {age} ist ungewöhnlich für „{facility}“ (üblich: {low}–{high}).</source>
        <extracomment>Which step a date belongs to: a date there means ``ja`` on that day. Typical ages per Einrichtung; outside them the app warns (never refuses). BuT benefits end with the 25th birthday.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mit {age} Jahren besteht in der Regel kein BuT-Anspruch mehr (bis 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Das Datum {date} ist unwahrscheinlich (vor {start} oder nach dem nächsten Jahr).</source>
        <extracomment>Dates of the project&apos;s kind (applications, Erstelldatum, a Minijob&apos;s Beginn) before this year are typing errors more likely than history (01.01.0001, 31.12.2099).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>„{area}“ für ein Kind in „{facility}“ ist ungewöhnlich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Antrag ist vor seiner Stellung bewilligt worden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Antrag ({applied}) liegt vor dem Erstelldatum der Familie ({created}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Datum {date} liegt in der Zukunft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/target.py" line="+59"/>
        <source>Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/cli.py" line="-302"/>
        <location filename="../../userjourney/core/excel/writer.py" line="+86"/>
        <location filename="../../userjourney/core/storage/sqlite_file.py" line="+33"/>
        <source>Der Ordner „{folder}“ existiert nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/sqlite_file.py" line="+5"/>
        <source>Der Datenordner „{folder}“ kann nicht angelegt werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{folder}“ ist kein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In den Ordner „{folder}“ kann nicht geschrieben werden (schreibgeschützt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Die Datenbank selbst ist nicht beschädigt; bitte Platz schaffen und dann noch einmal versuchen.</source>
        <extracomment>Below this much free space a write error is taken for a full disk (SQLite often reports only &quot;disk I/O error&quot; when the write-ahead log or its index cannot grow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>„{path}“ liegt auf einem schreibgeschützten Datenträger und wird nur gelesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank wird nur gelesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sie enthält aber noch nicht abgeschlossene Änderungen („{wal}“), die so nicht gelesen werden können. Bitte die Datenbank in einen beschreibbaren Ordner kopieren (mit der Datei „{wal}“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>„{path}“ ist unvollständig (abgeschnitten) und kann nicht geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>„{path}“ ist keine userjourney-Datenbank (keine SQLite-Datei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{path}“ ist eine SQLite-Datenbank, aber keine von userjourney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>„{path}“ ist beschädigt oder keine Datenbank ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/schema.py" line="+89"/>
        <source>Die Datenbank „{path}“ stammt von einer neueren Version von userjourney (Schema {revision}); bitte installieren Sie die neueste Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/database.py" line="+64"/>
        <source>Die Änderung wurde nicht gespeichert; alles bisher Gespeicherte ist unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/storage/sqlite_file.py" line="-90"/>
        <source>Auf dem Datenträger von „{path}“ ist kein Platz mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In die Datenbank „{path}“ kann nicht geschrieben werden (schreibgeschützt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank „{path}“ wird gerade von einem anderen Programm geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Datenträger von „{path}“ meldet einen Lese-/Schreibfehler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dieser Eintrag wird gerade von einem anderen Vorgang (etwa einem Import) geändert; bitte gleich noch einmal versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das gehört nicht zu den Standorten Ihrer Anmeldung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dafür hat Ihre Anmeldung auf dem Server keine Berechtigung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Verbindung zum Server „{path}“ ist unterbrochen; bitte gleich noch einmal versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Änderung widerspricht einer Regel der Datenbank ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank „{path}“ meldet einen Fehler ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Die Datenbank ist nur zum Lesen geöffnet.</source>
        <extracomment>The login on a server (from the URL), written into the history beside the name. How many automatic backups to keep (from the settings of whoever opened it). Why a read-only database is read in a special way (a read-only medium, a full disk), else &quot;&quot;. Closed by its owner: whoever still holds it (a window&apos;s look for others&apos; changes) stops.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Ihre Organisation verlangt verschlüsselte Datenbanken, und „{path}“ ist nicht verschlüsselt; bitte mit „userjourney encrypt --db {path}“ verschlüsseln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anmeldung oder Kennwort stimmen nicht für „{server}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server „{server}“ antwortet nicht; bitte Name und Port prüfen und ob das Netz des Büros erreichbar ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{server}“ gibt es auf dem Server nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank „{path}“ kann nicht benutzt werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Die Datenbank „{path}“ gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datenbank „{path}“ stammt von einer älteren Version und muss erst aktualisiert werden; das geht nur, wenn sie beschrieben werden kann.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Die Datenbank „{server}“ ist noch nicht eingerichtet; das macht die IT mit „userjourney server init“ (als Eigentümer der Datenbank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{server}“ hat den Stand einer älteren Version des Programms; die IT aktualisiert sie mit „userjourney server init“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datenbank „{path}“ kann nicht angelegt werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nach der Aktualisierung der Datenbank „{path}“ passen Verweise nicht ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datenbank „{path}“ kann nicht aktualisiert werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/undo.py" line="+100"/>
        <source>Es gibt nichts rückgängig zu machen.</source>
        <extracomment>How a labelled change is committed: ``commit(label, change) -&gt; (result, CommitInfo)``. What the last undo or redo committed (its transaction and the families it touched).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Es gibt nichts zu wiederholen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>„{label}“ kann nicht rückgängig gemacht werden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/values.py" line="+126"/>
        <source>{value} ist keine gültige Angabe; erwartet: ja, nein oder leer.</source>
        <extracomment>How much of a value a message quotes; longer values are cut with &quot;…&quot; (a message stays one line). Control characters a message shows as visible signs, so a value never breaks its line. Characters nobody sees but that make two texts differ: zero-width characters, the byte-order mark, soft hyphen, bidirectional controls. Removed from every text a person types or imports, so &quot;ANNA-01&quot; with a hidden character is &quot;ANNA-01&quot; (and a text cannot reorder what is shown). Line breaks of other programs (Word&apos;s manual break <byte value="xb"/>, a form feed, CR, Unicode&apos;s line and paragraph separators) become &quot;
&quot;; every other control character but tab is dropped. XML — and so an .xlsx — cannot hold them, and nobody means them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{value} ist eine Uhrzeit oder Zeitdauer, kein Datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} ist kein Datum; erwartet: TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} ist kein gültiges Datum (diesen Tag gibt es nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{value} ist keine gültige Uhrzeit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} ist kein Zeitpunkt; erwartet: JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{value} ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} ist kein gültiger Wert für {what}; erwartet: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+199"/>
        <location filename="../../userjourney/core/values.py" line="+7"/>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/audit.py" line="+177"/>
        <location filename="../../userjourney/core/sync/conflicts.py" line="+112"/>
        <location filename="../../userjourney/core/vocab.py" line="+149"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstelldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/values.py" line="+4"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Alter erfasst am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag gestellt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antrag bewilligt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+96"/>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+11"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Arbeitgeber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufgestockt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/template.py" line="+273"/>
        <location filename="../../userjourney/core/vocab.py" line="+0"/>
        <source>Nachhaltig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+1"/>
        <source>Anmerkung Aufstockung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmerkung Nachhaltig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/audit.py" line="-9"/>
        <source>vorheriger Stand in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aus Sicherung {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location filename="../../userjourney/core/storage/server_login.py" line="+26"/>
        <source>Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Eintrag</source>
        <extracomment>What the change was about: &quot;Familie&quot;, &quot;Jan&quot;, &quot;Jan · Lernförderung&quot;, &quot;Mia Müller · Minijob&quot; … &quot;angelegt&quot;, &quot;geändert&quot;, &quot;gelöscht&quot; The form&apos;s label of the changed field (&quot;Antrag gestellt&quot;), empty for whole records. Bookkeeping columns that are not shown (they change along with a visible one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>eine Familie mit ihrem Verlauf (DSGVO Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+3"/>
        <source>noch keine Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(gelöschter Grund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{age} Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/values.py" line="+4"/>
        <location filename="../../userjourney/core/vocab.py" line="-6"/>
        <source>Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="-21"/>
        <source>selbstständig</source>
        <extracomment>The BuT journey in order. A ``ja`` at a step means every earlier step is ``ja``. The funnel of the summary: the six steps after Anspruch. ja / nein as the forms and the template write them (any letter case is read). What a ja/nein field offers: empty (not answered yet), ja, nein. The longest texts a coach may type; the columns are this wide and messages quote the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit wenig Unterstützung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit viel Unterstützung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unselbstständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing/workspace.py" line="+111"/>
        <location line="+200"/>
        <source>Diese Familie gibt es nicht mehr.</source>
        <extracomment>How long an edit on a server waits for a record that another transaction is changing. Columns not compared when checking that a record is as shown: derived (Letzte Bearbeitung moves with every edit of the family, by anyone). Children, entries and details each in one query; an entry&apos;s reason and a person&apos;s Minijob (many-to-one, one-to-one) joined into the query of their parent — four queries in all, whatever the family&apos;s size. The label of the last edit that changed something (``None`` if it changed nothing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Dieser Eintrag wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>jemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gespeichert: {who} hat diesen Eintrag {when} geändert, nachdem er hier angezeigt wurde. Angezeigt ist jetzt der aktuelle Stand; bitte prüfen und noch einmal eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>am {day} um {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inzwischen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind hinzugefügt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind: {field} geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind „{name}“ entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{area}: {step} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{area}: Datum geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: Details geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: Grund geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: Notiz geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person hinzugefügt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person: {field} geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person „{name}“ entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minijob geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Familie „{code}“ angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Familie „{code}“ gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../userjourney/core/excel/reader.py" line="+927"/>
        <location filename="../../userjourney/core/history/audit.py" line="-19"/>
        <source>leer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/filters.py" line="+53"/>
        <location filename="../../userjourney/core/summary/trend.py" line="+71"/>
        <source>Der Zeitraum ist leer: der Beginn {start} liegt nach dem Ende {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Der Datenstand {moment} liegt in der Zukunft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+51"/>
        <source>vom {start} bis {end}</source>
        <extracomment>Width of the label column, numbers are right-aligned after it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle, ohne Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand {stand} · Datenstand {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Standort {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JobCoach {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Familien eines JobCoachs (ohne Namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erziehungsstatus {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrationshintergrund {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alle Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auswertung BuT (wie „BuT bei ANNA“, Anhang 6.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-120"/>
        <location filename="../../userjourney/core/summary/text.py" line="+3"/>
        <source>Die Kinder und Jugendlichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Auswertung User Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bericht für das Jobcenter: BuT und Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswertung User Journey: BuT und Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgebaut wie „BuT bei ANNA“ (Anhang 6.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand (Stichtag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aktuell, {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="+55"/>
        <location line="+57"/>
        <source>Anträge im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Familien (Bedarfsgemeinschaften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Kinder und Jugendliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>mit Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/summary/text.py" line="+2"/>
        <source>wachsen bei nur einem Elternteil auf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="+0"/>
        <source>Anträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anträge je Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diese Seite: Stand, Filter, Überblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch, Schritte, Nutzung und Gründe der Nichtinanspruchnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minijobs: Selbstständigkeit je Schritt, Aufstockung, Nachhaltigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch, Nutzung und Anträge je Monat oder Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rohdaten je Kind und Bereich (Vorlage zum Import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rohdaten je erwachsener Person (Vorlage zum Import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Auswertungsblätter enthalten nur Zahlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Blätter „BuT“ und „Minijobs“ enthalten Angaben je Familie (unter Kürzeln, ohne Namen,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aber Sozialdaten): nur intern weitergeben oder vor dem Versand löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bericht ohne personenbezogene Daten: keine Familienkürzel, keine Namen von Kindern,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erwachsenen oder JobCoaches, keine Arbeitgeber, keine Anmerkungen oder Freitexte –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Zahlen und die Texte der Kataloge (Gründe, Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kleine Werte sind nicht ausgeblendet (ohne Mindestfallzahl erstellt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindestfallzahl {n}: Werte von 1 bis {below} stehen als •, ebenso Werte, aus denen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sich ein solcher Wert errechnen ließe (wie in der Statistik der Bundesagentur für Arbeit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nullen werden gezeigt. Ausgeblendet: {n} Werte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Auswertung {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Anspruchsberechtigte Schritt für Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>zusammen (anspruchsberechtigt, nehmen nicht wahr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wahrgenommen, nach Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Diagramme mit ausgeblendeten Werten (•) entfallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{area}: Schritt für Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Auswertung Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wie selbstständig? Personen je Stufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Minijobs: wie selbstständig je Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+4"/>
        <source>Keine Familie erfüllt die Filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es sind noch keine Familien erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-171"/>
        <location line="+83"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <location line="+33"/>
        <source>Anträge ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="-15"/>
        <source>in KiTas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Schulen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sonstige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-9"/>
        <location filename="../../userjourney/core/summary/text.py" line="+7"/>
        <source>Von {n} Kindern und Jugendlichen sind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>ohne Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>anspruchsberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Anspruch nicht geklärt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+3"/>
        <source>nehmen das Angebot wahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+4"/>
        <source>davon nach Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="+17"/>
        <location line="+27"/>
        <location filename="../../userjourney/core/summary/text.py" line="+2"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../../userjourney/core/summary/text.py" line="+4"/>
        <source>(keine Anspruchsberechtigten ohne Inanspruchnahme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/importer.py" line="+89"/>
        <location filename="../../userjourney/core/excel/report.py" line="-119"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="-39"/>
        <source>Familien</source>
        <extracomment>the record kinds an import counts, in the order they are reported the Minijob columns of the template, by model field (an all-empty row clears them all)</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuT-Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../userjourney/core/excel/report.py" line="+20"/>
        <location filename="../../userjourney/core/summary/text.py" line="+13"/>
        <source>Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{label}: {new} neu, {updated} geändert, {unchanged} unverändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{n} Fehler; es wird nichts importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei enthält keine Daten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Neue Gründe im Katalog: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+46"/>
        <source>Hinweise: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{path} kann nicht importiert werden: {n} Fehler. Die Datenbank bleibt unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… und {n} weitere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nichts geändert: die Datenbank entspricht bereits der Datei.</source>
        <extracomment>the history transaction (``None`` when nothing changed) — ``revert`` undoes it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <location filename="../../userjourney/core/excel/report.py" line="+4"/>
        <location line="+24"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>Wie selbstständig? Personen je Stufe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/report.py" line="-9"/>
        <location filename="../../userjourney/core/summary/text.py" line="+5"/>
        <location filename="../../userjourney/core/vocab.py" line="+23"/>
        <source>Aufstockung möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>aufgestockt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/summary/text.py" line="+1"/>
        <source>nachhaltig (≥ 3 Monate, Stand {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/locking.py" line="+107"/>
        <source>Die Sperrdatei „{path}“ kann nicht angelegt werden: {error}</source>
        <extracomment>The holder&apos;s details start after byte 0, the byte Windows locks (a locked range cannot be read there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>„{path}“ ist keine gewöhnliche Sperrdatei (eine Verknüpfung, ein Ordner oder ein zweiter Name einer anderen Datei); das Programm schreibt nicht hinein. Bitte diesen Eintrag löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Die Datenbank „{path}“ wird gerade von {who} benutzt; bitte dort schließen und dann noch einmal versuchen.</source>
        <extracomment>the lock file found taken last (for :meth:`holder`)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>einem anderen Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{program} ({user} auf {host}, seit {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/history_export.py" line="+30"/>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="-28"/>
        <source>Verlauf</source>
        <extracomment>Vorher and Nachher wrap (a list of Einzelheiten, a text with line breaks).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf der Familie {code} – Stand {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verlauf der Familie {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/export.py" line="+69"/>
        <source>Exportiert nach {path}</source>
        <extracomment>why the access record could not be written (a read-only medium), else ``None``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../userjourney/core/excel/jobcenter_report.py" line="+55"/>
        <source>Blätter: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rohdaten: {families} Familien, {but} Zeilen BuT, {jobs} Zeilen Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+188"/>
        <source>User Journey – Rohdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User Journey – Auswertung und Rohdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/reader.py" line="-805"/>
        <source>Blatt „{sheet}“</source>
        <extracomment>How many problems of each severity are kept with all their details (the rest are counted). How much sheet XML calamine reads at a time (about 23,000 rows of the template). The most cells (rows × columns, dense) one slice may span in memory (about 230 MB in calamine).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeile {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spalte „{column}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Die Datei {path} gibt es nicht.</source>
        <extracomment>The family&apos;s fields as the sheets&apos; family columns hold them (after Familie, the key). A child&apos;s fields besides its name, in the order of the BuT sheet. A Minijob&apos;s fields, in the order of the Minijobs sheet. clean values in the order of :data:`FAMILY_FIELDS` (None = empty in every row of the family) where each value was first read, for a message when another row disagrees the family cells of the last row merged (rows of a family repeat them; skip the work) clean values in the order of :data:`CHILD_FIELDS`, and where each was first read one per Bereich, in file order (at most four: a list is smaller than a dict) the child cells of the last row merged (its rows repeat them; skip the work) shared between entries with the same answers (a list repeats few journeys) clean values in the order of :data:`MINIJOB_FIELDS`; ``None`` when every Minijob cell is empty problems found but not listed (beyond :data:`MAX_LISTED`) data rows read per sheet (sheets present in the file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} ist ein Ordner, keine Excel-Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei {path} ist leer (0 Bytes); erwartet: eine Excel-Arbeitsmappe (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/package.py" line="+90"/>
        <source>Die Datei {path} wird nicht eingelesen: {reason}</source>
        <extracomment>A part may unpack to at most this many bytes (a sheet of 1,000,000 rows of the template is about 600 MB of XML). All parts together. A part larger than :data:`RATIO_FROM_BYTES` may unpack to at most this many times its compressed size. Sheet XML compresses 10–30 ×; a zip bomb thousands of times. Parts in a package (Excel writes a dozen; hundreds with many sheets). Excel&apos;s own limits of a sheet. The dense area a sheet may span (rows × columns from A1 to its last used cell): 60 million cells, far above 1,000,000 rows × the template&apos;s 21 columns, far below what would exhaust memory. The longest text a cell may hold (Excel&apos;s own limit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datei {path} ist keine lesbare Excel-Arbeitsmappe (.xlsx): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Datei {path} ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern (alte .xls-Dateien und Dateien mit Kennwortschutz gehen nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sie besteht aus {n} Teilen (höchstens {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>der Teil „{part}“ wäre entpackt {mb} MB groß (höchstens {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>der Teil „{part}“ ist ungewöhnlich stark gepackt ({ratio} : 1, höchstens {limit} : 1) — so sieht eine manipulierte Datei aus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sie wäre entpackt {mb} MB groß (höchstens {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>der Teil „{part}“ fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>der Teil „{part}“ ist beschädigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sie enthält keine Arbeitsmappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>das Blatt {sheet} ist in der Arbeitsmappe genannt, aber sein Inhalt fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/reader.py" line="+6"/>
        <source>Die Datei {path} kann nicht gelesen werden: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Die Arbeitsmappe hat mehrere Blätter für „{name}“: {sheets}; es darf nur eines geben (bitte die anderen umbenennen oder löschen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Die Zeilen des Blatts haben keine Zeilennummern und es ist zu groß, um es so zu lesen; bitte in Excel öffnen und speichern.</source>
        <extracomment>uncompressed XML bytes this block stands for (for progress)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Blatt reicht bis Zeile {rows} und Spalte {column}; so viele Zellen liest das Programm nicht (höchstens {limit} Zeilen und {columns} Spalten). Leere, aber benutzte Zellen weit außerhalb der Liste (z. B. ein Leerzeichen in Zeile 1.000.000) bitte löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das Blatt {sheet} ist beschädigt und kann nicht gelesen werden ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Die Kopfzeile steht in Zeile {row}; sie muss in Zeile 1 stehen (bitte die Zeilen darüber löschen). Das Blatt wird nicht gelesen.</source>
        <extracomment>How far down a header that is not in row 1 is still looked for (to name where it is).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeile 1 ist leer; dort muss die Kopfzeile der Vorlage stehen (Familie, Standort, …). Das Blatt wird nicht gelesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Spalte fehlt; die Kopfzeile braucht jede Spalte der Vorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gefunden wurde „{near}“ in Spalte {letter}; die Schreibweise muss genau stimmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Spalte „{column}“ steht mehrfach in Zeile 1 (Spalten {letters}); sie darf nur einmal vorkommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Spalte „{column}“ gehört nicht zur Vorlage und wird nicht eingelesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Die Arbeitsmappe hat weder ein Blatt „{but}“ noch ein Blatt „{minijobs}“ (gefunden: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Blatt sieht aus wie „{name}“ und hat die Kopfzeile der Vorlage, wird aber nicht gelesen (nur ein Blatt mit genau dem Namen „{name}“); bitte umbenennen oder löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Blatt wird nicht gelesen (nur „{but}“ und „{minijobs}“ werden eingelesen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>in allen Zeilen einer Familie müssen die Familienangaben gleich sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in allen Zeilen eines Kindes müssen Alter und Einrichtung gleich sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Formel ohne berechnetes Ergebnis – bitte die Datei in Excel öffnen und speichern (oder statt der Formel den Wert eintragen).</source>
        <extracomment>journeys.complete per distinct answers (3^7 at most; a list repeats few of them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Zelle enthält den Fehlerwert {value}; erwartet: ein Wert wie in der Vorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Familie fehlt; jede Zeile braucht das Kürzel der Familie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} weicht von {other} in Blatt „{sheet}“, Zeile {row} ab; {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Das Kind fehlt; eine Zeile mit Angaben zu Kind oder Bereich braucht den Namen des Kindes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Der Bereich fehlt; erwartet: {areas}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Für Kind „{child}“ der Familie „{family}“ gibt es schon in Zeile {row} eine Zeile „{area}“; jeder Bereich darf je Kind nur einmal vorkommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Die Person fehlt; eine Zeile mit Angaben zum Minijob braucht den Namen der Person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person „{person}“ der Familie „{family}“ steht schon in Zeile {row}; jede Person darf nur einmal vorkommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} bei „Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist (hier: {possible}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/template.py" line="-209"/>
        <source>{value} ist {n} Zeichen lang; erlaubt sind höchstens {limit} Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>„{item} …“ ist als Detail zu lang; erlaubt sind höchstens {limit} Zeichen je Eintrag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} ist keine gültige Angabe; erwartet: ja, nein, leer oder ein Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Kürzel (Pseudonym) der Familie, nie der echte Name; Schlüssel: gleiche Familie = gleiches Kürzel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort der Betreuung, z. B. Ennigerloh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name des JobCoachs beim Träger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag, an dem die User Journey angelegt wurde; leer = heute (bei neuen Familien).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>ja oder nein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>alleinerziehend oder nicht alleinerziehend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vorname oder Kürzel des Kindes; Schlüssel innerhalb der Familie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Alter in ganzen Jahren ({low}–{high}), am Tag des Imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>keine, KiTa, Grundschule, Weiterführende Schule, Förderschule, Berufskolleg oder Ausbildung / Arbeit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mittagsverpflegung, Lernförderung, Teilhabe schulisch oder Teilhabe soziokulturell; eine Zeile je Kind und Bereich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besteht ein Anspruch? ja / nein / leer (noch offen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibt es ein passendes Angebot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennt die Familie das Angebot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist das Angebot für Kind und Familie interessant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja, nein oder das Datum des Antrags (ein Datum heißt: ja, an diesem Tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ja, nein oder das Datum der Bewilligung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wird das Angebot wahrgenommen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fächer oder Aktivitäten, getrennt durch Komma oder Semikolon, z. B. „Mathe, Deutsch“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warum der Weg hier endet, z. B. „Kind möchte zuhause essen“; ein neuer Text kommt wörtlich in den Gründe-Katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stufe 1–4: {legend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmerkung zu „{what}“: Unterstützung oder warum der Schritt nicht gelang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Kürzel der erwachsenen Person; Schlüssel innerhalb der Familie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbeitgeber des Minijobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erster Arbeitstag; nach drei Monaten gilt der Minijob als nachhaltig, wenn „Nachhaltig“ leer ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ja oder nein; nur wenn „Aufstockung möglich“ ja ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja, wenn der Minijob drei Monate oder länger besteht; nein; leer = nach „Beginn“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufstockung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/writer.py" line="+2"/>
        <source>„{path}“ ist ein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>In den Ordner „{folder}“ kann nicht geschrieben werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Die Datei „{path}“ kann nicht geschrieben werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Ungültiger Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte einen Wert aus der Liste wählen: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ungültiges Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Alter ist eine ganze Zahl von 0 bis 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ungültige Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erlaubt sind ja, nein oder ein Datum (TT.MM.JJJJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja, nein oder ein Datum (TT.MM.JJJJ); ein Datum heißt: ja, an diesem Tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ungültiges Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte ein Datum eingeben (TT.MM.JJJJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} – Stand {stand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seite &amp;P von &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>So füllen Sie die Vorlage aus</source>
        <extracomment>The first year Excel&apos;s dates (1900 date system) can show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blatt „BuT“: eine Zeile je Kind und Bereich (Mittagsverpflegung, Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell). Blatt „Minijobs“: eine Zeile je erwachsener Person. Ein Blatt darf fehlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Überschriften in Zeile 1 nicht ändern. Die Reihenfolge der Spalten ist egal; weitere Spalten werden nicht eingelesen. Leerzeichen am Anfang oder Ende zählen nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Familienangaben (Familie bis Erziehungsstatus) stehen in jeder Zeile einer Familie und müssen überall gleich sein; eine leere Zelle übernimmt den Wert der anderen Zeilen. Ebenso Alter und Einrichtung eines Kindes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ja/nein in beliebiger Schreibweise; leer heißt: noch nicht beantwortet. Daten als Excel-Datum oder als Text TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reihenfolge der Schritte: ein „ja“ heißt, dass alle früheren Schritte auch „ja“ sind. Leere frühere Schritte werden als „ja“ übernommen (mit Hinweis); ein „nein“ vor einem späteren „ja“ ist ein Fehler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beim Import werden Familien, Kinder, Bereiche und Personen über ihre Namen wiedererkannt: vorhandene werden aktualisiert, neue angelegt, nichts wird gelöscht. Was in einer Zeile steht, gilt — eine leere Zelle löscht den gespeicherten Wert (außer beim Erstelldatum). Ein zweiter Import derselben Datei ändert nichts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wenn die Datei Fehler enthält, wird nichts importiert; alle Fehler werden mit Blatt, Zeile und Spalte aufgelistet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte nur Kürzel (Pseudonyme) für Familien verwenden, keine echten Namen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vorlage User Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erklärung zur Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedeutung und erlaubte Werte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/errors.py" line="+65"/>
        <location line="+26"/>
        <source>nicht gefunden</source>
        <extracomment>An unexpected internal error; the traceback is in the log file. Bad input or usage. Not available in this version (or for this kind of database). The database cannot be used (missing, damaged, locked, wrong passphrase). Interrupted with Ctrl+C (128 + SIGINT, as shells report it). Process exit status the CLI uses for this kind of error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+1"/>
        <location line="+22"/>
        <source>keine Berechtigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>kein Platz mehr auf dem Datenträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>das Speicherkontingent ist erschöpft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>das ist ein Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Teil des Pfads ist kein Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gibt es schon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lese-/Schreibfehler des Datenträgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Name ist zu lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wird gerade benutzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zu viele offene Dateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>das Gerät ist nicht erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitüberschreitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zu viele symbolische Verknüpfungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liegt auf einem anderen Datenträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Datei ist zu groß</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Systemfehler {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systemfehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/restoring.py" line="+65"/>
        <source>Der Ordner für Sicherungen „{folder}“ kann nicht benutzt werden: {error}</source>
        <extracomment>Beside the backups: where the copy to restore is prepared (removed afterwards).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary/trend.py" line="-2"/>
        <source>„{by}“: erwartet wird month oder quarter.</source>
        <extracomment>More periods than this is a mistake (a date from another century), not a question.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zu viele Zeiträume (mehr als {n}); bitte --from und --to prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Verlauf BuT je {by}: Anspruch / wahrgenommen (Quote) / Anträge im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/trend_sheet.py" line="-2"/>
        <location filename="../../userjourney/core/summary/trend.py" line="+1"/>
        <source>Monat</source>
        <extracomment>More months than this and the export&apos;s Verlauf goes by quarter (a sheet a reader can scan).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../userjourney/core/summary/trend.py" line="+0"/>
        <source>Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verlauf je {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jeder Zeitraum wird an seinem letzten Tag gezählt, mit den Daten, wie sie damals waren; Anträge: im Zeitraum gestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anspruchsberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nehmen das Angebot wahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Familien und Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anteil, der das Angebot wahrnimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wahrgenommen / Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/server.py" line="+63"/>
        <source>„server“ gilt nur für eine PostgreSQL-Datenbank (--db postgresql+psycopg://…).</source>
        <extracomment>The group role every login of the program belongs to. What a synchronisation keeps (:mod:`userjourney.core.sync`). How a row of each table finds its family (``None``: by its own Standort; the reason catalogue and the history have policies of their own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Der Name der Anmeldung fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte --standort S[,S…] oder --all angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Kennwort ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server ist noch nicht eingerichtet: zuerst „userjourney server init“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Der Server „{server}“ lehnt ab: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/server_login.py" line="+0"/>
        <source>Server</source>
        <extracomment>Seconds to wait for a server that does not answer (libpq&apos;s default is to wait much longer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte ausfüllen: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>„{port}“ ist keine Portnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/purging.py" line="+82"/>
        <source>Eine Familie „{code}“ gibt es weder jetzt noch im Verlauf.</source>
        <extracomment>The families erased (ids; the same in every copy, whatever code they had there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/excel/jobcenter_report.py" line="-1"/>
        <source>Bericht für das Jobcenter geschrieben: {path}</source>
        <extracomment>why the access record could not be written (a read-only medium), else ``None``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kleine Werte: nicht ausgeblendet (ohne --min-cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mindestfallzahl {n}: {hidden} Werte ausgeblendet (•)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--min-cell: die Mindestfallzahl muss mindestens 2 sein, nicht {n}.</source>
        <extracomment>Where the report counts the reasons coaches typed themselves: their words may name a person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User Journey – Bericht für das Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mindestfallzahl {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/encrypting.py" line="+62"/>
        <source>Die Datenbank „{path}“ ist schon verschlüsselt, und die Passphrase passt nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>„{path}“ konnte nicht umgeschrieben werden ({error}); sie ist unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/encryption.py" line="+45"/>
        <source>Verschlüsselte Datenbanken brauchen das Paket „sqlcipher3“; es ist hier nicht installiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>„{path}“ ist verschlüsselt, und kein entsperrter Schlüssel passt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Die Passphrase für „{path}“ ist falsch ({variable}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Die Passphrase für „{path}“ ist falsch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank „{path}“ ist verschlüsselt; ohne Passphrase lässt sie sich nicht öffnen ({variable} oder Eingabe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage/keys.py" line="+139"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <extracomment>scrypt: 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s — per guess, for whoever steals the file. ``ask(database, wrong)`` → the passphrase (or recovery key) a person typed, or ``None`` (gave up); set by the command line and the window. ``wrong``: the last one did not fit. the start of a backup&apos;s name (``backups.NAME``; not imported: backups builds on this module)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Zur verschlüsselten Datenbank „{path}“ fehlt die Schlüsseldatei „{keys}“; ohne sie lässt sie sich nicht öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Schlüsseldatei „{keys}“ ist beschädigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history/access.py" line="+46"/>
        <source>Datenaustausch (intern)</source>
        <extracomment>the kinds of access (the history row&apos;s ``action``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bericht für das Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlauf einer Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Der Zugriff konnte nicht vermerkt werden: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/sync/conflicts.py" line="+2"/>
        <source>Kind {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gelöscht oder geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weg (Anspruch bis Angebot wahrgenommen, Daten, Grund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufstockung möglich / Aufgestockt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Keinen offenen Konflikt mit der Nummer „{id}“ gefunden (siehe „conflicts“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Der Konflikt „{id}“ hat die Werte 0 bis {last}; {take} gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hier bitte einen der Werte nehmen; einen eigenen Wert gibt es für „{what}“ nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/sync/synchronising.py" line="+85"/>
        <source>In diese Datenbank ({db})</source>
        <extracomment>Conflicts open after the sync that were not open on either database before. The new conflicts as people read them: &quot;Familie Schmidt · Kind Lena: Alter&quot;. Only a preview: both databases were left as they were.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In die andere ({db})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Familien übernommen oder geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Zeilen Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} neue Gründe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} auf Antrag gelöschte Familien entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Konflikte: {new} (offen insgesamt: {open})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Eine Datenbank kann nicht mit sich selbst abgeglichen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Familie {family} · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/sync.py" line="-14"/>
        <source>„{path}“ ist keine Datenbank von userjourney (oder ihre Schlüsseldatei {keys} fehlt); nichts abgeglichen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/access_dialog.ui" line="+6"/>
        <source>Zugriffe: was die Datenbank verlassen hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jeder Datenaustausch, jeder Bericht für das Jobcenter und jeder gespeicherte Verlauf einer Familie, mit wem, wann, welchen Filtern und wie vielen Familien – von allen, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zugriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/access.py" line="+18"/>
        <source>Wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaFiguresModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="+140"/>
        <source>Kinder und Jugendliche</source>
        <extracomment>The one value shown per row (tests and the charts read it without parsing the text). The :class:`~userjourney.core.summary.trend.Period` of a row of the Verlauf. How the number reads, for the title of the list (&quot;Mittagsverpflegung · ohne Anspruch&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nehmen das Angebot wahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alle Kinder und Jugendlichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alle Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>anspruchsberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+1"/>
        <source>Anspruch unbekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch nicht beantwortet (oder noch keine Zeile für den Bereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nach Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nach Angebot (Details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Anträge ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../userjourney/gui/summary/area_page.py" line="+61"/>
        <source>{area}: Zahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area}: Gründe für die Nichtinanspruchnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagramm {area}: Anspruchsberechtigte Schritt für Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagramm {area}: Gründe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder und Jugendliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Von {n} Kindern und Jugendlichen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen? (1 Kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen? ({n} Kinder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/history.py" line="+31"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ButGridModel</name>
    <message>
        <location filename="../../userjourney/gui/family/but_model.py" line="+57"/>
        <source>Anspruch?</source>
        <extracomment>The date column that follows a step. A journey stopped with a ``nein`` and has no reason yet: the index of its Grund cell. A saved value is unusual (warnings, never refusals): (index, German text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
bekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
interessant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag
gestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag
bewilligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot
wahr-
genommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{step}: ja (j), nein (n) oder leer (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gestellt
am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum des Antrags: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bewilligt
am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum der Bewilligung: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel oder Vorname des Kindes – kein Nachname (Datensparsamkeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter in Jahren (wächst mit der Zeit mit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fächer oder Aktivitäten, getrennt durch Komma (z. B. Mathe, Deutsch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum endet der Weg hier? Auswahl aus der Liste oder eigener Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>ergänzt: „ja“, weil ein späterer Schritt „ja“ ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier endet der Weg, Grund {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier endet der Weg ({where}); ein Grund fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grund fehlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Weg endet hier: {where}. Bitte einen Grund angeben (Enter öffnet die Liste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Der Weg endet nicht; dieser Grund zählt nicht in der Auswertung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Spätere Angaben löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„nein“ bei „{step}“ ({area}) beendet den Weg. Die späteren Angaben werden gelöscht (mit ihren Daten): {steps}.

Fortfahren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Früheres „nein“ ändern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„ja“ bei „{step}“ ({area}) heißt, dass auch die früheren Schritte „ja“ sind. Aus „nein“ wird „ja“ bei: {steps}.

Fortfahren?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellMessage</name>
    <message>
        <location filename="../../userjourney/gui/widgets/cell_message.py" line="+23"/>
        <source>Meldung zur Zelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+6"/>
        <source>Konflikte aus dem Abgleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier haben zwei Datenbanken dasselbe verschieden geändert. Bis jemand entscheidet, gilt überall der spätere Wert. Wählen Sie den richtigen Wert und „Diesen Wert nehmen“, oder tragen Sie einen eigenen ein (Strg+Z macht es rückgängig); die Entscheidung geht mit dem nächsten Abgleich an die andere Seite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Konflikte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Konflikt / Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Eigener Wert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eigener Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statt der Werte oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ein eigener Wert für ein einzelnes Feld – nicht für einen Weg, die Aufstockung oder einen gelöschten Eintrag: dort einen der Werte nehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eigenen Wert &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diesen Wert &amp;nehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/conflicts.py" line="+49"/>
        <source>Familie {family} · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(leer oder gelöscht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(gilt vorläufig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine offenen Konflikte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Konflikt entschieden: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entschieden: {what} (Strg+Z macht es rückgängig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../userjourney/gui/widgets/date_edit.py" line="+26"/>
        <source>TT.MM.JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalender öffnen (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="+114"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../ui/encrypt_dialog.ui" line="+6"/>
        <source>Datenbank verschlüsseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mindestens 8 Zeichen, gern ein ganzer Satz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase &amp;wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Im &amp;Schlüsselbund dieses Benutzerkontos merken (nicht bei jedem Start fragen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Schlüssel der Datenbank liegt dann im Schlüsselbund des Betriebssystems (unter Windows: Anmeldeinformationsverwaltung); wer sich als Sie anmeldet, kann die Datenbank öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verschlüsseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ohne Verschlüsselung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/encryption.py" line="+33"/>
        <source>Eine neue Datenbank wird angelegt: „{path}“. Verschlüsselt bleibt sie auch dann unlesbar, wenn der Laptop verloren geht – empfohlen für die Sozialdaten der Familien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank „{path}“ ist nicht verschlüsselt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihre Organisation verlangt eine verschlüsselte Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die beiden Eingaben sind verschieden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+6"/>
        <source>Auswertung exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;rziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anträge &amp;von / bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+253"/>
        <source>Anträge von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+1"/>
        <source>Anträge bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;tichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+0"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stichtag für „nachhaltig“ (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date&amp;nstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+1"/>
        <source>Datenstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten, wie sie zu diesem Zeitpunkt waren: TT.MM.JJJJ (das Ende des Tages) oder TT.MM.JJJJ HH:MM; leer = aktuell. Änderungen danach zählen nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mindest&amp;fallzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mindestfallzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werte von 1 bis eins unter dieser Zahl erscheinen als •, ebenso alles, woraus sie sich errechnen ließen. Die Statistik der Bundesagentur für Arbeit blendet 1 und 2 aus: Mindestfallzahl 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine (alle Werte zeigen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fortschritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="-49"/>
        <source>Bericht für das Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur Zahlen wie in Anhang 6.6, ohne personenbezogene Daten: keine Kürzel, Namen, JobCoaches, Arbeitgeber oder Anmerkungen – zum Versenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bericht schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht Jobcenter {day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenaustausch (intern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen Installationen, nicht zum Versenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BuT-Auswertung {day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Standorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exportieren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Die Arbeitsmappe wird geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Abgebrochen; es wurde keine Datei geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/family_dialog.ui" line="+5"/>
        <source>Neue Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Familie: Kürzel (kein Klarname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Familie: Kürzel (kein Klarname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel, z. B. SCH-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensparsamkeit: ein Kürzel genügt, um die Familie wiederzufinden (z. B. SCH-01). Kein Klarname – er käme in die Datenbank, ihre Sicherungen und den internen Datenaustausch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;JobCoach (Träger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erstelldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erstelldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erziehungs&amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/members.py" line="+71"/>
        <source>Anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyListModel</name>
    <message>
        <location filename="../../userjourney/gui/family/list_model.py" line="+37"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vollst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{n} offene Konflikte aus dem Abgleich (Bearbeiten → Konflikte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{complete} von {expected} BuT-Zeilen vollständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} Gründe fehlen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <location filename="../../ui/family_view.ui" line="+15"/>
        <location line="+4"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Familie: Kürzel (kein Klarname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensparsamkeit: ein Kürzel genügt, um die Familie wiederzufinden (z. B. SCH-01). Kein Klarname – er käme in die Datenbank, ihre Sicherungen und den internen Datenaustausch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Erstelldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JobCoach (Träger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Letzte Bearbeitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vollständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vollständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldung zu den Familienangaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BuT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind entfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tasten: j = ja · n = nein · Entf = leer · (ja) = ergänzt, weil ein späterer Schritt ja ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User Journey BuT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gründe (Fußnoten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person entfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Legende der Stufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User Journey Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmerkungen (Fußnoten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/family/view.py" line="+73"/>
        <source>&amp;Kind hinzufügen …</source>
        <extracomment>A message for the status bar. The family shown is gone (deleted by undo or elsewhere). Another family (or none: ``None``) is shown now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind &amp;entfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person e&amp;ntfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Familie {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>– (noch keine Kinder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{complete} von {total} BuT-Zeilen ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Bitte zuerst eine Zeile des Kindes wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind „{name}“ mit allen BuT-Angaben entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bitte zuerst die Zeile der Person wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person „{name}“ mit ihren Minijob-Angaben entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strg+Z macht es rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gespeichert: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../userjourney/gui/family/grid_model.py" line="+149"/>
        <source>{age} Jahre am {day} erfasst</source>
        <extracomment>Belongs to the member (child), not the row: shown once, spanning the member&apos;s rows. The value an editor starts with (text for line edits, the choice for combo boxes). Derived, not typed (an implied ja, a computed Nachhaltig): grey italics. Wants attention (a stopped journey without reason): marked in colour with an icon. Has no meaning here (steps after a nein): shaded. Shown as overridden by the coach (e.g. Nachhaltig against the three-month rule). A value was refused: (index, German message). Nothing was changed. An edit was saved: its label for the status bar. Asked before an edit that also changes other cells: (title, question) -&gt; go ahead? The day ages and the three-month rule are shown for; fixed in tests, None = the real today. Open conflicts from a sync: (record id, field) → the competing values (marked cells).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Konflikt aus dem Abgleich: {values} – Bearbeiten → Konflikte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../userjourney/gui/family/grid_view.py" line="+106"/>
        <location line="+1"/>
        <source>Hinweis: {text}</source>
        <extracomment>A message for the status bar (refusals and hints, also shown at the cell). Rows edited since the cursor entered them (for the stall → reason rule). Where to go once an automatically opened reason editor closes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fortfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Zu dieser Spalte gibt es keine Anmerkung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anmerkung zu „{column}“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.ui" line="+6"/>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Im Verlauf suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suchen (Name, Feld, Wert) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter: wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>von (Datum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bis (Datum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Als &amp;Excel speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/history.py" line="+38"/>
        <source>Verlauf der Familie {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verlauf speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Familie {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+6"/>
        <source>Excel-Liste importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fortschritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stand des Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Was der Import ändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Einzelheiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fehler in der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hinweise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinweise zur Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="-229"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familien in der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+23"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="-25"/>
        <source>Datei: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BuT-Zeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minijob-Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>unverändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Die Datei wird gelesen und geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>Abgebrochen; es wurde nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fehler ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweise ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familien ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei hat {n} Fehler (siehe unten, mit Blatt, Zeile und Spalte). Es wird nichts importiert; bitte die Datei korrigieren und erneut importieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datenbank entspricht bereits der Datei; ein Import änderte nichts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei ist in Ordnung. „Importieren“ übernimmt die Änderungen in einem Schritt (vorher wird die Datenbank gesichert; Strg+Z macht den Import rückgängig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datenbank wird gesichert und die Datei importiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import von {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importiert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="+9"/>
        <source>userjourney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ansichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Familie suchen (Kürzel oder Name) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht im Kürzel der Familie und in den Namen ihrer Kinder und Erwachsenen; Enter öffnet die erste gefundene Familie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Familie suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Familienliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Neue Familie …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../userjourney/gui/main_window.py" line="+268"/>
        <source>Familie löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte links eine Familie wählen oder mit „Neue Familie …“ anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Neue Familie …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie &amp;löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie en&amp;dgültig löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Familie mit ihrem Verlauf und aus allen Sicherungen löschen (DSGVO Art. 17), auch eine schon gelöschte; nicht rückgängig zu machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zugriffe (Exporte, Berichte) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer wann welche Daten aus der Datenbank exportiert hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/gui/main_window.py" line="+48"/>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../userjourney/gui/main_window.py" line="+2"/>
        <source>&amp;Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bericht für das &amp;Jobcenter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur Zahlen, ohne personenbezogene Daten, kleine Werte ausgeblendet – zum Versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bericht für das Jobcenter: nur Zahlen, ohne personenbezogene Daten, kleine Werte ausgeblendet – zum Versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datenaustausch (intern) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen Installationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenaustausch (intern): Auswertung und Rohdaten je Familie (Kürzel, Vornamen, Sozialdaten) – nur für die eigenen Installationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leere &amp;Vorlage speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sicherungskopie speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mit Se&amp;rver verbinden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit dem gemeinsamen Server des Büros arbeiten (oder wieder mit der Datei auf diesem Rechner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abgleichen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit einer anderen Datenbank abgleichen – Datei (USB-Stick, Laptop) oder Server – in beide Richtungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Konflikte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was zwei Datenbanken verschieden geändert haben: einen Wert nehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu &amp;laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verlauf der Familie …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Einstellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/main_window.py" line="-221"/>
        <source>Speicherstatus</source>
        <extracomment>How often a window on a server (or a read-only one) looks for other programs&apos; commits. Work with another database from now on: an opened server database, or ``None`` for the local file (Datei → Mit Server verbinden …); the application replaces the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Server: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(F5 lädt neu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur-lesen-Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnhinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alle Standorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keine Familie gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} von {n} Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{shown} von 1 Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+249"/>
        <source>Bitte zuerst eine Familie wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Familie „{code}“ mit {children} Kindern und {persons} Personen und allen Angaben löschen?

Strg+Z macht das Löschen rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Familie „{code}“ gelöscht (Strg+Z macht es rückgängig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Familie „{code}“ endgültig gelöscht, mit {n} Zeilen ihres Verlaufs; Sicherungen bereinigt: {copies}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Sicherungen ließen sich nicht lesen; bitte von Hand löschen:
{paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rückgängig: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wiederholen: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rückgängig gemacht: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wiederholt: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alle Änderungen gespeichert ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel-Liste importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importiert: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exportiert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bericht geschrieben: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leere Vorlage speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorlage gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sicherungskopie speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite-Datenbank (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Sicherung kann nicht die Datenbank selbst sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sicherungskopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungskopie gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wiederhergestellt: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederhergestellt: {name} ({n} Familien).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der vorige Stand liegt in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Neue Konflikte aus dem Abgleich: {n} (Bearbeiten → Konflikte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihr Name für den Änderungsverlauf (leer = Benutzername des Computers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Einstellungen konnten nicht gespeichert werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Server: {server} · verbunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server: {server} · Verbindung unterbrochen; Änderungen werden nicht gespeichert, neuer Versuch läuft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Familie {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{family} – userjourney – {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userjourney – {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[nur lesen]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.ui" line="+5"/>
        <source>Kind hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kürzel oder Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kürzel oder Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensparsamkeit: ein Kürzel oder der Vorname genügt, um die Person in der Familie wiederzufinden. Kein Nachname, keine Anschrift – diese Daten verlassen den Laptop in keinem Bericht, aber sie liegen in der Datenbank und ihren Sicherungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alter in Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/members.py" line="+35"/>
        <source>Person hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinijobFiguresModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="-90"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personen (Erwachsene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufstockung möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgestockt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nachhaltig (≥ 3 Monate, Stand {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nachhaltig = ja, oder leer und der Beginn liegt mindestens drei Monate vor dem Stand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinijobGridModel</name>
    <message>
        <location filename="../../userjourney/gui/family/minijob_model.py" line="+58"/>
        <source>Stufe 1–4 (Tasten 1–4, Entf = leer): {legend}</source>
        <extracomment>Which note belongs to which column (Aufstockung möglich and Aufgestockt share one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minijob
gesucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minijob
gefunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pot. Arbeit-
geber an-
gesprochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel oder Vorname der Person – kein Nachname (Datensparsamkeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitgeber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn des Minijobs: TT.MM.JJ oder TT.MM.JJJJ (Alt+↓ öffnet den Kalender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufstockung
möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja (j), nein (n) oder leer (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf-
gestockt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur wenn „Aufstockung möglich“ ja ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach-
haltig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besteht der Minijob seit 3 Monaten oder länger? Leer = nach der Regel berechnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>berechnet: Beginn {start} + 3 Monate = {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vom JobCoach gesetzt; die 3-Monats-Regel ergäbe: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>noch keine 3 Monate; nachhaltig ab {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}: Anmerkung geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>„Aufgestockt“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ohne „Aufstockung möglich: ja“ gibt es kein „Aufgestockt“. Die Angabe bei „Aufgestockt“ wird gelöscht.

Fortfahren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {column} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/members.py" line="+20"/>
        <location line="+6"/>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strg+Enter speichert · leer lassen löscht die Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="+6"/>
        <source>Verschlüsselte Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase passt nicht. Bitte noch einmal – oder den Wiederherstellungsschlüssel eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase vergessen? Hier den Wiederherstellungsschlüssel eingeben (13 Gruppen wie ABCD-EFGH-…), den Sie beim Verschlüsseln ausgedruckt oder bei der IT hinterlegt haben – danach bitte eine neue Passphrase wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Im &amp;Schlüsselbund dieses Benutzerkontos merken (nicht mehr fragen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Schlüssel der Datenbank liegt dann im Schlüsselbund des Betriebssystems (unter Windows: Anmeldeinformationsverwaltung); wer sich als Sie anmeldet, kann die Datenbank öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/passphrase.py" line="+26"/>
        <source>Die Datenbank „{path}“ ist verschlüsselt. Bitte die Passphrase eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/purge_dialog.ui" line="+6"/>
        <source>Familie endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endgültig löschen (DSGVO Art. 17): die Familie, ihr ganzer Verlauf und ihre Angaben in allen Sicherungen neben der Datenbank. Es bleibt nur ein Eintrag, dass eine Familie gelöscht wurde, wann und von wem. Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ohne Änderung seit &amp;mehr als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aufbewahrungsfrist in Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Familien ohne Änderung seit der Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Familie (Kürzel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Familie (Kürzel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auch eine schon gelöschte Familie: ihr Kürzel steht noch im Verlauf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zur &amp;Bestätigung noch einmal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kürzel zur Bestätigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/purge.py" line="+61"/>
        <source>{code} – letzte Änderung {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(schon gelöscht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keine Familie ohne Änderung seit mehr als {n} Jahren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>„{code}“ wird gelöscht, auch in den Sicherungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Familie „{code}“ endgültig gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../userjourney/gui/family/delegates.py" line="+50"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund tippen oder aus der Liste wählen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="-28"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/recovery_key_dialog.ui" line="+6"/>
        <location line="+10"/>
        <source>Wiederherstellungsschlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Ihr Wiederherstellungsschlüssel wird nur dieses eine Mal angezeigt. Bitte ausdrucken oder aufschreiben und sicher aufbewahren – oder bei der IT hinterlegen. Er öffnet die Datenbank, wenn die Passphrase vergessen ist; ohne Passphrase und ohne diesen Schlüssel kann niemand die Daten wieder lesen, auch nicht der Hersteller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In die &amp;Zwischenablage kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ich habe den Schlüssel &amp;sicher aufbewahrt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Weiter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="+6"/>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wählen Sie den Stand, zu dem die Datenbank zurückkehren soll. Der jetzige Stand wird vorher gesichert, die Wiederherstellung lässt sich also selbst wieder zurücknehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Andere Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/restore.py" line="+34"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anlass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zu dieser Datenbank gibt es noch keine automatischen Sicherungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine Sicherung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sicherung wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialog.ui" line="+6"/>
        <source>Mit Server verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der gemeinsame Server des Büros (PostgreSQL). Server, Datenbank und Anmeldung bekommen Sie von der IT; Sie sehen dort die Familien Ihrer Standorte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. server.kreis.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userjourney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kennwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennwort im &amp;Schlüsselbund des Systems merken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Kennwort wird in der Anmeldeinformationsverwaltung des Systems gespeichert, nie in einer Datei des Programms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lokale Datei verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wieder mit der Datenbank auf diesem Rechner arbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/server.py" line="+61"/>
        <source>Verbinde mit {server} …</source>
        <extracomment>What the dialog answers besides Accepted/Rejected: back to the file on this computer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verbunden; einen Schlüsselbund gibt es hier nicht, das Kennwort wird beim nächsten Mal wieder gefragt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../userjourney/gui/summary/trend_charts.py" line="+137"/>
        <source>{name}, {day}: {share} %
Klicken: die Auswertung zu diesem Tag</source>
        <extracomment>More periods than this and the category labels are written upright. Characters of a reason in the legend.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryAreaPage</name>
    <message>
        <location filename="../../ui/summary_area.ui" line="+29"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTrendPage</name>
    <message>
        <location filename="../../ui/summary_trend.ui" line="+13"/>
        <source>&amp;Zeiträume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf: Zeiträume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeder Zeitraum wird an seinem letzten Tag gezählt, mit den Daten, wie sie damals waren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein Punkt oder Balken zeigt die Auswertung zu diesem Tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Diagramm: Anteil, der das Angebot wahrnimmt, je Bereich und Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagramm: Anträge je Bereich und Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagramm: Gründe der Nichtinanspruchnahme je Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf als Tabelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter oder Doppelklick: die Auswertung zum Ende dieses Zeitraums</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/summary_view.ui" line="+17"/>
        <source>&amp;Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: Standort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: JobCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Anträge vom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeitraum der Anträge von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nur Anträge ab diesem Tag zählen (leer = ohne Beginn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeitraum der Anträge bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur Anträge bis zu diesem Tag zählen (leer = ohne Ende)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auswertung: Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>S&amp;tichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Stichtag für „nachhaltig“ (Minijob seit drei Monaten); leer = heute, oder der Tag des Datenstands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stichtag der Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date&amp;nstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten, wie sie zu diesem Zeitpunkt waren (aus dem Verlauf der Änderungen); leer = aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datenstand der Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten, wie sie zu diesem Zeitpunkt waren: TT.MM.JJJJ (das Ende des Tages) oder TT.MM.JJJJ HH:MM; leer = aktuell. Änderungen danach zählen nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../userjourney/gui/summary/view.py" line="+319"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/summary/view.py" line="+1"/>
        <source>Kinder und Jugendliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kinder und Jugendliche mit Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kinder und Jugendliche, die bei nur einem Elternteil aufwachsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bereiche der Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wie selbstständig? Personen je Stufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minijobs: Personen je Schritt und Stufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aufstockung und Nachhaltigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minijobs: Kennzahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diagramm: Minijobs, Personen je Schritt und Stufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wer steckt hinter einer Zahl? Eine Zahl, einen Grund oder einen Balken anklicken (oder mit Enter wählen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Familien und Kinder hinter der gewählten Zahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Doppelklick oder Enter öffnet die Familie im Reiter „Familien“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/summary/view.py" line="-216"/>
        <source>Verlauf</source>
        <extracomment>New figures are on screen (tests and the benchmark wait for it). The list behind a number is on screen. The Verlauf on screen is up to date. Open this family on this member&apos;s row: (family id, member id, Bereich or None, adult?).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anspruch, Nutzung, Anträge und Gründe je Monat oder Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Minijobs: wie selbstständig? (Personen je Stufe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>alle Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder mit Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinder, die bei nur einem Elternteil aufwachsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alle Standorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Anträge vom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Der Verlauf wird gezählt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Verlauf wird gezählt … ({done} von {total} Zeiträumen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} Zeiträume · gezählt um {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verlauf fehlgeschlagen: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stichtag {day} · Datenstand aktuell · gezählt um {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stichtag {day} · Datenstand {moment}: die Daten, wie sie damals waren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Zahlen werden gezählt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswertung fehlgeschlagen: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mit Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wachsen bei nur einem Elternteil auf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption} ({part} von {whole})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{n} Personen in {families} Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Kinder und Jugendliche in {families} Familien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="+6"/>
        <source>Abgleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gleicht diese Datenbank mit einer anderen ab – einer Datei (USB-Stick, Netzlaufwerk, der Laptop einer Kollegin) oder dem Server des Büros – in beide Richtungen. Was nur eine Seite geändert hat, wird übernommen; was beide verschieden geändert haben, bleibt als Konflikt stehen, bis jemand entscheidet. Nichts geht verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Andere Datenbank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Andere Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei (.sqlite) oder Server-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datei &amp;wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Vorschau: was herein- und was hinausgeht, welche Konflikte neu entstehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fortschritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>V&amp;orschau zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;bgleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/gui/dialogs/sync.py" line="-61"/>
        <source>Andere Datenbank wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite-Datenbank (*.sqlite);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vorschau wird berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wird abgeglichen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neue Konflikte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nur eine Vorschau: noch nichts geändert. „Abgleichen“ führt es aus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgeglichen mit {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeglichen. Offene Konflikte: {n} (Bearbeiten → Konflikte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beide waren schon auf demselben Stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <location filename="../../userjourney/gui/summary/models.py" line="+151"/>
        <source>Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wahrgenommen / anspruchsberechtigt (Anteil) · Anträge im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <location filename="../../userjourney/gui/summary/trend_page.py" line="+65"/>
        <source>je Monat</source>
        <extracomment>Reasons shown on their own in the stacked chart; the rest are &quot;andere Gründe&quot;. The Auswertung as of the end of this day was asked for. &quot;month&quot; or &quot;quarter&quot; was chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>je Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anteil, der das Angebot wahrnimmt (wahrgenommen / Anspruch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anträge im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum nicht? Anspruchsberechtigte, die nicht wahrnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>andere Gründe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../userjourney/gui/app.py" line="+105"/>
        <source>Achtung: {problem} Die Arbeit wird trotzdem gespeichert.</source>
        <extracomment>Why the database is only readable (another program writes to it), else &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nur lesen: {who} bearbeitet diese Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nur lesen: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Datenbank kann nicht geöffnet werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Datenbank ist in Benutzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank „{db}“ wird gerade von {who} bearbeitet.

Sie können sie zum Lesen öffnen; Änderungen sind dann nicht möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nur lesen öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Es gibt Sicherungen dieser Datenbank. Soll eine davon wiederhergestellt werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unerwarteter Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({kind}). Ihre bisher gespeicherten Angaben sind sicher.

Einzelheiten stehen in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/encryption.py" line="+44"/>
        <source>Verschlüsseln nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <location filename="../../userjourney/gui/widgets/filter_choices.py" line="+13"/>
        <location line="+6"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../userjourney/gui/dialogs/excel.py" line="+164"/>
        <source>Gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist gespeichert in
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>task</name>
    <message>
        <location filename="../../userjourney/gui/tasks.py" line="+74"/>
        <source>Unerwarteter Fehler; Einzelheiten stehen in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
