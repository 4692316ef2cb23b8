<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpeteksten.</translation>
    </message>
    <message>
        <source>Usage: rullering-cli [--db PATH] [--user NAME] &lt;command&gt; [options]</source>
        <translation>Bruk: rullering-cli [--db STI] [--user NAVN] &lt;kommando&gt; [valg]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale valg:</translation>
    </message>
    <message>
        <source>Database file (default: $RULLERING_DB, else %1)</source>
        <translation>Databasefil (standard: $RULLERING_DB, ellers %1)</translation>
    </message>
    <message>
        <source>Name recorded in the audit log</source>
        <translation>Navn som føres i endringsloggen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Vis versjonen</translation>
    </message>
    <message>
        <source>Run &apos;rullering-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Kjør «rullering-cli &lt;kommando&gt; --help» for valgene til en kommando.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 må ha en verdi</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;rullering-cli --help&apos; for the list.</source>
        <translation>ukjent kommando «%1»; kjør «rullering-cli --help» for listen.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>Koblingen nevner et ukjent felt «%1».</translation>
    </message>
    <message>
        <source>The date order &quot;%1&quot; for column &quot;%2&quot; is not auto, dmy or mdy.</source>
        <translation>Datorekkefølgen «%1» for kolonnen «%2» er ikke auto, dmy eller mdy.</translation>
    </message>
</context>
<context>
    <name>CsvInspectCommand</name>
    <message>
        <source>Show how a CSV file is read, with its errors</source>
        <translation>Vis hvordan en CSV-fil leses, med feilene i den</translation>
    </message>
    <message>
        <source>Show what the importer reads in a CSV file: encoding, delimiter, header, every row as parsed, and every error with its line and column.</source>
        <translation>Vis hva importen leser i en CSV-fil: tegnkoding, skilletegn, overskrifter, hver rad slik den tolkes, og hver feil med linje og kolonne.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>oppgi nøyaktig én FIL</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Filen har overskrifter, men ingen rader.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Tegnkoding: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Skilletegn: %1</translation>
    </message>
    <message>
        <source>Header (%1 columns): %2</source>
        <translation>Overskrifter (%1 kolonner): %2</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rader: %1</translation>
    </message>
    <message>
        <source>line %1:</source>
        <translation>linje %1:</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>line 1, column 1: the file is empty.</source>
        <translation>linje 1, kolonne 1: filen er tom.</translation>
    </message>
    <message>
        <source>The file holds no text, only blank lines.</source>
        <translation>Filen har ingen tekst, bare tomme linjer.</translation>
    </message>
    <message>
        <source>line %1, column 1: the file holds no text, only blank lines.</source>
        <translation>linje %1, kolonne 1: filen har ingen tekst, bare tomme linjer.</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Denne raden har %1 felt; overskriftsraden har %2.</translation>
    </message>
    <message>
        <source>The quote that opens this field is never closed (the file ends inside it).</source>
        <translation>Anførselstegnet som åpner dette feltet, lukkes aldri (filen slutter inne i feltet).</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1 near here; they were replaced.</source>
        <translation>Byte som ikke er gyldig %1 her i nærheten; de ble erstattet.</translation>
    </message>
    <message>
        <source>This record is longer than %1 characters; the rest of the line was skipped.</source>
        <translation>Denne raden er lengre enn %1 tegn; resten av linjen ble hoppet over.</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with a quote (write it as &quot;&quot; inside a quoted field).</source>
        <translation>Et anførselstegn inne i et felt som ikke starter med anførselstegn (skriv det som &quot;&quot; inne i et felt i anførselstegn).</translation>
    </message>
    <message>
        <source>A NUL byte; this does not look like a text file.</source>
        <translation>En NUL-byte; dette ser ikke ut som en tekstfil.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field (a quote inside a value must be doubled).</source>
        <translation>Tekst etter det avsluttende anførselstegnet i et felt (et anførselstegn inne i en verdi må dobles).</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Filen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan ikke lagre %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>%1 is not a Rullering database (not an SQLite file).</source>
        <translation>%1 er ikke en Rullering-database (ikke en SQLite-fil).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt-driveren for SQLite (QSQLITE) er ikke installert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åpne %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceCsvExport</name>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation>Kan ikke lese enhetene: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Eksporten ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>DeviceField</name>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Enhetsnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Source of production year</source>
        <translation>Kilde for produksjonsår</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Innkjøpsdato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primærbruker</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Erstattet av</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Erstattet dato</translation>
    </message>
    <message>
        <source>Swapped by</source>
        <translation>Byttet av</translation>
    </message>
    <message>
        <source>In service from</source>
        <translation>I bruk fra</translation>
    </message>
    <message>
        <source>Keep (exclude from plan)</source>
        <translation>Behold (utenfor planen)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
