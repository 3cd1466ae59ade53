<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>No se puede escribir el registro de auditoría %1: %2</translation>
    </message>
    <message>
        <source>it cannot be moved to %1</source>
        <translation>no se puede mover a %1</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>choose the rows to renumber</source>
        <translation>elija las filas que renumerar</translation>
    </message>
    <message>
        <source>a row to renumber is not in the table</source>
        <translation>una fila que renumerar no está en la tabla</translation>
    </message>
    <message>
        <source>first number: &apos;%1&apos; is not 1 to 8 digits</source>
        <translation>primer número: «%1» no tiene de 1 a 8 dígitos</translation>
    </message>
    <message>
        <source>step: %1 is not 1 to 1000</source>
        <translation>incremento: %1 no está entre 1 y 1000</translation>
    </message>
    <message>
        <source>renumbering from %1 reaches %2: more than 8 digits</source>
        <translation>renumerar desde %1 llega a %2: más de 8 dígitos</translation>
    </message>
    <message>
        <source>choose the row to copy from</source>
        <translation>elija la fila de origen</translation>
    </message>
    <message>
        <source>choose the rows to copy to</source>
        <translation>elija las filas de destino</translation>
    </message>
    <message>
        <source>choose what to copy</source>
        <translation>elija qué copiar</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>simulated controller, %1 and %2</source>
        <translation>controlador simulado, %1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n estación</numerusform>
            <numerusform>%n estaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>serial port %1 at %2 baud</source>
        <translation>puerto serie %1 a %2 baudios</translation>
    </message>
    <message>
        <source>USB device %1</source>
        <translation>dispositivo USB %1</translation>
    </message>
    <message>
        <source>stations: %1 is not 2 to 9999</source>
        <translation>estaciones: %1 no está entre 2 y 9999</translation>
    </message>
    <message>
        <source>lines: %1 is not 0 to 16</source>
        <translation>líneas: %1 no está entre 0 y 16</translation>
    </message>
    <message>
        <source>serial port: choose one, or type its device (/dev/ttyUSB0)</source>
        <translation>puerto serie: elija uno o escriba su dispositivo (/dev/ttyUSB0)</translation>
    </message>
    <message>
        <source>rate: %1 baud is not one of 9600 to 921600</source>
        <translation>velocidad: %1 baudios no es una de 9600 a 921600</translation>
    </message>
    <message>
        <source>USB device: choose one, or type its VID:PID (1209:4b54)</source>
        <translation>Dispositivo USB: elija uno o escriba su VID:PID (1209:4b54)</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>n.º de serie %1</translation>
    </message>
    <message>
        <source>(bus %1, device %2)</source>
        <translation>(bus %1, dispositivo %2)</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: connection/kind: &apos;%2&apos; is not simulated, serial or usb</source>
        <translation>%1: connection/kind: «%2» no es simulated, serial ni usb</translation>
    </message>
    <message>
        <source>%1: connection: %2</source>
        <translation>%1: conexión: %2</translation>
    </message>
    <message>
        <source>%1: connection/usb: &apos;%2&apos; is not VID:PID (1209:4b54)</source>
        <translation>%1: connection/usb: «%2» no es VID:PID (1209:4b54)</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is not a number</source>
        <translation>%1: %2: «%3» no es un número</translation>
    </message>
    <message>
        <source>cannot write %1 (%2): the connection is not changed</source>
        <translation>no se puede escribir %1 (%2): la conexión no cambia</translation>
    </message>
</context>
<context>
    <name>ExtensionCsv</name>
    <message>
        <source>row 1: the header must be number,name,type,port,receivesCampOnTones,lines</source>
        <translation>fila 1: la cabecera debe ser number,name,type,port,receivesCampOnTones,lines</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>%1: 6 fields expected, %2 found</source>
        <translation>%1: se esperaban 6 campos, hay %2</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not keyset, single-line or attendant</source>
        <translation>%1: el tipo «%2» no es keyset, single-line ni attendant</translation>
    </message>
    <message>
        <source>%1: port &apos;%2&apos; is not a number</source>
        <translation>%1: el puerto «%2» no es un número</translation>
    </message>
    <message>
        <source>%1: receivesCampOnTones &apos;%2&apos; is not yes or no</source>
        <translation>%1: receivesCampOnTones «%2» no es yes ni no</translation>
    </message>
    <message>
        <source>%1: line &apos;%2&apos; is not a number</source>
        <translation>%1: la línea «%2» no es un número</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rellamada</translation>
    </message>
    <message>
        <source>camp-on tones</source>
        <translation>tonos de llamada en espera</translation>
    </message>
    <message>
        <source>ring limit</source>
        <translation>límite de timbres</translation>
    </message>
    <message>
        <source>guard delay (s)</source>
        <translation>retardo de guarda (s)</translation>
    </message>
    <message>
        <source>expiry (min)</source>
        <translation>caducidad (min)</translation>
    </message>
    <message>
        <source>requests per extension</source>
        <translation>solicitudes por extensión</translation>
    </message>
    <message>
        <source>requests per caller</source>
        <translation>solicitudes por llamante</translation>
    </message>
    <message>
        <source>extension %1 (port %2) removed</source>
        <translation>extensión %1 (puerto %2) eliminada</translation>
    </message>
    <message>
        <source>extension %1 (port %2) added</source>
        <translation>extensión %1 (puerto %2) añadida</translation>
    </message>
    <message>
        <source>extension %1 (port %2)</source>
        <translation>extensión %1 (puerto %2)</translation>
    </message>
    <message>
        <source>%1: number %2 → %3</source>
        <translation>%1: número %2 → %3</translation>
    </message>
    <message>
        <source>%1: name &apos;%2&apos; → &apos;%3&apos;</source>
        <translation>%1: nombre «%2» → «%3»</translation>
    </message>
    <message>
        <source>%1: type %2 → %3</source>
        <translation>%1: tipo %2 → %3</translation>
    </message>
    <message>
        <source>%1: camp-on tones %2 → %3</source>
        <translation>%1: tonos de llamada en espera %2 → %3</translation>
    </message>
    <message>
        <source>%1: lines %2 → %3</source>
        <translation>%1: líneas %2 → %3</translation>
    </message>
    <message>
        <source>%1: a quote &quot; opens a field and is never closed</source>
        <translation>%1: unas comillas &quot; abren un campo que nunca se cierra</translation>
    </message>
    <message>
        <source>hold recall (s)</source>
        <translation>retorno de llamada retenida (s)</translation>
    </message>
    <message>
        <source>transfer recall (s)</source>
        <translation>retorno de transferencia (s)</translation>
    </message>
    <message>
        <source>history kept (days)</source>
        <translation>historial guardado (días)</translation>
    </message>
    <message>
        <source>history at most (MB)</source>
        <translation>historial como máximo (MB)</translation>
    </message>
