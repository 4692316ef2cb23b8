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
    <name>DetailsPane</name>
    <message>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Masseendring</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Bytte</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
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
    <name>EditDevicesCommand</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n felt</numerusform>
            <numerusform>%n felt</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n device(s)</source>
        <translation>
            <numerusform>Endre %1 på %n enhet</numerusform>
            <numerusform>Endre %1 på %n enheter</numerusform>
        </translation>
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
    <name>SwapCommand</name>
    <message>
        <source>Record a swap of an old device for a new one</source>
        <translation>Registrer bytte av en gammel enhet mot en ny</translation>
    </message>
</context>
<context>
    <name>SwapDevicesCommand</name>
    <message>
        <source>Swap %1 for %2</source>
        <translation>Bytt %1 mot %2</translation>
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
    <name>rullering::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Device(s)</source>
        <translation>
            <numerusform>Endre %n enhet</numerusform>
            <numerusform>Endre %n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the fields to change for the %1 selected devices. Fields left unticked keep their values.</source>
        <translation>Kryss av feltene som skal endres for de %1 valgte enhetene. Felt uten kryss beholder verdiene sine.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Leave out of replacement planning</source>
        <translation>Utelat fra rulleringsplanen</translation>
    </message>
    <message>
        <source>Include in replacement planning</source>
        <translation>Ta med i rulleringsplanen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lokasjon</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Nettverk</translation>
    </message>
    <message>
        <source>Primary &amp;user</source>
        <translation>Primær&amp;bruker</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Production year</source>
        <translation>&amp;Produksjonsår</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planlegging</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
</context>
<context>
    <name>rullering::BulkEditService</name>
    <message>
        <source>Choose at least one field to change.</source>
        <translation>Velg minst ett felt som skal endres.</translation>
    </message>
    <message>
        <source>Production year %1 is not between 1980 and %2.</source>
        <translation>Produksjonsåret %1 er ikke mellom 1980 og %2.</translation>
    </message>
    <message>
        <source>A device becomes Replaced only by a swap, which records what replaced it.</source>
        <translation>En enhet blir Erstattet bare ved et bytte, som registrerer hva som erstattet den.</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Velg en kommune.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Det finnes ingen %1 med id %2.</translation>
    </message>
    <message>
        <source>No devices are selected.</source>
        <translation>Ingen enheter er valgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 (%2)</source>
        <translation>
            <numerusform>%n enhet: %1 (%2)</numerusform>
            <numerusform>%n enheter: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Ingenting ble endret. %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n device(s) were changed by someone else since you read them (%1). Reload to see their changes, or overwrite them.</source>
        <translation>
            <numerusform>Ingenting ble endret: %n enhet ble endret av noen andre etter at du leste den (%1). Last inn på nytt for å se endringene, eller overskriv dem.</numerusform>
            <numerusform>Ingenting ble endret: %n enheter ble endret av noen andre etter at du leste dem (%1). Last inn på nytt for å se endringene, eller overskriv dem.</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> og %1 til</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lokasjon</translation>
    </message>
    <message>
        <source>department</source>
        <translation>avdeling</translation>
    </message>
    <message>
        <source>network</source>
        <translation>nettverk</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>The location belongs to another municipality.</source>
        <translation>Lokasjonen hører til en annen kommune.</translation>
    </message>
    <message>
        <source>The department belongs to another municipality.</source>
        <translation>Avdelingen hører til en annen kommune.</translation>
    </message>