</context>
<context>
    <name>DeviceImportWriter</name>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Databasen avviste importen: %1</translation>
    </message>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation>Databaseforbindelsen er ikke SQLite.</translation>
    </message>
    <message>
        <source>No serial number and no device name: nothing to match the row on.</source>
        <translation>Verken serienummer eller maskinnavn: ingenting å koble raden til.</translation>
    </message>
    <message>
        <source>The serial number &quot;%1&quot; is a placeholder, and there is no device name to match on.</source>
        <translation>Serienummeret «%1» er en plassholder, og det finnes ikke noe maskinnavn å koble på.</translation>
    </message>
    <message>
        <source>Several devices are named %1; without a usable serial number the row cannot be matched.</source>
        <translation>Flere enheter heter %1; uten brukbart serienummer kan raden ikke kobles.</translation>
    </message>
    <message>
        <source>The device name %1 appears again (no usable serial number); first on line %2.</source>
        <translation>Maskinnavnet %1 forekommer igjen (uten brukbart serienummer); første gang på linje %2.</translation>
    </message>
    <message>
        <source>The serial number %1 appears again; first on line %2.</source>
        <translation>Serienummeret %1 forekommer igjen; første gang på linje %2.</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>No device with id %1.</source>
        <translation>Ingen enhet med id %1.</translation>
    </message>
    <message>
        <source>The serial number %1 is already registered (device %2).</source>
        <translation>Serienummeret %1 er allerede registrert (enhet %2).</translation>
    </message>
    <message>
        <source>Device %1 was changed by someone else since you opened it.</source>
        <translation>Enheten %1 er endret av noen andre siden du åpnet den.</translation>
    </message>
    <message>
        <source>The serial number %1 is already registered on another device.</source>
        <translation>Serienummeret %1 er allerede registrert på en annen enhet.</translation>
    </message>
    <message>
        <source>Device %1 was changed by someone else while saving.</source>
        <translation>Enheten %1 ble endret av noen andre under lagring.</translation>
    </message>
</context>
<context>
    <name>DeviceType</name>
    <message>
        <source>Desktop</source>
        <translation>Stasjonær</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bærbar</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Nettbrett</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: rullering-cli export devices|procurement [options]; add --help after the target.</source>
        <translation>Bruk: rullering-cli export devices|procurement [valg]; legg til --help etter målet.</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot;. %2</source>
        <translation>ukjent eksport «%1». %2</translation>
    </message>
    <message>
        <source>Export devices or a procurement list to CSV/XLSX</source>
        <translation>Eksporter enheter eller en bestillingsliste til CSV/XLSX</translation>
    </message>
</context>
<context>
    <name>ExportDevicesCommand</name>
    <message>
        <source>Write every device to a CSV file that Rullering imports back unchanged (profile &quot;rullering&quot;).</source>
        <translation>Skriv alle enhetene til en CSV-fil som Rullering kan importere tilbake uendret (profilen «rullering»).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV-filen som skal skrives.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Field delimiter: ; (default), comma or tab.</source>
        <translation>Skilletegn: ; (standard), comma (komma) eller tab (tabulator).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TEGN</translation>
    </message>
    <message>
        <source>Leave out the primary user (a file without personal data).</source>
        <translation>Utelat primærbrukeren (en fil uten personopplysninger).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FIL må oppgis</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>uventet argument «%1»</translation>
    </message>
    <message>
        <source>--delimiter must be ;, comma, tab or |, not &quot;%1&quot;</source>
        <translation>--delimiter må være ;, comma, tab eller |, ikke «%1»</translation>
    </message>
    <message>
        <source>%1 devices written to %2</source>
        <translation>%1 enheter skrevet til %2</translation>
    </message>
