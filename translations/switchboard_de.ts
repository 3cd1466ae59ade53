<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it cannot be moved to %1</source>
        <translation>es kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>choose the rows to renumber</source>
        <translation>die umzunummerierenden Zeilen wählen</translation>
    </message>
    <message>
        <source>a row to renumber is not in the table</source>
        <translation>eine umzunummerierende Zeile ist nicht in der Tabelle</translation>
    </message>
    <message>
        <source>first number: &apos;%1&apos; is not 1 to 8 digits</source>
        <translation>erste Nummer: „%1“ sind nicht 1 bis 8 Ziffern</translation>
    </message>
    <message>
        <source>step: %1 is not 1 to 1000</source>
        <translation>Schrittweite: %1 liegt nicht zwischen 1 und 1000</translation>
    </message>
    <message>
        <source>renumbering from %1 reaches %2: more than 8 digits</source>
        <translation>Umnummerieren ab %1 erreicht %2: mehr als 8 Ziffern</translation>
    </message>
    <message>
        <source>choose the row to copy from</source>
        <translation>die Zeile wählen, aus der kopiert wird</translation>
    </message>
    <message>
        <source>choose the rows to copy to</source>
        <translation>die Zeilen wählen, in die kopiert wird</translation>
    </message>
    <message>
        <source>choose what to copy</source>
        <translation>wählen, was kopiert wird</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>simulated controller, %1 and %2</source>
        <translation>simulierte Steuerung, %1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Station</numerusform>
            <numerusform>%n Stationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Leitung</numerusform>
            <numerusform>%n Leitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>serial port %1 at %2 baud</source>
        <translation>serielle Schnittstelle %1 mit %2 Baud</translation>
    </message>
    <message>
        <source>USB device %1</source>
        <translation>USB-Gerät %1</translation>
    </message>
    <message>
        <source>stations: %1 is not 2 to 9999</source>
        <translation>Stationen: %1 liegt nicht zwischen 2 und 9999</translation>
    </message>
    <message>
        <source>lines: %1 is not 0 to 16</source>
        <translation>Leitungen: %1 liegt nicht zwischen 0 und 16</translation>
    </message>
    <message>
        <source>serial port: choose one, or type its device (/dev/ttyUSB0)</source>
        <translation>serielle Schnittstelle: eine wählen oder das Gerät eingeben (/dev/ttyUSB0)</translation>
    </message>
    <message>
        <source>rate: %1 baud is not one of 9600 to 921600</source>
        <translation>Geschwindigkeit: %1 Baud ist keine der Raten 9600 bis 921600</translation>
    </message>
    <message>
        <source>USB device: choose one, or type its VID:PID (1209:4b54)</source>
        <translation>USB-Gerät: eines wählen oder VID:PID eingeben (1209:4b54)</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>(bus %1, device %2)</source>
        <translation>(Bus %1, Gerät %2)</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: connection/kind: &apos;%2&apos; is not simulated, serial or usb</source>
        <translation>%1: connection/kind: „%2“ ist nicht simulated, serial oder usb</translation>
    </message>
    <message>
        <source>%1: connection: %2</source>
        <translation>%1: Verbindung: %2</translation>
    </message>
    <message>
        <source>%1: connection/usb: &apos;%2&apos; is not VID:PID (1209:4b54)</source>
        <translation>%1: connection/usb: „%2“ ist nicht VID:PID (1209:4b54)</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is not a number</source>
        <translation>%1: %2: „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>cannot write %1 (%2): the connection is not changed</source>
        <translation>%1 kann nicht geschrieben werden (%2): die Verbindung bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>ExtensionCsv</name>
    <message>
        <source>row 1: the header must be number,name,type,port,receivesCampOnTones,lines</source>
        <translation>Zeile 1: die Kopfzeile muss number,name,type,port,receivesCampOnTones,lines lauten</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: 6 fields expected, %2 found</source>
        <translation>%1: 6 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not keyset, single-line or attendant</source>
        <translation>%1: Art „%2“ ist weder keyset noch single-line noch attendant</translation>
    </message>
    <message>
        <source>%1: port &apos;%2&apos; is not a number</source>
        <translation>%1: Anschluss „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: receivesCampOnTones &apos;%2&apos; is not yes or no</source>
        <translation>%1: receivesCampOnTones „%2“ ist weder yes noch no</translation>
    </message>
    <message>
        <source>%1: line &apos;%2&apos; is not a number</source>
        <translation>%1: Leitung „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>camp-on tones</source>
        <translation>Anklopftöne</translation>
    </message>
    <message>
        <source>ring limit</source>
        <translation>Rufanzahl</translation>
    </message>
    <message>
        <source>guard delay (s)</source>
        <translation>Schutzzeit (s)</translation>
    </message>
    <message>
        <source>expiry (min)</source>
        <translation>Verfallszeit (min)</translation>
    </message>
    <message>
        <source>requests per extension</source>
        <translation>Aufträge je Nebenstelle</translation>
    </message>
    <message>
        <source>requests per caller</source>
        <translation>Aufträge je Anrufer</translation>
    </message>
    <message>
        <source>extension %1 (port %2) removed</source>
        <translation>Nebenstelle %1 (Anschluss %2) entfernt</translation>
    </message>
    <message>
        <source>extension %1 (port %2) added</source>
        <translation>Nebenstelle %1 (Anschluss %2) hinzugefügt</translation>
    </message>
    <message>
        <source>extension %1 (port %2)</source>
        <translation>Nebenstelle %1 (Anschluss %2)</translation>
    </message>
    <message>
        <source>%1: number %2 → %3</source>
        <translation>%1: Nummer %2 → %3</translation>
    </message>
    <message>
        <source>%1: name &apos;%2&apos; → &apos;%3&apos;</source>
        <translation>%1: Name „%2“ → „%3“</translation>
    </message>
    <message>
        <source>%1: type %2 → %3</source>
        <translation>%1: Art %2 → %3</translation>
    </message>
    <message>
        <source>%1: camp-on tones %2 → %3</source>
        <translation>%1: Anklopftöne %2 → %3</translation>
    </message>
    <message>
        <source>%1: lines %2 → %3</source>
        <translation>%1: Leitungen %2 → %3</translation>
    </message>
    <message>
        <source>%1: a quote &quot; opens a field and is never closed</source>
        <translation>%1: ein Anführungszeichen &quot; öffnet ein Feld, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>hold recall (s)</source>
        <translation>Wiederanruf nach Halten (s)</translation>
    </message>
    <message>
        <source>transfer recall (s)</source>
        <translation>Wiederanruf nach Weitervermittlung (s)</translation>
    </message>
    <message>
        <source>history kept (days)</source>
        <translation>Verlauf aufbewahrt (Tage)</translation>
    </message>
    <message>
        <source>history at most (MB)</source>
        <translation>Verlauf höchstens (MB)</translation>
    </message>
