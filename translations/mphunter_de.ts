<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CaseFileText</name>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>eine Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>eine Liste erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a case file: the top level is not a JSON object</source>
        <translation>keine Falldatei: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a case file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>keine Falldatei: „format“ ist nicht „%1“</translation>
    </message>
    <message>
        <source>the case file has no valid schema version</source>
        <translation>die Falldatei hat keine gültige Schemaversion</translation>
    </message>
    <message>
        <source>the case file uses schema version %1; this version of MPHunter reads up to %2. Open it with a newer MPHunter.</source>
        <translation>die Falldatei verwendet Schemaversion %1; diese Version von MPHunter liest bis %2. Öffnen Sie sie mit einem neueren MPHunter.</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>eine Liste von Objekten erwartet</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation>unbekanntes Urteil „%1“</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>eine Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>invalid line range %1-%2</source>
        <translation>ungültiger Zeilenbereich %1-%2</translation>
    </message>
    <message>
        <source>the case file is damaged: %1</source>
        <translation>die Falldatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a case file</source>
        <translation>%1 ist zu groß für eine Falldatei</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Archive SHA-256</source>
        <translation>SHA-256 des Archivs</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Script SHA-256</source>
        <translation>SHA-256 des Skripts</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rank in its batch</source>
        <translation>Rang im Stapel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>d_b (distance to benign clusters)</source>
        <translation>d_b (Abstand zu gutartigen Clustern)</translation>
    </message>
    <message>
        <source>d_m (distance to known malware)</source>
        <translation>d_m (Abstand zu bekannter Schadsoftware)</translation>
    </message>
    <message>
        <source>Size (API calls)</source>
        <translation>Größe (API-Aufrufe)</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Position auf der Karte</translation>
    </message>
    <message>
        <source>Outlier: in no cluster of its batch and the background.</source>
        <translation>Ausreißer: in keinem Cluster seines Stapels und des Hintergrunds.</translation>
    </message>
    <message>
        <source>In cluster %1 of its batch and the background.</source>
        <translation>In Cluster %1 seines Stapels und des Hintergrunds.</translation>
    </message>
    <message>
        <source>Map position: (%1, %2).</source>
        <translation>Kartenposition: (%1, %2).</translation>
    </message>
    <message>
        <source>Nearest known malicious scripts</source>
        <translation>Nächste bekannte bösartige Skripte</translation>
    </message>
    <message>
        <source>None (no known set).</source>
        <translation>Keine (keine bekannte Menge).</translation>
    </message>
    <message>
        <source>What the code does</source>
        <translation>Was der Code tut</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Rare in benign packages and shared with the nearest known script</source>
        <translation>Selten in gutartigen Paketen und gemeinsam mit dem nächsten bekannten Skript</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Keine Belege erfasst.</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>Skript %1</translation>
    </message>
    <message>
        <source>The script&apos;s text is not available.</source>
        <translation>Der Text des Skripts ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>evidence lines</source>
        <translation>Belegzeilen</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more characters]</source>
        <translation>
            <numerusform>[… %n weiteres Zeichen]</numerusform>
            <numerusform>[… %n weitere Zeichen]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blanks</source>
        <translation>%1 Leerzeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines not shown.</source>
        <translation>
            <numerusform>%n weitere Zeile nicht angezeigt.</numerusform>
            <numerusform>%n weitere Zeilen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case report: %1 %2</source>
        <translation>Fallbericht: %1 %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Written by MPHunter Workbench. Static analysis only: nothing from the package was executed.</source>
        <translation>Erstellt mit MPHunter Workbench. Nur statische Analyse: nichts aus dem Paket wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <translation>%1 (Schicht %2)</translation>
    </message>
    <message>
        <source>d_k (mean distance to the nearest benign scripts)</source>
        <translation>d_k (mittlerer Abstand zu den nächsten gutartigen Skripten)</translation>
    </message>
    <message>
        <source>d_nb (distance to the nearest benign script)</source>
        <translation>d_nb (Abstand zum nächsten gutartigen Skript)</translation>
    </message>
    <message>
        <source>evidence (call evidence, known malware against the background)</source>
        <translation>Evidenz (Aufruf-Evidenz, bekannte Schadsoftware gegenüber dem Hintergrund)</translation>
    </message>
    <message>
        <source>rarity (how rare its rarest call is in the background)</source>
        <translation>Seltenheit (wie selten sein seltenster Aufruf im Hintergrund ist)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>%1, without a known set</source>
        <translation>%1, ohne bekannte Schadpakete</translation>
    </message>
    <message>
        <source>Indicators of compromise</source>
        <translation>Kompromittierungsindikatoren</translation>
    </message>
    <message>
        <source>capability (how rare its rarest capability call is in the background)</source>
        <translation>Fähigkeit (wie selten sein seltenster Fähigkeitsaufruf im Hintergrund ist)</translation>
    </message>