</context>
<context>
    <name>FleetGenerator</name>
    <message>
        <source>The number of devices must be at least 1.</source>
        <translation>Antall enheter må være minst 1.</translation>
    </message>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation>Referansedatoen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The database already holds devices; demo data is only generated into an empty one.</source>
        <translation>Databasen har allerede enheter; demodata lages bare i en tom database.</translation>
    </message>
    <message>
        <source>Demo data needs an SQLite database.</source>
        <translation>Demodata krever en SQLite-database.</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data: %1</source>
        <translation>Kan ikke forberede demodata: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Storing the demo data failed, nothing was stored: %1</source>
        <translation>Lagring av demodata mislyktes, ingenting ble lagret: %1</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Generate a demo fleet</source>
        <translation>Lag en demoflåte</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic, deterministic demo fleet.</source>
        <translation>Fyll en tom database med en realistisk, reproduserbar demoflåte.</translation>
    </message>
    <message>
        <source>Number of devices (required).</source>
        <translation>Antall enheter (påkrevd).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same fleet.</source>
        <translation>Frø for tilfeldighet; samme frø gir samme flåte.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Date the fleet is laid out around (last seen, this year&apos;s swaps); default today.</source>
        <translation>Datoen flåten legges ut rundt (sist sett, årets bytter); standard i dag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>uventet argument %1</translation>
    </message>
    <message>
        <source>--devices N is required</source>
        <translation>--devices N er påkrevd</translation>
    </message>
    <message>
        <source>--devices must be a whole number from 1 to 100000000, not &quot;%1&quot;</source>
        <translation>--devices må være et heltall fra 1 til 100000000, ikke «%1»</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed må være et ikke-negativt heltall, ikke «%1»</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of må være en dato som ÅÅÅÅ-MM-DD, ikke «%1»</translation>
    </message>
    <message>
        <source>Generating: %1 of %2 devices</source>
        <translation>Lager: %1 av %2 enheter</translation>
    </message>
    <message>
        <source>Generated %1 devices in %2 municipalities (%3 swapped this year) in %4 s into %5</source>
        <translation>Laget %1 enheter i %2 kommuner (%3 byttet i år) på %4 s i %5</translation>
    </message>
    <message>
        <source>Print no progress (it is shown only on a terminal anyway).</source>
        <translation>Ikke vis fremdrift (den vises uansett bare i en terminal).</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which this file does not have.</source>
        <translation>Koblingen nevner kolonnen «%1», som denne filen ikke har.</translation>
    </message>
    <message>
        <source>No column of %1 holds a serial number or a device name for the profile &quot;%2&quot;; choose another profile or map the columns.</source>
        <translation>Ingen kolonne i %1 har serienummer eller maskinnavn for profilen «%2»; velg en annen profil eller koble kolonnene.</translation>
    </message>
    <message>
        <source>line 2, column 1: the file has a header but no rows.</source>
        <translation>linje 2, kolonne 1: filen har overskrifter, men ingen rader.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has dates that only work day first and others that only work month first; rows that do not fit month first are rejected.</source>
        <translation>Kolonnen «%1» har datoer som bare går med dag først og andre som bare går med måned først; rader som ikke passer med måned først, avvises.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot;: every date (such as 03/04/2023) could be day/month or month/day; read as month/day, as Intune, AD and ConfigMgr write them. Set the column&apos;s date order in the mapping if that is wrong.</source>
        <translation>Kolonnen «%1»: alle datoene (som 03/04/2023) kan være dag/måned eller måned/dag; de leses som måned/dag, slik Intune, AD og ConfigMgr skriver dem. Angi kolonnens datorekkefølge i koblingen hvis det er feil.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>kolonne %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import devices from Intune, AD, ConfigMgr or spreadsheet CSV</source>
        <translation>Importer enheter fra Intune, AD, ConfigMgr eller regneark (CSV)</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2)</source>
        <translation>Fil: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Encoding: %1, delimiter: %2, profile: %3</source>
        <translation>Tegnkoding: %1, skilletegn: %2, profil: %3</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rader: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Nye: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Oppdatert: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Uendret: %1</translation>
    </message>
    <message>
        <source>Missing from source (in use, not in this file; nothing is deleted): %1</source>
        <translation>Mangler i kilden (i bruk, men ikke i denne filen; ingenting slettes): %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <source>Matched on device name, because the serial number was missing or a placeholder: %1</source>
        <translation>Koblet på maskinnavn fordi serienummeret manglet eller var en plassholder: %1</translation>
    </message>
    <message>
        <source>line %1: serial &quot;%2&quot;, device name %3</source>
        <translation>linje %1: serienummer «%2», maskinnavn %3</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Endringer:</translation>
    </message>
    <message>
        <source>line %1, %2 %3:</source>
        <translation>linje %1, %2 %3:</translation>
    </message>
    <message>
        <source>... and %1 more updated devices</source>
        <translation>… og %1 oppdaterte enheter til</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Applied (import %1).</source>
        <translation>Utført (import %1).</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prøvekjøring: ingenting ble endret.</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>Ikke utført: ingenting ble endret.</translation>
    </message>
    <message>
        <source>Import devices from a CSV export (Intune, Active Directory, Configuration Manager, a spreadsheet or Rullering&apos;s own export). All rows are applied in one transaction, or none.</source>
        <translation>Importer enheter fra en CSV-eksport (Intune, Active Directory, Configuration Manager, et regneark eller Rullerings egen eksport). Alle radene lagres i én transaksjon, eller ingen.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <source>auto (default), intune, ad, configmgr, rullering or generic.</source>
        <translation>auto (standard), intune, ad, configmgr, rullering eller generic.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>A saved mapping&apos;s name, or a JSON mapping file.</source>
        <translation>Navnet på en lagret kobling, eller en JSON-fil med kobling.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAVN|FIL</translation>
    </message>
    <message>
        <source>Do the whole import and show what it would change, then change nothing.</source>
        <translation>Kjør hele importen og vis hva den ville endre, men endre ingenting.</translation>
    </message>
    <message>
        <source>Apply the valid rows even when some rows are rejected.</source>
        <translation>Lagre de gyldige radene selv om noen rader avvises.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Skriv ut sammendraget som JSON.</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>oppgi nøyaktig én FIL</translation>
    </message>
    <message>
        <source>--profile must be auto, intune, ad, configmgr, rullering or generic, not &quot;%1&quot;</source>
        <translation>--profile må være auto, intune, ad, configmgr, rullering eller generic, ikke «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>%1 rejected rows would block the import (or use --skip-rejected).</source>
        <translation>%1 avviste rader ville stoppe importen (eller bruk --skip-rejected).</translation>
    </message>
    <message>
        <source>%1 rejected rows; nothing was applied (use --skip-rejected to apply the rest).</source>
        <translation>%1 avviste rader; ingenting ble lagret (bruk --skip-rejected for å lagre resten).</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Source of production year</source>
        <translation>Kilde for produksjonsår</translation>
    </message>
    <message>
        <source>Purchase or invoice date</source>
        <translation>Innkjøps- eller fakturadato</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>Garantistart</translation>
    </message>
    <message>
        <source>Original OS install date</source>
        <translation>Opprinnelig installasjonsdato for operativsystemet</translation>
    </message>
    <message>
        <source>BIOS release date</source>
        <translation>BIOS-dato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primærbruker</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>AD path (municipality and location)</source>
        <translation>AD-sti (kommune og lokasjon)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>Spreadsheet (column names in English or Norwegian)</source>
        <translation>Regneark (kolonnenavn på norsk eller engelsk)</translation>
    </message>
    <message>
        <source>Intune &quot;All devices&quot; export</source>
        <translation>Intune-eksport «Alle enheter»</translation>
    </message>
    <message>
        <source>Active Directory computer export</source>
        <translation>Active Directory-eksport av datamaskiner</translation>
    </message>
    <message>
        <source>Configuration Manager query export</source>
        <translation>Configuration Manager-eksport (spørring)</translation>
    </message>
    <message>
        <source>Rullering device export</source>
        <translation>Rullerings egen enhetseksport</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: «%2» %3</translation>
    </message>
    <message>
        <source>is not a date.</source>
        <translation>er ikke en dato.</translation>
    </message>
    <message>
        <source>is not a device type (PC, laptop, tablet, printer, other).</source>
        <translation>er ikke en enhetstype (PC, bærbar, nettbrett, skriver, annet).</translation>
    </message>
    <message>
        <source>is not a production year (four digits, 1980 to 2200).</source>
        <translation>er ikke et produksjonsår (fire sifre, 1980 til 2200).</translation>
    </message>
    <message>
        <source>is not a source of production year.</source>
        <translation>er ikke en kilde for produksjonsår.</translation>
    </message>
    <message>
        <source>is not a lifecycle state.</source>
        <translation>er ikke en livsløpsstatus.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show counts and schema version</source>
        <translation>Vis antall og skjemaversjon</translation>
    </message>
    <message>
        <source>Show the database&apos;s schema version and its devices per municipality, type and lifecycle state.</source>
        <translation>Vis databasens skjemaversjon og enhetene per kommune, type og livsløpsstatus.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Utdataformat: table eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format må være table eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Rullering: %2)</source>
        <translation>Skjemaversjon: %1 (denne Rullering: %2)</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Enheter: %1</translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation>(ingen kommune)</translation>
    </message>
    <message>
        <source>Per municipality</source>
        <translation>Per kommune</translation>
    </message>
    <message>
        <source>Per type</source>
        <translation>Per type</translation>
    </message>
    <message>
        <source>Per lifecycle state</source>
        <translation>Per livsløpsstatus</translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>In pool</source>
        <translation>I pool</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Utfaset</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Tapt</translation>
    </message>
    <message>
        <source>The device is already %1.</source>
        <translation>Enheten har allerede status %1.</translation>
    </message>
    <message>
        <source>Only a device in use can be replaced, and only by a swap; this one is %1.</source>
        <translation>Bare en enhet i bruk kan erstattes, og bare ved et bytte; denne har status %1.</translation>
    </message>
    <message>
        <source>A device that is %1 cannot become %2.</source>
        <translation>En enhet med status %1 kan ikke få status %2.</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>En lagret kobling må ha et navn.</translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation>Det finnes ingen lagret kobling som heter «%1».</translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; is damaged: %2</source>
        <translation>Den lagrede koblingen «%1» er skadet: %2</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Kan ikke lese koblingen %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Koblingen %1 er ikke et JSON-objekt: %2</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Øk</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Senk</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;pne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Utfør</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>The location &quot;%1&quot; needs a municipality.</source>
        <translation>Lokasjonen «%1» må høre til en kommune.</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; needs a municipality.</source>
        <translation>Avdelingen «%1» må høre til en kommune.</translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation>Filen kan ikke leses som en database.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Rullering (schema %1; this version understands up to %2). Update Rullering to open it; the file has not been changed.</source>
        <translation>Databasen er skrevet av en nyere versjon av Rullering (skjema %1; denne versjonen forstår opp til %2). Oppdater Rullering for å åpne den; filen er ikke endret.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
        <translation>Oppgradering av databasen til skjema %1 (%2) mislyktes: %3. Databasen er uendret på skjema %4.</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Kan ikke lagre skjemaversjon %1: %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefeil: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a change in the database: %1</source>
        <translation>Kan ikke starte en endring i databasen: %1</translation>
    </message>
    <message>
        <source>The change was already ended.</source>
        <translation>Endringen var allerede avsluttet.</translation>
    </message>
    <message>
        <source>The change could not be saved, nothing was changed: %1</source>
        <translation>Endringen kunne ikke lagres, ingenting ble endret: %1</translation>
    </message>