</context>
<context>
    <name>rullering::DetailsPane</name>
    <message>
        <source>No device selected</source>
        <translation>Ingen enhet valgt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>%1 (from: %2)</source>
        <translation>%1 (fra: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Yes: left out of replacement planning</source>
        <translation>Ja: utelatt fra rulleringsplanen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceItemDelegate</name>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
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
        <source>Search serial number, host name, user or model (Ctrl+F)</source>
        <translation>Søk etter serienummer, maskinnavn, bruker eller modell (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Lagrede visninger</translation>
    </message>
    <message>
        <source>&amp;Find Devices</source>
        <translation>&amp;Finn enheter</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit Selected…</source>
        <translation>&amp;Masseendre valgte …</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>&amp;Lagre visning …</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>&amp;Slett lagret visning</translation>
    </message>
    <message>
        <source>C&amp;lear Filters and Search</source>
        <translation>&amp;Tøm filtre og søk</translation>
    </message>
    <message>
        <source>Device &amp;Details</source>
        <translation>Enhets&amp;detaljer</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Visning:</translation>
    </message>
    <message>
        <source>%1 devices in this view</source>
        <translation>%1 enheter i denne visningen</translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation>, %1 valgt</translation>
    </message>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>%1 kan ikke endres her.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>&amp;Overwrite Their Changes</source>
        <translation>&amp;Overskriv endringene deres</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs and Reload</source>
        <translation>&amp;Behold deres og last inn på nytt</translation>
    </message>
    <message>
        <source>Select the devices to edit first (Ctrl+A selects every device in the view).</source>
        <translation>Velg enhetene som skal endres først (Ctrl+A velger alle enhetene i visningen).</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(gjeldende)</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Lagre visning</translation>
    </message>
    <message>
        <source>Name of the view (filters, search, columns and sort):</source>
        <translation>Navn på visningen (filtre, søk, kolonner og sortering):</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Slett visning</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot; for everyone?</source>
        <translation>Slette den lagrede visningen «%1» for alle?</translation>
    </message>
</context>
<context>
    <name>rullering::FilterPanel</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Lifecycle states</source>
        <translation>Livsløpsstatuser</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>All aktivitet</translation>
    </message>
    <message>
        <source>Seen within</source>
        <translation>Sett siste</translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation>Ikke sett på</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Tøm filtre</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;okasjon</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>A&amp;vdeling</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Nett&amp;verk</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Stat&amp;e</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Produced &amp;from</source>
        <translation>Produsert &amp;fra</translation>
    </message>
    <message>
        <source>Produced &amp;to</source>
        <translation>Produsert &amp;til</translation>
    </message>
    <message>
        <source>D&amp;ue in</source>
        <translation>&amp;Forfaller i</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vitet</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle nettverk</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle lokasjoner</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
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
    <name>rullering::SavedViews</name>
    <message>
        <source>There is no saved view called &quot;%1&quot;.</source>
        <translation>Det finnes ingen lagret visning som heter «%1».</translation>
    </message>
    <message>
        <source>The saved view &quot;%1&quot; is damaged: %2</source>
        <translation>Den lagrede visningen «%1» er skadet: %2</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>En lagret visning må ha et navn.</translation>
    </message>
</context>
<context>
    <name>rullering::SwapPage</name>
    <message>
        <source>Swap</source>
        <translation>Bytte</translation>
    </message>
    <message>
        <source>Swap a device</source>
        <translation>Bytt en enhet</translation>
    </message>
    <message>
        <source>Scan the old device, then the new one, then press Enter to confirm. Esc starts over; Ctrl+Z undoes the last swap.</source>
        <translation>Skann den gamle enheten, så den nye, og trykk Enter for å bekrefte. Esc begynner på nytt; Ctrl+Z angrer siste bytte.</translation>
    </message>
    <message>
        <source>Serial number of the old device</source>
        <translation>Serienummeret til den gamle enheten</translation>
    </message>
    <message>
        <source>Serial number of the new device</source>
        <translation>Serienummeret til den nye enheten</translation>
    </message>
    <message>
        <source>&amp;Old device</source>
        <translation>&amp;Gammel enhet</translation>
    </message>
    <message>
        <source>&amp;New device</source>
        <translation>&amp;Ny enhet</translation>
    </message>
    <message>
        <source>&amp;Confirm swap (Enter)</source>
        <translation>&amp;Bekreft bytte (Enter)</translation>
    </message>
    <message>
        <source>&amp;Start over (Esc)</source>
        <translation>&amp;Begynn på nytt (Esc)</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>&amp;Tekniker</translation>
    </message>
    <message>
        <source>Swap &amp;date</source>
        <translation>Bytte&amp;dato</translation>
    </message>
    <message>
        <source>Swapped today</source>
        <translation>Byttet i dag</translation>
    </message>
    <message>
        <source>Swapped this year</source>
        <translation>Byttet i år</translation>
    </message>
    <message>
        <source>Still due for replacement</source>
        <translation>Gjenstår å bytte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) (produced %1)</source>
        <translation>
            <numerusform>%n år (produsert %1)</numerusform>
            <numerusform>%n år (produsert %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
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
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Now scan the new device.</source>
        <translation>Skann nå den nye enheten.</translation>
    </message>
    <message>
        <source>Matched: %1 %2, now %3.</source>
        <translation>Funnet: %1 %2, nå %3.</translation>
    </message>
    <message>
        <source>Not in the register yet: it will be registered as a new %1.</source>
        <translation>Ikke i registeret ennå: den blir registrert som ny %1.</translation>
    </message>
    <message>
        <source>Press Enter to confirm: %1 replaces %2.</source>
        <translation>Trykk Enter for å bekrefte: %1 erstatter %2.</translation>
    </message>
    <message>
        <source>Done: %1 replaced by %2.</source>
        <translation>Ferdig: %1 erstattet av %2.</translation>
    </message>
</context>
<context>
    <name>rullering::SwapService</name>
    <message>
        <source>Scan or type the serial number of the old device.</source>
        <translation>Skann eller skriv serienummeret til den gamle enheten.</translation>
    </message>
    <message>
        <source>No device with serial number %1 is registered.</source>
        <translation>Ingen enhet med serienummer %1 er registrert.</translation>
    </message>
    <message>
        <source>%1 was already replaced on %2.</source>
        <translation>%1 ble allerede erstattet %2.</translation>
    </message>
    <message>
        <source>%1 is not in use (it is %2), so it cannot be swapped out.</source>
        <translation>%1 er ikke i bruk (den er %2), så den kan ikke byttes ut.</translation>
    </message>
    <message>
        <source>Scan or type the serial number of the new device.</source>
        <translation>Skann eller skriv serienummeret til den nye enheten.</translation>
    </message>
    <message>
        <source>The new serial number is the same as the old one (%1): scan the new device.</source>
        <translation>Det nye serienummeret er det samme som det gamle (%1): skann den nye enheten.</translation>
    </message>
    <message>
        <source>%1 is already in use elsewhere (%2).</source>
        <translation>%1 er allerede i bruk et annet sted (%2).</translation>
    </message>
    <message>
        <source>%1 was itself replaced on %2 and cannot be deployed.</source>
        <translation>%1 ble selv erstattet %2 og kan ikke tas i bruk.</translation>
    </message>
    <message>
        <source>%1 is registered as %2 and cannot be deployed.</source>
        <translation>%1 er registrert som %2 og kan ikke tas i bruk.</translation>
    </message>
    <message>
        <source>The swap date %1 is in the future.</source>
        <translation>Byttedatoen %1 er fram i tid.</translation>
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
<context>
    <name>rullering::cli</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Record an on-site swap: the device OLD is collected and replaced by NEW. NEW is matched when it is registered as ordered, in stock, in a pool or imported and not yet placed; otherwise it is created. NEW takes over OLD&apos;s municipality, location, department, network and user.</source>
        <translation>Registrer et bytte på stedet: enheten OLD hentes og erstattes av NEW. NEW finnes igjen når den er registrert som bestilt, på lager, i en pool eller importert og ikke plassert ennå; ellers opprettes den. NEW overtar kommune, lokasjon, avdeling, nettverk og bruker fra OLD.</translation>
    </message>
    <message>
        <source>Serial number of the device collected.</source>
        <translation>Serienummeret til enheten som hentes.</translation>
    </message>
    <message>
        <source>Serial number of the device deployed.</source>
        <translation>Serienummeret til enheten som tas i bruk.</translation>
    </message>
    <message>
        <source>Who did the swap (default: the current user).</source>
        <translation>Hvem som gjorde byttet (standard: gjeldende bruker).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>The day of the swap, YYYY-MM-DD (default: today; not in the future).</source>
        <translation>Dagen for byttet, ÅÅÅÅ-MM-DD (standard: i dag; ikke fram i tid).</translation>
    </message>
    <message>
        <source>give the old and the new serial number: swap OLD NEW</source>
        <translation>oppgi gammelt og nytt serienummer: swap OLD NEW</translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date må være en dato som ÅÅÅÅ-MM-DD, ikke «%1»</translation>
    </message>
    <message>
        <source>%1 replaced by %2 on %3 (%4).</source>
        <translation>%1 erstattet av %2 den %3 (%4).</translation>
    </message>
    <message>
        <source>new device registered</source>
        <translation>ny enhet registrert</translation>
    </message>
    <message>
        <source>matched: was %1</source>
        <translation>funnet: var %1</translation>
    </message>
    <message>
        <source>In use at: %1</source>
        <translation>I bruk hos: %1</translation>
    </message>
</context>
</TS>