</context>
<context>
    <name>EarlierVersionText</name>
    <message>
        <source>the history&apos;s copy</source>
        <translation>die Kopie in der Historie</translation>
    </message>
    <message>
        <source>%1 is not in the embedded demo corpus</source>
        <translation>%1 ist nicht im eingebetteten Demo-Korpus</translation>
    </message>
    <message>
        <source>%1: %2 (and the history keeps no copy of it)</source>
        <translation>%1: %2 (und die Historie hat keine Kopie davon)</translation>
    </message>
    <message>
        <source>%1 no longer holds the archive the history saw (sha256 %2)</source>
        <translation>%1 enthält nicht mehr das Archiv, das die Historie gesehen hat (sha256 %2)</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExplanationText</name>
    <message>
        <source>Call sequences aligned</source>
        <translation>Aufrufsequenzen ausgerichtet</translation>
    </message>
    <message>
        <source>This script</source>
        <translation>Dieses Skript</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>Rank %1 in its batch (%2 scope). Higher scores rank first.</source>
        <translation>Rang %1 im Stapel (Bereich %2). Höhere Punktzahlen stehen vorne.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>d_b</source>
        <translation>d_b</translation>
    </message>
    <message>
        <source>distance to the nearest benign clusters (mean of the 3 closest)</source>
        <translation>Abstand zu den nächsten gutartigen Clustern (Mittel der 3 nächsten)</translation>
    </message>
    <message>
        <source>d_m</source>
        <translation>d_m</translation>
    </message>
    <message>
        <source>distance to the nearest known-malicious script</source>
        <translation>Abstand zum nächsten bekannten bösartigen Skript</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>size correction: small scripts lean on d_b less</source>
        <translation>Größenkorrektur: kleine Skripte stützen sich weniger auf d_b</translation>
    </message>
    <message>
        <source>W_b</source>
        <translation>W_b</translation>
    </message>
    <message>
        <source>weight of d_b = 0.5 − β</source>
        <translation>Gewicht von d_b = 0.5 − β</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>size of the call sequence</source>
        <translation>Länge der Aufrufsequenz</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>an outlier: in no dense cluster</source>
        <translation>ein Ausreißer: in keinem dichten Cluster</translation>
    </message>
    <message>
        <source>HDBSCAN cluster with the background</source>
        <translation>HDBSCAN-Cluster mit dem Hintergrund</translation>
    </message>
    <message>
        <source>GLOSH</source>
        <translation>GLOSH</translation>
    </message>
    <message>
        <source>outlier score, 0 = inlier, 1 = strongest outlier</source>
        <translation>Ausreißerwert, 0 = kein Ausreißer, 1 = stärkster Ausreißer</translation>
    </message>
    <message>
        <source>Rare calls shared with the nearest known script</source>
        <translation>Seltene Aufrufe, die das nächste bekannte Skript auch macht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No known-malicious script to compare with.</source>
        <translation>Kein bekanntes bösartiges Skript zum Vergleich.</translation>
    </message>
    <message>
        <source>d_k</source>
        <translation>d_k</translation>
    </message>
    <message numerus="yes">
        <source>mean distance to the %n nearest benign background scripts</source>
        <translation>
            <numerusform>mittlerer Abstand zum nächsten gutartigen Hintergrundskript</numerusform>
            <numerusform>mittlerer Abstand zu den %n nächsten gutartigen Hintergrundskripten</numerusform>
        </translation>
    </message>
    <message>
        <source>d_nb</source>
        <translation>d_nb</translation>
    </message>
    <message>
        <source>distance to the nearest benign background script</source>
        <translation>Abstand zum nächsten gutartigen Hintergrundskript</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>mean log-likelihood ratio of the script&apos;s calls, known malware against the background (learned from the data), plus a quarter of the largest</source>
        <translation>mittleres Log-Likelihood-Verhältnis der Aufrufe des Skripts, bekannte Schadsoftware gegen den Hintergrund (aus den Daten gelernt), plus ein Viertel des größten</translation>
    </message>
    <message>
        <source>rarity</source>
        <translation>Seltenheit</translation>
    </message>
    <message>
        <source>how rare the script&apos;s rarest call is among the background scripts (1 = none makes it)</source>
        <translation>wie selten der seltenste Aufruf des Skripts unter den Hintergrundskripten ist (1 = keines macht ihn)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Führt aus</translation>
    </message>
    <message>
        <source>Calls of this script that live elsewhere: in files of its package and in payloads it decodes from literals, in the order they first run.</source>
        <translation>Aufrufe dieses Skripts, die anderswo stehen: in Dateien seines Pakets und in Nutzlasten, die es aus Literalen dekodiert, in der Reihenfolge ihrer ersten Ausführung.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file of the package</source>
        <translation>Datei des Pakets</translation>
    </message>
    <message>
        <source>decoded payload, layer %1</source>
        <translation>dekodierte Nutzlast, Schicht %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>(no known set)</source>
        <translation>(ohne bekannte Schadpakete)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>nearest known: %1 %2, judged malicious by %3 on %4</source>
        <translation>nächstes bekanntes: %1 %2, als bösartig beurteilt von %3 am %4</translation>
    </message>
    <message>
        <source>known neighbour: %1 %2, judged malicious by %3 on %4</source>
        <translation>bekannter Nachbar: %1 %2, als bösartig beurteilt von %3 am %4</translation>
    </message>
    <message>
        <source>Calls added since %1</source>
        <translation>Seit %1 hinzugekommene Aufrufe</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>wird verglichen…</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>the script makes no capability call (process, code execution, network, decoding, user and host details, native code)</source>
        <translation>das Skript macht keinen Fähigkeitsaufruf (Prozess, Codeausführung, Netzwerk, Dekodierung, Benutzer- und Rechnerdaten, nativer Code)</translation>
    </message>
    <message>
        <source>how rare its rarest capability call, %1, is among the background scripts (1 = none makes it)</source>
        <translation>wie selten sein seltenster Fähigkeitsaufruf, %1, unter den Hintergrundskripten ist (1 = keines macht ihn)</translation>
    </message>