</context>
<context>
    <name>YearSource</name>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Production year given</source>
        <translation>Oppgitt produksjonsår</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Innkjøpsdato</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>Garantistart</translation>
    </message>
    <message>
        <source>Original OS install date</source>
        <translation>Opprinnelig installasjonsdato for OS</translation>
    </message>
    <message>
        <source>BIOS release date</source>
        <translation>BIOS-dato</translation>
    </message>
    <message>
        <source>Usual year of the model</source>
        <translation>Vanlig år for modellen</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceTableModel</name>
    <message>
        <source>Estimated from: %1</source>
        <translation>Anslått ut fra: %1</translation>
    </message>
</context>
<context>
    <name>rullering::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Devices per municipality</source>
        <translation>Enheter per kommune</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation>(ingen kommune)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>rullering::ImportApplyPage</name>
    <message>
        <source>Apply the import</source>
        <translation>Utfør importen</translation>
    </message>
    <message>
        <source>All rows are saved in one step, or none: Cancel leaves the register as it was.</source>
        <translation>Alle radene lagres i ett steg, eller ingen: Avbryt lar registeret være som det var.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Utfør</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutt: ingenting ble endret.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Ingenting ble endret: %n rad ble avvist.</numerusform>
            <numerusform>Ingenting ble endret: %n rader ble avvist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importert. %1</translation>
    </message>