</context>
<context>
    <name>InstallerPassword</name>
    <message>
        <source>Programming is locked for %1 s after too many wrong passwords.</source>
        <translation>La programación está bloqueada %1 s tras demasiadas contraseñas erróneas.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>La nueva contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The new password must differ from the factory password and the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la de fábrica y de la actual.</translation>
    </message>
    <message>
        <source>The password could not be stored (out of memory).</source>
        <translation>No se pudo guardar la contraseña (sin memoria).</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Runs a key telephone system from this PC. With no transport option it runs on the built-in simulated controller.</source>
        <translation>Gestiona una centralita telefónica desde este PC. Sin opción de conexión funciona con el controlador simulado integrado.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Size of the simulated controller (default 32,8).</source>
        <translation>Tamaño del controlador simulado (por defecto 32,8).</translation>
    </message>
    <message>
        <source>STATIONS[,LINES]</source>
        <translation>EXTENSIONES[,LÍNEAS]</translation>
    </message>
    <message>
        <source>Controller on a serial port (/dev/ttyUSB0, /dev/ttyACM0 …).</source>
        <translation>Controlador en un puerto serie (/dev/ttyUSB0, /dev/ttyACM0 …).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>Serial rate, 9600 to 921600 (default 115200).</source>
        <translation>Velocidad serie, de 9600 a 921600 (por defecto 115200).</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>VELOCIDAD</translation>
    </message>
    <message>
        <source>Controller on USB; VID:PID in hex (default 1209:4b54).</source>
        <translation>Controlador por USB; VID:PID en hexadecimal (por defecto 1209:4b54).</translation>
    </message>
    <message>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <source>The programming file (default: in the user&apos;s configuration directory).</source>
        <translation>El archivo de programación (por defecto: en la carpeta de configuración del usuario).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>No window: call processing only, one line per event.</source>
        <translation>Sin ventana: solo el procesamiento de llamadas, una línea por evento.</translation>
    </message>
    <message>
        <source>Interface language (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Run the simulated controller&apos;s ring cadences this many times faster.</source>
        <translation>Acelera las cadencias de llamada del controlador simulado este número de veces.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Guarda una imagen de la ventana principal en ARCHIVO y sale.</translation>
    </message>
    <message>
        <source>The view to start in: extensions or supervisor.</source>
        <translation>La vista inicial: extensions o supervisor.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VISTA</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--simulate, --serial and --usb exclude each other: choose one</source>
        <translation>--simulate, --serial y --usb se excluyen entre sí: elija uno</translation>
    </message>
    <message>
        <source>--simulate takes STATIONS[,LINES], e.g. 32,8; got &apos;%1&apos;</source>
        <translation>--simulate espera EXTENSIONES[,LÍNEAS], p. ej. 32,8; recibido «%1»</translation>
    </message>
    <message>
        <source>--simulate: stations must be 2 to 9999; got %1</source>
        <translation>--simulate: las extensiones deben ser de 2 a 9999; recibido %1</translation>
    </message>
    <message>
        <source>--simulate: lines must be 0 to 16; got %1</source>
        <translation>--simulate: las líneas deben ser de 0 a 16; recibido %1</translation>
    </message>
    <message>
        <source>--serial needs a device, e.g. /dev/ttyUSB0</source>
        <translation>--serial necesita un dispositivo, p. ej. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>--baud must be a rate from 9600 to 921600; got &apos;%1&apos;</source>
        <translation>--baud debe ser una velocidad de 9600 a 921600; recibido «%1»</translation>
    </message>
    <message>
        <source>--baud only applies with --serial</source>
        <translation>--baud solo se aplica con --serial</translation>
    </message>
    <message>
        <source>--usb takes VID:PID in hex, e.g. 1209:4b54; got &apos;%1&apos;</source>
        <translation>--usb espera VID:PID en hexadecimal, p. ej. 1209:4b54; recibido «%1»</translation>
    </message>
    <message>
        <source>--sim-speed must be a factor from 0.1 to 1000; got &apos;%1&apos;</source>
        <translation>--sim-speed debe ser un factor de 0,1 a 1000; recibido «%1»</translation>
    </message>
    <message>
        <source>--view takes extensions or supervisor; got &apos;%1&apos;</source>
        <translation>--view espera extensions o supervisor; recibido «%1»</translation>
    </message>
    <message>
        <source>--screenshot needs the window: leave out --headless</source>
        <translation>--screenshot necesita la ventana: quite --headless</translation>
    </message>
    <message>
        <source>--lang takes a language code such as de or es; got &apos;%1&apos;</source>
        <translation>--lang espera un código de idioma como de o es; recibido «%1»</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--config: %1 is %2, not a regular file</source>
        <translation>--config: %1 es %2, no un archivo normal</translation>
    </message>
    <message>
        <source>--config: %1 is a loop of symbolic links</source>
        <translation>--config: %1 es un bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>--config: %1 is a symbolic link to %2, which does not exist</source>
        <translation>--config: %1 es un enlace simbólico a %2, que no existe</translation>
    </message>
    <message>
        <source>--config: the folder %1 does not exist</source>
        <translation>--config: la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>--config: %1: %2</source>
        <translation>--config: %1: %2</translation>
    </message>
    <message>
        <source>A console of a remote call service: mqtt://HOST[:PORT] or mqtts://HOST[:PORT].</source>
        <translation>Consola de un servicio de llamadas remoto: mqtt://HOST[:PUERTO] o mqtts://HOST[:PUERTO].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The console&apos;s user name on the broker.</source>
        <translation>El nombre de usuario de la consola en el broker.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The CA certificate for mqtts://.</source>
        <translation>El certificado de la CA para mqtts://.</translation>
    </message>
    <message>
        <source>The installation&apos;s name on the bus (default office).</source>
        <translation>El nombre de la instalación en el bus (por defecto office).</translation>
    </message>
    <message>
        <source>The roles the broker gives this user: reception, supervisor, installer, separated by commas (default reception).</source>
        <translation>Los roles que el broker concede a este usuario: reception, supervisor, installer, separados por comas (por defecto reception).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>--bus: &apos;%1&apos; is not a broker address: %2</source>
        <translation>--bus: «%1» no es una dirección de broker: %2</translation>
    </message>
    <message>
        <source>--bus needs --user NAME (the console&apos;s user on the broker)</source>
        <translation>--bus necesita --user NOMBRE (el usuario de la consola en el broker)</translation>
    </message>
    <message>
        <source>--bus: the controller and the programming are the call service&apos;s; leave out --simulate, --serial, --usb, --config and --sim-speed</source>
        <translation>--bus: el controlador y la programación son del servicio de llamadas; omita --simulate, --serial, --usb, --config y --sim-speed</translation>
    </message>
    <message>
        <source>--bus needs the window: leave out --headless</source>
        <translation>--bus necesita la ventana: omita --headless</translation>
    </message>
    <message>
        <source>--system takes 1 to 32 of a-z, 0-9 and -; got &apos;%1&apos;</source>
        <translation>--system espera de 1 a 32 caracteres de a-z, 0-9 y -; recibido «%1»</translation>
    </message>
    <message>
        <source>--%1 needs --bus URL</source>
        <translation>--%1 necesita --bus URL</translation>
    </message>
</context>
<context>
    <name>Programming</name>
    <message>
        <source>Attendant</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>extension %1 (row %2)</source>
        <translation>extensión %1 (fila %2)</translation>
    </message>
    <message>
        <source>%1: number must be 1 to 8 digits</source>
        <translation>%1: el número debe tener de 1 a 8 dígitos</translation>
    </message>
    <message>
        <source>%1: number clashes with the line code 9</source>
        <translation>%1: el número choca con el código de línea 9</translation>
    </message>
    <message>
        <source>%1: number is used twice</source>
        <translation>%1: el número está usado dos veces</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range</source>
        <translation>%1: el puerto %2 está fuera de rango</translation>
    </message>
    <message>
        <source>%1: port %2 is used twice</source>
        <translation>%1: el puerto %2 está usado dos veces</translation>
    </message>
    <message>
        <source>%1: line %2 is out of range</source>
        <translation>%1: la línea %2 está fuera de rango</translation>
    </message>
    <message>
        <source>%1: number %2 is the start of %3 (%4)</source>
        <translation>%1: el número %2 es el comienzo de %3 (%4)</translation>
    </message>
    <message>
        <source>ring limit must be 1 to 15</source>
        <translation>el límite de timbres debe ser de 1 a 15</translation>
    </message>
    <message>
        <source>guard delay must be 0 to 60 s</source>
        <translation>el retardo de guarda debe ser de 0 a 60 s</translation>
    </message>
    <message>
        <source>expiry must not be negative</source>
        <translation>la caducidad no puede ser negativa</translation>
    </message>
    <message>
        <source>requests per extension must be 1 to 1000</source>
        <translation>las solicitudes por extensión deben ser de 1 a 1000</translation>
    </message>
    <message>
        <source>requests per caller must be 1 to 1000</source>
        <translation>las solicitudes por llamante deben ser de 1 a 1000</translation>
    </message>
    <message>
        <source>%1: type: port 1 is the attendant position and takes a keyset, not a single-line set</source>
        <translation>%1: tipo: el puerto 1 es el puesto de operadora y lleva un teléfono de sistema, no un teléfono simple</translation>
    </message>
    <message>
        <source>type: no extension is the attendant; give one keyset the type attendant</source>
        <translation>tipo: ninguna extensión es la operadora; dé a un teléfono de sistema el tipo operadora</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <source>a text-direction control</source>
        <translation>un control de dirección del texto</translation>
    </message>
    <message>
        <source>name: character %1 (U+%2) is %3, which a name may not hold</source>
        <translation>nombre: el carácter %1 (U+%2) es %3, que un nombre no puede contener</translation>
    </message>
    <message>
        <source>extensions: the table is empty, so no phone would work; keep at least the attendant</source>
        <translation>extensiones: la tabla está vacía, así no funcionaría ningún teléfono; conserve al menos la operadora</translation>
    </message>
    <message>
        <source>%1: port %2 is beyond the controller&apos;s stations (it has %3)</source>
        <translation>%1: el puerto %2 supera las extensiones del controlador (tiene %3)</translation>
    </message>
    <message>
        <source>%1: line %2 is beyond the controller&apos;s lines (it has %3)</source>
        <translation>%1: la línea %2 supera las líneas del controlador (tiene %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hold recall time must be 10 to 600 s</source>
        <translation>el tiempo de retorno de una llamada retenida debe ser de 10 a 600 s</translation>
    </message>
    <message>
        <source>transfer recall time must be 10 to 300 s</source>
        <translation>el tiempo de retorno de una transferencia debe ser de 10 a 300 s</translation>
    </message>
</context>
<context>
    <name>ProgrammingFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation>el archivo no es un objeto JSON</translation>
    </message>
    <message>
        <source>format: not a Switchboard programming file</source>
        <translation>format: no es un archivo de programación de Switchboard</translation>
    </message>
    <message>
        <source>version: %1 is not a version this program reads (it reads %2)</source>
        <translation>version: %1 no es una versión que lea este programa (lee la %2)</translation>
    </message>
    <message>
        <source>%1.type: &apos;%2&apos; is not keyset, single-line or attendant</source>
        <translation>%1.type: «%2» no es keyset, single-line ni attendant</translation>
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
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>el texto «%1»</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>una lista [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>un objeto { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1%2: unknown key, ignored (did you mean %3?)</source>
        <translation>%1%2: clave desconocida, ignorada (¿quería decir %3?)</translation>
    </message>
    <message>
        <source>%1%2: unknown key, ignored</source>
        <translation>%1%2: clave desconocida, ignorada</translation>
    </message>
    <message>
        <source>version: missing (this program reads %1)</source>
        <translation>version: falta (este programa lee %1)</translation>
    </message>
    <message>
        <source>version: must be the number %1; found %2</source>
        <translation>version: debe ser el número %1; encontrado: %2</translation>
    </message>
    <message>
        <source>options: must be an object { … }; found %1</source>
        <translation>options: debe ser un objeto { … }; encontrado: %1</translation>
    </message>
    <message>
        <source>options.%1: must be true or false; found %2</source>
        <translation>options.%1: debe ser true o false; encontrado: %2</translation>
    </message>
    <message>
        <source>options.%1: must be a whole number from %2 to %3; found %4</source>
        <translation>options.%1: debe ser un número entero de %2 a %3; encontrado: %4</translation>
    </message>
    <message>
        <source>options.%1: must be a number from %2 to %3; found %4</source>
        <translation>options.%1: debe ser un número de %2 a %3; encontrado: %4</translation>
    </message>
    <message>
        <source>extensions: must be a list [ … ]; found %1</source>
        <translation>extensions: debe ser una lista [ … ]; encontrado: %1</translation>
    </message>
    <message>
        <source>%1: must be an object { … }; found %2</source>
        <translation>%1: debe ser un objeto { … }; encontrado: %2</translation>
    </message>
    <message>
        <source>%1.port: must be a whole number from 1 to 65535; found %2</source>
        <translation>%1.port: debe ser un número entero de 1 a 65535; encontrado: %2</translation>
    </message>
    <message>
        <source>%1.number: must be digits in quotes (&quot;104&quot;); found %2</source>
        <translation>%1.number: deben ser dígitos entre comillas (&quot;104&quot;); encontrado: %2</translation>
    </message>
    <message>
        <source>%1.name: must be text in quotes; found %2</source>
        <translation>%1.name: debe ser texto entre comillas; encontrado: %2</translation>
    </message>
    <message>
        <source>%1.type: must be &quot;keyset&quot;, &quot;single-line&quot; or &quot;attendant&quot;; found %2</source>
        <translation>%1.type: debe ser &quot;keyset&quot;, &quot;single-line&quot; o &quot;attendant&quot;; encontrado: %2</translation>
    </message>
    <message>
        <source>%1.receivesCampOnTones: must be true or false; found %2</source>
        <translation>%1.receivesCampOnTones: debe ser true o false; encontrado: %2</translation>
    </message>
    <message>
        <source>%1.lines: must be a list of line numbers [1, 2]; found %2</source>
        <translation>%1.lines: debe ser una lista de números de línea [1, 2]; encontrado: %2</translation>
    </message>
    <message>
        <source>%1.lines: %2 is not a line number (a whole number from 1)</source>
        <translation>%1.lines: %2 no es un número de línea (un número entero desde 1)</translation>
    </message>
</context>
<context>
    <name>ProgrammingService</name>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is not in the INI format</source>
        <translation>no está en formato INI</translation>
    </message>
    <message>
        <source>installer/hash is cut short or is not an Argon2id hash</source>
        <translation>installer/hash está cortado o no es un hash Argon2id</translation>
    </message>
    <message>
        <source>installer/hash is missing</source>
        <translation>falta installer/hash</translation>
    </message>
    <message>
        <source>The installer&apos;s password file %1 is damaged: %2. Programming stays locked. Restore the file from a backup, or delete it to go back to the factory password (to be changed at once; the kept connection goes with it).</source>
        <translation>El archivo de contraseña del instalador %1 está dañado: %2. La programación sigue bloqueada. Restaure el archivo desde una copia de seguridad o bórrelo para volver a la contraseña de fábrica (que debe cambiarse enseguida; la conexión guardada se pierde con él).</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>no aplicado: %1</translation>
    </message>
    <message>
        <source>The password is not changed: %1. The old password stays in force.</source>
        <translation>La contraseña no ha cambiado: %1. La contraseña anterior sigue vigente.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammingStore</name>
    <message>
        <source>The programming file %1 does not load (%2); running on its backup %3.</source>
        <translation>El archivo de programación %1 no se carga (%2); se usa su copia de seguridad %3.</translation>
    </message>
    <message>
        <source>The programming file %1 does not load (%2) and there is no good backup; running on the factory defaults until it is saved again.</source>
        <translation>El archivo de programación %1 no se carga (%2) y no hay una copia buena; se usa la configuración de fábrica hasta que se guarde de nuevo.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>No se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Change the factory password before applying a change.</source>
        <translation>Cambie la contraseña de fábrica antes de aplicar un cambio.</translation>
    </message>
    <message>
        <source>connection: %1 → %2</source>
        <translation>conexión: %1 → %2</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>mayor de %1 MiB</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>the service&apos;s report is not one this console can read</source>
        <translation>el informe del servicio no es uno que esta consola pueda leer</translation>
    </message>
    <message>
        <source>the service&apos;s history is not one this console can read</source>
        <translation>el historial del servicio no es uno que esta consola pueda leer</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>callbacks left</source>
        <translation>rellamadas dejadas</translation>
    </message>
    <message>
        <source>callbacks completed</source>
        <translation>rellamadas completadas</translation>
    </message>
    <message>
        <source>callbacks abandoned</source>
        <translation>rellamadas abandonadas</translation>
    </message>
    <message>
        <source>callbacks not answered</source>
        <translation>rellamadas sin respuesta</translation>
    </message>
    <message>
        <source>callbacks cleared</source>
        <translation>rellamadas borradas</translation>
    </message>
    <message>
        <source>callbacks expired</source>
        <translation>rellamadas caducadas</translation>
    </message>
    <message>
        <source>callbacks reset</source>
        <translation>rellamadas reiniciadas</translation>
    </message>
    <message>
        <source>callbacks disabled</source>
        <translation>rellamadas desactivadas</translation>
    </message>
    <message>
        <source>completion rate (%)</source>
        <translation>tasa de completadas (%)</translation>
    </message>
    <message>
        <source>median, left to completed (s)</source>
        <translation>mediana, de dejada a completada (s)</translation>
    </message>
    <message>
        <source>90th percentile, left to completed (s)</source>
        <translation>percentil 90, de dejada a completada (s)</translation>
    </message>
    <message>
        <source>outside calls rang</source>
        <translation>llamadas exteriores que sonaron</translation>
    </message>
    <message>
        <source>outside calls answered</source>
        <translation>llamadas exteriores contestadas</translation>
    </message>
    <message>
        <source>outside calls abandoned while ringing</source>
        <translation>llamadas exteriores abandonadas sonando</translation>
    </message>
    <message>
        <source>median time to answer (s)</source>
        <translation>mediana hasta contestar (s)</translation>
    </message>
    <message>
        <source>90th percentile time to answer (s)</source>
        <translation>percentil 90 hasta contestar (s)</translation>
    </message>
    <message>
        <source>outside calls transferred</source>
        <translation>llamadas exteriores transferidas</translation>
    </message>
    <message>
        <source>outside calls recalled</source>
        <translation>llamadas exteriores devueltas</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>rellamadas</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>caller</source>
        <translation>llamante</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>left at</source>
        <translation>dejada a las</translation>
    </message>
    <message>
        <source>served at</source>
        <translation>atendida a las</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>terminada a las</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Busiest targets</source>
        <translation>Destinos más solicitados</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>No callbacks for an extension in this period.</source>
        <translation>No hay rellamadas para una extensión en este periodo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Week %1, %2 – %3</source>
        <translation>Semana %1, %2 – %3</translation>
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
        <translation>no se pudieron escribir los ajustes</translation>
    </message>
    <message>
        <source>the settings could not be written (%1)</source>
        <translation>no se pudieron escribir los ajustes (%1)</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>“%1” is not a system name: 1 to 32 characters of a-z, 0-9 and -</source>
        <translation>«%1» no es un nombre de sistema: de 1 a 32 caracteres de a-z, 0-9 y -</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password is not remembered (no desktop keyring: %1); it is asked at the next start.</source>
        <translation>La contraseña no se recuerda (no hay llavero del escritorio: %1); se pedirá en el próximo inicio.</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Switchboard: log in to the call service</source>
        <translation>Switchboard: iniciar sesión en el servicio de llamadas</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>El broker lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>sb::bus::BusUrl</name>
    <message>
        <source>“%1” is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT]</source>
        <translation>«%1» no es una dirección de broker: escriba mqtt://HOST[:PUERTO] o mqtts://HOST[:PUERTO]</translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use mqtt:// or mqtts://</source>
        <translation>esquema desconocido «%1»: use mqtt:// o mqtts://</translation>
    </message>
    <message>
        <source>a query (“%1”) has no place in a broker address</source>
        <translation>una consulta («%1») no cabe en una dirección de broker</translation>
    </message>
    <message>
        <source>a fragment (“%1”) has no place in a broker address</source>
        <translation>un fragmento («%1») no cabe en una dirección de broker</translation>
    </message>
    <message>
        <source>a path (“%1”) has no place in a broker address</source>
        <translation>una ruta («%1») no cabe en una dirección de broker</translation>
    </message>
    <message>
        <source>a user name or password has no place in a broker address: they are set separately</source>
        <translation>un nombre de usuario o una contraseña no caben en una dirección de broker: se indican por separado</translation>
    </message>
    <message>
        <source>the IPv6 address in “%1” lacks its closing ]</source>
        <translation>a la dirección IPv6 de «%1» le falta el ] de cierre</translation>
    </message>
    <message>
        <source>“%1” after the IPv6 address is not a port</source>
        <translation>«%1» tras la dirección IPv6 no es un puerto</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>«%1» no es una dirección IPv6</translation>
    </message>
    <message>
        <source>the host is missing: write mqtt://HOST[:PORT]</source>
        <translation>falta el host: escriba mqtt://HOST[:PUERTO]</translation>
    </message>
    <message>
        <source>“%1” is not a host name</source>
        <translation>«%1» no es un nombre de host</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>el puerto «%1» no es un número de 1 a 65535</translation>
    </message>
</context>
<context>
    <name>sb::bus::MqttClient</name>
    <message>
        <source>no answer from the broker</source>
        <translation>el broker no responde</translation>
    </message>
    <message>
        <source>cannot find the host %1: %2</source>
        <translation>no se encuentra el host %1: %2</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>no se puede leer el archivo de la CA %1</translation>
    </message>
    <message>
        <source>not connected to the broker</source>
        <translation>sin conexión con el broker</translation>
    </message>
    <message>
        <source>refused by the broker: %1</source>
        <translation>rechazado por el broker: %1</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
</context>
<context>
    <name>sb::client::BusClient</name>
    <message>
        <source>The console was disconnected.</source>
        <translation>La consola se desconectó.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>The command could not be sent: %1</source>
        <translation>No se pudo enviar la orden: %1</translation>
    </message>
    <message>
        <source>The broker refused the command: user %1 may not send %2 commands.</source>
        <translation>El broker rechazó la orden: el usuario %1 no puede enviar órdenes %2.</translation>
    </message>
    <message>
        <source>The call service is offline.</source>
        <translation>El servicio de llamadas está fuera de línea.</translation>
    </message>
    <message>
        <source>The connection to the broker was lost; the command may or may not have been carried out.</source>
        <translation>Se perdió la conexión con el broker; puede que la orden se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>The broker refused the command (reason code 0x%1).</source>
        <translation>El broker rechazó la orden (código de motivo 0x%1).</translation>
    </message>
</context>
<context>
    <name>sb::client::Client</name>
    <message>
        <source>This console does not hold the role %1.</source>
        <translation>Esta consola no tiene el rol %1.</translation>
    </message>
    <message>
        <source>The call service cannot be reached.</source>
        <translation>No se puede contactar con el servicio de llamadas.</translation>
    </message>
</context>
<context>
    <name>sb::client::CommandOperation</name>
    <message>
        <source>The service did not answer within %1 s.</source>
        <translation>El servicio no respondió en %1 s.</translation>
    </message>
</context>
<context>
    <name>sb::client::InProcessClient</name>
    <message>
        <source>The call service has stopped.</source>
        <translation>El servicio de llamadas se ha detenido.</translation>
    </message>
    <message>
        <source>in-process</source>
        <translation>en el proceso</translation>
    </message>
    <message>
        <source>The call service is not running.</source>
        <translation>El servicio de llamadas no está en marcha.</translation>
    </message>
</context>
<context>
    <name>sb::client::Roles</name>
    <message>
        <source>unknown role &quot;%1&quot; (reception, supervisor or installer)</source>
        <translation>rol desconocido «%1» (reception, supervisor o installer)</translation>
    </message>
    <message>
        <source>no role given (reception, supervisor or installer)</source>
        <translation>no se indicó ningún rol (reception, supervisor o installer)</translation>
    </message>
</context>
<context>
    <name>sb::hal::ControllerLink</name>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>abriendo</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>synchronising</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>link down: %1</source>
        <translation>enlace caído: %1</translation>
    </message>
</context>
<context>
    <name>sb::hal::InProcessTransport</name>
    <message>
        <source>simulated controller (%1, %2)</source>
        <translation>controlador simulado (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n extensión</numerusform>
            <numerusform>%n extensiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::hal::SerialTransport</name>
    <message>
        <source>%1 at %2 baud</source>
        <translation>%1 a %2 baudios</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the device was unplugged or closed</source>
        <translation>el dispositivo se desconectó o se cerró</translation>
    </message>
    <message>
        <source>reading failed: the device was unplugged or closed</source>
        <translation>falló la lectura: el dispositivo se desconectó o se cerró</translation>
    </message>
    <message>
        <source>writing failed: the device was unplugged or closed</source>
        <translation>falló la escritura: el dispositivo se desconectó o se cerró</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation>%1 perdido: %2</translation>
    </message>
</context>
<context>
    <name>sb::hal::SimulatorRunner</name>
    <message>
        <source>power takes on or off</source>
        <translation>power espera on u off</translation>
    </message>
    <message>
        <source>say &apos;%1 line N&apos;</source>
        <translation>diga «%1 line N»</translation>
    </message>
    <message>
        <source>line %1 cannot do that now</source>
        <translation>la línea %1 no puede hacerlo ahora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a station number</source>
        <translation>«%1» necesita un número de extensión</translation>
    </message>
    <message>
        <source>dial takes digits 0-9, * and #</source>
        <translation>dial espera dígitos 0-9, * y #</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>acción desconocida «%1»</translation>
    </message>
    <message>
        <source>station %1 cannot do that now</source>
        <translation>la extensión %1 no puede hacerlo ahora</translation>
    </message>
    <message>
        <source>keys are CALLBACK, CLEAR, DND, FLASH, HOLD, TRANSFER, LINE1 to LINE16</source>
        <translation>las teclas son CALLBACK, CLEAR, DND, FLASH, HOLD, TRANSFER, LINE1 a LINE16</translation>
    </message>
</context>
<context>
    <name>sb::hal::UsbTransport</name>
    <message>
        <source>USB is not available: %1</source>
        <translation>USB no está disponible: %1</translation>
    </message>
    <message>
        <source>USB %1:%2</source>
        <translation>USB %1:%2</translation>
    </message>
    <message>
        <source>%1 was unplugged</source>
        <translation>%1 se desconectó</translation>
    </message>
    <message>
        <source>no USB device %1 is present</source>
        <translation>no hay ningún dispositivo USB %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2%3</source>
        <translation>no se puede abrir %1: %2%3</translation>
    </message>
    <message>
        <source> (install the udev rule, see README)</source>
        <translation> (instale la regla udev, vea el README)</translation>
    </message>
    <message>
        <source>cannot claim interface %1 of %2: %3</source>
        <translation>no se puede reclamar la interfaz %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: read failed</source>
        <translation>%1: fallo de lectura</translation>
    </message>
    <message>
        <source>%1: write failed</source>
        <translation>%1: fallo de escritura</translation>
    </message>
</context>
<context>
    <name>sb::service::Runtime</name>
    <message>
        <source>controller %1, firmware %2.%3, boot_id %4</source>
        <translation>controlador %1, firmware %2.%3, boot_id %4</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>enlace %1</translation>
    </message>
    <message>
        <source>link %1: %2</source>
        <translation>enlace %1: %2</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>conexión: %1</translation>
    </message>
    <message>
        <source>switchboard %1 on %2</source>
        <translation>Switchboard %1 en %2</translation>
    </message>
    <message>
        <source>The programming does not fit this controller (%1 stations, %2 lines): %3; running on the factory defaults until a programming that fits is applied. The programming file is left as it is.</source>
        <translation>La programación no encaja con este controlador (%1 extensiones, %2 líneas): %3; se usan los valores de fábrica hasta que se aplique una programación que encaje. El archivo de programación se deja como está.</translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation> … (%1 en total)</translation>
    </message>
    <message>
        <source>the line group</source>
        <translation>el grupo de líneas</translation>
    </message>
    <message>
        <source>request %1 left: %2 waits for %3 (position %4)</source>
        <translation>solicitud %1 dejada: %2 espera a %3 (posición %4)</translation>
    </message>
    <message>
        <source>request %1 ended: %2</source>
        <translation>solicitud %1 terminada: %2</translation>
    </message>
    <message>
        <source>the controller was reset: every request is cancelled</source>
        <translation>el controlador se reinició: se cancelan todas las solicitudes</translation>
    </message>
    <message>
        <source>request %1 left: line %2, transferred by %3, waits for %4 (position %5)</source>
        <translation>solicitud %1 dejada: línea %2, transferida por %3, espera a %4 (posición %5)</translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Programming changes</source>
        <translation>Cambios de programación</translation>
    </message>
    <message>
        <source>The programming changes cannot be shown: %1</source>
        <translation>No se pueden mostrar los cambios de programación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the audit log could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n línea dañada del registro de cambios.</numerusform>
            <numerusform>No se pudieron leer %n líneas dañadas del registro de cambios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CommandFeedback</name>
    <message>
        <source>your role does not allow this</source>
        <translation>su rol no lo permite</translation>
    </message>
    <message>
        <source>no such extension or request</source>
        <translation>no existe esa extensión o solicitud</translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation>no es posible ahora</translation>
    </message>
    <message>
        <source>someone else changed it first</source>
        <translation>otra persona lo cambió antes</translation>
    </message>
    <message>
        <source>the call service did not answer in time</source>
        <translation>el servicio de llamadas no respondió a tiempo</translation>
    </message>
    <message>
        <source>not connected to the call service</source>
        <translation>sin conexión con el servicio de llamadas</translation>
    </message>
    <message>
        <source>the broker refused it: this user may not send it</source>
        <translation>el broker lo rechazó: este usuario no puede enviarlo</translation>
    </message>
    <message>
        <source>this console does not hold the role needed</source>
        <translation>esta consola no tiene el rol necesario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisión</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>instalador</translation>
    </message>
    <message>
        <source>Needs the %1 role, which this console does not hold.</source>
        <translation>Necesita el rol %1, que esta consola no tiene.</translation>
    </message>
</context>
<context>
    <name>sb::ui::DetailsPane</name>
    <message>
        <source>Clear its &amp;callbacks</source>
        <translation>Borrar sus &amp;rellamadas</translation>
    </message>
    <message>
        <source>Clear its for&amp;warding</source>
        <translation>Borrar su &amp;desvío</translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation>Cancelar &amp;solicitud</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Callers waiting for this extension, first in line first</source>
        <translation>Llamantes que esperan a esta extensión, por orden de llegada</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Callbacks this extension has left</source>
        <translation>Rellamadas que ha dejado esta extensión</translation>
    </message>
    <message>
        <source>Cancel every callback this extension has left (as its CLEAR key, choice 1)</source>
        <translation>Cancela todas las rellamadas que ha dejado esta extensión (como su tecla CLEAR, opción 1)</translation>
    </message>
    <message>
        <source>Stop forwarding this extension&apos;s calls (as its CLEAR key, choice 2)</source>
        <translation>Deja de desviar las llamadas de esta extensión (como su tecla CLEAR, opción 2)</translation>
    </message>
    <message>
        <source>Cancel the request selected in either list (Delete)</source>
        <translation>Cancela la solicitud seleccionada en cualquiera de las listas (Supr)</translation>
    </message>
    <message>
        <source>Do not disturb: callers hear the DND tone and cannot leave callbacks here (undo: Ctrl+Z)</source>
        <translation>No molestar: los llamantes oyen el tono de no molestar y no pueden dejar rellamadas (deshacer: Ctrl+Z)</translation>
    </message>
    <message>
        <source>extension number</source>
        <translation>número de extensión</translation>
    </message>
    <message>
        <source>Forward all calls of this extension to the number given (undo: Ctrl+Z)</source>
        <translation>Desvía todas las llamadas de esta extensión al número indicado (deshacer: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Waiting for this extension (first in line first)</source>
        <translation>Esperan a esta extensión (por orden de llegada)</translation>
    </message>
    <message>
        <source>Callbacks it has left</source>
        <translation>Rellamadas que ha dejado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Desviar a:</translation>
    </message>
    <message>
        <source>the line group</source>
        <translation>el grupo de líneas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>suspended (caller busy)</source>
        <translation>suspendida (llamante ocupado)</translation>
    </message>
    <message>
        <source>calling the caller back</source>
        <translation>devolviendo la llamada</translation>
    </message>
    <message>
        <source>ringing this extension</source>
        <translation>timbrando en esta extensión</translation>
    </message>
    <message>
        <source>camped on (off-hook)</source>
        <translation>en llamada en espera (descolgado)</translation>
    </message>
    <message>
        <source>No extension selected</source>
        <translation>Ninguna extensión seleccionada</translation>
    </message>
    <message>
        <source>Choose an extension in the grid (arrow keys, or type its number).</source>
        <translation>Elija una extensión en la cuadrícula (flechas, o escriba su número).</translation>
    </message>
    <message>
        <source>End &amp;do not disturb</source>
        <translation>Terminar &amp;no molestar</translation>
    </message>
    <message>
        <source>Callbacks left by %1 cleared</source>
        <translation>Rellamadas de %1 borradas</translation>
    </message>
    <message>
        <source>clear forwarding of %1</source>
        <translation>borrar el desvío de %1</translation>
    </message>
    <message>
        <source>Forwarding of %1 cleared (Ctrl+Z undoes)</source>
        <translation>Desvío de %1 borrado (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Request of %1 for %2 cancelled</source>
        <translation>Solicitud de %1 para %2 cancelada</translation>
    </message>
    <message>
        <source>end do not disturb at %1</source>
        <translation>terminar no molestar en %1</translation>
    </message>
    <message>
        <source>do not disturb at %1</source>
        <translation>no molestar en %1</translation>
    </message>
    <message>
        <source>%1: do not disturb ended</source>
        <translation>%1: no molestar terminado</translation>
    </message>
    <message>
        <source>%1: do not disturb (Ctrl+Z undoes)</source>
        <translation>%1: no molestar (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>%1 cannot forward to itself</source>
        <translation>%1 no puede desviarse a sí misma</translation>
    </message>
    <message>
        <source>forward %1 to %2</source>
        <translation>desviar %1 a %2</translation>
    </message>
    <message>
        <source>%1 now forwards to %2 (Ctrl+Z undoes)</source>
        <translation>%1 ahora desvía a %2 (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>Desv&amp;iar</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Cancel the request %1 left for %2?
This cannot be undone: %1 would have to leave it again and would lose its place.</source>
        <translation>¿Cancelar la solicitud que %1 dejó para %2?
No se puede deshacer: %1 tendría que dejarla de nuevo y perdería su lugar.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>The request of %1 for %2 had already ended</source>
        <translation>La solicitud de %1 para %2 ya había terminado</translation>
    </message>
    <message>
        <source>Choose the request to cancel (arrow keys), then press Delete again</source>
        <translation>Elija la solicitud que cancelar (teclas de flecha) y pulse Supr otra vez</translation>
    </message>
    <message>
        <source>Type the number to forward %1 to</source>
        <translation>Escriba el número al que desviar %1</translation>
    </message>
    <message>
        <source>%1 already forwards to %2</source>
        <translation>%1 ya se desvía a %2</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>Último rechazo</translation>
    </message>
    <message>
        <source>Not current: %1. The last state known was: %2</source>
        <translation>No actualizado: %1. El último estado conocido era: %2</translation>
    </message>
    <message>
        <source>Waiting for the call service: %1…</source>
        <translation>Esperando al servicio de llamadas: %1…</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
    <message>
        <source>clear the callbacks of %1</source>
        <translation>borrar las rellamadas de %1</translation>
    </message>
    <message>
        <source>cancel the request of %1 for %2</source>
        <translation>cancelar la solicitud de %1 para %2</translation>
    </message>
    <message>
        <source>Transfer here</source>
        <translation>Transferir aquí</translation>
    </message>
    <message>
        <source>&amp;Transfer the attendant&apos;s call here</source>
        <translation>&amp;Transferir aquí la llamada de la operadora</translation>
    </message>
    <message>
        <source>Transfer the attendant&apos;s outside call to this extension (Ctrl+T; or drag the call onto its tile)</source>
        <translation>Transfiere la llamada exterior de la operadora a esta extensión (Ctrl+T; o arrastre la llamada a su casilla)</translation>
    </message>
    <message>
        <source>line %1 transferred here, waiting</source>
        <translation>línea %1 transferida aquí, en espera</translation>
    </message>
    <message>
        <source>line %1 (from %2)</source>
        <translation>línea %1 (de %2)</translation>
    </message>
    <message>
        <source>Transfer line %1 to %2</source>
        <translation>Transferir la línea %1 a %2</translation>
    </message>
    <message>
        <source>transfer line %1 to %2</source>
        <translation>transferir la línea %1 a %2</translation>
    </message>
    <message>
        <source>transfer the attendant&apos;s call to %1</source>
        <translation>transferir la llamada de la operadora a %1</translation>
    </message>
    <message>
        <source>Line %1 transferred to %2</source>
        <translation>Línea %1 transferida a %2</translation>
    </message>
    <message>
        <source>Call transferred to %1</source>
        <translation>Llamada transferida a %1</translation>
    </message>
    <message>
        <source>recalling elsewhere (see Outside lines)</source>
        <translation>retornando en otro puesto (ver Líneas exteriores)</translation>
    </message>
</context>
<context>
    <name>sb::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reinicio</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>the controller was reset: every request is cancelled</source>
        <translation>el controlador se reinició: se cancelan todas las solicitudes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>clear callbacks</source>
        <translation>borrar rellamadas</translation>
    </message>
    <message>
        <source>clear forwarding</source>
        <translation>borrar desvío</translation>
    </message>
    <message>
        <source>set do not disturb</source>
        <translation>activar no molestar</translation>
    </message>
    <message>
        <source>set forwarding</source>
        <translation>activar desvío</translation>
    </message>
    <message>
        <source>transfer the attendant&apos;s call</source>
        <translation>transferir la llamada de la operadora</translation>
    </message>
    <message>
        <source>send a line to the attendant</source>
        <translation>enviar una línea a la operadora</translation>
    </message>
    <message>
        <source>cancel a request</source>
        <translation>cancelar una solicitud</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>leer el historial</translation>
    </message>
    <message>
        <source>make a report</source>
        <translation>hacer un informe</translation>
    </message>
    <message>
        <source>apply programming</source>
        <translation>aplicar la programación</translation>
    </message>
    <message>
        <source>change the controller connection</source>
        <translation>cambiar la conexión con el controlador</translation>
    </message>
    <message>
        <source>read the programming changes</source>
        <translation>leer los cambios de programación</translation>
    </message>
    <message>
        <source>%1 transferred an outside call to %2</source>
        <translation>%1 transfirió una llamada exterior a %2</translation>
    </message>
    <message>
        <source>%1 left a callback for a free outside line</source>
        <translation>%1 dejó una rellamada para una línea exterior libre</translation>
    </message>
    <message>
        <source>%1 left a callback for %2</source>
        <translation>%1 dejó una rellamada para %2</translation>
    </message>
    <message>
        <source>the outside call transferred by %1 rings at %2</source>
        <translation>la llamada exterior transferida por %1 suena en %2</translation>
    </message>
    <message>
        <source>an outside line is free: the callback of %1 rings</source>
        <translation>una línea exterior está libre: suena la rellamada de %1</translation>
    </message>
    <message>
        <source>%2 is free: the callback of %1 rings</source>
        <translation>%2 está libre: suena la rellamada de %1</translation>
    </message>
    <message>
        <source>%2 answered the outside call transferred by %1</source>
        <translation>%2 contestó la llamada exterior transferida por %1</translation>
    </message>
    <message>
        <source>%2 did not answer the outside call transferred by %1: it returns</source>
        <translation>%2 no contestó la llamada exterior transferida por %1: vuelve</translation>
    </message>
    <message>
        <source>the outside caller transferred to %2 hung up</source>
        <translation>el llamante exterior transferido a %2 colgó</translation>
    </message>
    <message>
        <source>the outside call transferred by %1 to %2 ended: %3</source>
        <translation>la llamada exterior transferida por %1 a %2 terminó: %3</translation>
    </message>
    <message>
        <source>%1 got an outside line: callback completed</source>
        <translation>%1 obtuvo una línea exterior: rellamada completada</translation>
    </message>
    <message>
        <source>%1 and %2 are talking: callback completed</source>
        <translation>%1 y %2 están hablando: rellamada completada</translation>
    </message>
    <message>
        <source>the callback of %1 for an outside line ended: %2</source>
        <translation>la rellamada de %1 para una línea exterior terminó: %2</translation>
    </message>
    <message>
        <source>the callback of %1 for %2 ended: %3</source>
        <translation>la rellamada de %1 para %2 terminó: %3</translation>
    </message>
    <message>
        <source>%1 is on do not disturb</source>
        <translation>%1 está en no molestar</translation>
    </message>
    <message>
        <source>%1 is no longer on do not disturb</source>
        <translation>%1 ya no está en no molestar</translation>
    </message>
    <message>
        <source>%1 forwards calls to %2</source>
        <translation>%1 desvía las llamadas a %2</translation>
    </message>
    <message>
        <source>%1 no longer forwards calls</source>
        <translation>%1 ya no desvía las llamadas</translation>
    </message>
    <message>
        <source>the controller link is up</source>
        <translation>el enlace con el controlador está activo</translation>
    </message>
    <message>
        <source>the controller link is down</source>
        <translation>el enlace con el controlador está caído</translation>
    </message>
    <message>
        <source>%1 applied programming (revision %2)</source>
        <translation>%1 aplicó la programación (revisión %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, refused: %3</source>
        <translation>%1: %2, rechazado: %3</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionDelegate</name>
    <message>
        <source>camp-on</source>
        <translation>llamada en espera</translation>
    </message>
    <message>
        <source>%1, first %2</source>
        <translation>%1, primero %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>dejadas %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>line %1 waiting</source>
        <translation>línea %1 en espera</translation>
    </message>
    <message>
        <source>lines %1 waiting</source>
        <translation>líneas %1 en espera</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionFilter</name>
    <message>
        <source>All extensions</source>
        <translation>Todas las extensiones</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupadas</translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation>Con llamantes esperando</translation>
    </message>
    <message>
        <source>DND or forwarded</source>
        <translation>No molestar o desviadas</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExtensionModel</name>
    <message>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>off-hook</source>
        <translation>descolgado</translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation>llamando a %1</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>llamando</translation>
    </message>
    <message>
        <source>hears busy</source>
        <translation>oye ocupado</translation>
    </message>
    <message>
        <source>camped on, waiting</source>
        <translation>en llamada en espera, descolgado</translation>
    </message>
    <message>
        <source>ringing: %1 calls</source>
        <translation>timbrando: llama %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>timbrando</translation>
    </message>
    <message>
        <source>ringing: outside call</source>
        <translation>timbrando: llamada exterior</translation>
    </message>
    <message>
        <source>callback ringing</source>
        <translation>rellamada timbrando</translation>
    </message>
    <message>
        <source>talking with %1</source>
        <translation>hablando con %1</translation>
    </message>
    <message>
        <source>on line %1</source>
        <translation>en la línea %1</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>desviada a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) waiting for this extension; first: %1</source>
        <translation>
            <numerusform>%n llamante espera a esta extensión; primero: %1</numerusform>
            <numerusform>%n llamantes esperan a esta extensión; primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A caller is waiting off-hook (camp-on) and is connected as soon as it is free.</source>
        <translation>Un llamante espera descolgado (llamada en espera) y se conecta en cuanto quede libre.</translation>
    </message>
    <message numerus="yes">
        <source>Has left %n callback(s) at busy colleagues.</source>
        <translation>
            <numerusform>Ha dejado %n rellamada a colegas ocupados.</numerusform>
            <numerusform>Ha dejado %n rellamadas a colegas ocupados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb: calls get the DND tone; no callbacks can be left here.</source>
        <translation>No molestar: las llamadas oyen el tono de no molestar; no se pueden dejar rellamadas.</translation>
    </message>
    <message>
        <source>All calls are forwarded to %1.</source>
        <translation>Todas las llamadas se desvían a %1.</translation>
    </message>
    <message>
        <source>not connected to the call service</source>
        <translation>sin conexión con el servicio de llamadas</translation>
    </message>
    <message>
        <source>the call service is offline</source>
        <translation>el servicio de llamadas está fuera de línea</translation>
    </message>
    <message>
        <source>the controller link is down</source>
        <translation>el enlace con el controlador está caído</translation>
    </message>
    <message>
        <source>the picture is still loading</source>
        <translation>el estado aún se está cargando</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocido (%1)</translation>
    </message>
    <message>
        <source>Not current: %1. The last state known was: %2</source>
        <translation>No actualizado: %1. El último estado conocido era: %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Line %1 was transferred here and waits for this extension.</source>
        <translation>La línea %1 se transfirió aquí y espera a esta extensión.</translation>
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
        <translation>libre</translation>
    </message>
    <message>
        <source>Line %1 is free.</source>
        <translation>La línea %1 está libre.</translation>
    </message>
    <message>
        <source>ringing, nobody free</source>
        <translation>timbrando, nadie libre</translation>
    </message>
    <message>
        <source>ringing %1</source>
        <translation>timbrando en %1</translation>
    </message>
    <message>
        <source>An outside call rings on line %1; every station it rings is busy or in DND.</source>
        <translation>Una llamada exterior suena en la línea %1; todas las estaciones en las que suena están ocupadas o en no molestar.</translation>
    </message>
    <message>
        <source>An outside call rings on line %1, at %2.</source>
        <translation>Una llamada exterior suena en la línea %1, en %2.</translation>
    </message>
    <message>
        <source>talking with %1</source>
        <translation>hablando con %1</translation>
    </message>
    <message>
        <source>The attendant talks on line %1. Drag this row onto a tile, or select the tile and press Ctrl+T, to transfer the call there.</source>
        <translation>La operadora habla en la línea %1. Arrastre esta fila a una casilla, o seleccione la casilla y pulse Ctrl+T, para transferir allí la llamada.</translation>
    </message>
    <message>
        <source>%1 talks on line %2.</source>
        <translation>%1 habla en la línea %2.</translation>
    </message>
    <message>
        <source>held at %1</source>
        <translation>retenida en %1</translation>
    </message>
    <message>
        <source>The caller on line %1 is on hold at %2 (hears music).</source>
        <translation>El llamante de la línea %1 está retenido en %2 (oye música).</translation>
    </message>
    <message>
        <source>transferred to %1, ringing</source>
        <translation>transferida a %1, timbrando</translation>
    </message>
    <message>
        <source>Line %1 rings %2, transferred by %3.</source>
        <translation>La línea %1 suena en %2, transferida por %3.</translation>
    </message>
    <message>
        <source>camped on at %1, place %2</source>
        <translation>en llamada en espera en %1, puesto %2</translation>
    </message>
    <message>
        <source>Line %1 waits for %2 (place %3 in its queue), transferred by %4.</source>
        <translation>La línea %1 espera a %2 (puesto %3 en su cola), transferida por %4.</translation>
    </message>
    <message>
        <source>in transfer</source>
        <translation>en transferencia</translation>
    </message>
    <message>
        <source>in transfer by %1</source>
        <translation>en transferencia por %1</translation>
    </message>
    <message>
        <source>Line %1 is on hold while %2 transfers it.</source>
        <translation>La línea %1 está retenida mientras %2 la transfiere.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>not current (was: %1)</source>
        <translation>no actualizado (era: %1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>waiting for the attendant</source>
        <translation>esperando a la operadora</translation>
    </message>
    <message>
        <source>The transfer of line %1 was not answered: it waits for the attendant, who is busy.</source>
        <translation>La transferencia de la línea %1 no fue atendida: espera a la operadora, que está ocupada.</translation>
    </message>
    <message>
        <source>Line %1 was on hold too long: it waits for the attendant, who is busy.</source>
        <translation>La línea %1 estuvo retenida demasiado tiempo: espera a la operadora, que está ocupada.</translation>
    </message>
    <message>
        <source>recalling %1 (transfer not answered)</source>
        <translation>retornando a %1 (transferencia no atendida)</translation>
    </message>
    <message>
        <source>The transfer of line %1 was not answered in time (or the line was sent to the attendant): it rings %2.</source>
        <translation>La transferencia de la línea %1 no fue atendida a tiempo (o la línea se envió a la operadora): suena en %2.</translation>
    </message>
    <message>
        <source>recalling %1 (held line)</source>
        <translation>retornando a %1 (línea retenida)</translation>
    </message>
    <message>
        <source>The held line %1 rings the attendant %2: it was held too long, or sent to the attendant.</source>
        <translation>La línea retenida %1 suena en la operadora %2: estuvo retenida demasiado tiempo o se envió a la operadora.</translation>
    </message>
    <message>
        <source>recalling %1 (held too long)</source>
        <translation>retornando a %1 (retenida demasiado tiempo)</translation>
    </message>
    <message>
        <source>Line %1 was on hold too long: it rings %2, who held it.</source>
        <translation>La línea %1 estuvo retenida demasiado tiempo: suena en %2, que la retuvo.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LinesPanel</name>
    <message>
        <source>Send to &amp;attendant</source>
        <translation>Enviar a la &amp;operadora</translation>
    </message>
    <message>
        <source>Outside lines</source>
        <translation>Líneas exteriores</translation>
    </message>
    <message>
        <source>To transfer the attendant&apos;s call: select a tile and press Ctrl+T, or drag the call (its row here, or the attendant&apos;s tile) onto a tile.</source>
        <translation>Para transferir la llamada de la operadora: seleccione una casilla y pulse Ctrl+T, o arrastre la llamada (su fila aquí, o la casilla de la operadora) a una casilla.</translation>
    </message>
    <message>
        <source>The selected line, held, camped on or recalling, goes to the attendant</source>
        <translation>La línea seleccionada, retenida, en llamada en espera o retornando, pasa a la operadora</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>Último rechazo</translation>
    </message>
    <message>
        <source>send line %1 to the attendant</source>
        <translation>enviar la línea %1 a la operadora</translation>
    </message>
    <message>
        <source>Waiting for the call service: %1…</source>
        <translation>Esperando al servicio de llamadas: %1…</translation>
    </message>
    <message>
        <source>Line %1 sent to the attendant</source>
        <translation>Línea %1 enviada a la operadora</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::LinkTraceView</name>
    <message>
        <source>&amp;Export trace as CSV…</source>
        <translation>&amp;Exportar traza como CSV…</translation>
    </message>
    <message>
        <source>Link trace</source>
        <translation>Traza del enlace</translation>
    </message>
    <message>
        <source>What the controller said and each command sent to it, as the call service in this program wrote them (English).</source>
        <translation>Lo que dijo el controlador y cada orden que se le envió, tal como los escribió el servicio de llamadas de este programa (en inglés).</translation>
    </message>
    <message>
        <source>This console reaches the call service over the bus, which carries no link trace. It is only on the service&apos;s PC: its journal (journalctl -u switchboardd) has what the controller said and every event; the commands sent to the controller are traced only by a console that runs the call service itself (without --bus).</source>
        <translation>Esta consola llega al servicio de llamadas por el bus, que no lleva traza del enlace. Solo está en el PC del servicio: su diario (journalctl -u switchboardd) tiene lo que dijo el controlador y cada evento; las órdenes enviadas al controlador solo las traza una consola que ejecuta el servicio de llamadas ella misma (sin --bus).</translation>
    </message>
    <message>
        <source>Export the link trace</source>
        <translation>Exportar la traza del enlace</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
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
        <translation>Buscar por número o nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search extensions</source>
        <translation>Buscar extensiones</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find extension</source>
        <translation>&amp;Buscar extensión</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar solicitud</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Receptionist</source>
        <translation>&amp;Recepcionista</translation>
    </message>
    <message>
        <source>Controller link</source>
        <translation>Enlace con el controlador</translation>
    </message>
    <message>
        <source>&amp;Export event log…</source>
        <translation>&amp;Exportar el registro de eventos…</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>Enlace activo</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Enlace %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>last change %1 s ago</source>
        <translation>último cambio hace %1 s</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;talles</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>E&amp;xtensiones</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>Su&amp;pervisión</translation>
    </message>
    <message>
        <source>Pro&amp;gramming</source>
        <translation>Pro&amp;gramación</translation>
    </message>
    <message>
        <source>Simulated p&amp;hones</source>
        <translation>Teléfonos si&amp;mulados</translation>
    </message>
    <message>
        <source>Choose another controller…</source>
        <translation>Elegir otro controlador…</translation>
    </message>
    <message>
        <source>connected to the call service (%1)</source>
        <translation>conectado al servicio de llamadas (%1)</translation>
    </message>
    <message>
        <source>the call service cannot be reached (%1)</source>
        <translation>no se puede contactar con el servicio de llamadas (%1)</translation>
    </message>
    <message>
        <source>Controller: not known yet</source>
        <translation>Controlador: aún desconocido</translation>
    </message>
    <message>
        <source>Controller: %1, firmware %2.%3</source>
        <translation>Controlador: %1, firmware %2.%3</translation>
    </message>
    <message>
        <source>Service: %1, not reachable</source>
        <translation>Servicio: %1, inaccesible</translation>
    </message>
    <message>
        <source>Service: %1, offline</source>
        <translation>Servicio: %1, fuera de línea</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>picture not current: %1</source>
        <translation>estado no actualizado: %1</translation>
    </message>
    <message>
        <source>Outside l&amp;ines</source>
        <translation>&amp;Líneas exteriores</translation>
    </message>
    <message>
        <source>Not transferred: line %1 is no longer the attendant&apos;s call (it is on line %2 now)</source>
        <translation>No transferida: la línea %1 ya no es la llamada de la operadora (ahora está en la línea %2)</translation>
    </message>
    <message>
        <source>Not transferred: line %1 is no longer the attendant&apos;s call</source>
        <translation>No transferida: la línea %1 ya no es la llamada de la operadora</translation>
    </message>
    <message>
        <source>Show extensions</source>
        <translation>Mostrar extensiones</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Cómoda</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacta</translation>
    </message>
    <message>
        <source>Tile density</source>
        <translation>Tamaño de las fichas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Densit&amp;y:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Co&amp;mfortable tiles</source>
        <translation>Fichas c&amp;ómodas</translation>
    </message>
    <message>
        <source>Com&amp;pact tiles</source>
        <translation>Fichas com&amp;pactas</translation>
    </message>
    <message>
        <source>&amp;Link trace</source>
        <translation>T&amp;raza del enlace</translation>
    </message>
    <message>
        <source>The layout could not be kept: %1</source>
        <translation>No se pudo guardar la disposición: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::PhoneWidget</name>
    <message>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <source>dial tone</source>
        <translation>tono de marcar</translation>
    </message>
    <message>
        <source>busy tone</source>
        <translation>tono de ocupado</translation>
    </message>
    <message>
        <source>ringback</source>
        <translation>tono de llamada</translation>
    </message>
    <message>
        <source>confirmation beep</source>
        <translation>pitido de confirmación</translation>
    </message>
    <message>
        <source>reorder (error) tone</source>
        <translation>tono de error</translation>
    </message>
    <message>
        <source>camp-on beep</source>
        <translation>pitido de llamada en espera</translation>
    </message>
    <message>
        <source>do-not-disturb tone</source>
        <translation>tono de no molestar</translation>
    </message>
    <message>
        <source>Lift handset</source>
        <translation>Descolgar</translation>
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
        <translation>Actuar como extensión</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>What the handset plays</source>
        <translation>Lo que suena en el auricular</translation>
    </message>
    <message>
        <source>Lift the handset (answers a ringing phone) or hang up</source>
        <translation>Descuelga (contesta un teléfono que suena) o cuelga</translation>
    </message>
    <message>
        <source>CALLBACK: at busy tone, leave a callback; its lamp flashes while you have callbacks waiting</source>
        <translation>CALLBACK: con tono de ocupado, deja una rellamada; su luz parpadea mientras tenga rellamadas pendientes</translation>
    </message>
    <message>
        <source>CLEAR: at an idle phone, the menu to clear your callbacks (1) or forwarding (2)</source>
        <translation>CLEAR: con el teléfono libre, el menú para borrar sus rellamadas (1) o su desvío (2)</translation>
    </message>
    <message>
        <source>DND: do not disturb on or off</source>
        <translation>DND: no molestar sí o no</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Answer (lift handset)</source>
        <translation>Contestar (descolgar)</translation>
    </message>
    <message>
        <source>Ringing: an intercom call</source>
        <translation>Suena: una llamada interna</translation>
    </message>
    <message>
        <source>Ringing: an outside call</source>
        <translation>Suena: una llamada exterior</translation>
    </message>
    <message>
        <source>Ringing: the callback ring</source>
        <translation>Suena: la rellamada</translation>
    </message>
    <message>
        <source>Handset down</source>
        <translation>Auricular colgado</translation>
    </message>
    <message>
        <source>outside line \1</source>
        <translation>línea exterior \1</translation>
    </message>
    <message>
        <source>Talking with %1</source>
        <translation>Hablando con %1</translation>
    </message>
    <message>
        <source>Hears: %1</source>
        <translation>Oye: %1</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Lift the handset first: a phone on the hook takes digits only in its CLEAR menu.</source>
        <translation>Descuelgue primero: un teléfono colgado solo acepta dígitos en su menú CLEAR.</translation>
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
        <translation>Pitido de llamada en espera</translation>
    </message>
    <message>
        <source>HOLD: hold the outside call you are talking on (the caller hears music) and get dial tone; at dial tone, take back a line you seized with 9 and held</source>
        <translation>HOLD: retiene la llamada exterior en la que habla (el llamante oye música) y da tono de marcar; con tono de marcar, recupera una línea que tomó con el 9 y retuvo</translation>
    </message>
    <message>
        <source>TRANSFER: hold the outside call for transfer and get dial tone; dial the extension and hang up, or press TRANSFER again to go back to the caller</source>
        <translation>TRANSFER: retiene la llamada exterior para transferirla y da tono de marcar; marque la extensión y cuelgue, o pulse TRANSFER otra vez para volver con el llamante</translation>
    </message>
    <message>
        <source>FLASH (hook flash): transfer the outside call you are talking on, as TRANSFER does on a keyset</source>
        <translation>FLASH (flash de colgado): transfiere la llamada exterior en la que habla, como hace TRANSFER en un teléfono de sistema</translation>
    </message>
    <message>
        <source>Line keys:</source>
        <translation>Teclas de línea:</translation>
    </message>
    <message>
        <source>Line key %1</source>
        <translation>Tecla de línea %1</translation>
    </message>
    <message>
        <source>Line key %1: answers the line when it rings in, takes it back when it is held, seizes it when it is free. Its lamp: fast flash ringing in, on talking, slow flash held or waiting.</source>
        <translation>Tecla de línea %1: contesta la línea cuando entra una llamada, la recupera cuando está retenida, la toma cuando está libre. Su luz: parpadeo rápido, llamada entrante; fija, en conversación; parpadeo lento, retenida o en espera.</translation>
    </message>
    <message>
        <source>♪ Camp-on beep</source>
        <translation>♪ Pitido de llamada en espera</translation>
    </message>
</context>
<context>
    <name>sb::ui::PhonesPanel</name>
    <message>
        <source>Phone A</source>
        <translation>Teléfono A</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Teléfono B</translation>
    </message>
    <message>
        <source>Try it: lift B&apos;s handset, then from A dial B&apos;s number, press CALLBACK and hang up. Hang up B: A rings back; answer on A, then on B.</source>
        <translation>Pruébelo: descuelgue B, marque desde A el número de B, pulse CALLBACK y cuelgue. Cuelgue B: A recibe la rellamada; conteste en A y luego en B.</translation>
    </message>
    <message>
        <source>Outside lines</source>
        <translation>Líneas exteriores</translation>
    </message>
    <message>
        <source>line </source>
        <translation>línea </translation>
    </message>
    <message>
        <source>Ring in</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Caller gives up</source>
        <translation>El llamante desiste</translation>
    </message>
    <message>
        <source>Far end hangs up</source>
        <translation>El otro extremo cuelga</translation>
    </message>
    <message>
        <source>Traffic generator</source>
        <translation>Generador de tráfico</translation>
    </message>
    <message>
        <source>Keep a realistic load going</source>
        <translation>Mantener una carga realista</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> llamadas/min</translation>
    </message>
    <message>
        <source>Outside lines now</source>
        <translation>Líneas exteriores ahora</translation>
    </message>
    <message>
        <source>No line rings in or is on hold.</source>
        <translation>Ninguna línea tiene una llamada entrante ni está retenida.</translation>
    </message>
    <message>
        <source>Line %1: held, the caller hears music on hold</source>
        <translation>Línea %1: retenida, el llamante oye la música de espera</translation>
    </message>
    <message>
        <source>Line %1: ringing in</source>
        <translation>Línea %1: llamada entrante</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProgrammingPage</name>
    <message>
        <source>Change the installer password</source>
        <translation>Cambiar la contraseña del instalador</translation>
    </message>
    <message>
        <source>Callback enabled</source>
        <translation>Rellamada activada</translation>
    </message>
    <message>
        <source>Camp-on tones system-wide</source>
        <translation>Tonos de llamada en espera en todo el sistema</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Aplicar…</translation>
    </message>
    <message>
        <source>installer password</source>
        <translation>contraseña del instalador</translation>
    </message>
    <message>
        <source>Installer password</source>
        <translation>Contraseña del instalador</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Programming is for installers. Password:</source>
        <translation>La programación es para instaladores. Contraseña:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Camp-on tones</source>
        <translation>Tonos de llamada en espera</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Extension table</source>
        <translation>Tabla de extensiones</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>System options</source>
        <translation>Opciones del sistema</translation>
    </message>
    <message>
        <source>Callback rings before it is cancelled:</source>
        <translation>Timbres de rellamada antes de cancelarla:</translation>
    </message>
    <message>
        <source>Guard delay:</source>
        <translation>Retardo de guarda:</translation>
    </message>
    <message>
        <source>Requests expire after:</source>
        <translation>Las solicitudes caducan tras:</translation>
    </message>
    <message>
        <source>Requests waiting at one extension:</source>
        <translation>Solicitudes en espera por extensión:</translation>
    </message>
    <message>
        <source>Requests one caller may leave:</source>
        <translation>Solicitudes que puede dejar un llamante:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>The installer password is changed.</source>
        <translation>La contraseña del instalador está cambiada.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Locked for %1 s after too many wrong passwords.</source>
        <translation>Bloqueado %1 s tras demasiadas contraseñas erróneas.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>This is the factory password: change it before applying a change.</source>
        <translation>Es la contraseña de fábrica: cámbiela antes de aplicar un cambio.</translation>
    </message>
    <message>
        <source>keyset</source>
        <translation>teléfono de sistema</translation>
    </message>
    <message>
        <source>single-line</source>
        <translation>teléfono simple</translation>
    </message>
    <message>
        <source>attendant</source>
        <translation>operadora</translation>
    </message>
    <message>
        <source>No problems: the programming can be applied.</source>
        <translation>Sin problemas: la programación puede aplicarse.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is applied until they are mended.</source>
        <translation>
            <numerusform>%n problema: no se aplica nada hasta corregirlo.</numerusform>
            <numerusform>%n problemas: no se aplica nada hasta corregirlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied and saved: %n change(s).</source>
        <translation>
            <numerusform>Aplicado y guardado: %n cambio.</numerusform>
            <numerusform>Aplicado y guardado: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Apply the programming</source>
        <translation>Aplicar la programación</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) take effect at once:</source>
        <translation>
            <numerusform>%n cambio entra en vigor al instante:</numerusform>
            <numerusform>%n cambios entran en vigor al instante:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import extensions</source>
        <translation>Importar extensiones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: mend the rows listed.</source>
        <translation>%1 no se importó: corrija las filas indicadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) imported; Apply to use them.</source>
        <translation>
            <numerusform>%n extensión importada; Aplicar para usarla.</numerusform>
            <numerusform>%n extensiones importadas; Aplicar para usarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export extensions</source>
        <translation>Exportar extensiones</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Extensions exported to %1.</source>
        <translation>Extensiones exportadas a %1.</translation>
    </message>
    <message>
        <source>Simulated controller</source>
        <translation>Controlador simulado</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>Dispositivo USB</translation>
    </message>
    <message>
        <source>Extension t&amp;able</source>
        <translation>Ta&amp;bla de extensiones</translation>
    </message>
    <message>
        <source>Outside &amp;lines</source>
        <translation>&amp;Líneas exteriores</translation>
    </message>
    <message>
        <source>System o&amp;ptions</source>
        <translation>&amp;Opciones del sistema</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>Programming sections</source>
        <translation>Secciones de la programación</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Renumerar…</translation>
    </message>
    <message>
        <source>Give the selected rows consecutive numbers</source>
        <translation>Dar números consecutivos a las filas seleccionadas</translation>
    </message>
    <message>
        <source>Copy settings…</source>
        <translation>Copiar ajustes…</translation>
    </message>
    <message>
        <source>Copy type, camp-on tones or lines of the current row to the other selected rows</source>
        <translation>Copiar tipo, tonos de llamada en espera o líneas de la fila actual a las demás filas seleccionadas</translation>
    </message>
    <message>
        <source>Stations each outside line rings</source>
        <translation>Estaciones en las que suena cada línea exterior</translation>
    </message>
    <message>
        <source>Tick the stations each outside line rings. Calls on a line that rings no station go unanswered.</source>
        <translation>Marque las estaciones en las que suena cada línea exterior. Las llamadas de una línea que no suena en ninguna estación quedan sin respuesta.</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 baudios</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation>Estaciones:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Líneas:</translation>
    </message>
    <message>
        <source>Look for devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Switch to this connection now and keep it for the next start</source>
        <translation>Cambiar ahora a esta conexión y mantenerla para el próximo inicio</translation>
    </message>
    <message numerus="yes">
        <source>Line %1
%n station(s)</source>
        <translation>
            <numerusform>Línea %1
%n estación</numerusform>
            <numerusform>Línea %1
%n estaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rings no station: line %1. Its calls would go unanswered.</source>
        <translation>No suena en ninguna estación: línea %1. Sus llamadas quedarían sin respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>Settings of extension %1 copied to %n row(s).</source>
        <translation>
            <numerusform>Ajustes de la extensión %1 copiados a %n fila.</numerusform>
            <numerusform>Ajustes de la extensión %1 copiados a %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to renumber first.</source>
        <translation>Seleccione primero las filas que desea renumerar.</translation>
    </message>
    <message>
        <source>Renumber extensions</source>
        <translation>Renumerar extensiones</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s), in table order.</source>
        <translation>
            <numerusform>%n fila seleccionada, en el orden de la tabla.</numerusform>
            <numerusform>%n filas seleccionadas, en el orden de la tabla.</numerusform>
        </translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>Primer número:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Incremento:</translation>
    </message>
    <message>
        <source>Select the rows to copy to, with the row to copy from current.</source>
        <translation>Seleccione las filas de destino; la fila de origen es la actual.</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Copiar ajustes</translation>
    </message>
    <message numerus="yes">
        <source>From extension %1 to %n other row(s):</source>
        <translation>
            <numerusform>De la extensión %1 a %n fila más:</numerusform>
            <numerusform>De la extensión %1 a %n filas más:</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>En uso: %1.</translation>
    </message>
    <message>
        <source>Looking for serial ports and USB devices…</source>
        <translation>Buscando puertos serie y dispositivos USB…</translation>
    </message>
    <message>
        <source>Serial ports found: %1. USB devices found: %2.</source>
        <translation>Puertos serie encontrados: %1. Dispositivos USB encontrados: %2.</translation>
    </message>
    <message>
        <source>Already connected that way.</source>
        <translation>Ya está conectado así.</translation>
    </message>
    <message>
        <source>Connecting to the %1; it is kept for the next start.</source>
        <translation>Conectando con: %1; se mantiene para el próximo inicio.</translation>
    </message>
    <message>
        <source>Switch the connection</source>
        <translation>Cambiar la conexión</translation>
    </message>
    <message>
        <source>Switch to the %1 now?</source>
        <translation>¿Cambiar ahora a: %1?</translation>
    </message>
    <message>
        <source>The link drops for a moment. Requests are kept when the same controller answers again; another controller starts afresh (a reset).</source>
        <translation>El enlace se corta un momento. Las solicitudes se conservan si responde el mismo controlador; otro controlador empieza de nuevo (un reinicio).</translation>
    </message>
    <message>
        <source>Unlock to choose another controller.</source>
        <translation>Desbloquee para elegir otro controlador.</translation>
    </message>
    <message>
        <source>Click a problem to go to its cell or field</source>
        <translation>Haga clic en un problema para ir a su celda o campo</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Cambio de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. The edits not yet applied are kept: unlock to go on.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin actividad. Los cambios aún no aplicados se conservan: desbloquee para seguir.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin actividad. Los cambios aún no aplicados se conservan: desbloquee para seguir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin actividad.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) will be removed.</source>
        <translation>
            <numerusform>Se eliminará %n extensión.</numerusform>
            <numerusform>Se eliminarán %n extensiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file replaces the whole table: %n extension(s) not in it will be removed.</source>
        <translation>
            <numerusform>El archivo sustituye toda la tabla: se eliminará %n extensión que no está en él.</numerusform>
            <numerusform>El archivo sustituye toda la tabla: se eliminarán %n extensiones que no están en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: the page was locked.</source>
        <translation>%1 no se importó: la página se bloqueó.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Changes &amp;made</source>
        <translation>Cambios reali&amp;zados</translation>
    </message>
    <message>
        <source>Drop the edits and load the programming in force</source>
        <translation>Descartar los cambios y cargar la programación vigente</translation>
    </message>
    <message>
        <source>Reloaded: the programming in force (revision %1).</source>
        <translation>Recargada: la programación vigente (revisión %1).</translation>
    </message>
    <message>
        <source>The call service ended the installer session. Unlock to go on.</source>
        <translation>El servicio de llamadas terminó la sesión del instalador. Desbloquee para seguir.</translation>
    </message>
    <message>
        <source>The call service&apos;s ports and devices are listed only on its own PC: type the port or the USB device&apos;s VID:PID.</source>
        <translation>Los puertos y dispositivos del servicio de llamadas solo se listan en su propio PC: escriba el puerto o el VID:PID del dispositivo USB.</translation>
    </message>
    <message>
        <source>Not applied: someone applied a change first (the programming in force is revision %1, these edits are based on %2). Nothing of them was applied; Reload to start from the programming in force.</source>
        <translation>No aplicado: otra persona aplicó antes un cambio (la programación vigente es la revisión %1, estos cambios parten de la %2). No se aplicó nada de ellos; pulse Recargar para partir de la programación vigente.</translation>
    </message>
    <message>
        <source>Refused: the call service has locked programming; unlock again (%1).</source>
        <translation>Rechazado: el servicio de llamadas ha bloqueado la programación; desbloquee de nuevo (%1).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>Locked meanwhile.</source>
        <translation>Se bloqueó entretanto.</translation>
    </message>
    <message>
        <source>The programming in force changed (revision %1): shown.</source>
        <translation>La programación vigente cambió (revisión %1): se muestra.</translation>
    </message>
    <message>
        <source>Someone applied a change (revision %1) while you edited: Apply would be refused. Reload to start from it (your edits are dropped).</source>
        <translation>Otra persona aplicó un cambio (revisión %1) mientras usted editaba: Aplicar sería rechazado. Pulse Recargar para partir de él (sus cambios se descartan).</translation>
    </message>
    <message>
        <source>A change is being applied: wait for its answer.</source>
        <translation>Se está aplicando un cambio: espere su respuesta.</translation>
    </message>
    <message>
        <source>The programming in force has not arrived from the call service yet.</source>
        <translation>La programación vigente aún no ha llegado del servicio de llamadas.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Aplicando %n cambio…</numerusform>
            <numerusform>Aplicando %n cambios…</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: not yet known (waiting for the call service).</source>
        <translation>En uso: aún desconocido (esperando al servicio de llamadas).</translation>
    </message>
    <message>
        <source>The devices could not be listed: %1</source>
        <translation>No se pudieron listar los dispositivos: %1</translation>
    </message>
    <message>
        <source>Switching to the %1…</source>
        <translation>Cambiando a: %1…</translation>
    </message>
    <message>
        <source>A held line rings back after:</source>
        <translation>Una línea retenida vuelve a sonar tras:</translation>
    </message>
    <message>
        <source>An unanswered transfer comes back after:</source>
        <translation>Una transferencia no atendida vuelve tras:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>History is kept for:</source>
        <translation>El historial se guarda:</translation>
    </message>
    <message>
        <source>History takes at most:</source>
        <translation>El historial ocupa como máximo:</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportModel</name>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>left</source>
        <translation>dejadas</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonadas</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borradas</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducadas</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reiniciadas</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>tasa de completadas</translation>
    </message>
    <message>
        <source>median, left to completed</source>
        <translation>mediana, de dejada a completada</translation>
    </message>
    <message>
        <source>90th percentile, left to completed</source>
        <translation>percentil 90, de dejada a completada</translation>
    </message>
    <message>
        <source>Outside calls</source>
        <translation>Llamadas exteriores</translation>
    </message>
    <message>
        <source>rang</source>
        <translation>sonaron</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>contestadas</translation>
    </message>
    <message>
        <source>abandoned while ringing</source>
        <translation>abandonadas sonando</translation>
    </message>
    <message>
        <source>median time to answer</source>
        <translation>mediana hasta contestar</translation>
    </message>
    <message>
        <source>90th percentile time to answer</source>
        <translation>percentil 90 hasta contestar</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferidas</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>devueltas</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportRequestsModel</name>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation>Esperaba a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Dejada a las</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Esperó</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rellamada</translation>
    </message>
    <message>
        <source>outside line</source>
        <translation>línea exterior</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>an outside line</source>
        <translation>una línea exterior</translation>
    </message>
</context>
<context>
    <name>sb::ui::ReportsPage</name>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Show report</source>
        <translation>&amp;Ver informe</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation>Semana (lunes a domingo)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Intervalo de días</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Extensio&amp;ns:</source>
        <translation>Extensio&amp;nes:</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Datos del informe</translation>
    </message>
    <message>
        <source>Requests of the report</source>
        <translation>Solicitudes del informe</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>callbacks left</source>
        <translation>rellamadas dejadas</translation>
    </message>
    <message>
        <source>Callbacks left by hour of the day</source>
        <translation>Rellamadas dejadas por hora del día</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>rellamadas</translation>
    </message>
    <message>
        <source>Choose a period and show its report.</source>
        <translation>Elija un periodo y vea su informe.</translation>
    </message>
    <message>
        <source>All extensions</source>
        <translation>Todas las extensiones</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Asking the call service for the report of %1…</source>
        <translation>Pidiendo al servicio de llamadas el informe de %1…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Sin informe: %1</translation>
    </message>
    <message>
        <source>No list of requests: %1</source>
        <translation>Sin lista de solicitudes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of requests: %n so far…</source>
        <translation>
            <numerusform>Leyendo la lista de solicitudes: %n hasta ahora…</numerusform>
            <numerusform>Leyendo la lista de solicitudes: %n hasta ahora…</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Report of %1, all extensions: %n request(s) ended.</source>
        <translation>
            <numerusform>Informe de %1, todas las extensiones: %n solicitud terminada.</numerusform>
            <numerusform>Informe de %1, todas las extensiones: %n solicitudes terminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %1 for %2: %n request(s) ended.</source>
        <translation>
            <numerusform>Informe de %1 para %2: %n solicitud terminada.</numerusform>
            <numerusform>Informe de %1 para %2: %n solicitudes terminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard report: callbacks and outside calls</source>
        <translation>Informe de Switchboard: rellamadas y llamadas exteriores</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3)</source>
        <translation>Periodo: %1 (%2 a %3)</translation>
    </message>
    <message>
        <source>Extensions: all</source>
        <translation>Extensiones: todas</translation>
    </message>
    <message>
        <source>Extension: %1</source>
        <translation>Extensión: %1</translation>
    </message>
    <message>
        <source>Made %1 from %2</source>
        <translation>Hecho el %1 desde %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>Informe exportado a %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>The list and the busiest targets show the first %1 requests.</source>
        <translation>La lista y los destinos más solicitados muestran las primeras %1 solicitudes.</translation>
    </message>
    <message>
        <source>The list shows the first %1 requests.</source>
        <translation>La lista muestra las primeras %1 solicitudes.</translation>
    </message>
    <message>
        <source>The busiest targets count the requests that ended in the period (the service&apos;s report does not name them).</source>
        <translation>Los destinos más solicitados cuentan las solicitudes que terminaron en el periodo (el informe del servicio no los indica).</translation>
    </message>
    <message>
        <source>Busiest targets: callbacks left for them</source>
        <translation>Destinos más solicitados: rellamadas dejadas para ellos</translation>
    </message>
</context>
<context>
    <name>sb::ui::RequestTableModel</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>ringing the caller</source>
        <translation>timbrando al llamante</translation>
    </message>
    <message>
        <source>ringing the target</source>
        <translation>timbrando al destino</translation>
    </message>
    <message>
        <source>camped on</source>
        <translation>en llamada en espera</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Espera a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Dejada a las</translation>
    </message>
    <message>
        <source>Waiting (s)</source>
        <translation>Esperando (s)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>outside line</source>
        <translation>línea exterior</translation>
    </message>
    <message>
        <source>line queue</source>
        <translation>cola de líneas</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rellamada</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
</context>
<context>
    <name>sb::ui::SupervisorView</name>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reinicio</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>Filter requests by number or state</source>
        <translation>Filtrar solicitudes por número o estado</translation>
    </message>
    <message>
        <source>Live requests</source>
        <translation>Solicitudes activas</translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation>en espera ahora</translation>
    </message>
    <message>
        <source>ringing now</source>
        <translation>timbrando ahora</translation>
    </message>
    <message>
        <source>left</source>
        <translation>dejadas</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>terminadas: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Controller link</source>
        <translation>Enlace con el controlador</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>since start</source>
        <translation>desde el inicio</translation>
    </message>
    <message>
        <source>How requests ended</source>
        <translation>Cómo terminaron las solicitudes</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;State&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controller&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%3.%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;boot_id&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Frames sent&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Frames received&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Retransmissions&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Framing errors&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controller errors&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Outages&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Last reset&lt;/td&gt;&lt;td&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Estado&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Controlador&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%3.%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;boot_id&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tramas enviadas&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tramas recibidas&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Retransmisiones&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Errores de trama&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Errores del controlador&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cortes&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Último reinicio&lt;/td&gt;&lt;td&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>none since start</source>
        <translation>ninguno desde el inicio</translation>
    </message>
    <message>
        <source>Export the event log</source>
        <translation>Exportar el registro de eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;log as CSV…</source>
        <translation>Exportar el registro como &amp;CSV…</translation>
    </message>
    <message>
        <source>Programming changes</source>
        <translation>Cambios de programación</translation>
    </message>
    <message>
        <source>Requests not ringing yet: waiting, suspended or camped on. The queue depth chart counts the same.</source>
        <translation>Solicitudes que aún no timbran: en espera, suspendidas o en llamada en espera. El gráfico de la cola cuenta lo mismo.</translation>
    </message>
    <message>
        <source>Requests whose callback is ringing at the caller or the target.</source>
        <translation>Solicitudes cuya rellamada timbra en el llamante o en el destino.</translation>
    </message>
    <message>
        <source>Queue depth: requests waiting (not ringing)</source>
        <translation>Cola: solicitudes en espera (sin las que timbran)</translation>
    </message>
    <message>
        <source>Event log exported to %1</source>
        <translation>Registro de eventos exportado a %1</translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation>No actualizado: %1</translation>
    </message>
    <message>
        <source>transfers answered</source>
        <translation>transferencias contestadas</translation>
    </message>
    <message>
        <source>transfers recalled</source>
        <translation>transferencias retornadas</translation>
    </message>
    <message>
        <source>transfers abandoned</source>
        <translation>transferencias abandonadas</translation>
    </message>
    <message>
        <source>Outside calls transferred to an extension: answered there, recalled to whoever transferred them (not answered in time), or abandoned by the caller.</source>
        <translation>Llamadas exteriores transferidas a una extensión: contestadas allí, retornadas a quien las transfirió (sin respuesta a tiempo) o abandonadas por el llamante.</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>retornada</translation>
    </message>
    <message>
        <source>completed today</source>
        <translation>completadas hoy</translation>
    </message>
    <message>
        <source>completion rate today</source>
        <translation>tasa de completadas hoy</translation>
    </message>
    <message>
        <source>outside calls waiting</source>
        <translation>llamadas exteriores en espera</translation>
    </message>
    <message>
        <source>Callbacks completed since local midnight.</source>
        <translation>Rellamadas completadas desde la medianoche local.</translation>
    </message>
    <message>
        <source>Completed among the callbacks that ended since local midnight.</source>
        <translation>Completadas entre las rellamadas terminadas desde la medianoche local.</translation>
    </message>
    <message>
        <source>Outside callers not talking with anyone: ringing, held, being transferred or recalling.</source>
        <translation>Llamantes exteriores que no hablan con nadie: sonando, retenidos, en transferencia o devueltos.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Lin&amp;k and changes</source>
        <translation>Enlace &amp;y cambios</translation>
    </message>
</context>
</TS>