</context>
<context>
    <name>HistoryRecorderText</name>
    <message>
        <source>no history file is set</source>
        <translation>keine Historiendatei eingestellt</translation>
    </message>
    <message>
        <source>history %1: the verdict was not written</source>
        <translation>Historie %1: das Urteil wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>The verdict on %1 is not in the history: %2</source>
        <translation>Das Urteil über %1 ist nicht in der Historie: %2</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>layer %1 in %2</source>
        <translation>Schicht %1 in %2</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>very long line</source>
        <translation>sehr lange Zeile</translation>
    </message>
    <message>
        <source>code pushed off screen by a long run of blanks</source>
        <translation>Code durch viele Leerzeichen aus dem Bild geschoben</translation>
    </message>
    <message>
        <source>non-printing character</source>
        <translation>nicht druckbares Zeichen</translation>
    </message>
    <message>
        <source>bidirectional control character</source>
        <translation>bidirektionales Steuerzeichen</translation>
    </message>
    <message>
        <source>identifier of look-alike characters (O and 0, l, 1 and I)</source>
        <translation>Bezeichner aus verwechselbaren Zeichen (O und 0, l, 1 und I)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading packages</source>
        <translation>Pakete werden gelesen</translation>
    </message>
    <message>
        <source>Analysing scripts</source>
        <translation>Skripte werden analysiert</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clusterbildung</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Projecting the map</source>
        <translation>Karte wird projiziert</translation>
    </message>
</context>
<context>
    <name>OsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for package &apos;%1&apos; under %2</source>
        <translation>Der Ordner für das Paket „%1“ kann unter %2 nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF reports need the graphical application</source>
        <translation>PDF-Berichte benötigen die grafische Anwendung</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
</context>
<context>
    <name>RunHistoryText</name>
    <message>
        <source>the history was not used: %1</source>
        <translation>die Historie wurde nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ScriptTextSourceText</name>
    <message>
        <source>not in the embedded demo corpus</source>
        <translation>nicht im eingebetteten Demo-Korpus</translation>
    </message>
    <message>
        <source>no such script</source>
        <translation>kein solches Skript</translation>
    </message>
    <message>
        <source>the package reader is not built</source>
        <translation>der Paketleser ist nicht gebaut</translation>
    </message>
    <message>
        <source>the script is no longer in its package</source>
        <translation>das Skript ist nicht mehr in seinem Paket</translation>
    </message>
    <message>
        <source>no such file or layer</source>
        <translation>keine solche Datei oder Schicht</translation>
    </message>
    <message>
        <source>the text was not kept</source>
        <translation>der Text wurde nicht aufbewahrt</translation>
    </message>
    <message>
        <source>the file is no longer in its package</source>
        <translation>die Datei ist nicht mehr in ihrem Paket</translation>
    </message>
    <message>
        <source>no history to read it from</source>
        <translation>keine Historie, aus der es gelesen werden könnte</translation>
    </message>
    <message>
        <source>the history keeps no copy of this archive, and the file it was scanned from is gone or changed</source>
        <translation>die Historie hat keine Kopie dieses Archivs, und die Datei, aus der es gescannt wurde, fehlt oder wurde geändert</translation>
    </message>