</context>
<context>
    <name>rullering::ImportDryRunPage</name>
    <message>
        <source>Created: %1 · Updated: %2 · Unchanged: %3 · Missing from the file: %4 · Rejected: %5</source>
        <translation>Nye: %1 · Oppdatert: %2 · Uendret: %3 · Mangler i filen: %4 · Avvist: %5</translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation>Se hva som vil endres</translation>
    </message>
    <message>
        <source>A dry run: the whole import, rolled back. Nothing is changed yet.</source>
        <translation>En prøvekjøring: hele importen, rullet tilbake. Ingenting er endret ennå.</translation>
    </message>
    <message>
        <source>Device / field</source>
        <translation>Enhet / felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avviste rader</translation>
    </message>
    <message>
        <source>Missing from the file</source>
        <translation>Mangler i filen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows...</source>
        <translation>E&amp;ksporter avviste rader …</translation>
    </message>
    <message>
        <source>Apply the other rows and &amp;skip the rejected ones</source>
        <translation>Utfør de andre radene og &amp;hopp over de avviste</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Leser filen …</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan ikke importeres: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>New: %1 (line %2)</source>
        <translation>Ny: %1 (linje %2)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linje %2)</translation>
    </message>
    <message>
        <source>Line %1: the serial &quot;%2&quot; is missing or a placeholder; matched on the device name %3.</source>
        <translation>Linje %1: serienummeret «%2» mangler eller er en plassholder; koblet på maskinnavnet %3.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Eksporter avviste rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>rullering::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>Rullering detects the encoding, the delimiter and the kind of export; change them if they are wrong.</source>
        <translation>Rullering finner tegnkoding, skilletegn og type eksport selv; endre dem hvis de er feil.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Finn selv</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Loddrett strek (|)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Kind of export:</source>
        <translation>&amp;Type eksport:</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Importer enheter</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3. Detected: %4. %n column(s): %5</source>
        <translation>
            <numerusform>Lest som %1, skilletegn %2, %3. Funnet: %4. %n kolonne: %5</numerusform>
            <numerusform>Lest som %1, skilletegn %2, %3. Funnet: %4. %n kolonner: %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Koble kolonnene</translation>
    </message>
    <message>
        <source>Choose the column that holds each field. The preview shows the first rows as they will be stored.</source>
        <translation>Velg kolonnen som har hvert felt. Forhåndsvisningen viser de første radene slik de vil bli lagret.</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>Kolonne for hvert felt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Preview of the rows as they will be stored</source>
        <translation>Forhåndsvisning av radene slik de vil bli lagret</translation>
    </message>
    <message>
        <source>An &amp;empty cell clears the stored value (otherwise it leaves it alone)</source>
        <translation>En &amp;tom celle sletter den lagrede verdien (ellers blir den stående)</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Navn på denne koblingen</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Lagre koblingen</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Lagrede koblinger:</translation>
    </message>
    <message>
        <source>(the detected mapping)</source>
        <translation>(koblingen som ble funnet)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Innkjøpsdato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primærbruker</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(none: matched on device name)</source>
        <translation>(ingen: kobles på maskinnavn)</translation>
    </message>
    <message>
        <source>Map the serial number or the device name: rows are matched on them.</source>
        <translation>Koble serienummer eller maskinnavn: radene kobles på dem.</translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation>Gi koblingen et navn først.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Lagret som «%1».</translation>
    </message>
