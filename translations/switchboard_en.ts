<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>choose the rows to renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row to renumber is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first number: &apos;%1&apos; is not 1 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: %1 is not 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbering from %1 reaches %2: more than 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the row to copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the rows to copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what to copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>simulated controller, %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>serial port %1 at %2 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stations: %1 is not 2 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines: %1 is not 0 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial port: choose one, or type its device (/dev/ttyUSB0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate: %1 baud is not one of 9600 to 921600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB device: choose one, or type its VID:PID (1209:4b54)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bus %1, device %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: connection/kind: &apos;%2&apos; is not simulated, serial or usb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection/usb: &apos;%2&apos; is not VID:PID (1209:4b54)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 (%2): the connection is not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionCsv</name>
    <message>
        <source>row 1: the header must be number,name,type,port,receivesCampOnTones,lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 6 fields expected, %2 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not keyset, single-line or attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: receivesCampOnTones &apos;%2&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camp-on tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guard delay (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension %1 (port %2) removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension %1 (port %2) added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name &apos;%2&apos; → &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: camp-on tones %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lines %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quote &quot; opens a field and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold recall (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer recall (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history at most (MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallerPassword</name>
    <message>
        <source>Programming is locked for %1 s after too many wrong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the factory password and the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Runs a key telephone system from this PC. With no transport option it runs on the built-in simulated controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the simulated controller (default 32,8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATIONS[,LINES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller on a serial port (/dev/ttyUSB0, /dev/ttyACM0 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial rate, 9600 to 921600 (default 115200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller on USB; VID:PID in hex (default 1209:4b54).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VID:PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programming file (default: in the user&apos;s configuration directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: call processing only, one line per event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulated controller&apos;s ring cadences this many times faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to start in: extensions or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate, --serial and --usb exclude each other: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate takes STATIONS[,LINES], e.g. 32,8; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate: stations must be 2 to 9999; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate: lines must be 0 to 16; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serial needs a device, e.g. /dev/ttyUSB0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baud must be a rate from 9600 to 921600; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baud only applies with --serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--usb takes VID:PID in hex, e.g. 1209:4b54; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sim-speed must be a factor from 0.1 to 1000; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view takes extensions or supervisor; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs the window: leave out --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes a language code such as de or es; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: %1 is %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: %1 is a loop of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: %1 is a symbolic link to %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console of a remote call service: mqtt://HOST[:PORT] or mqtts://HOST[:PORT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s user name on the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate for mqtts://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation&apos;s name on the bus (default office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles the broker gives this user: reception, supervisor, installer, separated by commas (default reception).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bus: &apos;%1&apos; is not a broker address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bus needs --user NAME (the console&apos;s user on the broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bus: the controller and the programming are the call service&apos;s; leave out --simulate, --serial, --usb, --config and --sim-speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bus needs the window: leave out --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--system takes 1 to 32 of a-z, 0-9 and -; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --bus URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programming</name>
    <message>
        <source>Attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension %1 (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number must be 1 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number clashes with the line code 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type: port 1 is the attendant position and takes a keyset, not a single-line set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: no extension is the attendant; give one keyset the type attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number %2 is the start of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring limit must be 1 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guard delay must be 0 to 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per extension must be 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per caller must be 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text-direction control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: character %1 (U+%2) is %3, which a name may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extensions: the table is empty, so no phone would work; keep at least the attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is beyond the controller&apos;s stations (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is beyond the controller&apos;s lines (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold recall time must be 10 to 600 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer recall time must be 10 to 300 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammingFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not a Switchboard programming file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: %1 is not a version this program reads (it reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: &apos;%2&apos; is not keyset, single-line or attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: unknown key, ignored (did you mean %3?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: missing (this program reads %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: must be the number %1; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options: must be an object { … }; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options.%1: must be true or false; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options.%1: must be a whole number from %2 to %3; found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options.%1: must be a number from %2 to %3; found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extensions: must be a list [ … ]; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object { … }; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.port: must be a whole number from 1 to 65535; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.number: must be digits in quotes (&quot;104&quot;); found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: must be text in quotes; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: must be &quot;keyset&quot;, &quot;single-line&quot; or &quot;attendant&quot;; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.receivesCampOnTones: must be true or false; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.lines: must be a list of line numbers [1, 2]; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.lines: %2 is not a line number (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammingService</name>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the INI format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer/hash is cut short or is not an Argon2id hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer/hash is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installer&apos;s password file %1 is damaged: %2. Programming stays locked. Restore the file from a backup, or delete it to go back to the factory password (to be changed at once; the kept connection goes with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not changed: %1. The old password stays in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammingStore</name>
    <message>
        <source>The programming file %1 does not load (%2); running on its backup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programming file %1 does not load (%2) and there is no good backup; running on the factory defaults until it is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Change the factory password before applying a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>the service&apos;s report is not one this console can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s history is not one this console can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median, left to completed (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile, left to completed (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calls rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calls answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calls abandoned while ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time to answer (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile time to answer (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calls transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calls recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks for an extension in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Week %1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>“%1” is not a system name: 1 to 32 characters of a-z, 0-9 and -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password is not remembered (no desktop keyring: %1); it is asked at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard: log in to the call service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::bus::BusUrl</name>
    <message>
        <source>“%1” is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use mqtt:// or mqtts://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query (“%1”) has no place in a broker address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fragment (“%1”) has no place in a broker address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path (“%1”) has no place in a broker address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name or password has no place in a broker address: they are set separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address in “%1” lacks its closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” after the IPv6 address is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing: write mqtt://HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::bus::MqttClient</name>
    <message>
        <source>no answer from the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the broker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::client::BusClient</name>
    <message>
        <source>The console was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the command: user %1 may not send %2 commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call service is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the broker was lost; the command may or may not have been carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the command (reason code 0x%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::client::Client</name>
    <message>
        <source>This console does not hold the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::client::CommandOperation</name>
    <message>
        <source>The service did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::client::InProcessClient</name>
    <message>
        <source>The call service has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::client::Roles</name>
    <message>
        <source>unknown role &quot;%1&quot; (reception, supervisor or installer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role given (reception, supervisor or installer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::hal::ControllerLink</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link down: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::hal::InProcessTransport</name>
    <message>
        <source>simulated controller (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::hal::SerialTransport</name>
    <message>
        <source>%1 at %2 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device was unplugged or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed: the device was unplugged or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed: the device was unplugged or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::hal::SimulatorRunner</name>
    <message>
        <source>power takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say &apos;%1 line N&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 cannot do that now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a station number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial takes digits 0-9, * and #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1 cannot do that now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys are CALLBACK, CLEAR, DND, FLASH, HOLD, TRANSFER, LINE1 to LINE16</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::hal::UsbTransport</name>
    <message>
        <source>USB is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no USB device %1 is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (install the udev rule, see README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot claim interface %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::service::Runtime</name>
    <message>
        <source>controller %1, firmware %2.%3, boot_id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboard %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programming does not fit this controller (%1 stations, %2 lines): %3; running on the factory defaults until a programming that fits is applied. The programming file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 left: %2 waits for %3 (position %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller was reset: every request is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 left: line %2, transferred by %3, waits for %4 (position %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programming changes cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the audit log could not be read.</source>
        <translation>
            <numerusform>%n damaged line of the audit log could not be read.</numerusform>
            <numerusform>%n damaged lines of the audit log could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CommandFeedback</name>
    <message>
        <source>your role does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such extension or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the call service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker refused it: this user may not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console does not hold the role needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role, which this console does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::DetailsPane</name>
    <message>
        <source>Clear its &amp;callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear its for&amp;warding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting for this extension, first in line first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks this extension has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every callback this extension has left (as its CLEAR key, choice 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop forwarding this extension&apos;s calls (as its CLEAR key, choice 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request selected in either list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb: callers hear the DND tone and cannot leave callbacks here (undo: Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward all calls of this extension to the number given (undo: Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for this extension (first in line first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks it has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended (caller busy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling the caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing this extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camped on (off-hook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an extension in the grid (arrow keys, or type its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks left by %1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear forwarding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding of %1 cleared (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of %1 for %2 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end do not disturb at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: do not disturb ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: do not disturb (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot forward to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now forwards to %2 (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request %1 left for %2?
This cannot be undone: %1 would have to leave it again and would lose its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request of %1 for %2 had already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the request to cancel (arrow keys), then press Delete again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number to forward %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already forwards to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: %1. The last state known was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the call service: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the callbacks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the request of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer the attendant&apos;s call here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the attendant&apos;s outside call to this extension (Ctrl+T; or drag the call onto its tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 transferred here, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer line %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer line %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer the attendant&apos;s call to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 transferred to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call transferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalling elsewhere (see Outside lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller was reset: every request is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer the attendant&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a line to the attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the controller connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the programming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transferred an outside call to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left a callback for a free outside line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left a callback for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outside call transferred by %1 rings at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outside line is free: the callback of %1 rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is free: the callback of %1 rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 answered the outside call transferred by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 did not answer the outside call transferred by %1: it returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outside caller transferred to %2 hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outside call transferred by %1 to %2 ended: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got an outside line: callback completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are talking: callback completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback of %1 for an outside line ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback of %1 for %2 ended: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwards calls to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer forwards calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller link is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller link is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied programming (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionDelegate</name>
    <message>
        <source>camp-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionFilter</name>
    <message>
        <source>All extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND or forwarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionModel</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off-hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hears busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camped on, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing: %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing: outside call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) waiting for this extension; first: %1</source>
        <translation>
            <numerusform>%n caller waiting for this extension; first: %1</numerusform>
            <numerusform>%n callers waiting for this extension; first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A caller is waiting off-hook (camp-on) and is connected as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Has left %n callback(s) at busy colleagues.</source>
        <translation>
            <numerusform>Has left %n callback at busy colleagues.</numerusform>
            <numerusform>Has left %n callbacks at busy colleagues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb: calls get the DND tone; no callbacks can be left here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls are forwarded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the call service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call service is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller link is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is still loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: %1. The last state known was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was transferred here and waits for this extension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::LinesModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing, nobody free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside call rings on line %1; every station it rings is busy or in DND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside call rings on line %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendant talks on line %1. Drag this row onto a tile, or select the tile and press Ctrl+T, to transfer the call there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 talks on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller on line %1 is on hold at %2 (hears music).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred to %1, ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 rings %2, transferred by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camped on at %1, place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 waits for %2 (place %3 in its queue), transferred by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in transfer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is on hold while %2 transfers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not current (was: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of line %1 was not answered: it waits for the attendant, who is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was on hold too long: it waits for the attendant, who is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalling %1 (transfer not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of line %1 was not answered in time (or the line was sent to the attendant): it rings %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalling %1 (held line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held line %1 rings the attendant %2: it was held too long, or sent to the attendant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalling %1 (held too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was on hold too long: it rings %2, who held it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::LinesPanel</name>
    <message>
        <source>Send to &amp;attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To transfer the attendant&apos;s call: select a tile and press Ctrl+T, or drag the call (its row here, or the attendant&apos;s tile) onto a tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected line, held, camped on or recalling, goes to the attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send line %1 to the attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the call service: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 sent to the attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::LinkTraceView</name>
    <message>
        <source>&amp;Export trace as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the controller said and each command sent to it, as the call service in this program wrote them (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console reaches the call service over the bus, which carries no link trace. It is only on the service&apos;s PC: its journal (journalctl -u switchboardd) has what the controller said and every event; the commands sent to the controller are traced only by a console that runs the call service itself (without --bus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the link trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gramming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export event log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated p&amp;hones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last change %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another controller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to the call service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call service cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller: %1, firmware %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1, not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture not current: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside l&amp;ines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not transferred: line %1 is no longer the attendant&apos;s call (it is on line %2 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not transferred: line %1 is no longer the attendant&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Densit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mfortable tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pact tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::PhoneWidget</name>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder (error) tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camp-on beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do-not-disturb tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift handset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handset plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the handset (answers a ringing phone) or hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLBACK: at busy tone, leave a callback; its lamp flashes while you have callbacks waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLEAR: at an idle phone, the menu to clear your callbacks (1) or forwarding (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND: do not disturb on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (lift handset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: an intercom call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: an outside call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: the callback ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handset down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside line \1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hears: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the handset first: a phone on the hook takes digits only in its CLEAR menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp-on beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD: hold the outside call you are talking on (the caller hears music) and get dial tone; at dial tone, take back a line you seized with 9 and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSFER: hold the outside call for transfer and get dial tone; dial the extension and hang up, or press TRANSFER again to go back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASH (hook flash): transfer the outside call you are talking on, as TRANSFER does on a keyset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: answers the line when it rings in, takes it back when it is held, seizes it when it is free. Its lamp: fast flash ringing in, on talking, slow flash held or waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♪ Camp-on beep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::PhonesPanel</name>
    <message>
        <source>Phone A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it: lift B&apos;s handset, then from A dial B&apos;s number, press CALLBACK and hang up. Hang up B: A rings back; answer on A, then on B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller gives up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far end hangs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a realistic load going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside lines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line rings in or is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: held, the caller hears music on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: ringing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ProgrammingPage</name>
    <message>
        <source>Change the installer password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp-on tones system-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming is for installers. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension t&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside &amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System o&amp;ptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp-on tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected rows consecutive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy type, camp-on tones or lines of the current row to the other selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations each outside line rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the stations each outside line rings. Calls on a line that rings no station go unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback rings before it is cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests expire after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting at one extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests one caller may leave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installer password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to this connection now and keep it for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for %1 s after too many wrong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the factory password: change it before applying a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1
%n station(s)</source>
        <translation>
            <numerusform>Line %1
%n station</numerusform>
            <numerusform>Line %1
%n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Rings no station: line %1. Its calls would go unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the programming can be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is applied until they are mended.</source>
        <translation>
            <numerusform>%n problem: nothing is applied until they are mended.</numerusform>
            <numerusform>%n problems: nothing is applied until they are mended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied and saved: %n change(s).</source>
        <translation>
            <numerusform>Applied and saved: %n change.</numerusform>
            <numerusform>Applied and saved: %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) take effect at once:</source>
        <translation>
            <numerusform>%n change takes effect at once:</numerusform>
            <numerusform>%n changes take effect at once:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: mend the rows listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) imported; Apply to use them.</source>
        <translation>
            <numerusform>%n extension imported; Apply to use them.</numerusform>
            <numerusform>%n extensions imported; Apply to use them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settings of extension %1 copied to %n row(s).</source>
        <translation>
            <numerusform>Settings of extension %1 copied to %n row.</numerusform>
            <numerusform>Settings of extension %1 copied to %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to renumber first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s), in table order.</source>
        <translation>
            <numerusform>%n selected row, in table order.</numerusform>
            <numerusform>%n selected rows, in table order.</numerusform>
        </translation>
    </message>
    <message>
        <source>First number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to copy to, with the row to copy from current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From extension %1 to %n other row(s):</source>
        <translation>
            <numerusform>From extension %1 to %n other row:</numerusform>
            <numerusform>From extension %1 to %n other rows:</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for serial ports and USB devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports found: %1. USB devices found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the %1; it is kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link drops for a moment. Requests are kept when the same controller answers again; another controller starts afresh (a reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock to choose another controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem to go to its cell or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. The edits not yet applied are kept: unlock to go on.</source>
        <translation>
            <numerusform>Locked after %n minute without input. The edits not yet applied are kept: unlock to go on.</numerusform>
            <numerusform>Locked after %n minutes without input. The edits not yet applied are kept: unlock to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>Locked after %n minute without input.</numerusform>
            <numerusform>Locked after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) will be removed.</source>
        <translation>
            <numerusform>%n extension will be removed.</numerusform>
            <numerusform>%n extensions will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file replaces the whole table: %n extension(s) not in it will be removed.</source>
        <translation>
            <numerusform>The file replaces the whole table: %n extension not in it will be removed.</numerusform>
            <numerusform>The file replaces the whole table: %n extensions not in it will be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: the page was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes &amp;made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the edits and load the programming in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the programming in force (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call service ended the installer session. Unlock to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call service&apos;s ports and devices are listed only on its own PC: type the port or the USB device&apos;s VID:PID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: someone applied a change first (the programming in force is revision %1, these edits are based on %2). Nothing of them was applied; Reload to start from the programming in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the call service has locked programming; unlock again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programming in force changed (revision %1): shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone applied a change (revision %1) while you edited: Apply would be refused. Reload to start from it (your edits are dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is being applied: wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programming in force has not arrived from the call service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Applying %n change…</numerusform>
            <numerusform>Applying %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: not yet known (waiting for the call service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held line rings back after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unanswered transfer comes back after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is kept for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History takes at most:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median, left to completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile, left to completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned while ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportRequestsModel</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outside line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportsPage</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensio&amp;ns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks left by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and show its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the call service for the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of requests: %n so far…</source>
        <translation>
            <numerusform>Reading the list of requests: %n so far…</numerusform>
            <numerusform>Reading the list of requests: %n so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report of %1, all extensions: %n request(s) ended.</source>
        <translation>
            <numerusform>Report of %1, all extensions: %n request ended.</numerusform>
            <numerusform>Report of %1, all extensions: %n requests ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %1 for %2: %n request(s) ended.</source>
        <translation>
            <numerusform>Report of %1 for %2: %n request ended.</numerusform>
            <numerusform>Report of %1 for %2: %n requests ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard report: callbacks and outside calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list and the busiest targets show the first %1 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows the first %1 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest targets count the requests that ended in the period (the service&apos;s report does not name them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest targets: callbacks left for them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::RequestTableModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SupervisorView</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests by number or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How requests ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;log as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;State&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controller&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%3.%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;boot_id&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Frames sent&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Frames received&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Retransmissions&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Framing errors&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controller errors&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Outages&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Last reset&lt;/td&gt;&lt;td&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests not ringing yet: waiting, suspended or camped on. The queue depth chart counts the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests whose callback is ringing at the caller or the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth: requests waiting (not ringing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside calls transferred to an extension: answered there, recalled to whoever transferred them (not answered in time), or abandoned by the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion rate today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calls waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks completed since local midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed among the callbacks that ended since local midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside callers not talking with anyone: ringing, held, being transferred or recalling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k and changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