</context>
<context>
    <name>ScriptViewText</name>
    <message>
        <source>%1 (script)</source>
        <translation>%1 (Skript)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n call(s))</source>
        <translation>
            <numerusform>%1 (%n Aufruf)</numerusform>
            <numerusform>%1 (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 in %2, line %3 (%n call(s))</source>
        <translation>
            <numerusform>Schicht %1 in %2, Zeile %3 (%n Aufruf)</numerusform>
            <numerusform>Schicht %1 in %2, Zeile %3 (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 in %2 (%n call(s))</source>
        <translation>
            <numerusform>Schicht %1 in %2 (%n Aufruf)</numerusform>
            <numerusform>Schicht %1 in %2 (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded payload, layer %1: decoded in %2 and run at its line %3. Shown as text, never run.</source>
        <translation>Dekodierte Nutzlast, Schicht %1: in %2 dekodiert und dort in Zeile %3 gestartet. Nur als Text angezeigt, nie ausgeführt.</translation>
    </message>
    <message>
        <source>Decoded payload, layer %1: decoded in %2, run at line %3 of layer %4, whose chain starts at line %5 of the file. Shown as text, never run.</source>
        <translation>Dekodierte Nutzlast, Schicht %1: in %2 dekodiert, gestartet in Zeile %3 von Schicht %4; die Kette beginnt in Zeile %5 der Datei. Nur als Text angezeigt, nie ausgeführt.</translation>
    </message>
    <message>
        <source>Decoded payload, layer %1: decoded in %2. Shown as text, never run.</source>
        <translation>Dekodierte Nutzlast, Schicht %1: in %2 dekodiert. Nur als Text angezeigt, nie ausgeführt.</translation>
    </message>
</context>
<context>
    <name>SuspiciousCalls</name>
    <message>
        <source>Runs system commands</source>
        <translation>Führt Systembefehle aus</translation>
    </message>
    <message>
        <source>Executes dynamically built code</source>
        <translation>Führt dynamisch erzeugten Code aus</translation>
    </message>
    <message>
        <source>Talks to the network</source>
        <translation>Kommuniziert über das Netzwerk</translation>
    </message>
    <message>
        <source>Decodes or decompresses hidden data</source>
        <translation>Dekodiert oder entpackt versteckte Daten</translation>
    </message>
    <message>
        <source>Writes, moves or deletes files</source>
        <translation>Schreibt, verschiebt oder löscht Dateien</translation>
    </message>
    <message>
        <source>Reads the environment, user and host identity or the file system</source>
        <translation>Liest Umgebung, Benutzer- und Rechneridentität oder das Dateisystem</translation>
    </message>
    <message>
        <source>Sets up persistence</source>
        <translation>Richtet Persistenz ein</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message>
        <source>Runs at install: pip executes setup.py</source>
        <translation>Läuft bei der Installation: pip führt setup.py aus</translation>
    </message>
    <message>
        <source>Runs at install: pip executes setup.py and its custom commands (%1)</source>
        <translation>Läuft bei der Installation: pip führt setup.py und seine eigenen Befehle aus (%1)</translation>
    </message>
    <message>
        <source>Runs at import of the package %1</source>
        <translation>Läuft beim Import des Pakets %1</translation>
    </message>
    <message>
        <source>Runs at every start of the Python interpreter (.pth file)</source>
        <translation>Läuft bei jedem Start des Python-Interpreters (.pth-Datei)</translation>
    </message>
    <message>
        <source>Unknown trigger</source>
        <translation>Unbekannter Auslöser</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Gutartig</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Bösartig</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <source>the input setting &apos;%1&apos; is missing or has the wrong type</source>
        <translation>die Eingabeeinstellung „%1“ fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1 at byte %2).</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not an MPHunter workspace file.</source>
        <translation>Dies ist keine MPHunter-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The workspace file has no valid format version.</source>
        <translation>Die Arbeitsbereichsdatei hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of MPHunter Workbench (format version %1; this version reads up to %2). Please update the application.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Version von MPHunter Workbench gespeichert (Formatversion %1; diese Version liest bis %2). Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Case %1 of the workspace cannot be read: %2</source>
        <translation>Fall %1 des Arbeitsbereichs kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the workspace to %1: %2</source>
        <translation>Der Arbeitsbereich kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hunt malicious PyPI packages in a batch.</source>
        <translation>Bösartige PyPI-Pakete in einem Stapel aufspüren.</translation>
    </message>
    <message>
        <source>Batch folder to open (default: the demo corpus).</source>
        <translation>Zu öffnender Stapelordner (Standard: der Demo-Korpus).</translation>
    </message>
</context>
<context>
    <name>mph::app::CampaignGroupingModel</name>
    <message>
        <source>identical calls</source>
        <translation>identische Aufrufe</translation>
    </message>
    <message>
        <source>nearly identical calls</source>
        <translation>nahezu identische Aufrufe</translation>
    </message>
    <message>
        <source>known family</source>
        <translation>bekannte Familie</translation>
    </message>
    <message>
        <source>Campaign of %1 packages</source>
        <translation>Kampagne aus %1 Paketen</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Campaign of %1 packages in batch %2, linked by %3</source>
        <translation>Kampagne aus %1 Paketen in Stapel %2, verbunden durch %3</translation>
    </message>
    <message>
        <source> (nearest known family: %1)</source>
        <translation> (nächste bekannte Familie: %1)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CaseBook</name>
    <message>
        <source>no case to save</source>
        <translation>kein Fall zum Speichern</translation>
    </message>
</context>
<context>
    <name>mph::app::CaseWidget</name>
    <message>
        <source>Add evidence…</source>
        <translation>Beleg hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save case…</source>
        <translation>Fall speichern…</translation>
    </message>
    <message>
        <source>comma-separated, e.g. exfiltration, typosquat</source>
        <translation>durch Kommas getrennt, z. B. exfiltration, typosquat</translation>
    </message>
    <message>
        <source>What the code does and how it triggers…</source>
        <translation>Was der Code tut und wie er ausgelöst wird…</translation>
    </message>
    <message>
        <source>Record the lines selected in the left editor as evidence (Ctrl+E)</source>
        <translation>Die im linken Editor markierten Zeilen als Beleg erfassen (Strg+E)</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Fall öffnen…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Select a script in the ranked table to start a case.</source>
        <translation>Wählen Sie ein Skript in der Rangliste, um einen Fall zu beginnen.</translation>
    </message>
    <message>
        <source>Give this verdict to every package of the campaign, in one action</source>
        <translation>Dieses Urteil allen Paketen der Kampagne in einem Schritt geben</translation>
    </message>
    <message numerus="yes">
        <source>For the whole campaign (%n package(s))</source>
        <translation>
            <numerusform>Für die ganze Kampagne (%n Paket)</numerusform>
            <numerusform>Für die ganze Kampagne (%n Pakete)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CodeCompareWidget</name>
    <message>
        <source>No script selected</source>
        <translation>Kein Skript ausgewählt</translation>
    </message>
    <message>
        <source>Nearest known-malicious scripts, nearest first</source>
        <translation>Nächste bekannte bösartige Skripte, das nächste zuerst</translation>
    </message>
    <message>
        <source>Previous call (Shift+F4)</source>
        <translation>Vorheriger Aufruf (Umschalt+F4)</translation>
    </message>
    <message>
        <source>Next call and its counterpart on the right (F4)</source>
        <translation>Nächster Aufruf und sein Gegenstück rechts (F4)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;call on both sides&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;call on one side only&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;Aufruf auf beiden Seiten&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;Aufruf nur auf einer Seite&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source># The script could not be shown: %1</source>
        <translation># Das Skript kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <source>No known-malicious script in this scope</source>
        <translation>Kein bekanntes bösartiges Skript in diesem Bereich</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>call %1 of %2: %3%4</source>
        <translation>Aufruf %1 von %2: %3%4</translation>
    </message>
    <message>
        <source> (also on the right)</source>
        <translation> (auch rechts)</translation>
    </message>
    <message>
        <source> (left only)</source>
        <translation> (nur links)</translation>
    </message>
    <message>
        <source>Where the calls live: the script, the files of its package it runs, the payloads it decodes</source>
        <translation>Wo die Aufrufe stehen: das Skript, die Dateien seines Pakets, die es ausführt, die Nutzlasten, die es dekodiert</translation>
    </message>
    <message>
        <source># The file could not be shown: %1</source>
        <translation># Die Datei kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>mph::app::ErrorListModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>mph::app::EvidenceModel</name>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>mph::app::InputsWidget</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>(nichts eingestellt)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>embedded demo corpus</source>
        <translation>eingebetteter Demo-Korpus</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Known malicious</source>
        <translation>Bekannt bösartig</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::MainWindow</name>
    <message>
        <source>MPHunter Workbench</source>
        <translation>MPHunter Workbench</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Ranked scripts</source>
        <translation>Skripte nach Rang</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Open batch folder…</source>
        <translation>Stapelordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a batch folder</source>
        <translation>Einen Stapelordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;demo corpus</source>
        <translation>&amp;Demo-Korpus öffnen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Erneut aus&amp;führen</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Fall öffnen (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save case…</source>
        <translation>Fall &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Inputs and passphrases…</source>
        <translation>&amp;Eingaben und Passphrasen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next outlier</source>
        <translation>&amp;Nächster Ausreißer</translation>
    </message>
    <message>
        <source>&amp;Previous outlier</source>
        <translation>&amp;Vorheriger Ausreißer</translation>
    </message>
    <message>
        <source>Next &amp;call</source>
        <translation>Nächster &amp;Aufruf</translation>
    </message>
    <message>
        <source>&amp;Fit the map</source>
        <translation>Karte ein&amp;passen</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Run cancelled; the previous results are still shown.</source>
        <translation>Lauf abgebrochen; die vorherigen Ergebnisse werden weiter angezeigt.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) ranked from %1 package(s); %2 error(s); %3 s</source>
        <translation>
            <numerusform>%n Skript aus %1 Paket(en) eingestuft; %2 Fehler; %3 s</numerusform>
            <numerusform>%n Skripte aus %1 Paket(en) eingestuft; %2 Fehler; %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>(run)</source>
        <translation>(Lauf)</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from the autosave.</source>
        <translation>Ungespeicherte Änderungen aus der automatischen Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved).</source>
        <translation>Ungespeicherte Änderungen (automatisch gesichert).</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Neuer Fall, noch nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked script(s) selected on the map</source>
        <translation>
            <numerusform>%n eingestuftes Skript auf der Karte ausgewählt</numerusform>
            <numerusform>%n eingestufte Skripte auf der Karte ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>outlier (noise)</source>
        <translation>Ausreißer (Rauschen)</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved every 30 s).</source>
        <translation>Ungespeicherte Änderungen (alle 30 s automatisch gesichert).</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Lines %1–%2 of %3: what do they do?</source>
        <translation>Zeilen %1–%2 von %3: was tun sie?</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>kein Fall ist geöffnet</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <source>Case files (*.mphcase)</source>
        <translation>Falldateien (*.mphcase)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Current case as &amp;OSV record…</source>
        <translation>Aktuellen Fall als &amp;OSV-Eintrag…</translation>
    </message>
    <message>
        <source>OSV record</source>
        <translation>OSV-Eintrag</translation>
    </message>
    <message>
        <source>Write the current case as an OSV record (OpenSSF malicious-packages format)</source>
        <translation>Den aktuellen Fall als OSV-Eintrag schreiben (Format der OpenSSF-Datenbank malicious-packages)</translation>
    </message>
    <message>
        <source>Selected rows&apos; cases as OSV records into a &amp;folder…</source>
        <translation>&amp;Fälle der ausgewählten Zeilen als OSV-Einträge in einen Ordner…</translation>
    </message>
    <message>
        <source>One OSV file per package, laid out as in the OpenSSF malicious-packages repository (osv/malicious/pypi/PACKAGE/)</source>
        <translation>Eine OSV-Datei pro Paket, abgelegt wie im OpenSSF-Repository malicious-packages (osv/malicious/pypi/PAKET/)</translation>
    </message>
    <message>
        <source>Current case as &amp;HTML report…</source>
        <translation>Aktuellen Fall als &amp;HTML-Bericht…</translation>
    </message>
    <message>
        <source>Current case as &amp;PDF report…</source>
        <translation>Aktuellen Fall als &amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Write a PDF report of the current case</source>
        <translation>Einen PDF-Bericht über den aktuellen Fall schreiben</translation>
    </message>
    <message>
        <source>Ranked table, all rows, as &amp;CSV…</source>
        <translation>Rangliste, alle Zeilen, als &amp;CSV…</translation>
    </message>
    <message>
        <source>Ranked table, rows shown (filtered, sorted), as &amp;JSON…</source>
        <translation>Rangliste, angezeigte Zeilen (gefiltert, sortiert), als &amp;JSON…</translation>
    </message>
    <message>
        <source>Ranked table, all rows, as JSO&amp;N…</source>
        <translation>Rangliste, alle Zeilen, als JSO&amp;N…</translation>
    </message>
    <message>
        <source>&amp;Save workspace…</source>
        <translation>Arbeitsbereich &amp;speichern…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Export the case as an OSV record</source>
        <translation>Fall als OSV-Eintrag exportieren</translation>
    </message>
    <message>
        <source>OSV records (*.json)</source>
        <translation>OSV-Einträge (*.json)</translation>
    </message>
    <message>
        <source>Folder for the OSV records (the repository&apos;s root)</source>
        <translation>Ordner für die OSV-Einträge (Wurzel des Repositorys)</translation>
    </message>
    <message>
        <source>Export the case as an HTML report</source>
        <translation>Fall als HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Export the case as a PDF report</source>
        <translation>Fall als PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export every ranked script as CSV</source>
        <translation>Alle eingestuften Skripte als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the rows shown as JSON</source>
        <translation>Angezeigte Zeilen als JSON exportieren</translation>
    </message>
    <message>
        <source>Export every ranked script as JSON</source>
        <translation>Alle eingestuften Skripte als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Workspaces (*.mphworkspace)</source>
        <translation>Arbeitsbereiche (*.mphworkspace)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n OSV record(s) written under %1</source>
        <translation>
            <numerusform>%n OSV-Eintrag unter %1 geschrieben</numerusform>
            <numerusform>%n OSV-Einträge unter %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Kein Fall ist geöffnet.</translation>
    </message>
    <message>
        <source>Nothing has been ranked yet.</source>
        <translation>Es wurde noch nichts eingestuft.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Keine Zeilen ausgewählt.</translation>
    </message>
    <message>
        <source>MPHunter case: %1 %2</source>
        <translation>MPHunter-Fall: %1 %2</translation>
    </message>
    <message>
        <source>The table shows no rows; clear the filter first.</source>
        <translation>Die Tabelle zeigt keine Zeilen; setzen Sie zuerst den Filter zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n case(s) restored; %2 passphrase(s) were not stored, the configured ones are used.</source>
        <translation>
            <numerusform>Arbeitsbereich %1: %n Fall wiederhergestellt; %2 Passphrase(n) wurde(n) nicht gespeichert, die eingestellten werden verwendet.</numerusform>
            <numerusform>Arbeitsbereich %1: %n Fälle wiederhergestellt; %2 Passphrase(n) wurde(n) nicht gespeichert, die eingestellten werden verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n case(s) restored; running its inputs again.</source>
        <translation>
            <numerusform>Arbeitsbereich %1: %n Fall wiederhergestellt; seine Eingaben werden erneut ausgeführt.</numerusform>
            <numerusform>Arbeitsbereich %1: %n Fälle wiederhergestellt; seine Eingaben werden erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) had newer unsaved changes in their autosave; those were kept.</source>
        <translation>
            <numerusform>%n Fall hatte neuere ungespeicherte Änderungen in seiner automatischen Sicherung; diese wurden übernommen.</numerusform>
            <numerusform>%n Fälle hatten neuere ungespeicherte Änderungen in ihrer automatischen Sicherung; diese wurden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked table, rows shown (filtered, sorted), as C&amp;SV…</source>
        <translation>Rangliste, angezeigte Zeilen (gefiltert, sortiert), als C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the rows shown as CSV</source>
        <translation>Angezeigte Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the campaign as OSV records</source>
        <translation>Kampagne als OSV-Einträge exportieren</translation>
    </message>
    <message>
        <source>Compare with &amp;previous version</source>
        <translation>Mit &amp;vorheriger Version vergleichen</translation>
    </message>
    <message>
        <source>Diff the script and the files it runs against the project&apos;s earlier version</source>
        <translation>Das Skript und die Dateien, die es ausführt, mit der früheren Version des Projekts vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s) new</source>
        <translation>
            <numerusform>%1 von %n Paket neu</numerusform>
            <numerusform>%1 von %n Paketen neu</numerusform>
        </translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historie: %1</translation>
    </message>
    <message>
        <source>Reading %1 %2…</source>
        <translation>%1 %2 wird gelesen…</translation>
    </message>
    <message>
        <source>No earlier version of this project is at hand.</source>
        <translation>Keine frühere Version dieses Projekts verfügbar.</translation>
    </message>
    <message>
        <source>%1 %2 has no %3</source>
        <translation>%1 %2 hat kein %3</translation>
    </message>
    <message>
        <source>Compare with previous version</source>
        <translation>Mit vorheriger Version vergleichen</translation>
    </message>
    <message>
        <source>from the history</source>
        <translation>aus der Historie</translation>
    </message>
    <message>
        <source>from this run</source>
        <translation>aus diesem Lauf</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (this run)</source>
        <translation>%1 %2 (dieser Lauf)</translation>
    </message>
    <message>
        <source>There is no campaign %1 in this run.</source>
        <translation>In diesem Lauf gibt es keine Kampagne %1.</translation>
    </message>
    <message>
        <source>Verdict %1 set for the %2 packages of the campaign.</source>
        <translation>Urteil „%1“ für die %2 Pakete der Kampagne gesetzt.</translation>
    </message>
    <message>
        <source>The campaign&apos;s verdicts are in its cases but not in the history: %1</source>
        <translation>Die Urteile der Kampagne stehen in ihren Fällen, aber nicht in der Historie: %1</translation>
    </message>
    <message>
        <source>Verdict %1 set for the %2 packages of the campaign and recorded in the history.</source>
        <translation>Urteil „%1“ für die %2 Pakete der Kampagne gesetzt und in der Historie gespeichert.</translation>
    </message>