</context>
<context>
    <name>rullering::ImportWizard</name>
    <message>
        <source>&amp;Import devices...</source>
        <translation>&amp;Importer enheter …</translation>
    </message>
    <message>
        <source>Import devices from an Intune, AD, ConfigMgr or spreadsheet CSV file</source>
        <translation>Importer enheter fra en CSV-fil fra Intune, AD, ConfigMgr eller et regneark</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Importer enheter</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Velg en fil.</translation>
    </message>
</context>
<context>
    <name>rullering::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Lager demodata …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Verk&amp;tøy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylig brukte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Vis &amp;verktøylinje</translation>
    </message>
    <message>
        <source>Create &amp;Demo Database…</source>
        <translation>Lag &amp;demodatabase …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;About Rullering</source>
        <translation>&amp;Om Rullering</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Rullering databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rullering-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 already exists. It will be opened instead; nothing in it is removed.</source>
        <translation>%1 finnes allerede. Den åpnes i stedet; ingenting i den fjernes.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>Create Demo Database</source>
        <translation>Lag demodatabase</translation>
    </message>
    <message>
        <source>Rullering databases (*.sqlite *.db)</source>
        <translation>Rullering-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Demo data is only created in a new file.</source>
        <translation>%1 finnes allerede. Demodata lages bare i en ny fil.</translation>
    </message>
    <message>
        <source>Number of devices:</source>
        <translation>Antall enheter:</translation>
    </message>
    <message>
        <source>About Rullering</source>
        <translation>Om Rullering</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rullering %1&lt;/h3&gt;&lt;p&gt;Lifecycle and yearly replacement of the PCs, tablets and printers of Norwegian municipalities: register, import, plan, swap, report and order.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rullering %1&lt;/h3&gt;&lt;p&gt;Livsløp og årlig utskifting av kommunenes PC-er, nettbrett og skrivere: register, import, planlegging, bytte, rapportering og bestilling.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rullering::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Your name in the change log:</source>
        <translation>&amp;Ditt navn i endringsloggen:</translation>
    </message>
    <message>
        <source>A change of language takes effect when Rullering is started again.</source>
        <translation>Endring av språk trer i kraft når Rullering startes på nytt.</translation>
    </message>
</context>
<context>
    <name>rullering::WelcomeDialog</name>
    <message>
        <source>Welcome to Rullering</source>
        <translation>Velkommen til Rullering</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Rullering&lt;/h3&gt;&lt;p&gt;There is no database yet. Rullering keeps the register in one file:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkommen til Rullering&lt;/h3&gt;&lt;p&gt;Det finnes ingen database ennå. Rullering holder registeret i én fil:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with &amp;demo data: a realistic fleet of the Molde partnership</source>
        <translation>Start med &amp;demodata: en realistisk maskinpark fra Molde-samarbeidet</translation>
    </message>
    <message>
        <source> devices</source>
        <translation> enheter</translation>
    </message>
    <message>
        <source>Start with an &amp;empty register, to import your own exports</source>
        <translation>Start med et &amp;tomt register, for å importere egne eksporter</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file…</source>
        <translation>Å&amp;pne en eksisterende databasefil …</translation>
    </message>
</context>
</TS>