</context>
<context>
    <name>InstallerPassword</name>
    <message>
        <source>Programming is locked for %1 s after too many wrong passwords.</source>
        <translation>Die Programmierung ist nach zu vielen falschen Passwörtern für %1 s gesperrt.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>Das neue Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The new password must differ from the factory password and the current one.</source>
        <translation>Das neue Passwort muss sich vom Werkspasswort und vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The password could not be stored (out of memory).</source>
        <translation>Das Passwort konnte nicht gespeichert werden (kein Speicher).</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Runs a key telephone system from this PC. With no transport option it runs on the built-in simulated controller.</source>
        <translation>Betreibt eine Telefonanlage von diesem PC aus. Ohne Verbindungsoption läuft es mit der eingebauten simulierten Steuerung.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Size of the simulated controller (default 32,8).</source>
        <translation>Größe der simulierten Steuerung (Vorgabe 32,8).</translation>
    </message>
    <message>
        <source>STATIONS[,LINES]</source>
        <translation>APPARATE[,LEITUNGEN]</translation>
    </message>
    <message>
        <source>Controller on a serial port (/dev/ttyUSB0, /dev/ttyACM0 …).</source>
        <translation>Steuerung an einer seriellen Schnittstelle (/dev/ttyUSB0, /dev/ttyACM0 …).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>Serial rate, 9600 to 921600 (default 115200).</source>
        <translation>Baudrate, 9600 bis 921600 (Vorgabe 115200).</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <source>Controller on USB; VID:PID in hex (default 1209:4b54).</source>
        <translation>Steuerung an USB; VID:PID hexadezimal (Vorgabe 1209:4b54).</translation>
    </message>
    <message>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <source>The programming file (default: in the user&apos;s configuration directory).</source>
        <translation>Die Programmierdatei (Vorgabe: im Konfigurationsordner des Benutzers).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>No window: call processing only, one line per event.</source>
        <translation>Kein Fenster: nur Vermittlung, eine Zeile je Ereignis.</translation>
    </message>
    <message>
        <source>Interface language (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Run the simulated controller&apos;s ring cadences this many times faster.</source>
        <translation>Die Rufrhythmen der simulierten Steuerung so viel schneller ablaufen lassen.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Ein Bild des Hauptfensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>The view to start in: extensions or supervisor.</source>
        <translation>Die Ansicht beim Start: extensions oder supervisor.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--simulate, --serial and --usb exclude each other: choose one</source>
        <translation>--simulate, --serial und --usb schließen einander aus: bitte eines wählen</translation>
    </message>
    <message>
        <source>--simulate takes STATIONS[,LINES], e.g. 32,8; got &apos;%1&apos;</source>
        <translation>--simulate erwartet APPARATE[,LEITUNGEN], z. B. 32,8; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--simulate: stations must be 2 to 9999; got %1</source>
        <translation>--simulate: 2 bis 9999 Apparate; erhalten: %1</translation>
    </message>
    <message>
        <source>--simulate: lines must be 0 to 16; got %1</source>
        <translation>--simulate: 0 bis 16 Leitungen; erhalten: %1</translation>
    </message>
    <message>
        <source>--serial needs a device, e.g. /dev/ttyUSB0</source>
        <translation>--serial braucht ein Gerät, z. B. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>--baud must be a rate from 9600 to 921600; got &apos;%1&apos;</source>
        <translation>--baud muss eine Rate von 9600 bis 921600 sein; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--baud only applies with --serial</source>
        <translation>--baud gilt nur zusammen mit --serial</translation>
    </message>
    <message>
        <source>--usb takes VID:PID in hex, e.g. 1209:4b54; got &apos;%1&apos;</source>
        <translation>--usb erwartet VID:PID hexadezimal, z. B. 1209:4b54; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--sim-speed must be a factor from 0.1 to 1000; got &apos;%1&apos;</source>
        <translation>--sim-speed muss ein Faktor von 0,1 bis 1000 sein; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--view takes extensions or supervisor; got &apos;%1&apos;</source>
        <translation>--view erwartet extensions oder supervisor; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--screenshot needs the window: leave out --headless</source>
        <translation>--screenshot braucht das Fenster: --headless weglassen</translation>
    </message>
    <message>
        <source>--lang takes a language code such as de or es; got &apos;%1&apos;</source>
        <translation>--lang erwartet einen Sprachcode wie de oder es; erhalten: „%1“</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--config: %1 is %2, not a regular file</source>
        <translation>--config: %1 ist %2, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>--config: %1 is a loop of symbolic links</source>
        <translation>--config: %1 ist eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>--config: %1 is a symbolic link to %2, which does not exist</source>
        <translation>--config: %1 ist ein symbolischer Link auf %2, das es nicht gibt</translation>
    </message>
    <message>
        <source>--config: the folder %1 does not exist</source>
        <translation>--config: den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <source>--config: %1: %2</source>
        <translation>--config: %1: %2</translation>
    </message>
    <message>
        <source>A console of a remote call service: mqtt://HOST[:PORT] or mqtts://HOST[:PORT].</source>
        <translation>Konsole eines entfernten Vermittlungsdienstes: mqtt://HOST[:PORT] oder mqtts://HOST[:PORT].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The console&apos;s user name on the broker.</source>
        <translation>Der Benutzername der Konsole am Broker.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The CA certificate for mqtts://.</source>
        <translation>Das CA-Zertifikat für mqtts://.</translation>
    </message>
    <message>
        <source>The installation&apos;s name on the bus (default office).</source>
        <translation>Der Name der Anlage auf dem Bus (Vorgabe office).</translation>
    </message>
    <message>
        <source>The roles the broker gives this user: reception, supervisor, installer, separated by commas (default reception).</source>
        <translation>Die Rollen, die der Broker diesem Benutzer gibt: reception, supervisor, installer, durch Kommas getrennt (Vorgabe reception).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>--bus: &apos;%1&apos; is not a broker address: %2</source>
        <translation>--bus: „%1“ ist keine Broker-Adresse: %2</translation>
    </message>
    <message>
        <source>--bus needs --user NAME (the console&apos;s user on the broker)</source>
        <translation>--bus braucht --user NAME (den Benutzer der Konsole am Broker)</translation>
    </message>
    <message>
        <source>--bus: the controller and the programming are the call service&apos;s; leave out --simulate, --serial, --usb, --config and --sim-speed</source>
        <translation>--bus: Steuerung und Programmierung gehören zum Vermittlungsdienst; --simulate, --serial, --usb, --config und --sim-speed weglassen</translation>
    </message>
    <message>
        <source>--bus needs the window: leave out --headless</source>
        <translation>--bus braucht das Fenster: --headless weglassen</translation>
    </message>
    <message>
        <source>--system takes 1 to 32 of a-z, 0-9 and -; got &apos;%1&apos;</source>
        <translation>--system erwartet 1 bis 32 Zeichen aus a-z, 0-9 und -; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--%1 needs --bus URL</source>
        <translation>--%1 braucht --bus URL</translation>
    </message>
</context>
<context>
    <name>Programming</name>
    <message>
        <source>Attendant</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>extension %1 (row %2)</source>
        <translation>Nebenstelle %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: number must be 1 to 8 digits</source>
        <translation>%1: die Nummer muss 1 bis 8 Ziffern haben</translation>
    </message>
    <message>
        <source>%1: number clashes with the line code 9</source>
        <translation>%1: die Nummer kollidiert mit der Amtskennziffer 9</translation>
    </message>
    <message>
        <source>%1: number is used twice</source>
        <translation>%1: die Nummer ist doppelt vergeben</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range</source>
        <translation>%1: Anschluss %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: port %2 is used twice</source>
        <translation>%1: Anschluss %2 ist doppelt vergeben</translation>
    </message>
    <message>
        <source>%1: line %2 is out of range</source>
        <translation>%1: Leitung %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: number %2 is the start of %3 (%4)</source>
        <translation>%1: die Nummer %2 ist der Anfang von %3 (%4)</translation>
    </message>
    <message>
        <source>ring limit must be 1 to 15</source>
        <translation>die Rufanzahl muss 1 bis 15 sein</translation>
    </message>
    <message>
        <source>guard delay must be 0 to 60 s</source>
        <translation>die Schutzzeit muss 0 bis 60 s sein</translation>
    </message>
    <message>
        <source>expiry must not be negative</source>
        <translation>die Verfallszeit darf nicht negativ sein</translation>
    </message>
    <message>
        <source>requests per extension must be 1 to 1000</source>
        <translation>Aufträge je Nebenstelle: 1 bis 1000</translation>
    </message>
    <message>
        <source>requests per caller must be 1 to 1000</source>
        <translation>Aufträge je Anrufer: 1 bis 1000</translation>
    </message>
    <message>
        <source>%1: type: port 1 is the attendant position and takes a keyset, not a single-line set</source>
        <translation>%1: Typ: Port 1 ist der Vermittlungsplatz und braucht ein Systemtelefon, kein Einzeltelefon</translation>
    </message>
    <message>
        <source>type: no extension is the attendant; give one keyset the type attendant</source>
        <translation>Typ: keine Nebenstelle ist die Vermittlung; einem Systemtelefon den Typ Vermittlung geben</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a text-direction control</source>
        <translation>ein Steuerzeichen der Schreibrichtung</translation>
    </message>
    <message>
        <source>name: character %1 (U+%2) is %3, which a name may not hold</source>
        <translation>Name: Zeichen %1 (U+%2) ist %3, das in einem Namen nicht stehen darf</translation>
    </message>
    <message>
        <source>extensions: the table is empty, so no phone would work; keep at least the attendant</source>
        <translation>Nebenstellen: die Tabelle ist leer, so würde kein Telefon funktionieren; mindestens die Vermittlung behalten</translation>
    </message>
    <message>
        <source>%1: port %2 is beyond the controller&apos;s stations (it has %3)</source>
        <translation>%1: Anschluss %2 liegt jenseits der Apparate der Steuerung (sie hat %3)</translation>
    </message>
    <message>
        <source>%1: line %2 is beyond the controller&apos;s lines (it has %3)</source>
        <translation>%1: Leitung %2 liegt jenseits der Leitungen der Steuerung (sie hat %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hold recall time must be 10 to 600 s</source>
        <translation>die Wiederanrufzeit nach Halten muss 10 bis 600 s betragen</translation>
    </message>
    <message>
        <source>transfer recall time must be 10 to 300 s</source>
        <translation>die Wiederanrufzeit nach Weitervermittlung muss 10 bis 300 s betragen</translation>
    </message>
</context>
<context>
    <name>ProgrammingFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation>die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>format: not a Switchboard programming file</source>
        <translation>format: keine Switchboard-Programmierdatei</translation>
    </message>
    <message>
        <source>version: %1 is not a version this program reads (it reads %2)</source>
        <translation>version: %1 kann dieses Programm nicht lesen (es liest %2)</translation>
    </message>
    <message>
        <source>%1.type: &apos;%2&apos; is not keyset, single-line or attendant</source>
        <translation>%1.type: „%2“ ist weder keyset noch single-line noch attendant</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>den Text „%1“</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>eine Liste [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>ein Objekt { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1%2: unknown key, ignored (did you mean %3?)</source>
        <translation>%1%2: unbekannter Schlüssel, übergangen (war %3 gemeint?)</translation>
    </message>
    <message>
        <source>%1%2: unknown key, ignored</source>
        <translation>%1%2: unbekannter Schlüssel, übergangen</translation>
    </message>
    <message>
        <source>version: missing (this program reads %1)</source>
        <translation>version: fehlt (dieses Programm liest %1)</translation>
    </message>
    <message>
        <source>version: must be the number %1; found %2</source>
        <translation>version: muss die Zahl %1 sein; gefunden: %2</translation>
    </message>
    <message>
        <source>options: must be an object { … }; found %1</source>
        <translation>options: muss ein Objekt { … } sein; gefunden: %1</translation>
    </message>
    <message>
        <source>options.%1: must be true or false; found %2</source>
        <translation>options.%1: muss true oder false sein; gefunden: %2</translation>
    </message>
    <message>
        <source>options.%1: must be a whole number from %2 to %3; found %4</source>
        <translation>options.%1: muss eine ganze Zahl von %2 bis %3 sein; gefunden: %4</translation>
    </message>
    <message>
        <source>options.%1: must be a number from %2 to %3; found %4</source>
        <translation>options.%1: muss eine Zahl von %2 bis %3 sein; gefunden: %4</translation>
    </message>
    <message>
        <source>extensions: must be a list [ … ]; found %1</source>
        <translation>extensions: muss eine Liste [ … ] sein; gefunden: %1</translation>
    </message>
    <message>
        <source>%1: must be an object { … }; found %2</source>
        <translation>%1: muss ein Objekt { … } sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.port: must be a whole number from 1 to 65535; found %2</source>
        <translation>%1.port: muss eine ganze Zahl von 1 bis 65535 sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.number: must be digits in quotes (&quot;104&quot;); found %2</source>
        <translation>%1.number: müssen Ziffern in Anführungszeichen sein (&quot;104&quot;); gefunden: %2</translation>
    </message>
    <message>
        <source>%1.name: must be text in quotes; found %2</source>
        <translation>%1.name: muss Text in Anführungszeichen sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.type: must be &quot;keyset&quot;, &quot;single-line&quot; or &quot;attendant&quot;; found %2</source>
        <translation>%1.type: muss &quot;keyset&quot;, &quot;single-line&quot; oder &quot;attendant&quot; sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.receivesCampOnTones: must be true or false; found %2</source>
        <translation>%1.receivesCampOnTones: muss true oder false sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.lines: must be a list of line numbers [1, 2]; found %2</source>
        <translation>%1.lines: muss eine Liste von Leitungsnummern [1, 2] sein; gefunden: %2</translation>
    </message>
    <message>
        <source>%1.lines: %2 is not a line number (a whole number from 1)</source>
        <translation>%1.lines: %2 ist keine Leitungsnummer (eine ganze Zahl ab 1)</translation>
    </message>
</context>
<context>
    <name>ProgrammingService</name>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is not in the INI format</source>
        <translation>sie ist nicht im INI-Format</translation>
    </message>
    <message>
        <source>installer/hash is cut short or is not an Argon2id hash</source>
        <translation>installer/hash ist abgeschnitten oder kein Argon2id-Hash</translation>
    </message>
    <message>
        <source>installer/hash is missing</source>
        <translation>installer/hash fehlt</translation>
    </message>
    <message>
        <source>The installer&apos;s password file %1 is damaged: %2. Programming stays locked. Restore the file from a backup, or delete it to go back to the factory password (to be changed at once; the kept connection goes with it).</source>
        <translation>Die Passwortdatei des Installateurs %1 ist beschädigt: %2. Die Programmierung bleibt gesperrt. Die Datei aus einer Sicherung wiederherstellen oder löschen, um zum Werkspasswort zurückzukehren (das sofort zu ändern ist; die gespeicherte Verbindung geht dabei verloren).</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
    <message>
        <source>The password is not changed: %1. The old password stays in force.</source>
        <translation>Das Passwort ist nicht geändert: %1. Das alte Passwort bleibt gültig.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammingStore</name>
    <message>
        <source>The programming file %1 does not load (%2); running on its backup %3.</source>
        <translation>Die Programmierdatei %1 lässt sich nicht laden (%2); es gilt ihre Sicherung %3.</translation>
    </message>
    <message>
        <source>The programming file %1 does not load (%2) and there is no good backup; running on the factory defaults until it is saved again.</source>
        <translation>Die Programmierdatei %1 lässt sich nicht laden (%2) und es gibt keine gute Sicherung; es gilt die Werkseinstellung, bis wieder gespeichert wird.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Change the factory password before applying a change.</source>
        <translation>Vor dem Übernehmen einer Änderung das Werkspasswort ändern.</translation>
    </message>
    <message>
        <source>connection: %1 → %2</source>
        <translation>Verbindung: %1 → %2</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>the service&apos;s report is not one this console can read</source>
        <translation>der Bericht des Dienstes ist keiner, den diese Konsole lesen kann</translation>
    </message>
    <message>
        <source>the service&apos;s history is not one this console can read</source>
        <translation>der Verlauf des Dienstes ist keiner, den diese Konsole lesen kann</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>callbacks left</source>
        <translation>Rückrufe hinterlassen</translation>
    </message>
    <message>
        <source>callbacks completed</source>
        <translation>Rückrufe erledigt</translation>
    </message>
    <message>
        <source>callbacks abandoned</source>
        <translation>Rückrufe aufgegeben</translation>
    </message>
    <message>
        <source>callbacks not answered</source>
        <translation>Rückrufe nicht angenommen</translation>
    </message>
    <message>
        <source>callbacks cleared</source>
        <translation>Rückrufe gelöscht</translation>
    </message>
    <message>
        <source>callbacks expired</source>
        <translation>Rückrufe abgelaufen</translation>
    </message>
    <message>
        <source>callbacks reset</source>
        <translation>Rückrufe zurückgesetzt</translation>
    </message>
    <message>
        <source>callbacks disabled</source>
        <translation>Rückrufe ausgeschaltet</translation>
    </message>
    <message>
        <source>completion rate (%)</source>
        <translation>Erledigungsquote (%)</translation>
    </message>
    <message>
        <source>median, left to completed (s)</source>
        <translation>Median, hinterlassen bis erledigt (s)</translation>
    </message>
    <message>
        <source>90th percentile, left to completed (s)</source>
        <translation>90. Perzentil, hinterlassen bis erledigt (s)</translation>
    </message>
    <message>
        <source>outside calls rang</source>
        <translation>Amtsanrufe geklingelt</translation>
    </message>
    <message>
        <source>outside calls answered</source>
        <translation>Amtsanrufe angenommen</translation>
    </message>
    <message>
        <source>outside calls abandoned while ringing</source>
        <translation>Amtsanrufe aufgegeben beim Klingeln</translation>
    </message>
    <message>
        <source>median time to answer (s)</source>
        <translation>Median bis zur Annahme (s)</translation>
    </message>
    <message>
        <source>90th percentile time to answer (s)</source>
        <translation>90. Perzentil bis zur Annahme (s)</translation>
    </message>
    <message>
        <source>outside calls transferred</source>
        <translation>Amtsanrufe weitergeleitet</translation>
    </message>
    <message>
        <source>outside calls recalled</source>
        <translation>Amtsanrufe zurückgekommen</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>left at</source>
        <translation>hinterlassen um</translation>
    </message>
    <message>
        <source>served at</source>
        <translation>bedient um</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>beendet um</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Busiest targets</source>
        <translation>Meistgefragte Ziele</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>No callbacks for an extension in this period.</source>
        <translation>Keine Rückrufe für eine Nebenstelle in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Week %1, %2 – %3</source>
        <translation>Woche %1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings could not be written</source>
        <translation>die Einstellungen konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the settings could not be written (%1)</source>
        <translation>die Einstellungen konnten nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>“%1” is not a system name: 1 to 32 characters of a-z, 0-9 and -</source>
        <translation>„%1“ ist kein Systemname: 1 bis 32 Zeichen aus a-z, 0-9 und -</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password is not remembered (no desktop keyring: %1); it is asked at the next start.</source>
        <translation>Das Passwort wird nicht gespeichert (kein Schlüsselbund der Arbeitsumgebung: %1); es wird beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 an %2:</translation>
    </message>
    <message>
        <source>Switchboard: log in to the call service</source>
        <translation>Switchboard: am Vermittlungsdienst anmelden</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>Der Broker hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>sb::bus::BusUrl</name>
    <message>
        <source>“%1” is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
        <translation>„%1“ ist keine Broker-Adresse: mqtt://HOST[:PORT] oder mqtts://HOST[:PORT] angeben</translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use mqtt:// or mqtts://</source>
        <translation>unbekanntes Schema „%1“: mqtt:// oder mqtts:// verwenden</translation>
    </message>
    <message>
        <source>a query (“%1”) has no place in a broker address</source>
        <translation>eine Abfrage („%1“) gehört nicht in eine Broker-Adresse</translation>
    </message>
    <message>
        <source>a fragment (“%1”) has no place in a broker address</source>
        <translation>ein Fragment („%1“) gehört nicht in eine Broker-Adresse</translation>
    </message>
    <message>
        <source>a path (“%1”) has no place in a broker address</source>
        <translation>ein Pfad („%1“) gehört nicht in eine Broker-Adresse</translation>
    </message>
    <message>
        <source>a user name or password has no place in a broker address: they are set separately</source>
        <translation>Benutzername und Passwort gehören nicht in eine Broker-Adresse: sie werden getrennt angegeben</translation>
    </message>
    <message>
        <source>the IPv6 address in “%1” lacks its closing ]</source>
        <translation>der IPv6-Adresse in „%1“ fehlt die schließende ]</translation>
    </message>
    <message>
        <source>“%1” after the IPv6 address is not a port</source>
        <translation>„%1“ nach der IPv6-Adresse ist kein Port</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>the host is missing: write mqtt://HOST[:PORT]</source>
        <translation>der Host fehlt: mqtt://HOST[:PORT] angeben</translation>
    </message>
    <message>
        <source>“%1” is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
</context>
<context>
    <name>sb::bus::MqttClient</name>
    <message>
        <source>no answer from the broker</source>
        <translation>keine Antwort vom Broker</translation>
    </message>
    <message>
        <source>cannot find the host %1: %2</source>
        <translation>der Host %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not connected to the broker</source>
        <translation>nicht mit dem Broker verbunden</translation>
    </message>
    <message>
        <source>refused by the broker: %1</source>
        <translation>vom Broker abgelehnt: %1</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
</context>
<context>
    <name>sb::client::BusClient</name>
    <message>
        <source>The console was disconnected.</source>
        <translation>Die Verbindung der Konsole wurde getrennt.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>The command could not be sent: %1</source>
        <translation>Der Befehl konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The broker refused the command: user %1 may not send %2 commands.</source>
        <translation>Der Broker hat den Befehl abgelehnt: Benutzer %1 darf keine %2-Befehle senden.</translation>
    </message>
    <message>
        <source>The call service is offline.</source>
        <translation>Der Vermittlungsdienst ist offline.</translation>
    </message>
    <message>
        <source>The connection to the broker was lost; the command may or may not have been carried out.</source>
        <translation>Die Verbindung zum Broker ist abgebrochen; ob der Befehl ausgeführt wurde, ist ungewiss.</translation>
    </message>
    <message>
        <source>The broker refused the command (reason code 0x%1).</source>
        <translation>Der Broker hat den Befehl abgelehnt (Ursachencode 0x%1).</translation>
    </message>
</context>
<context>
    <name>sb::client::Client</name>
    <message>
        <source>This console does not hold the role %1.</source>
        <translation>Diese Konsole hat die Rolle %1 nicht.</translation>
    </message>
    <message>
        <source>The call service cannot be reached.</source>
        <translation>Der Vermittlungsdienst ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>sb::client::CommandOperation</name>
    <message>
        <source>The service did not answer within %1 s.</source>
        <translation>Der Dienst hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>sb::client::InProcessClient</name>
    <message>
        <source>The call service has stopped.</source>
        <translation>Der Vermittlungsdienst wurde beendet.</translation>
    </message>
    <message>
        <source>in-process</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>The call service is not running.</source>
        <translation>Der Vermittlungsdienst läuft nicht.</translation>
    </message>
</context>
<context>
    <name>sb::client::Roles</name>
    <message>
        <source>unknown role &quot;%1&quot; (reception, supervisor or installer)</source>
        <translation>unbekannte Rolle „%1“ (reception, supervisor oder installer)</translation>
    </message>
    <message>
        <source>no role given (reception, supervisor or installer)</source>
        <translation>keine Rolle angegeben (reception, supervisor oder installer)</translation>
    </message>
</context>
<context>
    <name>sb::hal::ControllerLink</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>wird geöffnet</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>synchronising</source>
        <translation>gleicht ab</translation>
    </message>
    <message>
        <source>up</source>
        <translation>steht</translation>
    </message>
    <message>
        <source>link down: %1</source>
        <translation>Verbindung unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>sb::hal::InProcessTransport</name>
    <message>
        <source>simulated controller (%1, %2)</source>
        <translation>simulierte Steuerung (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Apparat</numerusform>
            <numerusform>%n Apparate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Leitung</numerusform>
            <numerusform>%n Leitungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::hal::SerialTransport</name>
    <message>
        <source>%1 at %2 baud</source>
        <translation>%1 mit %2 Baud</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>the device was unplugged or closed</source>
        <translation>das Gerät wurde abgezogen oder geschlossen</translation>
    </message>
    <message>
        <source>reading failed: the device was unplugged or closed</source>
        <translation>Lesen fehlgeschlagen: das Gerät wurde abgezogen oder geschlossen</translation>
    </message>
    <message>
        <source>writing failed: the device was unplugged or closed</source>
        <translation>Schreiben fehlgeschlagen: das Gerät wurde abgezogen oder geschlossen</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation>%1 verloren: %2</translation>
    </message>
</context>
<context>
    <name>sb::hal::SimulatorRunner</name>
    <message>
        <source>power takes on or off</source>
        <translation>power erwartet on oder off</translation>
    </message>
    <message>
        <source>say &apos;%1 line N&apos;</source>
        <translation>bitte „%1 line N“</translation>
    </message>
    <message>
        <source>line %1 cannot do that now</source>
        <translation>Leitung %1 kann das jetzt nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a station number</source>
        <translation>„%1“ braucht eine Apparatnummer</translation>
    </message>
    <message>
        <source>dial takes digits 0-9, * and #</source>
        <translation>dial erwartet Ziffern 0-9, * und #</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Handlung „%1“</translation>
    </message>
    <message>
        <source>station %1 cannot do that now</source>
        <translation>Apparat %1 kann das jetzt nicht</translation>
    </message>
    <message>
        <source>keys are CALLBACK, CLEAR, DND, FLASH, HOLD, TRANSFER, LINE1 to LINE16</source>
        <translation>Tasten sind CALLBACK, CLEAR, DND, FLASH, HOLD, TRANSFER, LINE1 bis LINE16</translation>
    </message>
</context>
<context>
    <name>sb::hal::UsbTransport</name>
    <message>
        <source>USB is not available: %1</source>
        <translation>USB ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>USB %1:%2</source>
        <translation>USB %1:%2</translation>
    </message>
    <message>
        <source>%1 was unplugged</source>
        <translation>%1 wurde ausgesteckt</translation>
    </message>
    <message>
        <source>no USB device %1 is present</source>
        <translation>kein USB-Gerät %1 vorhanden</translation>
    </message>
    <message>
        <source>cannot open %1: %2%3</source>
        <translation>%1 lässt sich nicht öffnen: %2%3</translation>
    </message>
    <message>
        <source> (install the udev rule, see README)</source>
        <translation> (udev-Regel installieren, siehe README)</translation>
    </message>
    <message>
        <source>cannot claim interface %1 of %2: %3</source>
        <translation>Schnittstelle %1 von %2 nicht verfügbar: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: read failed</source>
        <translation>%1: Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: write failed</source>
        <translation>%1: Schreiben fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sb::service::Runtime</name>
    <message>
        <source>controller %1, firmware %2.%3, boot_id %4</source>
        <translation>Steuerung %1, Firmware %2.%3, boot_id %4</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>link %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>switchboard %1 on %2</source>
        <translation>Switchboard %1 mit %2</translation>
    </message>
    <message>
        <source>The programming does not fit this controller (%1 stations, %2 lines): %3; running on the factory defaults until a programming that fits is applied. The programming file is left as it is.</source>
        <translation>Die Programmierung passt nicht zu dieser Steuerung (%1 Apparate, %2 Leitungen): %3; es gelten die Werkseinstellungen, bis eine passende Programmierung übernommen wird. Die Programmierdatei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation> … (insgesamt %1)</translation>
    </message>
    <message>
        <source>the line group</source>
        <translation>die Amtsleitungen</translation>
    </message>
    <message>
        <source>request %1 left: %2 waits for %3 (position %4)</source>
        <translation>Auftrag %1 hinterlegt: %2 wartet auf %3 (Platz %4)</translation>
    </message>
    <message>
        <source>request %1 ended: %2</source>
        <translation>Auftrag %1 beendet: %2</translation>
    </message>
    <message>
        <source>the controller was reset: every request is cancelled</source>
        <translation>die Steuerung wurde neu gestartet: alle Aufträge sind abgebrochen</translation>
    </message>
    <message>
        <source>request %1 left: line %2, transferred by %3, waits for %4 (position %5)</source>
        <translation>Auftrag %1 hinterlegt: Leitung %2, weitervermittelt von %3, wartet auf %4 (Platz %5)</translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Programming changes</source>
        <translation>Programmieränderungen</translation>
    </message>
    <message>
        <source>The programming changes cannot be shown: %1</source>
        <translation>Die Programmieränderungen können nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the audit log could not be read.</source>
        <translation>
            <numerusform>%n beschädigte Zeile des Änderungsprotokolls konnte nicht gelesen werden.</numerusform>
            <numerusform>%n beschädigte Zeilen des Änderungsprotokolls konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CommandFeedback</name>
    <message>
        <source>your role does not allow this</source>
        <translation>Ihre Rolle erlaubt das nicht</translation>
    </message>
    <message>
        <source>no such extension or request</source>
        <translation>diese Nebenstelle oder diesen Auftrag gibt es nicht</translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation>jetzt nicht möglich</translation>
    </message>
    <message>
        <source>someone else changed it first</source>
        <translation>jemand anderes hat es zuvor geändert</translation>
    </message>
    <message>
        <source>the call service did not answer in time</source>
        <translation>der Vermittlungsdienst hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>not connected to the call service</source>
        <translation>nicht mit dem Vermittlungsdienst verbunden</translation>
    </message>
    <message>
        <source>the broker refused it: this user may not send it</source>
        <translation>der Broker hat es abgelehnt: dieser Benutzer darf es nicht senden</translation>
    </message>
    <message>
        <source>this console does not hold the role needed</source>
        <translation>diese Konsole hat die nötige Rolle nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>Errichter</translation>
    </message>
    <message>
        <source>Needs the %1 role, which this console does not hold.</source>
        <translation>Erfordert die Rolle %1, die diese Konsole nicht hat.</translation>
    </message>
</context>
<context>
    <name>sb::ui::DetailsPane</name>
    <message>
        <source>Clear its &amp;callbacks</source>
        <translation>&amp;Rückrufe löschen</translation>
    </message>
    <message>
        <source>Clear its for&amp;warding</source>
        <translation>&amp;Umleitung löschen</translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation>Auftrag strei&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>Nic&amp;ht stören</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Callers waiting for this extension, first in line first</source>
        <translation>Anrufer, die auf diese Nebenstelle warten, der erste zuerst</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Callbacks this extension has left</source>
        <translation>Rückrufe, die diese Nebenstelle hinterlegt hat</translation>
    </message>
    <message>
        <source>Cancel every callback this extension has left (as its CLEAR key, choice 1)</source>
        <translation>Alle Rückrufe dieser Nebenstelle löschen (wie ihre CLEAR-Taste, Wahl 1)</translation>
    </message>
    <message>
        <source>Stop forwarding this extension&apos;s calls (as its CLEAR key, choice 2)</source>
        <translation>Die Umleitung dieser Nebenstelle aufheben (wie ihre CLEAR-Taste, Wahl 2)</translation>
    </message>
    <message>
        <source>Cancel the request selected in either list (Delete)</source>
        <translation>Den in einer der Listen gewählten Auftrag abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Do not disturb: callers hear the DND tone and cannot leave callbacks here (undo: Ctrl+Z)</source>
        <translation>Nicht stören: Anrufer hören den Ruhe-Ton und können hier keinen Rückruf hinterlegen (rückgängig: Strg+Z)</translation>
    </message>
    <message>
        <source>extension number</source>
        <translation>Nebenstellennummer</translation>
    </message>
    <message>
        <source>Forward all calls of this extension to the number given (undo: Ctrl+Z)</source>
        <translation>Alle Anrufe dieser Nebenstelle zur angegebenen Nummer umleiten (rückgängig: Strg+Z)</translation>
    </message>
    <message>
        <source>Waiting for this extension (first in line first)</source>
        <translation>Warten auf diese Nebenstelle (der erste zuerst)</translation>
    </message>
    <message>
        <source>Callbacks it has left</source>
        <translation>Hinterlegte Rückrufe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Umleiten zu:</translation>
    </message>
    <message>
        <source>the line group</source>
        <translation>die Amtsleitungen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>suspended (caller busy)</source>
        <translation>zurückgestellt (Anrufer besetzt)</translation>
    </message>
    <message>
        <source>calling the caller back</source>
        <translation>ruft den Anrufer zurück</translation>
    </message>
    <message>
        <source>ringing this extension</source>
        <translation>klingelt bei dieser Nebenstelle</translation>
    </message>
    <message>
        <source>camped on (off-hook)</source>
        <translation>wartet abgehoben (Anklopfen)</translation>
    </message>
    <message>
        <source>No extension selected</source>
        <translation>Keine Nebenstelle gewählt</translation>
    </message>
    <message>
        <source>Choose an extension in the grid (arrow keys, or type its number).</source>
        <translation>Eine Nebenstelle im Raster wählen (Pfeiltasten oder ihre Nummer tippen).</translation>
    </message>
    <message>
        <source>End &amp;do not disturb</source>
        <translation>Nic&amp;ht stören beenden</translation>
    </message>
    <message>
        <source>Callbacks left by %1 cleared</source>
        <translation>Rückrufe von %1 gelöscht</translation>
    </message>
    <message>
        <source>clear forwarding of %1</source>
        <translation>Umleitung von %1 löschen</translation>
    </message>
    <message>
        <source>Forwarding of %1 cleared (Ctrl+Z undoes)</source>
        <translation>Umleitung von %1 gelöscht (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Request of %1 for %2 cancelled</source>
        <translation>Auftrag von %1 für %2 abgebrochen</translation>
    </message>
    <message>
        <source>end do not disturb at %1</source>
        <translation>Nicht stören bei %1 beenden</translation>
    </message>
    <message>
        <source>do not disturb at %1</source>
        <translation>Nicht stören bei %1</translation>
    </message>
    <message>
        <source>%1: do not disturb ended</source>
        <translation>%1: Nicht stören beendet</translation>
    </message>
    <message>
        <source>%1: do not disturb (Ctrl+Z undoes)</source>
        <translation>%1: Nicht stören (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>%1 cannot forward to itself</source>
        <translation>%1 kann nicht zu sich selbst umleiten</translation>
    </message>
    <message>
        <source>forward %1 to %2</source>
        <translation>%1 zu %2 umleiten</translation>
    </message>
    <message>
        <source>%1 now forwards to %2 (Ctrl+Z undoes)</source>
        <translation>%1 leitet jetzt zu %2 um (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>U&amp;mleiten</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request %1 left for %2?
This cannot be undone: %1 would have to leave it again and would lose its place.</source>
        <translation>Den Auftrag von %1 für %2 abbrechen?
Das lässt sich nicht rückgängig machen: %1 müsste ihn neu hinterlegen und verlöre seinen Platz.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The request of %1 for %2 had already ended</source>
        <translation>Der Auftrag von %1 für %2 war schon beendet</translation>
    </message>
    <message>
        <source>Choose the request to cancel (arrow keys), then press Delete again</source>
        <translation>Den abzubrechenden Auftrag wählen (Pfeiltasten), dann erneut Entf drücken</translation>
    </message>
    <message>
        <source>Type the number to forward %1 to</source>
        <translation>Die Nummer eingeben, auf die %1 umgeleitet wird</translation>
    </message>
    <message>
        <source>%1 already forwards to %2</source>
        <translation>%1 ist schon auf %2 umgeleitet</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>Letzte Ablehnung</translation>
    </message>
    <message>
        <source>Not current: %1. The last state known was: %2</source>
        <translation>Nicht aktuell: %1. Zuletzt bekannter Zustand: %2</translation>
    </message>
    <message>
        <source>Waiting for the call service: %1…</source>
        <translation>Warte auf den Vermittlungsdienst: %1…</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>clear the callbacks of %1</source>
        <translation>Rückrufe von %1 löschen</translation>
    </message>
    <message>
        <source>cancel the request of %1 for %2</source>
        <translation>Auftrag von %1 für %2 abbrechen</translation>
    </message>
    <message>
        <source>Transfer here</source>
        <translation>Hierher weitervermitteln</translation>
    </message>
    <message>
        <source>&amp;Transfer the attendant&apos;s call here</source>
        <translation>Anruf der Vermittlung hierher weiter&amp;vermitteln</translation>
    </message>
    <message>
        <source>Transfer the attendant&apos;s outside call to this extension (Ctrl+T; or drag the call onto its tile)</source>
        <translation>Das Amtsgespräch der Vermittlung an diese Nebenstelle weitervermitteln (Strg+T; oder den Anruf auf ihre Kachel ziehen)</translation>
    </message>
    <message>
        <source>line %1 transferred here, waiting</source>
        <translation>Leitung %1 hierher weitervermittelt, wartet</translation>
    </message>
    <message>
        <source>line %1 (from %2)</source>
        <translation>Leitung %1 (von %2)</translation>
    </message>
    <message>
        <source>Transfer line %1 to %2</source>
        <translation>Leitung %1 an %2 weitervermitteln</translation>
    </message>
    <message>
        <source>transfer line %1 to %2</source>
        <translation>Leitung %1 an %2 weitervermitteln</translation>
    </message>
    <message>
        <source>transfer the attendant&apos;s call to %1</source>
        <translation>Anruf der Vermittlung an %1 weitervermitteln</translation>
    </message>
    <message>
        <source>Line %1 transferred to %2</source>
        <translation>Leitung %1 an %2 weitervermittelt</translation>
    </message>
    <message>
        <source>Call transferred to %1</source>
        <translation>Anruf an %1 weitervermittelt</translation>
    </message>
    <message>
        <source>recalling elsewhere (see Outside lines)</source>
        <translation>Wiederanruf anderswo (siehe Amtsleitungen)</translation>
    </message>
</context>
<context>
    <name>sb::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verfallen</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>Wiederanruf</translation>
    </message>
    <message>
        <source>the controller was reset: every request is cancelled</source>
        <translation>die Steuerung wurde neu gestartet: alle Aufträge sind abgebrochen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>clear callbacks</source>
        <translation>Rückrufe löschen</translation>
    </message>
    <message>
        <source>clear forwarding</source>
        <translation>Umleitung löschen</translation>
    </message>
    <message>
        <source>set do not disturb</source>
        <translation>Nicht stören setzen</translation>
    </message>
    <message>
        <source>set forwarding</source>
        <translation>Umleitung setzen</translation>
    </message>
    <message>
        <source>transfer the attendant&apos;s call</source>
        <translation>den Anruf der Vermittlung weiterleiten</translation>
    </message>
    <message>
        <source>send a line to the attendant</source>
        <translation>eine Leitung zur Vermittlung schicken</translation>
    </message>
    <message>
        <source>cancel a request</source>
        <translation>einen Auftrag abbrechen</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>den Verlauf lesen</translation>
    </message>
    <message>
        <source>make a report</source>
        <translation>einen Bericht erstellen</translation>
    </message>
    <message>
        <source>apply programming</source>
        <translation>Programmierung übernehmen</translation>
    </message>
    <message>
        <source>change the controller connection</source>
        <translation>die Verbindung zur Steuerung ändern</translation>
    </message>
    <message>
        <source>read the programming changes</source>
        <translation>die Programmierungsänderungen lesen</translation>
    </message>
    <message>
        <source>%1 transferred an outside call to %2</source>
        <translation>%1 hat einen Amtsanruf zu %2 weitergeleitet</translation>
    </message>
    <message>
        <source>%1 left a callback for a free outside line</source>
        <translation>%1 hat einen Rückruf für eine freie Amtsleitung hinterlassen</translation>
    </message>
    <message>
        <source>%1 left a callback for %2</source>
        <translation>%1 hat einen Rückruf für %2 hinterlassen</translation>
    </message>
    <message>
        <source>the outside call transferred by %1 rings at %2</source>
        <translation>der von %1 weitergeleitete Amtsanruf klingelt bei %2</translation>
    </message>
    <message>
        <source>an outside line is free: the callback of %1 rings</source>
        <translation>eine Amtsleitung ist frei: der Rückruf von %1 klingelt</translation>
    </message>
    <message>
        <source>%2 is free: the callback of %1 rings</source>
        <translation>%2 ist frei: der Rückruf von %1 klingelt</translation>
    </message>
    <message>
        <source>%2 answered the outside call transferred by %1</source>
        <translation>%2 hat den von %1 weitergeleiteten Amtsanruf angenommen</translation>
    </message>
    <message>
        <source>%2 did not answer the outside call transferred by %1: it returns</source>
        <translation>%2 hat den von %1 weitergeleiteten Amtsanruf nicht angenommen: er kommt zurück</translation>
    </message>
    <message>
        <source>the outside caller transferred to %2 hung up</source>
        <translation>der zu %2 weitergeleitete Amtsanrufer hat aufgelegt</translation>
    </message>
    <message>
        <source>the outside call transferred by %1 to %2 ended: %3</source>
        <translation>der von %1 zu %2 weitergeleitete Amtsanruf ist beendet: %3</translation>
    </message>
    <message>
        <source>%1 got an outside line: callback completed</source>
        <translation>%1 hat eine Amtsleitung bekommen: Rückruf erledigt</translation>
    </message>
    <message>
        <source>%1 and %2 are talking: callback completed</source>
        <translation>%1 und %2 sprechen miteinander: Rückruf erledigt</translation>
    </message>
    <message>
        <source>the callback of %1 for an outside line ended: %2</source>
        <translation>der Rückruf von %1 für eine Amtsleitung ist beendet: %2</translation>
    </message>
    <message>
        <source>the callback of %1 for %2 ended: %3</source>
        <translation>der Rückruf von %1 für %2 ist beendet: %3</translation>
    </message>
    <message>
        <source>%1 is on do not disturb</source>
        <translation>%1 ist auf Nicht stören</translation>
    </message>
    <message>
        <source>%1 is no longer on do not disturb</source>
        <translation>%1 ist nicht mehr auf Nicht stören</translation>
    </message>
    <message>
        <source>%1 forwards calls to %2</source>
        <translation>%1 leitet Anrufe zu %2 um</translation>
    </message>
    <message>
        <source>%1 no longer forwards calls</source>
        <translation>%1 leitet Anrufe nicht mehr um</translation>
    </message>
    <message>
        <source>the controller link is up</source>
        <translation>die Verbindung zur Steuerung steht</translation>
    </message>
    <message>
        <source>the controller link is down</source>
        <translation>die Verbindung zur Steuerung ist unterbrochen</translation>
    </message>
    <message>
        <source>%1 applied programming (revision %2)</source>
        <translation>%1 hat Programmierung übernommen (Revision %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, refused: %3</source>
        <translation>%1: %2, abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionDelegate</name>
    <message>
        <source>camp-on</source>
        <translation>Anklopfen</translation>
    </message>
    <message>
        <source>%1, first %2</source>
        <translation>%1, zuerst %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>hinterlegt %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>line %1 waiting</source>
        <translation>Leitung %1 wartet</translation>
    </message>
    <message>
        <source>lines %1 waiting</source>
        <translation>Leitungen %1 warten</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionFilter</name>
    <message>
        <source>All extensions</source>
        <translation>Alle Nebenstellen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation>Anrufer warten</translation>
    </message>
    <message>
        <source>DND or forwarded</source>
        <translation>Nicht stören oder umgeleitet</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionModel</name>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>off-hook</source>
        <translation>abgehoben</translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation>ruft %1</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>ruft</translation>
    </message>
    <message>
        <source>hears busy</source>
        <translation>hört besetzt</translation>
    </message>
    <message>
        <source>camped on, waiting</source>
        <translation>wartet abgehoben</translation>
    </message>
    <message>
        <source>ringing: %1 calls</source>
        <translation>klingelt: %1 ruft</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>ringing: outside call</source>
        <translation>klingelt: Amtsanruf</translation>
    </message>
    <message>
        <source>callback ringing</source>
        <translation>Rückruf klingelt</translation>
    </message>
    <message>
        <source>talking with %1</source>
        <translation>spricht mit %1</translation>
    </message>
    <message>
        <source>on line %1</source>
        <translation>auf Leitung %1</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nicht stören</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>umgeleitet zu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) waiting for this extension; first: %1</source>
        <translation>
            <numerusform>%n Anrufer wartet auf diese Nebenstelle; zuerst: %1</numerusform>
            <numerusform>%n Anrufer warten auf diese Nebenstelle; zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A caller is waiting off-hook (camp-on) and is connected as soon as it is free.</source>
        <translation>Ein Anrufer wartet abgehoben (Anklopfen) und wird verbunden, sobald die Nebenstelle frei ist.</translation>
    </message>
    <message numerus="yes">
        <source>Has left %n callback(s) at busy colleagues.</source>
        <translation>
            <numerusform>Hat %n Rückruf bei besetzten Kollegen hinterlegt.</numerusform>
            <numerusform>Hat %n Rückrufe bei besetzten Kollegen hinterlegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb: calls get the DND tone; no callbacks can be left here.</source>
        <translation>Nicht stören: Anrufer hören den Ruhe-Ton; hier kann kein Rückruf hinterlegt werden.</translation>
    </message>
    <message>
        <source>All calls are forwarded to %1.</source>
        <translation>Alle Anrufe werden zu %1 umgeleitet.</translation>
    </message>
    <message>
        <source>not connected to the call service</source>
        <translation>nicht mit dem Vermittlungsdienst verbunden</translation>
    </message>
    <message>
        <source>the call service is offline</source>
        <translation>der Vermittlungsdienst ist offline</translation>
    </message>
    <message>
        <source>the controller link is down</source>
        <translation>die Verbindung zur Steuerung ist unterbrochen</translation>
    </message>
    <message>
        <source>the picture is still loading</source>
        <translation>die Anzeige wird noch geladen</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>Not current: %1. The last state known was: %2</source>
        <translation>Nicht aktuell: %1. Zuletzt bekannter Zustand: %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>Line %1 was transferred here and waits for this extension.</source>
        <translation>Leitung %1 wurde hierher weitervermittelt und wartet auf diese Nebenstelle.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LinesModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Line %1 is free.</source>
        <translation>Leitung %1 ist frei.</translation>
    </message>
    <message>
        <source>ringing, nobody free</source>
        <translation>klingelt, niemand frei</translation>
    </message>
    <message>
        <source>ringing %1</source>
        <translation>klingelt bei %1</translation>
    </message>
    <message>
        <source>An outside call rings on line %1; every station it rings is busy or in DND.</source>
        <translation>Ein Amtsanruf klingelt auf Leitung %1; alle Stationen, an denen sie klingelt, sind besetzt oder auf „Nicht stören“ geschaltet.</translation>
    </message>
    <message>
        <source>An outside call rings on line %1, at %2.</source>
        <translation>Ein Amtsanruf klingelt auf Leitung %1, bei %2.</translation>
    </message>
    <message>
        <source>talking with %1</source>
        <translation>spricht mit %1</translation>
    </message>
    <message>
        <source>The attendant talks on line %1. Drag this row onto a tile, or select the tile and press Ctrl+T, to transfer the call there.</source>
        <translation>Die Vermittlung spricht auf Leitung %1. Diese Zeile auf eine Kachel ziehen oder die Kachel wählen und Strg+T drücken, um den Anruf dorthin weiterzuvermitteln.</translation>
    </message>
    <message>
        <source>%1 talks on line %2.</source>
        <translation>%1 spricht auf Leitung %2.</translation>
    </message>
    <message>
        <source>held at %1</source>
        <translation>gehalten bei %1</translation>
    </message>
    <message>
        <source>The caller on line %1 is on hold at %2 (hears music).</source>
        <translation>Der Anrufer auf Leitung %1 wird bei %2 gehalten (hört Wartemusik).</translation>
    </message>
    <message>
        <source>transferred to %1, ringing</source>
        <translation>an %1 weitervermittelt, klingelt</translation>
    </message>
    <message>
        <source>Line %1 rings %2, transferred by %3.</source>
        <translation>Leitung %1 klingelt bei %2, weitervermittelt von %3.</translation>
    </message>
    <message>
        <source>camped on at %1, place %2</source>
        <translation>wartet bei %1, Platz %2</translation>
    </message>
    <message>
        <source>Line %1 waits for %2 (place %3 in its queue), transferred by %4.</source>
        <translation>Leitung %1 wartet auf %2 (Platz %3 in der Warteschlange), weitervermittelt von %4.</translation>
    </message>
    <message>
        <source>in transfer</source>
        <translation>in Weitervermittlung</translation>
    </message>
    <message>
        <source>in transfer by %1</source>
        <translation>in Weitervermittlung durch %1</translation>
    </message>
    <message>
        <source>Line %1 is on hold while %2 transfers it.</source>
        <translation>Leitung %1 wird gehalten, während %2 sie weitervermittelt.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>not current (was: %1)</source>
        <translation>nicht aktuell (war: %1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>waiting for the attendant</source>
        <translation>wartet auf die Vermittlung</translation>
    </message>
    <message>
        <source>The transfer of line %1 was not answered: it waits for the attendant, who is busy.</source>
        <translation>Die Weitervermittlung von Leitung %1 wurde nicht angenommen: sie wartet auf die Vermittlung, die besetzt ist.</translation>
    </message>
    <message>
        <source>Line %1 was on hold too long: it waits for the attendant, who is busy.</source>
        <translation>Leitung %1 wurde zu lange gehalten: sie wartet auf die Vermittlung, die besetzt ist.</translation>
    </message>
    <message>
        <source>recalling %1 (transfer not answered)</source>
        <translation>Wiederanruf bei %1 (Weitervermittlung nicht angenommen)</translation>
    </message>
    <message>
        <source>The transfer of line %1 was not answered in time (or the line was sent to the attendant): it rings %2.</source>
        <translation>Die Weitervermittlung von Leitung %1 wurde nicht rechtzeitig angenommen (oder die Leitung wurde an die Vermittlung gegeben): sie klingelt bei %2.</translation>
    </message>
    <message>
        <source>recalling %1 (held line)</source>
        <translation>Wiederanruf bei %1 (gehaltene Leitung)</translation>
    </message>
    <message>
        <source>The held line %1 rings the attendant %2: it was held too long, or sent to the attendant.</source>
        <translation>Die gehaltene Leitung %1 klingelt bei der Vermittlung %2: sie wurde zu lange gehalten oder an die Vermittlung gegeben.</translation>
    </message>
    <message>
        <source>recalling %1 (held too long)</source>
        <translation>Wiederanruf bei %1 (zu lange gehalten)</translation>
    </message>
    <message>
        <source>Line %1 was on hold too long: it rings %2, who held it.</source>
        <translation>Leitung %1 wurde zu lange gehalten: sie klingelt bei %2, der sie gehalten hat.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LinesPanel</name>
    <message>
        <source>Send to &amp;attendant</source>
        <translation>An die &amp;Vermittlung geben</translation>
    </message>
    <message>
        <source>Outside lines</source>
        <translation>Amtsleitungen</translation>
    </message>
    <message>
        <source>To transfer the attendant&apos;s call: select a tile and press Ctrl+T, or drag the call (its row here, or the attendant&apos;s tile) onto a tile.</source>
        <translation>Um den Anruf der Vermittlung weiterzuvermitteln: eine Kachel wählen und Strg+T drücken oder den Anruf (seine Zeile hier oder die Kachel der Vermittlung) auf eine Kachel ziehen.</translation>
    </message>
    <message>
        <source>The selected line, held, camped on or recalling, goes to the attendant</source>
        <translation>Die gewählte Leitung (gehalten, wartend oder im Wiederanruf) geht an die Vermittlung</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>Letzte Ablehnung</translation>
    </message>
    <message>
        <source>send line %1 to the attendant</source>
        <translation>Leitung %1 an die Vermittlung geben</translation>
    </message>
    <message>
        <source>Waiting for the call service: %1…</source>
        <translation>Warte auf den Vermittlungsdienst: %1…</translation>
    </message>
    <message>
        <source>Line %1 sent to the attendant</source>
        <translation>Leitung %1 an die Vermittlung gegeben</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::LinkTraceView</name>
    <message>
        <source>&amp;Export trace as CSV…</source>
        <translation>Ablauf als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Link trace</source>
        <translation>Verbindungsablauf</translation>
    </message>
    <message>
        <source>What the controller said and each command sent to it, as the call service in this program wrote them (English).</source>
        <translation>Was die Steuerung gemeldet hat und jeder Befehl an sie, wie der Rufdienst in diesem Programm sie geschrieben hat (Englisch).</translation>
    </message>
    <message>
        <source>This console reaches the call service over the bus, which carries no link trace. It is only on the service&apos;s PC: its journal (journalctl -u switchboardd) has what the controller said and every event; the commands sent to the controller are traced only by a console that runs the call service itself (without --bus).</source>
        <translation>Diese Konsole erreicht den Rufdienst über den Bus, der keinen Verbindungsablauf überträgt. Er liegt nur auf dem PC des Dienstes: sein Journal (journalctl -u switchboardd) enthält, was die Steuerung gemeldet hat, und jedes Ereignis; die an die Steuerung gesendeten Befehle zeichnet nur eine Konsole auf, die den Rufdienst selbst betreibt (ohne --bus).</translation>
    </message>
    <message>
        <source>Export the link trace</source>
        <translation>Verbindungsablauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Search by number or name (Ctrl+F)</source>
        <translation>Nach Nummer oder Name suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search extensions</source>
        <translation>Nebenstellen suchen</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Nebenstellen</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Aufsicht</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find extension</source>
        <translation>Nebenstelle &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Receptionist</source>
        <translation>&amp;Vermittlung</translation>
    </message>
    <message>
        <source>Controller link</source>
        <translation>Verbindung zur Steuerung</translation>
    </message>
    <message>
        <source>&amp;Export event log…</source>
        <translation>Ereignisprotokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>Verbindung steht</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>last change %1 s ago</source>
        <translation>letzte Änderung vor %1 s</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Einzelheiten</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>&amp;Nebenstellen</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>Auf&amp;sicht</translation>
    </message>
    <message>
        <source>Pro&amp;gramming</source>
        <translation>&amp;Programmierung</translation>
    </message>
    <message>
        <source>Simulated p&amp;hones</source>
        <translation>Simulierte &amp;Telefone</translation>
    </message>
    <message>
        <source>Choose another controller…</source>
        <translation>Andere Steuerung wählen…</translation>
    </message>
    <message>
        <source>connected to the call service (%1)</source>
        <translation>mit dem Vermittlungsdienst verbunden (%1)</translation>
    </message>
    <message>
        <source>the call service cannot be reached (%1)</source>
        <translation>der Vermittlungsdienst ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>Controller: not known yet</source>
        <translation>Steuerung: noch unbekannt</translation>
    </message>
    <message>
        <source>Controller: %1, firmware %2.%3</source>
        <translation>Steuerung: %1, Firmware %2.%3</translation>
    </message>
    <message>
        <source>Service: %1, not reachable</source>
        <translation>Dienst: %1, nicht erreichbar</translation>
    </message>
    <message>
        <source>Service: %1, offline</source>
        <translation>Dienst: %1, offline</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>picture not current: %1</source>
        <translation>Anzeige nicht aktuell: %1</translation>
    </message>
    <message>
        <source>Outside l&amp;ines</source>
        <translation>Amtsleitun&amp;gen</translation>
    </message>
    <message>
        <source>Not transferred: line %1 is no longer the attendant&apos;s call (it is on line %2 now)</source>
        <translation>Nicht weitervermittelt: Leitung %1 ist nicht mehr das Gespräch der Vermittlung (sie spricht jetzt auf Leitung %2)</translation>
    </message>
    <message>
        <source>Not transferred: line %1 is no longer the attendant&apos;s call</source>
        <translation>Nicht weitervermittelt: Leitung %1 ist nicht mehr das Gespräch der Vermittlung</translation>
    </message>
    <message>
        <source>Show extensions</source>
        <translation>Nebenstellen anzeigen</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Bequem</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Tile density</source>
        <translation>Kachelgröße</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Densit&amp;y:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Co&amp;mfortable tiles</source>
        <translation>&amp;Bequeme Kacheln</translation>
    </message>
    <message>
        <source>Com&amp;pact tiles</source>
        <translation>&amp;Kompakte Kacheln</translation>
    </message>
    <message>
        <source>&amp;Link trace</source>
        <translation>&amp;Verbindungsablauf</translation>
    </message>
    <message>
        <source>The layout could not be kept: %1</source>
        <translation>Die Anordnung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::PhoneWidget</name>
    <message>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>dial tone</source>
        <translation>Wählton</translation>
    </message>
    <message>
        <source>busy tone</source>
        <translation>Besetztton</translation>
    </message>
    <message>
        <source>ringback</source>
        <translation>Freiton</translation>
    </message>
    <message>
        <source>confirmation beep</source>
        <translation>Quittungston</translation>
    </message>
    <message>
        <source>reorder (error) tone</source>
        <translation>Fehlerton</translation>
    </message>
    <message>
        <source>camp-on beep</source>
        <translation>Anklopfton</translation>
    </message>
    <message>
        <source>do-not-disturb tone</source>
        <translation>Ruhe-Ton</translation>
    </message>
    <message>
        <source>Lift handset</source>
        <translation>Hörer abheben</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>CALLBACK</translation>
    </message>
    <message>
        <source>CLEAR</source>
        <translation>CLEAR</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>DND</translation>
    </message>
    <message>
        <source>Act as extension</source>
        <translation>Als Nebenstelle handeln</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>What the handset plays</source>
        <translation>Was der Hörer spielt</translation>
    </message>
    <message>
        <source>Lift the handset (answers a ringing phone) or hang up</source>
        <translation>Hörer abheben (nimmt einen Anruf an) oder auflegen</translation>
    </message>
    <message>
        <source>CALLBACK: at busy tone, leave a callback; its lamp flashes while you have callbacks waiting</source>
        <translation>CALLBACK: bei Besetztton einen Rückruf hinterlegen; die Lampe blinkt, solange Rückrufe warten</translation>
    </message>
    <message>
        <source>CLEAR: at an idle phone, the menu to clear your callbacks (1) or forwarding (2)</source>
        <translation>CLEAR: am freien Telefon das Menü zum Löschen der Rückrufe (1) oder der Umleitung (2)</translation>
    </message>
    <message>
        <source>DND: do not disturb on or off</source>
        <translation>DND: Nicht stören ein oder aus</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Nebenstelle:</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Answer (lift handset)</source>
        <translation>Annehmen (Hörer abheben)</translation>
    </message>
    <message>
        <source>Ringing: an intercom call</source>
        <translation>Es klingelt: ein interner Anruf</translation>
    </message>
    <message>
        <source>Ringing: an outside call</source>
        <translation>Es klingelt: ein Amtsanruf</translation>
    </message>
    <message>
        <source>Ringing: the callback ring</source>
        <translation>Es klingelt: der Rückruf</translation>
    </message>
    <message>
        <source>Handset down</source>
        <translation>Hörer aufgelegt</translation>
    </message>
    <message>
        <source>outside line \1</source>
        <translation>Amtsleitung \1</translation>
    </message>
    <message>
        <source>Talking with %1</source>
        <translation>Spricht mit %1</translation>
    </message>
    <message>
        <source>Hears: %1</source>
        <translation>Hört: %1</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Lift the handset first: a phone on the hook takes digits only in its CLEAR menu.</source>
        <translation>Zuerst den Hörer abheben: ein aufgelegtes Telefon nimmt Ziffern nur im CLEAR-Menü an.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HOLD</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>TRANSFER</translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation>FLASH</translation>
    </message>
    <message>
        <source>Camp-on beep</source>
        <translation>Anklopfton</translation>
    </message>
    <message>
        <source>HOLD: hold the outside call you are talking on (the caller hears music) and get dial tone; at dial tone, take back a line you seized with 9 and held</source>
        <translation>HOLD: das laufende Amtsgespräch halten (der Anrufer hört Wartemusik) und Wählton erhalten; bei Wählton eine mit 9 belegte und gehaltene Leitung zurückholen</translation>
    </message>
    <message>
        <source>TRANSFER: hold the outside call for transfer and get dial tone; dial the extension and hang up, or press TRANSFER again to go back to the caller</source>
        <translation>TRANSFER: das Amtsgespräch zur Weitervermittlung halten und Wählton erhalten; die Nebenstelle wählen und auflegen oder erneut TRANSFER drücken, um zum Anrufer zurückzukehren</translation>
    </message>
    <message>
        <source>FLASH (hook flash): transfer the outside call you are talking on, as TRANSFER does on a keyset</source>
        <translation>FLASH (Flash, kurzer Gabelimpuls): das laufende Amtsgespräch weitervermitteln, wie TRANSFER am Systemtelefon</translation>
    </message>
    <message>
        <source>Line keys:</source>
        <translation>Leitungstasten:</translation>
    </message>
    <message>
        <source>Line key %1</source>
        <translation>Leitungstaste %1</translation>
    </message>
    <message>
        <source>Line key %1: answers the line when it rings in, takes it back when it is held, seizes it when it is free. Its lamp: fast flash ringing in, on talking, slow flash held or waiting.</source>
        <translation>Leitungstaste %1: nimmt die Leitung an, wenn ein Anruf ankommt, holt sie zurück, wenn sie gehalten wird, belegt sie, wenn sie frei ist. Ihre Lampe: schnelles Blinken = Anruf kommt an, an = Gespräch, langsames Blinken = gehalten oder wartend.</translation>
    </message>
    <message>
        <source>♪ Camp-on beep</source>
        <translation>♪ Anklopfton</translation>
    </message>
</context>
<context>
    <name>sb::ui::PhonesPanel</name>
    <message>
        <source>Phone A</source>
        <translation>Telefon A</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Telefon B</translation>
    </message>
    <message>
        <source>Try it: lift B&apos;s handset, then from A dial B&apos;s number, press CALLBACK and hang up. Hang up B: A rings back; answer on A, then on B.</source>
        <translation>Zum Ausprobieren: bei B abheben, dann von A die Nummer von B wählen, CALLBACK drücken und auflegen. B auflegen: A wird zurückgerufen; an A annehmen, dann an B.</translation>
    </message>
    <message>
        <source>Outside lines</source>
        <translation>Amtsleitungen</translation>
    </message>
    <message>
        <source>line </source>
        <translation>Leitung </translation>
    </message>
    <message>
        <source>Ring in</source>
        <translation>Anruf von außen</translation>
    </message>
    <message>
        <source>Caller gives up</source>
        <translation>Anrufer gibt auf</translation>
    </message>
    <message>
        <source>Far end hangs up</source>
        <translation>Gegenstelle legt auf</translation>
    </message>
    <message>
        <source>Traffic generator</source>
        <translation>Verkehrsgenerator</translation>
    </message>
    <message>
        <source>Keep a realistic load going</source>
        <translation>Eine realistische Last aufrechterhalten</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> Anrufe/min</translation>
    </message>
    <message>
        <source>Outside lines now</source>
        <translation>Amtsleitungen jetzt</translation>
    </message>
    <message>
        <source>No line rings in or is on hold.</source>
        <translation>Auf keiner Leitung kommt ein Anruf an oder wird gehalten.</translation>
    </message>
    <message>
        <source>Line %1: held, the caller hears music on hold</source>
        <translation>Leitung %1: gehalten, der Anrufer hört Wartemusik</translation>
    </message>
    <message>
        <source>Line %1: ringing in</source>
        <translation>Leitung %1: Anruf kommt an</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProgrammingPage</name>
    <message>
        <source>Change the installer password</source>
        <translation>Errichter-Passwort ändern</translation>
    </message>
    <message>
        <source>Callback enabled</source>
        <translation>Rückruf eingeschaltet</translation>
    </message>
    <message>
        <source>Camp-on tones system-wide</source>
        <translation>Anklopftöne in der ganzen Anlage</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>installer password</source>
        <translation>Errichter-Passwort</translation>
    </message>
    <message>
        <source>Installer password</source>
        <translation>Errichter-Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Programming is for installers. Password:</source>
        <translation>Die Programmierung ist für Errichter. Passwort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Camp-on tones</source>
        <translation>Anklopftöne</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>Extension table</source>
        <translation>Nebenstellentabelle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>System options</source>
        <translation>Anlagenoptionen</translation>
    </message>
    <message>
        <source>Callback rings before it is cancelled:</source>
        <translation>Rückrufklingeln bis zum Abbruch:</translation>
    </message>
    <message>
        <source>Guard delay:</source>
        <translation>Schutzzeit:</translation>
    </message>
    <message>
        <source>Requests expire after:</source>
        <translation>Aufträge verfallen nach:</translation>
    </message>
    <message>
        <source>Requests waiting at one extension:</source>
        <translation>Wartende Aufträge je Nebenstelle höchstens:</translation>
    </message>
    <message>
        <source>Requests one caller may leave:</source>
        <translation>Aufträge je Anrufer höchstens:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>The installer password is changed.</source>
        <translation>Das Errichter-Passwort ist geändert.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV einlesen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Locked for %1 s after too many wrong passwords.</source>
        <translation>Nach zu vielen falschen Passwörtern für %1 s gesperrt.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>This is the factory password: change it before applying a change.</source>
        <translation>Das ist das Werkspasswort: vor dem Übernehmen einer Änderung ändern.</translation>
    </message>
    <message>
        <source>keyset</source>
        <translation>Systemtelefon</translation>
    </message>
    <message>
        <source>single-line</source>
        <translation>Einzeltelefon</translation>
    </message>
    <message>
        <source>attendant</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>No problems: the programming can be applied.</source>
        <translation>Keine Probleme: die Programmierung kann übernommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is applied until they are mended.</source>
        <translation>
            <numerusform>%n Problem: nichts wird übernommen, bis es behoben ist.</numerusform>
            <numerusform>%n Probleme: nichts wird übernommen, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied and saved: %n change(s).</source>
        <translation>
            <numerusform>Übernommen und gespeichert: %n Änderung.</numerusform>
            <numerusform>Übernommen und gespeichert: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Apply the programming</source>
        <translation>Programmierung übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) take effect at once:</source>
        <translation>
            <numerusform>%n Änderung wird sofort wirksam:</numerusform>
            <numerusform>%n Änderungen werden sofort wirksam:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import extensions</source>
        <translation>Nebenstellen einlesen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: mend the rows listed.</source>
        <translation>%1 wurde nicht eingelesen: die aufgeführten Zeilen berichtigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) imported; Apply to use them.</source>
        <translation>
            <numerusform>%n Nebenstelle eingelesen; Übernehmen, um sie zu nutzen.</numerusform>
            <numerusform>%n Nebenstellen eingelesen; Übernehmen, um sie zu nutzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export extensions</source>
        <translation>Nebenstellen exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Extensions exported to %1.</source>
        <translation>Nebenstellen nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Simulated controller</source>
        <translation>Simulierte Steuerung</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB-Gerät</translation>
    </message>
    <message>
        <source>Extension t&amp;able</source>
        <translation>Nebenstellen&amp;liste</translation>
    </message>
    <message>
        <source>Outside &amp;lines</source>
        <translation>Amtsleitun&amp;gen</translation>
    </message>
    <message>
        <source>System o&amp;ptions</source>
        <translation>System&amp;optionen</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>Verb&amp;indung</translation>
    </message>
    <message>
        <source>Programming sections</source>
        <translation>Programmierbereiche</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Umnummerieren…</translation>
    </message>
    <message>
        <source>Give the selected rows consecutive numbers</source>
        <translation>Den ausgewählten Zeilen fortlaufende Nummern geben</translation>
    </message>
    <message>
        <source>Copy settings…</source>
        <translation>Einstellungen kopieren…</translation>
    </message>
    <message>
        <source>Copy type, camp-on tones or lines of the current row to the other selected rows</source>
        <translation>Typ, Anklopftöne oder Leitungen der aktuellen Zeile in die anderen ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Stations each outside line rings</source>
        <translation>Stationen, an denen jede Amtsleitung klingelt</translation>
    </message>
    <message>
        <source>Tick the stations each outside line rings. Calls on a line that rings no station go unanswered.</source>
        <translation>Die Stationen ankreuzen, an denen jede Amtsleitung klingelt. Anrufe auf einer Leitung, die an keiner Station klingelt, bleiben unbeantwortet.</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 Baud</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation>Stationen:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Leitungen:</translation>
    </message>
    <message>
        <source>Look for devices</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Switch to this connection now and keep it for the next start</source>
        <translation>Jetzt zu dieser Verbindung wechseln und sie für den nächsten Start behalten</translation>
    </message>
    <message numerus="yes">
        <source>Line %1
%n station(s)</source>
        <translation>
            <numerusform>Leitung %1
%n Station</numerusform>
            <numerusform>Leitung %1
%n Stationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rings no station: line %1. Its calls would go unanswered.</source>
        <translation>Klingelt an keiner Station: Leitung %1. Ihre Anrufe blieben unbeantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Settings of extension %1 copied to %n row(s).</source>
        <translation>
            <numerusform>Einstellungen von Nebenstelle %1 in %n Zeile kopiert.</numerusform>
            <numerusform>Einstellungen von Nebenstelle %1 in %n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to renumber first.</source>
        <translation>Zuerst die umzunummerierenden Zeilen auswählen.</translation>
    </message>
    <message>
        <source>Renumber extensions</source>
        <translation>Nebenstellen umnummerieren</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s), in table order.</source>
        <translation>
            <numerusform>%n ausgewählte Zeile, in Tabellenreihenfolge.</numerusform>
            <numerusform>%n ausgewählte Zeilen, in Tabellenreihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>Erste Nummer:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <source>Select the rows to copy to, with the row to copy from current.</source>
        <translation>Zielzeilen auswählen; die Zeile, aus der kopiert wird, ist die aktuelle.</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Einstellungen kopieren</translation>
    </message>
    <message numerus="yes">
        <source>From extension %1 to %n other row(s):</source>
        <translation>
            <numerusform>Von Nebenstelle %1 in %n weitere Zeile:</numerusform>
            <numerusform>Von Nebenstelle %1 in %n weitere Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>In Betrieb: %1.</translation>
    </message>
    <message>
        <source>Looking for serial ports and USB devices…</source>
        <translation>Suche serielle Schnittstellen und USB-Geräte…</translation>
    </message>
    <message>
        <source>Serial ports found: %1. USB devices found: %2.</source>
        <translation>Gefundene serielle Schnittstellen: %1. Gefundene USB-Geräte: %2.</translation>
    </message>
    <message>
        <source>Already connected that way.</source>
        <translation>Diese Verbindung besteht bereits.</translation>
    </message>
    <message>
        <source>Connecting to the %1; it is kept for the next start.</source>
        <translation>Verbinde mit: %1; sie gilt auch beim nächsten Start.</translation>
    </message>
    <message>
        <source>Switch the connection</source>
        <translation>Verbindung wechseln</translation>
    </message>
    <message>
        <source>Switch to the %1 now?</source>
        <translation>Jetzt wechseln zu: %1?</translation>
    </message>
    <message>
        <source>The link drops for a moment. Requests are kept when the same controller answers again; another controller starts afresh (a reset).</source>
        <translation>Die Verbindung bricht kurz ab. Aufträge bleiben erhalten, wenn dieselbe Steuerung wieder antwortet; eine andere Steuerung beginnt neu (ein Reset).</translation>
    </message>
    <message>
        <source>Unlock to choose another controller.</source>
        <translation>Entsperren, um eine andere Steuerung zu wählen.</translation>
    </message>
    <message>
        <source>Click a problem to go to its cell or field</source>
        <translation>Ein Problem anklicken, um zu seiner Zelle oder seinem Feld zu gehen</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Passwort ändern</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. The edits not yet applied are kept: unlock to go on.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Eingabe gesperrt. Die noch nicht angewendeten Änderungen bleiben erhalten: zum Weitermachen entsperren.</numerusform>
            <numerusform>Nach %n Minuten ohne Eingabe gesperrt. Die noch nicht angewendeten Änderungen bleiben erhalten: zum Weitermachen entsperren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Eingabe gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Eingabe gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) will be removed.</source>
        <translation>
            <numerusform>%n Nebenstelle wird entfernt.</numerusform>
            <numerusform>%n Nebenstellen werden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file replaces the whole table: %n extension(s) not in it will be removed.</source>
        <translation>
            <numerusform>Die Datei ersetzt die ganze Tabelle: %n Nebenstelle, die nicht darin steht, wird entfernt.</numerusform>
            <numerusform>Die Datei ersetzt die ganze Tabelle: %n Nebenstellen, die nicht darin stehen, werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: the page was locked.</source>
        <translation>%1 wurde nicht importiert: die Seite wurde gesperrt.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Changes &amp;made</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Drop the edits and load the programming in force</source>
        <translation>Die Änderungen verwerfen und die geltende Programmierung laden</translation>
    </message>
    <message>
        <source>Reloaded: the programming in force (revision %1).</source>
        <translation>Neu geladen: die geltende Programmierung (Revision %1).</translation>
    </message>
    <message>
        <source>The call service ended the installer session. Unlock to go on.</source>
        <translation>Der Vermittlungsdienst hat die Errichter-Sitzung beendet. Zum Weitermachen entsperren.</translation>
    </message>
    <message>
        <source>The call service&apos;s ports and devices are listed only on its own PC: type the port or the USB device&apos;s VID:PID.</source>
        <translation>Schnittstellen und Geräte des Vermittlungsdienstes werden nur an dessen eigenem PC aufgelistet: die Schnittstelle oder VID:PID des USB-Geräts eingeben.</translation>
    </message>
    <message>
        <source>Not applied: someone applied a change first (the programming in force is revision %1, these edits are based on %2). Nothing of them was applied; Reload to start from the programming in force.</source>
        <translation>Nicht übernommen: jemand hat zuvor eine Änderung übernommen (die geltende Programmierung ist Revision %1, diese Änderungen beruhen auf %2). Nichts davon wurde übernommen; „Neu laden“, um mit der geltenden Programmierung neu zu beginnen.</translation>
    </message>
    <message>
        <source>Refused: the call service has locked programming; unlock again (%1).</source>
        <translation>Abgelehnt: der Vermittlungsdienst hat die Programmierung gesperrt; erneut entsperren (%1).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Locked meanwhile.</source>
        <translation>Inzwischen gesperrt.</translation>
    </message>
    <message>
        <source>The programming in force changed (revision %1): shown.</source>
        <translation>Die geltende Programmierung hat sich geändert (Revision %1): wird angezeigt.</translation>
    </message>
    <message>
        <source>Someone applied a change (revision %1) while you edited: Apply would be refused. Reload to start from it (your edits are dropped).</source>
        <translation>Während Ihrer Bearbeitung hat jemand eine Änderung übernommen (Revision %1): „Übernehmen“ würde abgelehnt. „Neu laden“, um mit ihr neu zu beginnen (Ihre Änderungen werden verworfen).</translation>
    </message>
    <message>
        <source>A change is being applied: wait for its answer.</source>
        <translation>Eine Änderung wird übernommen: auf die Antwort warten.</translation>
    </message>
    <message>
        <source>The programming in force has not arrived from the call service yet.</source>
        <translation>Die geltende Programmierung ist vom Vermittlungsdienst noch nicht eingetroffen.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird übernommen…</numerusform>
            <numerusform>%n Änderungen werden übernommen…</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: not yet known (waiting for the call service).</source>
        <translation>In Betrieb: noch unbekannt (warte auf den Vermittlungsdienst).</translation>
    </message>
    <message>
        <source>The devices could not be listed: %1</source>
        <translation>Die Geräte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Switching to the %1…</source>
        <translation>Wechsle zu: %1…</translation>
    </message>
    <message>
        <source>A held line rings back after:</source>
        <translation>Eine gehaltene Leitung ruft wieder an nach:</translation>
    </message>
    <message>
        <source>An unanswered transfer comes back after:</source>
        <translation>Eine nicht angenommene Weitervermittlung kommt zurück nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>History is kept for:</source>
        <translation>Verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source>History takes at most:</source>
        <translation>Verlauf belegt höchstens:</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportModel</name>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>left</source>
        <translation>hinterlassen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>Erledigungsquote</translation>
    </message>
    <message>
        <source>median, left to completed</source>
        <translation>Median, hinterlassen bis erledigt</translation>
    </message>
    <message>
        <source>90th percentile, left to completed</source>
        <translation>90. Perzentil, hinterlassen bis erledigt</translation>
    </message>
    <message>
        <source>Outside calls</source>
        <translation>Amtsanrufe</translation>
    </message>
    <message>
        <source>rang</source>
        <translation>geklingelt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>abandoned while ringing</source>
        <translation>aufgegeben beim Klingeln</translation>
    </message>
    <message>
        <source>median time to answer</source>
        <translation>Median bis zur Annahme</translation>
    </message>
    <message>
        <source>90th percentile time to answer</source>
        <translation>90. Perzentil bis zur Annahme</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>zurückgekommen</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportRequestsModel</name>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation>Wartete auf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Hinterlassen um</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>outside line</source>
        <translation>Amtsleitung</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>an outside line</source>
        <translation>eine Amtsleitung</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportsPage</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Show report</source>
        <translation>Bericht &amp;zeigen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation>Woche (Montag bis Sonntag)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Zeitraum in Tagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Nebenstellen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Extensio&amp;ns:</source>
        <translation>Nebenstelle&amp;n:</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Kennzahlen des Berichts</translation>
    </message>
    <message>
        <source>Requests of the report</source>
        <translation>Aufträge des Berichts</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>callbacks left</source>
        <translation>hinterlassene Rückrufe</translation>
    </message>
    <message>
        <source>Callbacks left by hour of the day</source>
        <translation>Hinterlassene Rückrufe nach Tagesstunde</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Choose a period and show its report.</source>
        <translation>Einen Zeitraum wählen und seinen Bericht zeigen.</translation>
    </message>
    <message>
        <source>All extensions</source>
        <translation>Alle Nebenstellen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Asking the call service for the report of %1…</source>
        <translation>Der Rufdienst wird nach dem Bericht für %1 gefragt…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Kein Bericht: %1</translation>
    </message>
    <message>
        <source>No list of requests: %1</source>
        <translation>Keine Liste der Aufträge: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of requests: %n so far…</source>
        <translation>
            <numerusform>Liste der Aufträge wird gelesen: bisher %n…</numerusform>
            <numerusform>Liste der Aufträge wird gelesen: bisher %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Report of %1, all extensions: %n request(s) ended.</source>
        <translation>
            <numerusform>Bericht für %1, alle Nebenstellen: %n Auftrag beendet.</numerusform>
            <numerusform>Bericht für %1, alle Nebenstellen: %n Aufträge beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %1 for %2: %n request(s) ended.</source>
        <translation>
            <numerusform>Bericht für %1 über %2: %n Auftrag beendet.</numerusform>
            <numerusform>Bericht für %1 über %2: %n Aufträge beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard report: callbacks and outside calls</source>
        <translation>Switchboard-Bericht: Rückrufe und Amtsanrufe</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3)</source>
        <translation>Zeitraum: %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Extensions: all</source>
        <translation>Nebenstellen: alle</translation>
    </message>
    <message>
        <source>Extension: %1</source>
        <translation>Nebenstelle: %1</translation>
    </message>
    <message>
        <source>Made %1 from %2</source>
        <translation>Erstellt %1 von %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>Bericht exportiert nach %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The list and the busiest targets show the first %1 requests.</source>
        <translation>Liste und meistgefragte Ziele zeigen die ersten %1 Aufträge.</translation>
    </message>
    <message>
        <source>The list shows the first %1 requests.</source>
        <translation>Die Liste zeigt die ersten %1 Anfragen.</translation>
    </message>
    <message>
        <source>The busiest targets count the requests that ended in the period (the service&apos;s report does not name them).</source>
        <translation>Die meistgefragten Ziele zählen die Anfragen, die im Zeitraum endeten (der Bericht des Dienstes nennt sie nicht).</translation>
    </message>
    <message>
        <source>Busiest targets: callbacks left for them</source>
        <translation>Meistgefragte Ziele: für sie hinterlassene Rückrufe</translation>
    </message>
</context>
<context>
    <name>sb::ui::RequestTableModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>ringing the caller</source>
        <translation>klingelt beim Anrufer</translation>
    </message>
    <message>
        <source>ringing the target</source>
        <translation>klingelt beim Ziel</translation>
    </message>
    <message>
        <source>camped on</source>
        <translation>wartet abgehoben</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Hinterlegt um</translation>
    </message>
    <message>
        <source>Waiting (s)</source>
        <translation>Wartet (s)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>outside line</source>
        <translation>Amtsleitung</translation>
    </message>
    <message>
        <source>line queue</source>
        <translation>Leitungswarteschlange</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Weitervermittlung</translation>
    </message>
</context>
<context>
    <name>sb::ui::SupervisorView</name>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verfallen</translation>
    </message>
    <message>
        <source>Filter requests by number or state</source>
        <translation>Aufträge nach Nummer oder Zustand filtern</translation>
    </message>
    <message>
        <source>Live requests</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation>wartend jetzt</translation>
    </message>
    <message>
        <source>ringing now</source>
        <translation>klingelnd jetzt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>hinterlegt</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Start</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Controller link</source>
        <translation>Verbindung zur Steuerung</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>since start</source>
        <translation>seit Start</translation>
    </message>
    <message>
        <source>How requests ended</source>
        <translation>Wie Aufträge endeten</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;State&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controller&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%3.%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;boot_id&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Frames sent&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Frames received&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Retransmissions&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Framing errors&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controller errors&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Outages&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Last reset&lt;/td&gt;&lt;td&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Zustand&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Steuerung&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%3.%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;boot_id&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rahmen gesendet&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rahmen empfangen&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wiederholungen&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rahmenfehler&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fehler der Steuerung&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ausfälle&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Letzter Neustart&lt;/td&gt;&lt;td&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>none since start</source>
        <translation>keiner seit Start</translation>
    </message>
    <message>
        <source>Export the event log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;log as CSV…</source>
        <translation>Protokoll als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Programming changes</source>
        <translation>Programmieränderungen</translation>
    </message>
    <message>
        <source>Requests not ringing yet: waiting, suspended or camped on. The queue depth chart counts the same.</source>
        <translation>Aufträge, die noch nicht klingeln: wartend, ausgesetzt oder angeklopft. Das Diagramm der Warteschlange zählt dasselbe.</translation>
    </message>
    <message>
        <source>Requests whose callback is ringing at the caller or the target.</source>
        <translation>Aufträge, deren Rückruf beim Anrufer oder beim Ziel klingelt.</translation>
    </message>
    <message>
        <source>Queue depth: requests waiting (not ringing)</source>
        <translation>Warteschlange: wartende Aufträge (ohne klingelnde)</translation>
    </message>
    <message>
        <source>Event log exported to %1</source>
        <translation>Ereignisprotokoll exportiert nach %1</translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation>Nicht aktuell: %1</translation>
    </message>
    <message>
        <source>transfers answered</source>
        <translation>Weitervermittlungen angenommen</translation>
    </message>
    <message>
        <source>transfers recalled</source>
        <translation>Weitervermittlungen mit Wiederanruf</translation>
    </message>
    <message>
        <source>transfers abandoned</source>
        <translation>Weitervermittlungen aufgegeben</translation>
    </message>
    <message>
        <source>Outside calls transferred to an extension: answered there, recalled to whoever transferred them (not answered in time), or abandoned by the caller.</source>
        <translation>An eine Nebenstelle weitervermittelte Amtsanrufe: dort angenommen, per Wiederanruf zurück an den Weitervermittelnden (nicht rechtzeitig angenommen) oder vom Anrufer aufgegeben.</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>Wiederanruf</translation>
    </message>
    <message>
        <source>completed today</source>
        <translation>heute erledigt</translation>
    </message>
    <message>
        <source>completion rate today</source>
        <translation>Erledigungsquote heute</translation>
    </message>
    <message>
        <source>outside calls waiting</source>
        <translation>wartende Amtsanrufe</translation>
    </message>
    <message>
        <source>Callbacks completed since local midnight.</source>
        <translation>Seit Mitternacht (Ortszeit) erledigte Rückrufe.</translation>
    </message>
    <message>
        <source>Completed among the callbacks that ended since local midnight.</source>
        <translation>Erledigte unter den seit Mitternacht (Ortszeit) beendeten Rückrufen.</translation>
    </message>
    <message>
        <source>Outside callers not talking with anyone: ringing, held, being transferred or recalling.</source>
        <translation>Amtsanrufer, die mit niemandem sprechen: klingelnd, gehalten, in Weiterleitung oder zurückkommend.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Lin&amp;k and changes</source>
        <translation>Verbindung und &amp;Änderungen</translation>
    </message>
</context>
</TS>