</context>
<context>
    <name>mph::app::MapWidget</name>
    <message>
        <source>No map yet: open a batch folder or wait for the run to finish.</source>
        <translation>Noch keine Karte: öffnen Sie einen Stapelordner oder warten Sie, bis der Lauf fertig ist.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>batch (coloured by cluster)</source>
        <translation>Stapel (nach Cluster gefärbt)</translation>
    </message>
    <message>
        <source>batch outlier (ringed)</source>
        <translation>Ausreißer im Stapel (umkreist)</translation>
    </message>
    <message>
        <source>known malicious</source>
        <translation>bekannt bösartig</translation>
    </message>
</context>
<context>
    <name>mph::app::RankedScriptModel</name>
    <message>
        <source>HDBSCAN noise: an outlier among batch and background (GLOSH %1)</source>
        <translation>HDBSCAN-Rauschen: ein Ausreißer in Stapel und Hintergrund (GLOSH %1)</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>d_b</source>
        <translation>d_b</translation>
    </message>
    <message>
        <source>d_m</source>
        <translation>d_m</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Nearest known</source>
        <translation>Nächstes bekanntes</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>New version of a project judged malicious</source>
        <translation>Neue Version eines als bösartig beurteilten Projekts</translation>
    </message>
    <message>
        <source>%1
