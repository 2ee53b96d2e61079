<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../userjourney/cli.py" line="+54"/>
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
        <location line="+6"/>
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
        <location line="+4"/>
        <source>Auswertung und Rohdaten als Excel-Arbeitsmappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auswertung „BuT bei ANNA“ anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>als JSON (für andere Programme)</source>
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
        <location line="+15"/>
        <source>„import“ ist in dieser Version noch nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„export“ ist in dieser Version noch nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+14"/>
        <source>Datenbank: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ANNA-Familien: {created} angelegt, {kept} schon vorhanden (unverändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auswertung wie Anhang 6.6: userjourney summary --from {start} --to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unerwarteter Fehler ({kind}). Einzelheiten stehen in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/backups.py" line="+46"/>
        <source>Die Sicherung von „{source}“ nach „{destination}“ ist fehlgeschlagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/editing.py" line="+37"/>
        <source>Der Familien-Code darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Familien-Code ist länger als 100 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Eine Familie „{code}“ gibt es schon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Der Text ist länger als 100 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Erstelldatum darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Der Name {what} darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Name ist länger als 100 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>des Kindes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>In Familie „{family}“ gibt es schon ein Kind „{name}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>der Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>In Familie „{family}“ gibt es schon eine Person „{name}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Ein Detail ist länger als 200 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Der Grund ist länger als 500 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Notiz ist länger als 2000 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Der Arbeitgeber ist länger als 200 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>„Aufgestockt“ geht nur, wenn „Aufstockung möglich“ ja ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Anmerkung ist länger als 2000 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/history.py" line="+371"/>
        <source>unbekannt</source>
        <extracomment>Columns left out of the history: derived from it (``updated_at`` is the latest change).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zu dieser Änderung gibt es keinen Verlauf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../../userjourney/core/journeys.py" line="+107"/>
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
        <location line="+58"/>
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
        <location line="+17"/>
        <source>„{area}“ für ein Kind in „{facility}“ ist ungewöhnlich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Antrag ist vor seiner Stellung bewilligt worden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Datum {date} liegt in der Zukunft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/storage.py" line="+79"/>
        <source>Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Der Ordner „{folder}“ existiert nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+38"/>
        <source>„{path}“ ist unvollständig (abgeschnitten) und kann nicht geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{path}“ ist keine userjourney-Datenbank (keine SQLite-Datei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>„{path}“ ist eine SQLite-Datenbank, aber keine von userjourney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>„{path}“ ist beschädigt oder keine Datenbank ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Die Datenbank „{path}“ stammt von einer neueren Version von userjourney (Schema {revision}); bitte installieren Sie die neueste Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Die Datenbank ist nur zum Lesen geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Die Datenbank „{path}“ kann nicht benutzt werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Datenbank „{path}“ gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nach der Aktualisierung der Datenbank „{path}“ passen Verweise nicht ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datenbank „{path}“ kann nicht aktualisiert werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/undo.py" line="+87"/>
        <source>Es gibt nichts rückgängig zu machen.</source>
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
        <location filename="../../userjourney/core/values.py" line="+71"/>
        <source>{value} ist keine gültige Angabe; erwartet: ja, nein oder leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{value} ist kein Datum; erwartet: TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} ist kein gültiges Datum (diesen Tag gibt es nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{value} ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} ist keine gültige Stufe; erwartet: 1 (selbstständig) bis 4 (unselbstständig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{value} ist kein gültiger Wert für {what}; erwartet: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erziehungsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/vocab.py" line="+119"/>
        <source>selbstständig</source>
        <extracomment>The BuT journey in order. A ``ja`` at a step means every earlier step is ``ja``. The funnel of the summary: the six steps after Anspruch.</extracomment>
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
        <location filename="../../userjourney/core/workspace.py" line="+81"/>
        <location line="+144"/>
        <source>Diese Familie gibt es nicht mehr.</source>
        <extracomment>True while an edit of this workspace is being committed (views skip its echo). The label of the last edit that changed something (``None`` if it changed nothing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Dieser Eintrag wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+8"/>
        <source>Familie „{code}“ angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Familie „{code}“ gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>leer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary.py" line="+98"/>
        <source>Der Zeitraum ist leer: der Beginn {start} liegt nach dem Ende {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../userjourney/core/summary_text.py" line="+48"/>
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
        <location line="+7"/>
        <source>Standort {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JobCoach {name}</source>
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
        <location line="+1"/>
        <source>Stand {day} · {families}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Kinder und Jugendlichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familien (Bedarfsgemeinschaften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder und Jugendliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit Migrationshintergrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wachsen bei nur einem Elternteil auf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine Familie erfüllt die Filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es sind noch keine Familien erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Anträge ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+7"/>
        <source>Von {n} Kindern und Jugendlichen sind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Anspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anspruchsberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruch nicht geklärt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anspruchsberechtigte Schritt für Schritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nehmen das Angebot wahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>davon nach Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(keine Anspruchsberechtigten ohne Inanspruchnahme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minijobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie selbstständig? Personen je Stufe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>AreaFiguresModel</name>
    <message>
        <location filename="../../userjourney/gui/summary_models.py" line="+129"/>
        <source>Kinder und Jugendliche</source>
        <extracomment>The one value shown per row (tests and the charts read it without parsing the text). How the number reads, for the title of the list (&quot;Mittagsverpflegung · ohne Anspruch&quot;).</extracomment>
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
        <location filename="../../userjourney/gui/summary_area.py" line="+55"/>
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
        <location line="+4"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen? ({n} Kinder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ButGridModel</name>
    <message>
        <location filename="../../userjourney/gui/but_model.py" line="+48"/>
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
        <source>Name oder Pseudonym des Kindes</source>
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
        <location line="+61"/>
        <source>{age} Jahre am {day} erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+50"/>
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
        <location filename="../../userjourney/gui/cell_message.py" line="+26"/>
        <source>Meldung zur Zelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../userjourney/gui/date_edit.py" line="+26"/>
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
        <location line="+15"/>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <location filename="../../userjourney/gui/summary_models.py" line="+114"/>
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
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/family_dialog.ui" line="+5"/>
        <source>Neue Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Pseudonym, z. B. Schmidt</source>
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
        <location filename="../../userjourney/gui/dialogs.py" line="+67"/>
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
        <location filename="../../userjourney/gui/family_list.py" line="+36"/>
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
        <location line="+77"/>
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
        <source>Familie (Kürzel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel oder Pseudonym der Familie – kein Klarname nötig</source>
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
        <location filename="../../userjourney/gui/family_view.py" line="+69"/>
        <source>&amp;Kind hinzufügen …</source>
        <extracomment>A message for the status bar. The family shown is gone (deleted by undo or elsewhere).</extracomment>
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
        <location line="+50"/>
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
        <location line="+73"/>
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
        <location line="+2"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Strg+Z macht es rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gespeichert: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../userjourney/gui/grid_view.py" line="+99"/>
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
        <source>Familie suchen …</source>
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
        <location filename="../../userjourney/gui/main_window.py" line="+190"/>
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
        <location line="+6"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../userjourney/gui/main_window.py" line="+25"/>
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
        <location filename="../../userjourney/gui/main_window.py" line="-130"/>
        <source>Speicherstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alle Standorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle JobCoaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} von {n} Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bitte zuerst eine Familie wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie „{code}“ mit {children} Kindern und {persons} Personen und allen Angaben löschen?

Strg+Z macht das Löschen rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Löschen</source>
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
        <location line="+7"/>
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
        <location line="+6"/>
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
        <source>Einstellungen konnten nicht gespeichert werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Familie {code} – userjourney – {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userjourney – {db}</source>
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
        <source>&amp;Name oder Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name oder Pseudonym</source>
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
        <location filename="../../userjourney/gui/dialogs.py" line="+35"/>
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
        <location filename="../../userjourney/gui/summary_models.py" line="-90"/>
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
        <location filename="../../userjourney/gui/minijob_model.py" line="+48"/>
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
        <location line="+45"/>
        <source>{age} Jahre am {day} erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+33"/>
        <source>{name}: Anmerkung geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../userjourney/gui/dialogs.py" line="+20"/>
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
    <name>ReasonEditor</name>
    <message>
        <location filename="../../userjourney/gui/delegates.py" line="+38"/>
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
        <location filename="../../userjourney/gui/summary_models.py" line="-28"/>
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
    <name>SummaryAreaPage</name>
    <message>
        <location filename="../../ui/summary_area.ui" line="+29"/>
        <source>Warum wird das Angebot nicht in Anspruch genommen?</source>
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
        <location line="+6"/>
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
        <location line="+5"/>
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
        <location line="+6"/>
        <source>S&amp;tand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stand der Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stichtag für „nachhaltig“ (Minijob seit drei Monaten); leer = heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../userjourney/gui/summary_view.py" line="+215"/>
        <source>Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../userjourney/gui/summary_view.py" line="+1"/>
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
        <location filename="../../userjourney/gui/summary_view.py" line="-132"/>
        <source>Minijobs: wie selbstständig? (Personen je Stufe)</source>
        <extracomment>New figures are on screen (tests and the benchmark wait for it). The list behind a number is on screen.</extracomment>
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
        <location line="+25"/>
        <location line="+3"/>
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
    <message>
        <location line="+5"/>
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
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+5"/>
        <source>Stand {day} · gezählt um {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>app</name>
    <message>
        <location filename="../../userjourney/gui/app.py" line="+69"/>
        <source>Datenbank kann nicht geöffnet werden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>task</name>
    <message>
        <location filename="../../userjourney/gui/tasks.py" line="+76"/>
        <source>Unerwarteter Fehler; Einzelheiten stehen in der Protokolldatei.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
