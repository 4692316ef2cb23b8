<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rullering-cli [--db PATH] [--user NAME] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: $RULLERING_DB, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;rullering-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;rullering-cli --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceField</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of production year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep (exclude from plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceType</name>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Generate a demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show counts and schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a device in use can be replaced, and only by a swap; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>The location &quot;%1&quot; needs a municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; needs a municipality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Rullering (schema %1; this version understands up to %2). Update Rullering to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a change in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearSource</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production year given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original OS install date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual year of the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rullering::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rullering database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rullering::DeviceRepository</name>
    <message>
        <source>No device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number %1 is already registered (device %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 was changed by someone else since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number %1 is already registered on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 was changed by someone else while saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rullering::FleetGenerator</name>
    <message>
        <source>The number of devices must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds devices; demo data is only generated into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data needs an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the demo data failed, nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rullering::cli</name>
    <message>
        <source>Fill an empty database with a realistic, deterministic demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the fleet is laid out around (last seen, this year&apos;s swaps); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--devices N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--devices must be a whole number from 1 to 100000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating: %1 of %2 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 devices in %2 municipalities (%3 swapped this year) in %4 s into %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database&apos;s schema version and its devices per municipality, type and lifecycle state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Rullering: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per lifecycle state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