New version of a project judged malicious</source>
        <translation>%1
Neue Version eines als bösartig beurteilten Projekts</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, beurteilt von %2</translation>
    </message>
    <message>
        <source>Not seen by an earlier run</source>
        <translation>Von keinem früheren Lauf gesehen</translation>
    </message>
    <message>
        <source>First seen on %1</source>
        <translation>Zuerst gesehen am %1</translation>
    </message>
    <message>
        <source>Prior verdict</source>
        <translation>Früheres Urteil</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
</context>
<context>
    <name>mph::app::RankedTableWidget</name>
    <message>
        <source>Outliers only</source>
        <translation>Nur Ausreißer</translation>
    </message>
    <message>
        <source>Filter by package or nearest known…</source>
        <translation>Nach Paket oder nächstem bekannten filtern…</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>Next outlier</source>
        <translation>Nächster Ausreißer</translation>
    </message>
    <message>
        <source>Previous outlier</source>
        <translation>Vorheriger Ausreißer</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Hide judged packages</source>
        <translation>Beurteilte Pakete ausblenden</translation>
    </message>
    <message>
        <source>Hide packages the history says were judged before this run</source>
        <translation>Pakete ausblenden, die laut Historie schon vor diesem Lauf beurteilt wurden</translation>
    </message>
    <message>
        <source>Set verdict for the campaign</source>
        <translation>Urteil für die Kampagne setzen</translation>
    </message>
    <message>
        <source>Export the campaign as OSV records…</source>
        <translation>Kampagne als OSV-Einträge exportieren…</translation>
    </message>
</context>
<context>
    <name>mph::app::SettingsDialog</name>
    <message>
        <source>Background (benign) folders</source>
        <translation>Hintergrundordner (gutartig)</translation>
    </message>
    <message>
        <source>Known-malicious folders</source>
        <translation>Ordner mit bekannt bösartigen Paketen</translation>
    </message>
    <message>
        <source>Tried in turn on encrypted zips, one per line</source>
        <translation>Werden nacheinander für verschlüsselte ZIPs probiert, eine pro Zeile</translation>
    </message>
    <message>
        <source>Passphrases</source>
        <translation>Passphrasen</translation>
    </message>
    <message>
        <source>Packages are only read in memory: nothing is extracted, installed or run.</source>
        <translation>Pakete werden nur im Speicher gelesen: nichts wird entpackt, installiert oder ausgeführt.</translation>
    </message>
    <message>
        <source>One folder per line; searched recursively for packages</source>
        <translation>Ein Ordner pro Zeile; Pakete werden rekursiv gesucht</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <source>Inputs, passphrases and history</source>
        <translation>Eingaben, Passphrasen und Historie</translation>
    </message>
    <message>
        <source>SQLite file that remembers every scanned package and every verdict; created when missing. The command line&apos;s --history takes the same file.</source>
        <translation>SQLite-Datei, die jedes gescannte Paket und jedes Urteil festhält; wird angelegt, wenn sie fehlt. --history der Kommandozeile nimmt dieselbe Datei.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Historiendatei</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Historien-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Verdicts teach the next run</source>
        <translation>Urteile lehren den nächsten Lauf</translation>
    </message>
    <message>
        <source>Packages judged malicious join the known set of later runs, packages judged benign the background, and new versions of projects judged malicious come first</source>
        <translation>Als bösartig beurteilte Pakete kommen in die bekannte Menge späterer Läufe, als gutartig beurteilte in den Hintergrund, und neue Versionen bösartiger Projekte stehen vorn</translation>
    </message>
    <message>
        <source>Recorded with every verdict; the explanation says &quot;judged by you&quot; for your own</source>
        <translation>Wird mit jedem Urteil gespeichert; die Erklärung sagt bei Ihren eigenen „von Ihnen beurteilt“</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
</context>
<context>
    <name>mph::app::VersionDiffWidget</name>
    <message>
        <source>The script and the files of its package that it runs</source>
        <translation>Das Skript und die Dateien seines Pakets, die es ausführt</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>%1 (new in this version)</source>
        <translation>%1 (neu in dieser Version)</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message numerus="yes">
        <source>+%1 −%2 ~%3 lines, %n change(s)</source>
        <translation>
            <numerusform>+%1 −%2 ~%3 Zeilen, %n Änderung</numerusform>
            <numerusform>+%1 −%2 ~%3 Zeilen, %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (approximate: the files differ too much for an exact diff)</source>
        <translation> (ungefähr: die Dateien unterscheiden sich zu stark für einen genauen Vergleich)</translation>
    </message>
</context>
</TS>
