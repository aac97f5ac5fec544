<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="29"/>
        <source>15-minute service circles for elderly care and childcare</source>
        <translation>15-minute service circles for elderly care and childcare</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="33"/>
        <source>Print the version and those of GDAL, GEOS, PROJ and Qt.</source>
        <translation>Print the version and those of GDAL, GEOS, PROJ and Qt.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="35"/>
        <source>Project file (.qhproj); the bundled Liechtenstein sample when omitted.</source>
        <translation>Project file (.qhproj); the bundled Liechtenstein sample when omitted.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="38"/>
        <source>Save a PNG of the window once the project is shown, then quit.</source>
        <translation>Save a PNG of the window once the project is shown, then quit.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="42"/>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
</context>
<context>
    <name>qh</name>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="54"/>
        <source>Baseline: the facilities as the layers have them</source>
        <translation>Baseline: the facilities as the layers have them</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="55"/>
        <source>Plan: %1 proposed, %2 moved, %3 removed, %4 changed</source>
        <translation>Plan: %1 proposed, %2 moved, %3 removed, %4 changed</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="65"/>
        <source>Coordinate system: not set</source>
        <translation>Coordinate system: not set</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="66"/>
        <source>Coordinate system: %1 (%2)</source>
        <translation>Coordinate system: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="73"/>
        <source>Target profile: none set; no indicator is evaluated</source>
        <translation>Target profile: none set; no indicator is evaluated</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="78"/>
        <source>Target profile: %1</source>
        <translation>Target profile: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="80"/>
        <source> — sources: %1</source>
        <translation> — sources: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="91"/>
        <source>Made on %1 with %2</source>
        <translation>Made on %1 with %2</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="102"/>
        <source>%1: %2 min at %3 m/s</source>
        <translation>%1: %2 min at %3 m/s</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="106"/>
        <source>Walking circles: %1</source>
        <translation>Walking circles: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="106"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="108"/>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="59"/>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="59"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="59"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="72"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="176"/>
        <location filename="../../core/engine/io/unittable.cpp" line="76"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="176"/>
        <location filename="../../core/engine/io/unittable.cpp" line="77"/>
        <location filename="../../core/engine/io/unittable.cpp" line="165"/>
        <location filename="../../core/engine/io/unittable.cpp" line="208"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="79"/>
        <source>%1 (people)</source>
        <translation>%1 (people)</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="82"/>
        <source>%1: facilities</source>
        <translation>%1: facilities</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="88"/>
        <source>%1: %2 per 1,000 %3</source>
        <translation>%1: %2 per 1,000 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="91"/>
        <source>%1: %2 within %3 min (%)</source>
        <translation>%1: %2 within %3 min (%)</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="100"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="188"/>
        <location filename="../../core/engine/io/unittable.cpp" line="101"/>
        <source>%1: target</source>
        <translation>%1: target</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="189"/>
        <location filename="../../core/engine/io/unittable.cpp" line="102"/>
        <source>%1: meets target</source>
        <translation>%1: meets target</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="190"/>
        <location filename="../../core/engine/io/unittable.cpp" line="103"/>
        <source>%1: warning class</source>
        <translation>%1: warning class</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="191"/>
        <source>%1: gap</source>
        <translation>%1: gap</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="213"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="216"/>
        <source>over %1 min</source>
        <translation>over %1 min</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="218"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="221"/>
        <source>Walking minutes to %1</source>
        <translation>Walking minutes to %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="104"/>
        <source>%1: gap or why not applicable</source>
        <translation>%1: gap or why not applicable</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="118"/>
        <location filename="../../core/engine/io/unittable.cpp" line="121"/>
        <location filename="../../core/engine/io/unittable.cpp" line="144"/>
        <location filename="../../core/engine/io/unittable.cpp" line="147"/>
        <source>no residents</source>
        <translation>no residents</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="130"/>
        <location filename="../../core/engine/io/unittable.cpp" line="219"/>
        <source>Whole region</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="159"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="164"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="165"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="230"/>
        <location filename="../../core/engine/io/unittable.cpp" line="169"/>
        <source>Distance to the network (m)</source>
        <translation>Distance to the network (m)</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="170"/>
        <source>People within its circle</source>
        <translation>People within its circle</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="183"/>
        <source>outside every unit</source>
        <translation>outside every unit</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="184"/>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="184"/>
        <source>existing</source>
        <translation>existing</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="189"/>
        <source>off the network</source>
        <translation>off the network</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="209"/>
        <source>Value (%)</source>
        <translation>Value (%)</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="209"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="210"/>
        <source>Target (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="210"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="211"/>
        <source>Meets target</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="212"/>
        <source>Warning class</source>
        <translation>Warning class</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="213"/>
        <source>Gap or why not applicable</source>
        <translation>Gap or why not applicable</translation>
    </message>
</context>
<context>
    <name>qh::BalancePanel</name>
    <message>
        <location filename="../../app/panels/balancepanel.cpp" line="10"/>
        <source>Balance (资源均衡)</source>
        <translation>Balance (资源均衡)</translation>
    </message>
    <message>
        <location filename="../../app/panels/balancepanel.cpp" line="39"/>
        <source>%1 (for: %2)</source>
        <translation>%1 (for: %2)</translation>
    </message>
</context>
<context>
    <name>qh::DatabaseDialog</name>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="29"/>
        <source>Layer from a PostGIS database</source>
        <translation>Layer from a PostGIS database</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="31"/>
        <source>A server name or address; a folder for a local server&apos;s socket</source>
        <translation>A server name or address; a folder for a local server&apos;s socket</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="39"/>
        <source>kept for this session only, never saved</source>
        <translation>kept for this session only, never saved</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="44"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="47"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="48"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="49"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="50"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="51"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="58"/>
        <source>Tables:</source>
        <translation>Tables:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="102"/>
        <source>Give the database&apos;s name.</source>
        <translation>Give the database&apos;s name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/databasedialog.cpp" line="113"/>
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="117"/>
        <source>Connected; the database has no tables.</source>
        <translation>Connected; the database has no tables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/databasedialog.cpp" line="118"/>
        <source>Connected: %n table(s). Choose one.</source>
        <translation>
            <numerusform>Connected: %n table. Choose one.</numerusform>
            <numerusform>Connected: %n tables. Choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qh::ExportMapDialog</name>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="40"/>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="247"/>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="255"/>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="42"/>
        <source>The map as shown now</source>
        <translation>The map as shown now</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="43"/>
        <source>Five-colour warning map</source>
        <translation>Five-colour warning map</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="44"/>
        <source>Walking minutes to the nearest facility</source>
        <translation>Walking minutes to the nearest facility</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="45"/>
        <source>Service circles (catchments)</source>
        <translation>Service circles (catchments)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="46"/>
        <source>Population density</source>
        <translation>Population density</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="47"/>
        <source>Facility map for the public (names)</source>
        <translation>Facility map for the public (names)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="49"/>
        <source>The plan against the baseline</source>
        <translation>The plan against the baseline</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="52"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="52"/>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="53"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="53"/>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="56"/>
        <source>PDF (vector)</source>
        <translation>PDF (vector)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="56"/>
        <source>SVG (vector)</source>
        <translation>SVG (vector)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="57"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="57"/>
        <source>TIFF image</source>
        <translation>TIFF image</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="62"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="64"/>
        <source>What the map shows</source>
        <translation>What the map shows</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="65"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="66"/>
        <source>Scale bar</source>
        <translation>Scale bar</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="67"/>
        <source>North arrow</source>
        <translation>North arrow</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="68"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="69"/>
        <source>A small map of the whole region, the part shown outlined (for the map as shown now)</source>
        <translation>A small map of the whole region, the part shown outlined (for the map as shown now)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="77"/>
        <source>Map:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="78"/>
        <source>Indicator or type:</source>
        <translation>Indicator or type:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="79"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="80"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="81"/>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="82"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="83"/>
        <source>Elements:</source>
        <translation>Elements:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="90"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="199"/>
        <source>No indicator can be shown: the project has no target profile, or none is evaluated.</source>
        <translation>No indicator can be shown: the project has no target profile, or none is evaluated.</translation>
    </message>
</context>
<context>
    <name>qh::Exporter</name>
    <message>
        <location filename="../../app/exporter.cpp" line="133"/>
        <source>Writing %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="133"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="144"/>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>Export cancelled; %1 was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="153"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="180"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="180"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="188"/>
        <source>Export tables</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="188"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="194"/>
        <source>Export GeoPackage</source>
        <translation>Export GeoPackage</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="194"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>qh::FacilitiesPanel</name>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="16"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>People in its circle</source>
        <translation>People in its circle</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="32"/>
        <source>Serves nobody because</source>
        <translation>Serves nobody because</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="51"/>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="51"/>
        <source>existing</source>
        <translation>existing</translation>
    </message>
</context>
<context>
    <name>qh::FacilityDialog</name>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="23"/>
        <source>Proposed facility %1</source>
        <translation>Proposed facility %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="23"/>
        <source>Facility %1</source>
        <translation>Facility %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="30"/>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="31"/>
        <source>Nursing beds</source>
        <translation>Nursing beds</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="32"/>
        <source>Childcare places</source>
        <translation>Childcare places</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="33"/>
        <source>Kindergarten places</source>
        <translation>Kindergarten places</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="34"/>
        <source>Inclusive places</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="47"/>
        <source>An existing facility: a change of capacity (an expansion 扩建, or a cut) goes into the plan and is compared with the baseline; the data layer is not changed. To close it, delete it with the Delete tool.</source>
        <translation>An existing facility: a change of capacity (an expansion 扩建, or a cut) goes into the plan and is compared with the baseline; the data layer is not changed. To close it, delete it with the Delete tool.</translation>
    </message>
</context>
<context>
    <name>qh::FacilityMappingPage</name>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="356"/>
        <source>Facility columns and types</source>
        <translation>Facility columns and types</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="357"/>
        <source>What was found in the facility file; correct anything that is wrong.</source>
        <translation>What was found in the facility file; correct anything that is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="362"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="362"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="363"/>
        <source>Value in the type column</source>
        <translation>Value in the type column</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="363"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="363"/>
        <source>Facility type</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="369"/>
        <source>Name column:</source>
        <translation>Name column:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="370"/>
        <source>Type column:</source>
        <translation>Type column:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="373"/>
        <source>Capacities:</source>
        <translation>Capacities:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="375"/>
        <source>Type values (values left out are not analysed):</source>
        <translation>Type values (values left out are not analysed):</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="448"/>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
</context>
<context>
    <name>qh::Feedback</name>
    <message>
        <location filename="../../core/engine/coverage/model.cpp" line="57"/>
        <source>building the walking network</source>
        <translation>building the walking network</translation>
    </message>
    <message>
        <location filename="../../core/engine/coverage/model.cpp" line="187"/>
        <location filename="../../core/engine/siting/suggest.cpp" line="231"/>
        <source>searching from every facility</source>
        <translation>searching from every facility</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="400"/>
        <source>reading the walking network</source>
        <translation>reading the walking network</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="405"/>
        <source>reading facilities</source>
        <translation>reading facilities</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="417"/>
        <source>reading population</source>
        <translation>reading population</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="414"/>
        <source>reading units</source>
        <translation>reading units</translation>
    </message>
    <message>
        <location filename="../../core/engine/coverage/reach.cpp" line="114"/>
        <source>searching from every candidate site</source>
        <translation>searching from every candidate site</translation>
    </message>
    <message>
        <location filename="../../core/engine/siting/suggest.cpp" line="283"/>
        <source>choosing sites</source>
        <translation>choosing sites</translation>
    </message>
</context>
<context>
    <name>qh::IndicatorPanel</name>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="22"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="24"/>
        <source>Failing units only</source>
        <translation>Failing units only</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="36"/>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="39"/>
        <source>The default target of this indicator; kept in the project</source>
        <translation>The default target of this indicator; kept in the project</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="91"/>
        <source>%1 (not evaluated)</source>
        <translation>%1 (not evaluated)</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="109"/>
        <source>Change vs baseline</source>
        <translation>Change vs baseline</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="128"/>
        <source>Not evaluated: %1</source>
        <translation>Not evaluated: %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="148"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="148"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="148"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>qh::IndicatorText</name>
    <message>
        <location filename="../../app/indicatortext.cpp" line="35"/>
        <source>%1 %2 outside the %3-minute circle</source>
        <translation>%1 %2 outside the %3-minute circle</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="41"/>
        <source>%1 more %2</source>
        <translation>%1 more %2</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="44"/>
        <source>no %1 facility with %2 in this unit</source>
        <translation>no %1 facility with %2 in this unit</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="45"/>
        <source>%1 more units need a %2 facility with %3</source>
        <translation>%1 more units need a %2 facility with %3</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="46"/>
        <source>no %1 facility in this unit</source>
        <translation>no %1 facility in this unit</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="47"/>
        <source>%1 more units need a %2 facility</source>
        <translation>%1 more units need a %2 facility</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="49"/>
        <source>%1 m² more floor space</source>
        <translation>%1 m² more floor space</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="51"/>
        <source>%1 m² more land</source>
        <translation>%1 m² more land</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="58"/>
        <source>not applicable: %1</source>
        <translation>not applicable: %1</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="74"/>
        <source>its type is not one of the project&apos;s facility types</source>
        <translation>its type is not one of the project&apos;s facility types</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="76"/>
        <source>no walkable street within %1 m: it reaches no one</source>
        <translation>no walkable street within %1 m: it reaches no one</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="78"/>
        <source>outside every planning unit (outside the study area)</source>
        <translation>outside every planning unit (outside the study area)</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="82"/>
        <source>no %1 within its %2-minute circle (on a network island, or where no one lives)</source>
        <translation>no %1 within its %2-minute circle (on a network island, or where no one lives)</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="101"/>
        <source>%1, proposed</source>
        <translation>%1, proposed</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="101"/>
        <source>%1, existing</source>
        <translation>%1, existing</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="107"/>
        <source>%1 %2 within its circle</source>
        <translation>%1 %2 within its circle</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="113"/>
        <source>Serves nobody: %1</source>
        <translation>Serves nobody: %1</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="126"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="65"/>
        <source>meets the target</source>
        <translation>meets the target</translation>
    </message>
</context>
<context>
    <name>qh::LayerFilePage</name>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="46"/>
        <source>a table without geometry</source>
        <translation>a table without geometry</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="48"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="50"/>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="52"/>
        <source>polygons</source>
        <translation>polygons</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="53"/>
        <source>mixed geometry</source>
        <translation>mixed geometry</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="59"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="60"/>
        <source>PostGIS database</source>
        <translation>PostGIS database</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="61"/>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="62"/>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="63"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="64"/>
        <source>OpenStreetMap data</source>
        <translation>OpenStreetMap data</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="65"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="66"/>
        <source>ArcGIS file geodatabase</source>
        <translation>ArcGIS file geodatabase</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="67"/>
        <source>GeoTIFF raster</source>
        <translation>GeoTIFF raster</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="68"/>
        <location filename="../../app/dialogs/wizardpages.cpp" line="69"/>
        <source>KML</source>
        <translation>KML</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="89"/>
        <source>Walking network</source>
        <translation>Walking network</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="90"/>
        <source>An OSM extract (.pbf, .osm) or any line layer of walkable streets and paths.</source>
        <translation>An OSM extract (.pbf, .osm) or any line layer of walkable streets and paths.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="93"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="94"/>
        <source>Points or polygons, or a table (Excel, CSV) with coordinate columns such as 经度/纬度.</source>
        <translation>Points or polygons, or a table (Excel, CSV) with coordinate columns such as 经度/纬度.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="97"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="98"/>
        <source>A grid or points with counts, or a raster of people per pixel (WorldPop).</source>
        <translation>A grid or points with counts, or a raster of people per pixel (WorldPop).</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="101"/>
        <source>Planning units</source>
        <translation>Planning units</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="102"/>
        <source>Polygons of streets (街道) or communities (社区); optional: without them the whole area is one unit.</source>
        <translation>Polygons of streets (街道) or communities (社区); optional: without them the whole area is one unit.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="106"/>
        <source>a file, or a database: PG:host=… dbname=… tables=…</source>
        <translation>a file, or a database: PG:host=… dbname=… tables=…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="107"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="108"/>
        <source>Database…</source>
        <translation>Database…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="110"/>
        <source>A table of a PostGIS database</source>
        <translation>A table of a PostGIS database</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="125"/>
        <source>the file&apos;s own</source>
        <translation>the file&apos;s own</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="126"/>
        <source>Layer CRS:</source>
        <translation>Layer CRS:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="128"/>
        <source>automatic (.cpg, or detected)</source>
        <translation>automatic (.cpg, or detected)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="129"/>
        <source>GBK (CP936)</source>
        <translation>GBK (CP936)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="132"/>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="136"/>
        <source>Residents column:</source>
        <translation>Residents column:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="136"/>
        <source>Name column:</source>
        <translation>Name column:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="141"/>
        <source>A table of counts per street or community is joined to the units by this column and spread over their buildings</source>
        <translation>A table of counts per street or community is joined to the units by this column and spread over their buildings</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="142"/>
        <source>Unit column (census tables):</source>
        <translation>Unit column (census tables):</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="147"/>
        <source>all units; e.g. 乡 = &apos;望京街道&apos; for one</source>
        <translation>all units; e.g. 乡 = &apos;望京街道&apos; for one</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="148"/>
        <source>Only units where:</source>
        <translation>Only units where:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="156"/>
        <source>First rows:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="161"/>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.pbf *.osm *.tif *.tiff *.gdb);;All files (*)</source>
        <translation>GIS files (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.pbf *.osm *.tif *.tiff *.gdb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="289"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="300"/>
        <source>Text encoding: %1, detected (no .cpg file)</source>
        <translation>Text encoding: %1, detected (no .cpg file)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="300"/>
        <source>GBK</source>
        <translation>GBK</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="302"/>
        <source>Text encoding: %1 (from the .cpg file)</source>
        <translation>Text encoding: %1 (from the .cpg file)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="304"/>
        <source>The text is not UTF-8 (likely GBK): save the file as UTF-8 and choose it again.</source>
        <translation>The text is not UTF-8 (likely GBK): save the file as UTF-8 and choose it again.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="306"/>
        <source>Raster: %1 × %2 pixels, %3 band(s)</source>
        <translation>Raster: %1 × %2 pixels, %3 band(s)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="307"/>
        <location filename="../../app/dialogs/wizardpages.cpp" line="318"/>
        <source>CRS: %1</source>
        <translation>CRS: %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="311"/>
        <source>No layer of this file can play this role.</source>
        <translation>No layer of this file can play this role.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="313"/>
        <source>Layer: %1 (%2, %3 features)</source>
        <translation>Layer: %1 (%2, %3 features)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="315"/>
        <source>The file has no CRS: confirm or give one under Layer CRS.</source>
        <translation>The file has no CRS: confirm or give one under Layer CRS.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="317"/>
        <source>Coordinate columns: x = %1, y = %2</source>
        <translation>Coordinate columns: x = %1, y = %2</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="342"/>
        <source>A table of counts per unit: it is joined to the units and spread over their buildings (or evenly).</source>
        <translation>A table of counts per unit: it is joined to the units and spread over their buildings (or evenly).</translation>
    </message>
</context>
<context>
    <name>qh::LayerModel</name>
    <message>
        <location filename="../../app/layermodel.cpp" line="29"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="30"/>
        <location filename="../../app/mainwindow.cpp" line="409"/>
        <source>Population cells</source>
        <translation>Population cells</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="31"/>
        <source>Catchments (walking circles)</source>
        <translation>Catchments (walking circles)</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="32"/>
        <source>Walking network</source>
        <translation>Walking network</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="33"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="34"/>
        <source>Unit names</source>
        <translation>Unit names</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="54"/>
        <source>%1 (cannot be read)</source>
        <translation>%1 (cannot be read)</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="90"/>
        <source>This reference layer could not be read (see the import report); it stays in the project until you remove it</source>
        <translation>This reference layer could not be read (see the import report); it stays in the project until you remove it</translation>
    </message>
</context>
<context>
    <name>qh::LayersPanel</name>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="23"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="40"/>
        <source>Draw later (up)</source>
        <translation>Draw later (up)</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="41"/>
        <source>Draw earlier (down)</source>
        <translation>Draw earlier (down)</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="45"/>
        <source>Remove reference layer</source>
        <translation>Remove reference layer</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="52"/>
        <source>Cells show</source>
        <translation>Cells show</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="53"/>
        <source>Units show</source>
        <translation>Units show</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="57"/>
        <source>Opacity of selected layer</source>
        <translation>Opacity of selected layer</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="58"/>
        <source>Colour of selected layer…</source>
        <translation>Colour of selected layer…</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="62"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="63"/>
        <source>Facility symbol size</source>
        <translation>Facility symbol size</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="135"/>
        <source>Colours can be set for the network, the unit outlines and reference layers</source>
        <translation>Colours can be set for the network, the unit outlines and reference layers</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="138"/>
        <source>Layer colour</source>
        <translation>Layer colour</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="157"/>
        <source>Population density</source>
        <translation>Population density</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="159"/>
        <source>Walking minutes to %1</source>
        <translation>Walking minutes to %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="169"/>
        <source>Plain</source>
        <translation>Plain</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="172"/>
        <source>Warning map: %1</source>
        <translation>Warning map: %1</translation>
    </message>
</context>
<context>
    <name>qh::LorenzWidget</name>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="27"/>
        <source>%1 — Gini %2</source>
        <translation>%1 — Gini %2</translation>
    </message>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="45"/>
        <source>share of people</source>
        <translation>share of people</translation>
    </message>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="49"/>
        <source>share of supply</source>
        <translation>share of supply</translation>
    </message>
</context>
<context>
    <name>qh::MainWindow</name>
    <message>
        <location filename="../../app/commands.cpp" line="10"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="16"/>
        <source>Move facility %1</source>
        <translation>Move facility %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="22"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="29"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="59"/>
        <source>QuarterHour</source>
        <translation>QuarterHour</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="173"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="58"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="58"/>
        <location filename="../../app/mainwindowdialogs.cpp" line="65"/>
        <source>QuarterHour projects (*.qhproj)</source>
        <translation>QuarterHour projects (*.qhproj)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="174"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="176"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="177"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="65"/>
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="178"/>
        <source>Add &amp;facilities from a file…</source>
        <translation>Add &amp;facilities from a file…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="73"/>
        <source>Add facilities</source>
        <translation>Add facilities</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="74"/>
        <source>Point layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</source>
        <translation>Point layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="172"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="111"/>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="112"/>
        <source>%1

The database asks for a password. It is kept while QuarterHour runs, never saved in the project.</source>
        <translation>%1

The database asks for a password. It is kept while QuarterHour runs, never saved in the project.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="179"/>
        <source>Add &amp;reference layer…</source>
        <translation>Add &amp;reference layer…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="181"/>
        <source>Export &amp;map…</source>
        <translation>Export &amp;map…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="182"/>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="183"/>
        <source>Export &amp;tables…</source>
        <translation>Export &amp;tables…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="184"/>
        <source>Export &amp;GeoPackage…</source>
        <translation>Export &amp;GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="188"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="192"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="193"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="194"/>
        <source>Zoom to selected &amp;unit</source>
        <translation>Zoom to selected &amp;unit</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="196"/>
        <source>&amp;Basemap…</source>
        <translation>&amp;Basemap…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="198"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="199"/>
        <source>&amp;Suggest sites…</source>
        <translation>&amp;Suggest sites…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="214"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="215"/>
        <source>&amp;About QuarterHour</source>
        <translation>&amp;About QuarterHour</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="42"/>
        <source>Computing catchments for the export …</source>
        <translation>Computing catchments for the export …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="83"/>
        <source>&lt;h3&gt;QuarterHour · 一刻钟服务圈规划&lt;/h3&gt;&lt;p&gt;15-minute service circles for elderly care and childcare.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data licences&lt;/b&gt;&lt;br&gt;Bundled sample: map data © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0.&lt;br&gt;Population grids you load keep their own licences, e.g. WorldPop and Helsinki HSY under Creative Commons Attribution (CC BY 4.0); maps and reports name them.&lt;/p&gt;&lt;p&gt;Target profiles cite the municipal plans and national standards they come from.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QuarterHour · 一刻钟服务圈规划&lt;/h3&gt;&lt;p&gt;15-minute service circles for elderly care and childcare.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data licences&lt;/b&gt;&lt;br&gt;Bundled sample: map data © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0.&lt;br&gt;Population grids you load keep their own licences, e.g. WorldPop and Helsinki HSY under Creative Commons Attribution (CC BY 4.0); maps and reports name them.&lt;/p&gt;&lt;p&gt;Target profiles cite the municipal plans and national standards they come from.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="97"/>
        <source>About QuarterHour</source>
        <translation>About QuarterHour</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="104"/>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="105"/>
        <source>XYZ tile URL with {z}, {x}, {y} (e.g. Tianditu with your key, or an OpenStreetMap tile server). Leave empty for none.</source>
        <translation>XYZ tile URL with {z}, {x}, {y} (e.g. Tianditu with your key, or an OpenStreetMap tile server). Leave empty for none.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="136"/>
        <source>Add reference layer</source>
        <translation>Add reference layer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="137"/>
        <source>Maps and plans (*.gpkg *.shp *.geojson *.json *.kml *.gdb *.tif *.tiff *.png *.jpg *.csv *.xlsx);;All files (*)</source>
        <translation>Maps and plans (*.gpkg *.shp *.geojson *.json *.kml *.gdb *.tif *.tiff *.png *.jpg *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="154"/>
        <source>Added the reference layer %1</source>
        <translation>Added the reference layer %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="161"/>
        <source>Could not add the reference layer</source>
        <translation>Could not add the reference layer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="162"/>
        <source>Could not add the reference layer: %1</source>
        <translation>Could not add the reference layer: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="174"/>
        <source>Removed the reference layer %1 (the file itself is untouched)</source>
        <translation>Removed the reference layer %1 (the file itself is untouched)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="186"/>
        <source>Removed the reference layer %1 from the project</source>
        <translation>Removed the reference layer %1 from the project</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="422"/>
        <source>%1: %2 cells, %3 facilities, %4 km of walking network</source>
        <translation>%1: %2 cells, %3 facilities, %4 km of walking network</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="204"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="210"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="210"/>
        <source>The language changes when QuarterHour starts next time.</source>
        <translation>The language changes when QuarterHour starts next time.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="369"/>
        <source>Loading %1 …</source>
        <translation>Loading %1 …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="130"/>
        <location filename="../../app/mainwindow.cpp" line="132"/>
        <source>Could not open the project</source>
        <translation>Could not open the project</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="137"/>
        <source>Loading cancelled</source>
        <translation>Loading cancelled</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="393"/>
        <source>Recovered unsaved work</source>
        <translation>Recovered unsaved work</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="398"/>
        <source>Some layers were not where the project said and were found again:
%1
Save the project to keep the new places.</source>
        <translation>Some layers were not where the project said and were found again:
%1
Save the project to keep the new places.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="401"/>
        <source>Layers found again</source>
        <translation>Layers found again</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="195"/>
        <source>Zoom to selected &amp;layer</source>
        <translation>Zoom to selected &amp;layer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="147"/>
        <source>Recomputed for %1</source>
        <translation>Recomputed for %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="151"/>
        <source>Recomputing cancelled; the previous settings stay</source>
        <translation>Recomputing cancelled; the previous settings stay</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="152"/>
        <source>Could not recompute: %1</source>
        <translation>Could not recompute: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="117"/>
        <source>Added %1 proposed facilities from %2%3</source>
        <translation>Added %1 proposed facilities from %2%3</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="120"/>
        <source> (%1 warnings)</source>
        <translation> (%1 warnings)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="125"/>
        <source>Could not add facilities</source>
        <translation>Could not add facilities</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="126"/>
        <source>Could not add facilities: %1</source>
        <translation>Could not add facilities: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="141"/>
        <source>Recomputing: %1</source>
        <translation>Recomputing: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="409"/>
        <source>Population points</source>
        <translation>Population points</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="421"/>
        <source>%1: %2 population points, %3 facilities, %4 km of walking network</source>
        <translation>%1: %2 population points, %3 facilities, %4 km of walking network</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="428"/>
        <source>%1 is open in another QuarterHour window: changes made here are not autosaved</source>
        <translation>%1 is open in another QuarterHour window: changes made here are not autosaved</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="462"/>
        <source>Computing catchments: %1 to go …</source>
        <translation>Computing catchments: %1 to go …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="505"/>
        <source>QuarterHour — %1%2</source>
        <translation>QuarterHour — %1%2</translation>
    </message>
</context>
<context>
    <name>qh::MapCanvas</name>
    <message>
        <location filename="../../app/mapcanvas.cpp" line="145"/>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../../app/mapcanvas.cpp" line="164"/>
        <source>Basemap tiles: %1</source>
        <translation>Basemap tiles: %1</translation>
    </message>
</context>
<context>
    <name>qh::MapPage</name>
    <message>
        <location filename="../../core/render/mappage.cpp" line="117"/>
        <source>Scale 1:%1</source>
        <translation>Scale 1:%1</translation>
    </message>
</context>
<context>
    <name>qh::MapScene</name>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="351"/>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="354"/>
        <source>severe shortfall</source>
        <translation>severe shortfall</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="356"/>
        <source>shortfall</source>
        <translation>shortfall</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="358"/>
        <source>near target</source>
        <translation>near target</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="360"/>
        <source>slight shortfall</source>
        <translation>slight shortfall</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="362"/>
        <source>nearly met</source>
        <translation>nearly met</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="364"/>
        <source>meets target</source>
        <translation>meets target</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="366"/>
        <source>well above target</source>
        <translation>well above target</translation>
    </message>
    <message>
        <location filename="../../core/render/mapscene.cpp" line="187"/>
        <source>%1 (%2 of target)</source>
        <translation>%1 (%2 of target)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="32"/>
        <source>Units (light fill): %1</source>
        <translation>Units (light fill): %1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="33"/>
        <source>Units: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="39"/>
        <source>not applicable (nothing to divide by)</source>
        <translation>not applicable (nothing to divide by)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="50"/>
        <source>People (dot area by number): walking minutes to %1</source>
        <translation>People (dot area by number): walking minutes to %1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="51"/>
        <source>Cells: walking minutes to %1</source>
        <translation>Cells: walking minutes to %1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="54"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="61"/>
        <source>%1 (dot area by number)</source>
        <translation>%1 (dot area by number)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="62"/>
        <source>largest dot: %1 people</source>
        <translation>largest dot: %1 people</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="67"/>
        <source>Cells: %1 per hectare</source>
        <translation>Cells: %1 per hectare</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="80"/>
        <source>Catchments (streets within the circle)</source>
        <translation>Catchments (streets within the circle)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="90"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="111"/>
        <source>Reference layers (for context, not analysed)</source>
        <translation>Reference layers (for context, not analysed)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="57"/>
        <source>over %1 min / not reached</source>
        <translation>over %1 min / not reached</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="99"/>
        <source>moved by the plan (from the grey ring)</source>
        <translation>moved by the plan (from the grey ring)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="102"/>
        <source>removed by the plan</source>
        <translation>removed by the plan</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="106"/>
        <source>serves nobody (see its card)</source>
        <translation>serves nobody (see its card)</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="60"/>
        <location filename="../../core/render/legend.cpp" line="66"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
</context>
<context>
    <name>qh::MapTheme</name>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="87"/>
        <source>Five-colour warning map: %1</source>
        <translation>Five-colour warning map: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="89"/>
        <source>Walking minutes to the nearest %1</source>
        <translation>Walking minutes to the nearest %1</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="91"/>
        <source>Service circles of every facility type</source>
        <translation>Service circles of every facility type</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="93"/>
        <source>Population density</source>
        <translation>Population density</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="95"/>
        <source>Service facilities</source>
        <translation>Service facilities</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="97"/>
        <source>The plan: %1</source>
        <translation>The plan: %1</translation>
    </message>
</context>
<context>
    <name>qh::Message</name>
    <message>
        <location filename="../../core/engine/message.cpp" line="25"/>
        <source>between %1 and %2 %3</source>
        <translation>between %1 and %2 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="26"/>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="28"/>
        <source>%1, layer &apos;%2&apos;</source>
        <translation>%1, layer &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="29"/>
        <source>%1, layer &apos;%2&apos;, feature %3</source>
        <translation>%1, layer &apos;%2&apos;, feature %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="30"/>
        <source>facility %1</source>
        <translation>facility %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="31"/>
        <source>facility %1 (%2)</source>
        <translation>facility %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="33"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="34"/>
        <source>%1: is not a regular file (a pipe or a device); save it as a file first</source>
        <translation>%1: is not a regular file (a pipe or a device); save it as a file first</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="35"/>
        <source>%1: is a folder, not a data file</source>
        <translation>%1: is a folder, not a data file</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="36"/>
        <source>%1: cannot be read (check its permissions)</source>
        <translation>%1: cannot be read (check its permissions)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="37"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="38"/>
        <source>%1…: the connection holds a password, which would be saved in the project and shown in messages; remove it and keep it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1…: the connection holds a password, which would be saved in the project and shown in messages; remove it and keep it in ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="40"/>
        <source>%1: cannot open the database%2; check the server is running, the database name and the user (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>%1: cannot open the database%2; check the server is running, the database name and the user (a password goes in ~/.pgpass or PGPASSWORD)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="42"/>
        <source>%1: the database has no table &apos;%2&apos; (tables: %3)</source>
        <translation>%1: the database has no table &apos;%2&apos; (tables: %3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="43"/>
        <source>%1: not a GIS format GDAL can read%2</source>
        <translation>%1: not a GIS format GDAL can read%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="44"/>
        <source>%1: not a vector GIS format GDAL can read%2</source>
        <translation>%1: not a vector GIS format GDAL can read%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="45"/>
        <source>%1: has no layer &apos;%2&apos; (layers: %3)</source>
        <translation>%1: has no layer &apos;%2&apos; (layers: %3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="46"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="47"/>
        <source>%1: the %2 layer has no features</source>
        <translation>%1: the %2 layer has no features</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="48"/>
        <source>%1: the %2 layer has no coordinate reference system; assign one (e.g. in QGIS: Layer ▸ Set CRS) and try again</source>
        <translation>%1: the %2 layer has no coordinate reference system; assign one (e.g. in QGIS: Layer ▸ Set CRS) and try again</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="50"/>
        <source>the coordinates</source>
        <translation>the coordinates</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="51"/>
        <source>%1: name both coordinate columns (x or longitude, and y or latitude)</source>
        <translation>%1: name both coordinate columns (x or longitude, and y or latitude)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="52"/>
        <source>%1: the CRS &apos;%2&apos; given for it cannot be read (%3); give an EPSG code such as EPSG:4490</source>
        <translation>%1: the CRS &apos;%2&apos; given for it cannot be read (%3); give an EPSG code such as EPSG:4490</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="53"/>
        <source>%1: the filter &apos;%2&apos; cannot be applied; check the column names and quotes (e.g. 乡 = &apos;望京街道&apos;)</source>
        <translation>%1: the filter &apos;%2&apos; cannot be applied; check the column names and quotes (e.g. 乡 = &apos;望京街道&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="54"/>
        <source>%1: no feature of the %2 layer matches the filter &apos;%3&apos;</source>
        <translation>%1: no feature of the %2 layer matches the filter &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="55"/>
        <source>%1: has no field &apos;%2&apos; (needed for %3)</source>
        <translation>%1: has no field &apos;%2&apos; (needed for %3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="56"/>
        <source>%1: the network layer has no walkable lines</source>
        <translation>%1: the network layer has no walkable lines</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="57"/>
        <source>%1: the network layer has no walkable lines (%2 ways were not walkable under the profile&apos;s filter)</source>
        <translation>%1: the network layer has no walkable lines (%2 ways were not walkable under the profile&apos;s filter)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="59"/>
        <source>%1: the units layer has no polygons</source>
        <translation>%1: the units layer has no polygons</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="60"/>
        <source>%1: no such project file</source>
        <translation>%1: no such project file</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="61"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="64"/>
        <source>the text &quot;%1&quot;</source>
        <translation>the text &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="65"/>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="66"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="67"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="68"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="69"/>
        <source>%1: not a QuarterHour project (JSON error at byte %2: %3)</source>
        <translation>%1: not a QuarterHour project (JSON error at byte %2: %3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="70"/>
        <source>not a QuarterHour project (&quot;format&quot; must be &quot;quarterhour-project&quot;)</source>
        <translation>not a QuarterHour project (&quot;format&quot; must be &quot;quarterhour-project&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="71"/>
        <source>&apos;version&apos; must be the number 1, not %1</source>
        <translation>&apos;version&apos; must be the number 1, not %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="72"/>
        <source>project version %1 is not supported (this build reads version 1)</source>
        <translation>project version %1 is not supported (this build reads version 1)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="73"/>
        <source>&apos;crs&apos; %1 is not a projected CRS in metres; choose e.g. the local UTM zone or a CGCS2000 Gauss-Krüger zone</source>
        <translation>&apos;crs&apos; %1 is not a projected CRS in metres; choose e.g. the local UTM zone or a CGCS2000 Gauss-Krüger zone</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="74"/>
        <source>missing object &apos;%1&apos;</source>
        <translation>missing object &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="75"/>
        <source>&apos;%1&apos; must be an object ({ … }), not %2</source>
        <translation>&apos;%1&apos; must be an object ({ … }), not %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="76"/>
        <source>missing text &apos;%1&apos;</source>
        <translation>missing text &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="77"/>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; must be text</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="78"/>
        <source>&apos;%1&apos; must be a list ([ … ]), not %2</source>
        <translation>&apos;%1&apos; must be a list ([ … ]), not %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="79"/>
        <source>each of &apos;%1&apos; must be an object ({ … }), not %2</source>
        <translation>each of &apos;%1&apos; must be an object ({ … }), not %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="80"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; must be a number</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="81"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; must be %2, not %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="82"/>
        <source>&apos;%1&apos; must be %2 (or 0 to turn it off), not %3</source>
        <translation>&apos;%1&apos; must be %2 (or 0 to turn it off), not %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="83"/>
        <source>&apos;%1&apos; &apos;%2&apos; may hold only letters, digits and &apos;_&apos; (Chinese characters are fine)</source>
        <translation>&apos;%1&apos; &apos;%2&apos; may hold only letters, digits and &apos;_&apos; (Chinese characters are fine)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="84"/>
        <source>&apos;%1x_field&apos; and &apos;%1y_field&apos; go together: give both or neither</source>
        <translation>&apos;%1x_field&apos; and &apos;%1y_field&apos; go together: give both or neither</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="85"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="86"/>
        <source>&apos;layers.facilities.capacity_fields&apos; must map capacity keys to column names</source>
        <translation>&apos;layers.facilities.capacity_fields&apos; must map capacity keys to column names</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="87"/>
        <source>&apos;%1&apos; must be the name of a column of the facilities layer</source>
        <translation>&apos;%1&apos; must be the name of a column of the facilities layer</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="88"/>
        <source>&apos;layers.facilities.type_values&apos; must map values of the type column to facility types</source>
        <translation>&apos;layers.facilities.type_values&apos; must map values of the type column to facility types</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="89"/>
        <source>&apos;%1&apos; must be a facility type key</source>
        <translation>&apos;%1&apos; must be a facility type key</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="90"/>
        <source>&apos;layers.population.census.join_on&apos; must be &quot;name&quot; or &quot;code&quot;, not &apos;%1&apos;</source>
        <translation>&apos;layers.population.census.join_on&apos; must be &quot;name&quot; or &quot;code&quot;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="91"/>
        <source>&apos;layers.population.groups&apos; must list at least one population column</source>
        <translation>&apos;layers.population.groups&apos; must list at least one population column</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="92"/>
        <source>population group &apos;%1&apos; is defined twice in &apos;layers.population.groups&apos;</source>
        <translation>population group &apos;%1&apos; is defined twice in &apos;layers.population.groups&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="93"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; must be true or false</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="94"/>
        <source>&apos;profile.facility_types&apos; must list at least one facility type</source>
        <translation>&apos;profile.facility_types&apos; must list at least one facility type</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="95"/>
        <source>facility type &apos;%1&apos; names population group &apos;%2&apos;, which &apos;layers.population.groups&apos; does not define</source>
        <translation>facility type &apos;%1&apos; names population group &apos;%2&apos;, which &apos;layers.population.groups&apos; does not define</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="96"/>
        <source>facility type &apos;%1&apos; is defined twice in &apos;profile.facility_types&apos;</source>
        <translation>facility type &apos;%1&apos; is defined twice in &apos;profile.facility_types&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="97"/>
        <source>&apos;%1&apos; must be a number of at least 0</source>
        <translation>&apos;%1&apos; must be a number of at least 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="98"/>
        <source>&apos;%1&apos; needs both &apos;x&apos; and &apos;y&apos;</source>
        <translation>&apos;%1&apos; needs both &apos;x&apos; and &apos;y&apos;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="99"/>
        <source>&apos;%1&apos; (%2, %3) lies outside the area where %4 can be used</source>
        <translation>&apos;%1&apos; (%2, %3) lies outside the area where %4 can be used</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="100"/>
        <source>&apos;plan.removed&apos; must list facility ids as text, not %1</source>
        <translation>&apos;plan.removed&apos; must list facility ids as text, not %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="101"/>
        <source>%1: cannot save the project (%2)</source>
        <translation>%1: cannot save the project (%2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="102"/>
        <source>%1: is one of the project&apos;s data files; save the project elsewhere</source>
        <translation>%1: is one of the project&apos;s data files; save the project elsewhere</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="103"/>
        <source>%1: is an input of this run (%2); choose another output (inputs are never overwritten)</source>
        <translation>%1: is an input of this run (%2); choose another output (inputs are never overwritten)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="105"/>
        <source>%1: cannot write: the disk is full; free some space or choose another output folder</source>
        <translation>%1: cannot write: the disk is full; free some space or choose another output folder</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="107"/>
        <source>%1: population cell %2 is %3 km across, larger than the whole study area (%4 km); check its coordinates</source>
        <translation>%1: population cell %2 is %3 km across, larger than the whole study area (%4 km); check its coordinates</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="109"/>
        <source>%1: is a file, not a folder; choose a folder for the results</source>
        <translation>%1: is a file, not a folder; choose a folder for the results</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="110"/>
        <source>%1: holds &apos;%2&apos;, which is not a QuarterHour result; choose an empty folder or one with only a previous result set</source>
        <translation>%1: holds &apos;%2&apos;, which is not a QuarterHour result; choose an empty folder or one with only a previous result set</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="112"/>
        <source>%1: cannot write the results here (%2)</source>
        <translation>%1: cannot write the results here (%2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="113"/>
        <source>%1: the network has no edges to walk on</source>
        <translation>%1: the network has no edges to walk on</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="115"/>
        <source>facility ids</source>
        <translation>facility ids</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="116"/>
        <source>facility names</source>
        <translation>facility names</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="117"/>
        <source>facility types</source>
        <translation>facility types</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="118"/>
        <source>capacities</source>
        <translation>capacities</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="119"/>
        <source>population group %1</source>
        <translation>population group %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="120"/>
        <source>unit ids</source>
        <translation>unit ids</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="121"/>
        <source>unit names</source>
        <translation>unit names</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="122"/>
        <source>unit classes</source>
        <translation>unit classes</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="124"/>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="125"/>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="126"/>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="127"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="128"/>
        <source>buildings</source>
        <translation>buildings</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="129"/>
        <source>Whole area</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="130"/>
        <source>reference layer</source>
        <translation>reference layer</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="132"/>
        <source>%1: the file is cut short: its header says %2 bytes, it holds %3; copy or download it again</source>
        <translation>%1: the file is cut short: its header says %2 bytes, it holds %3; copy or download it again</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="133"/>
        <source>%1: row %2, the last, has %3 of the header&apos;s %4 columns: the file may be cut short; check it or export it again</source>
        <translation>%1: row %2, the last, has %3 of the header&apos;s %4 columns: the file may be cut short; check it or export it again</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="135"/>
        <source>%1: %2 features from %3</source>
        <translation>%1: %2 features from %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="136"/>
        <source>%1: %2 features (%3 people) from %4</source>
        <translation>%1: %2 features (%3 people) from %4</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="137"/>
        <source>%1; %2 warning(s), listed below</source>
        <translation>%1; %2 warning(s), listed below</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="139"/>
        <source>%1: %2 features cannot be drawn (no geometry, or not in the coordinate system) and are left out of the reference layer</source>
        <translation>%1: %2 features cannot be drawn (no geometry, or not in the coordinate system) and are left out of the reference layer</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="140"/>
        <source>%1: the raster has no coordinate system; give it one (e.g. EPSG:4490) to draw it</source>
        <translation>%1: the raster has no coordinate system; give it one (e.g. EPSG:4490) to draw it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="141"/>
        <source>%1: cannot be drawn over the study area: %2</source>
        <translation>%1: cannot be drawn over the study area: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="142"/>
        <source>Reference layer &apos;%1&apos; is not drawn: %2</source>
        <translation>Reference layer &apos;%1&apos; is not drawn: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="144"/>
        <source>%1: has no .cpg file and its text is not UTF-8; read as GBK (CP936). Add a .cpg file holding GBK (or the right encoding) to make this explicit</source>
        <translation>%1: has no .cpg file and its text is not UTF-8; read as GBK (CP936). Add a .cpg file holding GBK (or the right encoding) to make this explicit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="147"/>
        <source>building levels</source>
        <translation>building levels</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="148"/>
        <source>joining the table to the units</source>
        <translation>joining the table to the units</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="149"/>
        <source>%1: a census table per unit needs the unit polygons (a units layer)</source>
        <translation>%1: a census table per unit needs the unit polygons (a units layer)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="150"/>
        <source>%1, row %2: %3 &apos;%4&apos; is not a count of people, taken as 0</source>
        <translation>%1, row %2: %3 &apos;%4&apos; is not a count of people, taken as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="151"/>
        <source>%1, row %2: %3 &apos;%4&apos; is not a plain number; read as %5, check it</source>
        <translation>%1, row %2: %3 &apos;%4&apos; is not a plain number; read as %5, check it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="152"/>
        <source>%1: no row of the column &apos;%2&apos; matches a unit %3; choose the column with the units&apos; names or codes</source>
        <translation>%1: no row of the column &apos;%2&apos; matches a unit %3; choose the column with the units&apos; names or codes</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="153"/>
        <source>by code</source>
        <translation>by code</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="154"/>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="155"/>
        <source>%1: %2 row(s) match no unit and are left out: %3</source>
        <translation>%1: %2 row(s) match no unit and are left out: %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="156"/>
        <source>%1 unit(s) have no row in the census table and no population: %2</source>
        <translation>%1 unit(s) have no row in the census table and no population: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="157"/>
        <source>unit %1 is too large for cells of %2 m; check the units layer and its CRS</source>
        <translation>unit %1 is too large for cells of %2 m; check the units layer and its CRS</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="158"/>
        <source>unit %1 has no buildings: its people are spread evenly over its area</source>
        <translation>unit %1 has no buildings: its people are spread evenly over its area</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="159"/>
        <source>unit %1 has no buildings: its people are spread over its residential land</source>
        <translation>unit %1 has no buildings: its people are spread over its residential land</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="160"/>
        <source>unit %1 has neither buildings nor residential land: its people are spread evenly over its area</source>
        <translation>unit %1 has neither buildings nor residential land: its people are spread evenly over its area</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="161"/>
        <source>residential land</source>
        <translation>residential land</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="163"/>
        <source>%1: a table of counts per unit, joined to the units by the column &apos;%2&apos; and spread over the buildings of %3</source>
        <translation>%1: a table of counts per unit, joined to the units by the column &apos;%2&apos; and spread over the buildings of %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="164"/>
        <source>%1: a table of counts per unit, joined to the units by the column &apos;%2&apos; and spread evenly over each unit (give buildings in the mapping to spread by them)</source>
        <translation>%1: a table of counts per unit, joined to the units by the column &apos;%2&apos; and spread evenly over each unit (give buildings in the mapping to spread by them)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="165"/>
        <source>%1: no layer of this file can be the %2</source>
        <translation>%1: no layer of this file can be the %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="166"/>
        <source>%1: has no CRS; its coordinates are longitudes and latitudes, taken as %2</source>
        <translation>%1: has no CRS; its coordinates are longitudes and latitudes, taken as %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="167"/>
        <source>%1 value(s) of the column &apos;%3&apos; map onto no facility type and are left out: %2</source>
        <translation>%1 value(s) of the column &apos;%3&apos; map onto no facility type and are left out: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="168"/>
        <source>%1: no population column found (人口, 常住人口, population, pop_total …); name one in the mapping</source>
        <translation>%1: no population column found (人口, 常住人口, population, pop_total …); name one in the mapping</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="169"/>
        <source>the analysis CRS %1 is not projected in metres; choose a CGCS2000 Gauss-Krüger zone (EPSG:4534–4554) or a UTM zone</source>
        <translation>the analysis CRS %1 is not projected in metres; choose a CGCS2000 Gauss-Krüger zone (EPSG:4534–4554) or a UTM zone</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="170"/>
        <source>%1: has no extent to choose the analysis CRS from; give one (--crs)</source>
        <translation>%1: has no extent to choose the analysis CRS from; give one (--crs)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="171"/>
        <source>%1: no facility of a known type; map the values of the column &apos;%2&apos; onto facility types (type_values in the mapping), or give one type for all (--type)</source>
        <translation>%1: no facility of a known type; map the values of the column &apos;%2&apos; onto facility types (type_values in the mapping), or give one type for all (--type)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="172"/>
        <source>%1: a file of this name exists; choose another name or remove it first</source>
        <translation>%1: a file of this name exists; choose another name or remove it first</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="173"/>
        <source>%1: not a mapping file (JSON: %2)</source>
        <translation>%1: not a mapping file (JSON: %2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="174"/>
        <source>%1: &apos;%2&apos; must be text (a column name, a file, a CRS)</source>
        <translation>%1: &apos;%2&apos; must be text (a column name, a file, a CRS)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="175"/>
        <source>%1: &apos;%2&apos; must be a number %3</source>
        <translation>%1: &apos;%2&apos; must be a number %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="176"/>
        <source>%1: &apos;population.census.join_on&apos; must be &quot;name&quot; or &quot;code&quot;, not &quot;%2&quot;</source>
        <translation>%1: &apos;population.census.join_on&apos; must be &quot;name&quot; or &quot;code&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="177"/>
        <source>%1: unknown key &apos;%2&apos; (network, facilities, population, units, crs, targets, name)</source>
        <translation>%1: unknown key &apos;%2&apos; (network, facilities, population, units, crs, targets, name)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="178"/>
        <source>row %1, %2: &apos;%3&apos; is not a number; it would count as 0</source>
        <translation>row %1, %2: &apos;%3&apos; is not a number; it would count as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="179"/>
        <source>row %1, %2: &apos;%3&apos; is not a plain number; it would be read as %4</source>
        <translation>row %1, %2: &apos;%3&apos; is not a plain number; it would be read as %4</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="180"/>
        <source>%1 more rows like these</source>
        <translation>%1 more rows like these</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="181"/>
        <source>%1 rows have no readable coordinates and would be left out</source>
        <translation>%1 rows have no readable coordinates and would be left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="182"/>
        <source>the layer is empty</source>
        <translation>the layer is empty</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="183"/>
        <source>only the first %1 rows were looked at</source>
        <translation>only the first %1 rows were looked at</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="184"/>
        <source>%1 (%2), declared in the file</source>
        <translation>%1 (%2), declared in the file</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="185"/>
        <source>the file declares %1, but the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)</source>
        <translation>the file declares %1, but the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="186"/>
        <source>no CRS, and the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)</source>
        <translation>no CRS, and the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="187"/>
        <source>the file declares %1 (metres), but the coordinates are degrees: the CRS is likely %2</source>
        <translation>the file declares %1 (metres), but the coordinates are degrees: the CRS is likely %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="188"/>
        <source>the eastings start with the zone number %1, but the declared %2 expects none: the CRS is likely %3</source>
        <translation>the eastings start with the zone number %1, but the declared %2 expects none: the CRS is likely %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="189"/>
        <source>the declared %1 expects eastings that start with the zone number, but they have none: the CRS is likely %2</source>
        <translation>the declared %1 expects eastings that start with the zone number, but they have none: the CRS is likely %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="190"/>
        <source>the eastings lie up to %1 km from the centre of the declared %2: a wrong zone, or not this CRS; check the CRS</source>
        <translation>the eastings lie up to %1 km from the centre of the declared %2: a wrong zone, or not this CRS; check the CRS</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="191"/>
        <source>no CRS; the coordinates are longitudes and latitudes: likely %1; confirm it</source>
        <translation>no CRS; the coordinates are longitudes and latitudes: likely %1; confirm it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="192"/>
        <source>no CRS; the eastings start with the zone number %1: likely %2 (CGCS2000 Gauss-Krüger, central meridian %3°E); confirm it</source>
        <translation>no CRS; the eastings start with the zone number %1: likely %2 (CGCS2000 Gauss-Krüger, central meridian %3°E); confirm it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="193"/>
        <source>no CRS; the coordinates look like metres in a transverse Mercator zone (Gauss-Krüger or UTM) without a zone number, and which zone cannot be told: give the CRS (e.g. EPSG:4548 for CGCS2000 3° Gauss-Krüger, central meridian 117°E)</source>
        <translation>no CRS; the coordinates look like metres in a transverse Mercator zone (Gauss-Krüger or UTM) without a zone number, and which zone cannot be told: give the CRS (e.g. EPSG:4548 for CGCS2000 3° Gauss-Krüger, central meridian 117°E)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="194"/>
        <source>no CRS, and the coordinates do not tell which: give the CRS</source>
        <translation>no CRS, and the coordinates do not tell which: give the CRS</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="195"/>
        <source>%1: has no CRS; its coordinates are longitudes and latitudes, so WGS 84 (EPSG:4326) was assumed</source>
        <translation>%1: has no CRS; its coordinates are longitudes and latitudes, so WGS 84 (EPSG:4326) was assumed</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="197"/>
        <source>%1: not a line (%2), skipped</source>
        <translation>%1: not a line (%2), skipped</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="198"/>
        <source>%1: its coordinates (%2, %3) lie outside the area where %4 can be used; check the coordinates (a typing error, a column of other numbers) or the layer&apos;s CRS</source>
        <translation>%1: its coordinates (%2, %3) lie outside the area where %4 can be used; check the coordinates (a typing error, a column of other numbers) or the layer&apos;s CRS</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="201"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="202"/>
        <source>%1: none of its %2 features has a usable place (a point, or coordinates in the columns given); check the geometry or the coordinate columns</source>
        <translation>%1: none of its %2 features has a usable place (a point, or coordinates in the columns given); check the geometry or the coordinate columns</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="205"/>
        <source>%1: the file is damaged or cut short (GDAL: %2); download or export it again</source>
        <translation>%1: the file is damaged or cut short (GDAL: %2); download or export it again</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="207"/>
        <source>%1: cannot be transformed to the project CRS, skipped</source>
        <translation>%1: cannot be transformed to the project CRS, skipped</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="208"/>
        <source>%1 more network features skipped (not lines or outside the CRS)</source>
        <translation>%1 more network features skipped (not lines or outside the CRS)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="209"/>
        <source>%1 (facility %2): no usable geometry, left out</source>
        <translation>%1 (facility %2): no usable geometry, left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="210"/>
        <source>%1 (facility %2): no %3 value, counted as 0</source>
        <translation>%1 (facility %2): no %3 value, counted as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="211"/>
        <source>%1 (facility %2): %3 &apos;%4&apos; is not a plain number; read as %5, check it</source>
        <translation>%1 (facility %2): %3 &apos;%4&apos; is not a plain number; read as %5, check it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="212"/>
        <source>%1 (facility %2): %3 &apos;%4&apos; is not a number, counted as 0</source>
        <translation>%1 (facility %2): %3 &apos;%4&apos; is not a number, counted as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="213"/>
        <source>%1 (facility %2): negative %3 %4, counted as 0</source>
        <translation>%1 (facility %2): negative %3 %4, counted as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="214"/>
        <source>%1 (facility %2): %3 %4 is not plausible (must be %5), counted as 0</source>
        <translation>%1 (facility %2): %3 %4 is not plausible (must be %5), counted as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="215"/>
        <source>%1 more facilities with unusable capacities</source>
        <translation>%1 more facilities with unusable capacities</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="216"/>
        <source>%1: population group &apos;%2&apos; adds rasters up pixel by pixel, but this one is not on the grid of %3 (size or georeferencing differ); resample it onto that grid first</source>
        <translation>%1: population group &apos;%2&apos; adds rasters up pixel by pixel, but this one is not on the grid of %3 (size or georeferencing differ); resample it onto that grid first</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="217"/>
        <source>%1: no pixel with people lies in the study area (the units and the network); check that the raster covers it and its CRS</source>
        <translation>%1: no pixel with people lies in the study area (the units and the network); check that the raster covers it and its CRS</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="218"/>
        <source>%1: %2 pixels hold negative values; taken as 0</source>
        <translation>%1: %2 pixels hold negative values; taken as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="219"/>
        <source>%1: %2 pixels hold implausible counts (must be %3); taken as 0</source>
        <translation>%1: %2 pixels hold implausible counts (must be %3); taken as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="220"/>
        <source>%1: %2 pixels with people cannot be placed in the project CRS; left out</source>
        <translation>%1: %2 pixels with people cannot be placed in the project CRS; left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="221"/>
        <source>%1: no usable geometry, left out</source>
        <translation>%1: no usable geometry, left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="222"/>
        <source>%1: %2 is empty, taken as 0</source>
        <translation>%1: %2 is empty, taken as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="223"/>
        <source>%1: %2 = %3 is not a count, taken as 0</source>
        <translation>%1: %2 = %3 is not a count, taken as 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="224"/>
        <source>%1 more population cells with unusable counts</source>
        <translation>%1 more population cells with unusable counts</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="225"/>
        <source>%1 (unit %2): the polygon is not valid (%3); repaired with GEOS MakeValid, area %4 m² → %5 m²; check the boundary</source>
        <translation>%1 (unit %2): the polygon is not valid (%3); repaired with GEOS MakeValid, area %4 m² → %5 m²; check the boundary</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="226"/>
        <source>facilities %1 and %2 (%3) stand at the same place with the same name: probably one facility listed twice, and both are counted</source>
        <translation>facilities %1 and %2 (%3) stand at the same place with the same name: probably one facility listed twice, and both are counted</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="227"/>
        <source>%1 more facilities listed twice</source>
        <translation>%1 more facilities listed twice</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="228"/>
        <source>a ring crosses itself at %1</source>
        <translation>a ring crosses itself at %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="229"/>
        <source>the boundary crosses itself at %1</source>
        <translation>the boundary crosses itself at %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="230"/>
        <source>a ring has too few points %1</source>
        <translation>a ring has too few points %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="231"/>
        <source>a hole lies outside the outline %1</source>
        <translation>a hole lies outside the outline %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="232"/>
        <source>one part lies inside another %1</source>
        <translation>one part lies inside another %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="233"/>
        <source>the inside is cut in two %1</source>
        <translation>the inside is cut in two %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="234"/>
        <source>%1 (unit %2): not a polygon, left out</source>
        <translation>%1 (unit %2): not a polygon, left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="236"/>
        <source>the network&apos;s CRS %1 is not in metres; working in %2 (%3)</source>
        <translation>the network&apos;s CRS %1 is not in metres; working in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="237"/>
        <source>%1: no &apos;type&apos; column; all facilities are taken as one type</source>
        <translation>%1: no &apos;type&apos; column; all facilities are taken as one type</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="238"/>
        <source>%1: no capacity column (beds, childcare_places, places, capacity); supply ratios will be zero</source>
        <translation>%1: no capacity column (beds, childcare_places, places, capacity); supply ratios will be zero</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="241"/>
        <source>the walking network has %1 separate parts; the largest holds %2% of its nodes, so places on the small parts reach little</source>
        <translation>the walking network has %1 separate parts; the largest holds %2% of its nodes, so places on the small parts reach little</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="243"/>
        <source>%1 population cells (%2 %3) meet the network on a small island (under 1% of the largest part)</source>
        <translation>%1 population cells (%2 %3) meet the network on a small island (under 1% of the largest part)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="245"/>
        <source>%1 population sample points (%2 %3) meet the network on a small island (under 1% of the largest part)</source>
        <translation>%1 population sample points (%2 %3) meet the network on a small island (under 1% of the largest part)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="247"/>
        <source>%1 population cells (%2 %3) are farther than %4 m from any walkable edge: counted as not covered (cell_index %5)</source>
        <translation>%1 population cells (%2 %3) are farther than %4 m from any walkable edge: counted as not covered (cell_index %5)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="249"/>
        <source>%1 population sample points (%2 %3) are farther than %4 m from any walkable edge: counted as not covered (cell_index %5)</source>
        <translation>%1 population sample points (%2 %3) are farther than %4 m from any walkable edge: counted as not covered (cell_index %5)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="251"/>
        <source>%1 population cells (%2 %3) lie outside every unit: counted in totals, not in any unit</source>
        <translation>%1 population cells (%2 %3) lie outside every unit: counted in totals, not in any unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="253"/>
        <source>%1 population sample points (%2 %3) lie outside every unit: counted in totals, not in any unit</source>
        <translation>%1 population sample points (%2 %3) lie outside every unit: counted in totals, not in any unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="255"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="257"/>
        <source>facility id %1 appears more than once; edits by id change the first</source>
        <translation>facility id %1 appears more than once; edits by id change the first</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="258"/>
        <source>%1: type &apos;%2&apos; is not in the profile, left out of the analysis</source>
        <translation>%1: type &apos;%2&apos; is not in the profile, left out of the analysis</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="259"/>
        <source>%1: no walkable edge within %2 m; not reachable, so it covers no one</source>
        <translation>%1: no walkable edge within %2 m; not reachable, so it covers no one</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="260"/>
        <source>%1: no %2 (0 or missing); it adds nothing to supply ratios</source>
        <translation>%1: no %2 (0 or missing); it adds nothing to supply ratios</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="261"/>
        <source>%1: meets the network on a small island (under 1% of the largest part), so its circle is small; check the network around it</source>
        <translation>%1: meets the network on a small island (under 1% of the largest part), so its circle is small; check the network around it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="263"/>
        <source>no reachable facility of type &apos;%1&apos;: nobody is covered for it</source>
        <translation>no reachable facility of type &apos;%1&apos;: nobody is covered for it</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="265"/>
        <source>plan: facility %1 is to be removed, but the facilities layer has no such facility</source>
        <translation>plan: facility %1 is to be removed, but the facilities layer has no such facility</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="266"/>
        <source>plan: facility %1 is to be moved, but the facilities layer has no such facility</source>
        <translation>plan: facility %1 is to be moved, but the facilities layer has no such facility</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="267"/>
        <source>plan: facility %1 is to change its %2, but the facilities layer has no such facility</source>
        <translation>plan: facility %1 is to change its %2, but the facilities layer has no such facility</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="269"/>
        <source>plan: proposed facility %1 was not added: %2</source>
        <translation>plan: proposed facility %1 was not added: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="271"/>
        <source>the project has no facility type &apos;%2&apos; (%1)</source>
        <translation>the project has no facility type &apos;%2&apos; (%1)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="272"/>
        <source>the population layer has no &apos;%1&apos; column</source>
        <translation>the population layer has no &apos;%1&apos; column</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="273"/>
        <source>the facilities have no &apos;%1&apos; field</source>
        <translation>the facilities have no &apos;%1&apos; field</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="274"/>
        <source>the facilities have no &apos;%1&apos; field, which tells which facilities count</source>
        <translation>the facilities have no &apos;%1&apos; field, which tells which facilities count</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="275"/>
        <source>no %1 here to take a share of</source>
        <translation>no %1 here to take a share of</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="276"/>
        <source>no households here</source>
        <translation>no households here</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="277"/>
        <source>no %1 live here</source>
        <translation>no %1 live here</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="278"/>
        <source>residents</source>
        <translation>residents</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="280"/>
        <source>%1 %2 outside the %3-minute %4 circle</source>
        <translation>%1 %2 outside the %3-minute %4 circle</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="282"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="283"/>
        <source>network junction %1</source>
        <translation>network junction %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="284"/>
        <source>grid point %1</source>
        <translation>grid point %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="285"/>
        <source>drawn place %1</source>
        <translation>drawn place %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="286"/>
        <source>a grid %1 m apart over the network would have %2 points; choose a wider spacing</source>
        <translation>a grid %1 m apart over the network would have %2 points; choose a wider spacing</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="287"/>
        <source>%1 candidate sites lie in the exclusion areas of %2 and were left out</source>
        <translation>%1 candidate sites lie in the exclusion areas of %2 and were left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="288"/>
        <source>site size &apos;%1&apos;: write capacity:cost, e.g. 40:1,120:2.5</source>
        <translation>site size &apos;%1&apos;: write capacity:cost, e.g. 40:1,120:2.5</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="289"/>
        <source>site size &apos;%1&apos;: the capacity must be between 1 and 10,000,000</source>
        <translation>site size &apos;%1&apos;: the capacity must be between 1 and 10,000,000</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="290"/>
        <source>site size &apos;%1&apos;: the cost must be more than 0</source>
        <translation>site size &apos;%1&apos;: the cost must be more than 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="291"/>
        <source>the profile has no facility type &apos;%1&apos; (types: %2)</source>
        <translation>the profile has no facility type &apos;%1&apos; (types: %2)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="292"/>
        <source>the number of new sites must be at least 1</source>
        <translation>the number of new sites must be at least 1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="293"/>
        <source>no candidate sites: give a layer of sites, an area whose network junctions may take one, or a grid spacing</source>
        <translation>no candidate sites: give a layer of sites, an area whose network junctions may take one, or a grid spacing</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="294"/>
        <source>%1 candidate sites are farther than %2 m from any walkable street and were left out</source>
        <translation>%1 candidate sites are farther than %2 m from any walkable street and were left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="295"/>
        <source>%1 candidate sites lie outside every planning unit and were left out</source>
        <translation>%1 candidate sites lie outside every planning unit and were left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="296"/>
        <source>%1 candidate sites repeat a place given before and were left out</source>
        <translation>%1 candidate sites repeat a place given before and were left out</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="297"/>
        <source>none of the %1 candidate sites can be used: %2 are off the walking network, %3 outside every planning unit</source>
        <translation>none of the %1 candidate sites can be used: %2 are off the walking network, %3 outside every planning unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="298"/>
        <source>%1: %2 still not met: %3</source>
        <translation>%1: %2 still not met: %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="299"/>
        <source>%1 is not aimed at: %2</source>
        <translation>%1 is not aimed at: %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="300"/>
        <source>%1 is not aimed at: new sites carry no %2</source>
        <translation>%1 is not aimed at: new sites carry no %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="301"/>
        <source>%1 is not aimed at: new sites carry no floor or land area</source>
        <translation>%1 is not aimed at: new sites carry no floor or land area</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="302"/>
        <source>%1: %2 cannot be met: %3 %4 live beyond the circle of every candidate site</source>
        <translation>%1: %2 cannot be met: %3 %4 live beyond the circle of every candidate site</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="303"/>
        <source>%1: %2 cannot be met: no candidate site of a size that counts lies in this unit</source>
        <translation>%1: %2 cannot be met: no candidate site of a size that counts lies in this unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="304"/>
        <source>%1: %2 places within reach cannot serve everyone the target asks for: even every candidate site at the largest size leaves %3 %4 unserved</source>
        <translation>%1: %2 places within reach cannot serve everyone the target asks for: even every candidate site at the largest size leaves %3 %4 unserved</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="305"/>
        <source>%1: %2 still not met when each place serves one person: %3 more to serve</source>
        <translation>%1: %2 still not met when each place serves one person: %3 more to serve</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="306"/>
        <source>%1: %2 cannot be met: every candidate site at the largest size still leaves %3 %4 missing</source>
        <translation>%1: %2 cannot be met: every candidate site at the largest size still leaves %3 %4 missing</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="307"/>
        <source>%1 more %2 (%3)</source>
        <translation>%1 more %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="308"/>
        <source>%1 more %2 (of %3)</source>
        <translation>%1 more %2 (of %3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="309"/>
        <source>%1 more units need a %2 facility</source>
        <translation>%1 more units need a %2 facility</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="310"/>
        <source>%1 more units need a %2 facility with %3</source>
        <translation>%1 more units need a %2 facility with %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="311"/>
        <source>no %1 facility in this unit</source>
        <translation>no %1 facility in this unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="312"/>
        <source>no %1 facility with %2 in this unit</source>
        <translation>no %1 facility with %2 in this unit</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="313"/>
        <source>%1 m² more %2 floor space</source>
        <translation>%1 m² more %2 floor space</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="314"/>
        <source>%1 m² more %2 land</source>
        <translation>%1 m² more %2 land</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="316"/>
        <source>childcare (0-3)</source>
        <translation>childcare (0-3)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="317"/>
        <source>kindergarten (3-6)</source>
        <translation>kindergarten (3-6)</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="318"/>
        <source>elderly-care institution</source>
        <translation>elderly-care institution</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="319"/>
        <source>community day care</source>
        <translation>community day care</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="320"/>
        <source>street comprehensive elderly-care centre</source>
        <translation>street comprehensive elderly-care centre</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="321"/>
        <source>elderly activity centre</source>
        <translation>elderly activity centre</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="322"/>
        <source>meal-assist point for the elderly</source>
        <translation>meal-assist point for the elderly</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="324"/>
        <source>beds</source>
        <translation>beds</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="325"/>
        <source>nursing-type beds</source>
        <translation>nursing-type beds</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="326"/>
        <source>childcare places</source>
        <translation>childcare places</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="327"/>
        <source>kindergarten places</source>
        <translation>kindergarten places</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="328"/>
        <source>inclusive places</source>
        <translation>inclusive places</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="329"/>
        <source>cognitive-care beds</source>
        <translation>cognitive-care beds</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="330"/>
        <source>inclusive beds</source>
        <translation>inclusive beds</translation>
    </message>
</context>
<context>
    <name>qh::NewProjectWizard</name>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="34"/>
        <source>Target profile and project file</source>
        <translation>Target profile and project file</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="35"/>
        <source>The project reads the files where they are and never writes to them.</source>
        <translation>The project reads the files where they are and never writes to them.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="61"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="65"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="72"/>
        <source>automatic: the CGCS2000 Gauss-Krüger zone in China, else the layers&apos; own or the UTM zone</source>
        <translation>automatic: the CGCS2000 Gauss-Krüger zone in China, else the layers&apos; own or the UTM zone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="77"/>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="91"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="83"/>
        <source>Target profile:</source>
        <translation>Target profile:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="84"/>
        <source>Analysis CRS:</source>
        <translation>Analysis CRS:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="85"/>
        <source>Project name:</source>
        <translation>Project name:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="86"/>
        <source>Project file:</source>
        <translation>Project file:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="90"/>
        <source>optional: a mapping file (JSON) applied on top of the choices above</source>
        <translation>optional: a mapping file (JSON) applied on top of the choices above</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="95"/>
        <source>Mapping file:</source>
        <translation>Mapping file:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="97"/>
        <source>Mapping file</source>
        <translation>Mapping file</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="98"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Mapping files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="105"/>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="106"/>
        <source>QuarterHour projects (*.qhproj)</source>
        <translation>QuarterHour projects (*.qhproj)</translation>
    </message>
</context>
<context>
    <name>qh::PlanSummaryPanel</name>
    <message>
        <location filename="../../app/panels/plansummarypanel.cpp" line="10"/>
        <source>Plan against baseline</source>
        <translation>Plan against baseline</translation>
    </message>
    <message>
        <location filename="../../app/panels/plansummarypanel.cpp" line="42"/>
        <source>%1: %2 %3 covered (%4 points) against the baseline</source>
        <translation>%1: %2 %3 covered (%4 points) against the baseline</translation>
    </message>
</context>
<context>
    <name>qh::PlanningToolBar</name>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="19"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="38"/>
        <source>Pan / inspect</source>
        <translation>Pan / inspect</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="38"/>
        <source>Drag to pan, click a unit to see its indicators</source>
        <translation>Drag to pan, click a unit to see its indicators</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="39"/>
        <source>Add facility</source>
        <translation>Add facility</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="39"/>
        <source>Click the map to propose a facility of the chosen type</source>
        <translation>Click the map to propose a facility of the chosen type</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="40"/>
        <source>Move facility</source>
        <translation>Move facility</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="40"/>
        <source>Drag a facility to a new place</source>
        <translation>Drag a facility to a new place</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="41"/>
        <source>Delete facility</source>
        <translation>Delete facility</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="41"/>
        <source>Click a facility to take it out of the plan</source>
        <translation>Click a facility to take it out of the plan</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="43"/>
        <source> Type </source>
        <translation> Type </translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="46"/>
        <source> Capacity </source>
        <translation> Capacity </translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="54"/>
        <source> Inclusive </source>
        <translation> Inclusive </translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="58"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="59"/>
        <source>Share of the new facility&apos;s places that are inclusive (普惠); by default the share of the type&apos;s existing facilities</source>
        <translation>Share of the new facility&apos;s places that are inclusive (普惠); by default the share of the type&apos;s existing facilities</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="66"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="186"/>
        <source>Add %1 facilities from %2</source>
        <translation>Add %1 facilities from %2</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="190"/>
        <source>Proposed %1</source>
        <translation>Proposed %1</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="204"/>
        <source>Proposed %1 %2</source>
        <translation>Proposed %1 %2</translation>
    </message>
</context>
<context>
    <name>qh::ProjectLoader</name>
    <message>
        <location filename="../../app/projectloader.cpp" line="74"/>
        <source>Recover unsaved work?</source>
        <translation>Recover unsaved work?</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="75"/>
        <source>QuarterHour was closed with unsaved changes to %1. Recover them?</source>
        <translation>QuarterHour was closed with unsaved changes to %1. Recover them?</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="100"/>
        <location filename="../../app/projectloader.cpp" line="112"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="105"/>
        <source>Where is %1?</source>
        <translation>Where is %1?</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="116"/>
        <source>%1 is missing: the whole area is taken as one unit</source>
        <translation>%1 is missing: the whole area is taken as one unit</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="127"/>
        <source>Loading %1 …</source>
        <translation>Loading %1 …</translation>
    </message>
</context>
<context>
    <name>qh::ProjectSession</name>
    <message>
        <location filename="../../app/projectsession.cpp" line="76"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="80"/>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="81"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="93"/>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="105"/>
        <source>Save changes?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="106"/>
        <source>The plan %1 has unsaved changes. Save them?</source>
        <translation>The plan %1 has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>qh::RasterGroupBox</name>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="15"/>
        <source>Raster population</source>
        <translation>Raster population</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="21"/>
        <source>Residents (all ages)</source>
        <translation>Residents (all ages)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="22"/>
        <source>Residents 60+</source>
        <translation>Residents 60+</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="23"/>
        <source>Children 0–3</source>
        <translation>Children 0–3</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="24"/>
        <source>Children 3–6</source>
        <translation>Children 3–6</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="28"/>
        <source>Add rasters…</source>
        <translation>Add rasters…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="30"/>
        <source>Other rasters on the same grid whose people are added pixel by pixel, e.g. the ten WorldPop 60+ age-sex files</source>
        <translation>Other rasters on the same grid whose people are added pixel by pixel, e.g. the ten WorldPop 60+ age-sex files</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="31"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="41"/>
        <source>The pixels count:</source>
        <translation>The pixels count:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="42"/>
        <source>Added up with:</source>
        <translation>Added up with:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="45"/>
        <source>Rasters to add up</source>
        <translation>Rasters to add up</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="46"/>
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>qh::Report</name>
    <message>
        <location filename="../../core/render/report/report.cpp" line="31"/>
        <location filename="../../core/render/report/reportpages.cpp" line="152"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="31"/>
        <source>Whole region</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="32"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="32"/>
        <source>Units meeting the target</source>
        <translation>Units meeting the target</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="33"/>
        <source>Warning class</source>
        <translation>Warning class</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="38"/>
        <source>not evaluated (see below)</source>
        <translation>not evaluated (see below)</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="49"/>
        <location filename="../../core/render/report/reportpages.cpp" line="170"/>
        <location filename="../../core/render/report/reportpages.cpp" line="171"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="61"/>
        <source>15-minute service circles: assessment of %1</source>
        <translation>15-minute service circles: assessment of %1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="105"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="120"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="123"/>
        <source>15-minute service circles for elderly care and childcare</source>
        <translation>15-minute service circles for elderly care and childcare</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="129"/>
        <source>%1 planning units · %2 residents · %3 facilities</source>
        <translation>%1 planning units · %2 residents · %3 facilities</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="144"/>
        <source>Key figures for the whole region</source>
        <translation>Key figures for the whole region</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="151"/>
        <source>Not evaluated: %1 — %2</source>
        <translation>Not evaluated: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="156"/>
        <source>No target profile is set: the report shows coverage, not targets.</source>
        <translation>No target profile is set: the report shows coverage, not targets.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="171"/>
        <source>Overview map</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="175"/>
        <source>Five-colour map</source>
        <translation>Five-colour map</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="177"/>
        <source>Walking minutes</source>
        <translation>Walking minutes</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="208"/>
        <source>%1 (continued, %2 of %3)</source>
        <translation>%1 (continued, %2 of %3)</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="213"/>
        <source>Unit tables</source>
        <translation>Unit tables</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportcharts.cpp" line="21"/>
        <source>cannot be computed</source>
        <translation>cannot be computed</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportcharts.cpp" line="23"/>
        <source>%1 — Gini %2</source>
        <translation>%1 — Gini %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportcharts.cpp" line="45"/>
        <source>share of people (least served first)</source>
        <translation>share of people (least served first)</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="94"/>
        <source>Target profile: none</source>
        <translation>Target profile: none</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="95"/>
        <source>Target profile: %1</source>
        <translation>Target profile: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="103"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="105"/>
        <source>Balance of access (资源均衡指数)</source>
        <translation>Balance of access (资源均衡指数)</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="107"/>
        <source>How evenly the places a resident can reach (E2SFCA accessibility) are shared among the people of each demand group. A Gini of 0 is perfectly even, 1 is all in one place; the curve shows the share of accessible supply held by the least served share of people.</source>
        <translation>How evenly the places a resident can reach (E2SFCA accessibility) are shared among the people of each demand group. A Gini of 0 is perfectly even, 1 is all in one place; the curve shows the share of accessible supply held by the least served share of people.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="132"/>
        <source>Facility type or indicator</source>
        <translation>Facility type or indicator</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="132"/>
        <location filename="../../core/render/report/reportpages.cpp" line="153"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="133"/>
        <location filename="../../core/render/report/reportpages.cpp" line="153"/>
        <location filename="../../core/render/report/reportpages.cpp" line="219"/>
        <location filename="../../core/render/report/reportpages.cpp" line="224"/>
        <location filename="../../core/render/report/reportpages.cpp" line="234"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="133"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="142"/>
        <source>%1: %2 within the circle</source>
        <translation>%1: %2 within the circle</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="146"/>
        <source>%1 newly covered</source>
        <translation>%1 newly covered</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="147"/>
        <source>%1 fewer</source>
        <translation>%1 fewer</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="152"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="154"/>
        <source>Meets target</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="166"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="169"/>
        <source> (units meeting it)</source>
        <translation> (units meeting it)</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="183"/>
        <source>yes, as before</source>
        <translation>yes, as before</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="183"/>
        <source>no, as before</source>
        <translation>no, as before</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="184"/>
        <source>now yes</source>
        <translation>now yes</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="184"/>
        <source>now no</source>
        <translation>now no</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="208"/>
        <source>. Proposed: %1</source>
        <translation>. Proposed: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="208"/>
        <location filename="../../core/render/report/reportpages.cpp" line="210"/>
        <location filename="../../core/render/report/reportpages.cpp" line="212"/>
        <location filename="../../core/render/report/reportpages.cpp" line="265"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="210"/>
        <source>. Moved: %1</source>
        <translation>. Moved: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="212"/>
        <source>. Removed: %1</source>
        <translation>. Removed: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="225"/>
        <source>The plan against the baseline</source>
        <translation>The plan against the baseline</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="235"/>
        <source>Indicators that change, per unit</source>
        <translation>Indicators that change, per unit</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="245"/>
        <source>Walking network: %1 — %2 nodes, %3 edges, %4 km; %5 connected parts, the largest holding %6 % of the nodes.</source>
        <translation>Walking network: %1 — %2 nodes, %3 edges, %4 km; %5 connected parts, the largest holding %6 % of the nodes.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="253"/>
        <source>%1: a circle of %2 minutes at %3 m/s (%4 m along the streets); speed: %5.</source>
        <translation>%1: a circle of %2 minutes at %3 m/s (%4 m along the streets); speed: %5.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="262"/>
        <source>Population: %1 — %2 cells; %3.</source>
        <translation>Population: %1 — %2 cells; %3.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="267"/>
        <source>People are counted where they live: each cell at its representative point, and the %1 cells larger than the sampling spacing at several points inside them (%2 points in all), so a large cell is not all in or all out of a circle.</source>
        <translation>People are counted where they live: each cell at its representative point, and the %1 cells larger than the sampling spacing at several points inside them (%2 points in all), so a large cell is not all in or all out of a circle.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="273"/>
        <source>People are counted where they live, each cell at its representative point (%1 points); no cell is larger than the sampling spacing.</source>
        <translation>People are counted where they live, each cell at its representative point (%1 points); no cell is larger than the sampling spacing.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="276"/>
        <source>A facility or a home farther than %1 m from a walkable street is not reached. Catchment areas are the streets reached within the circle, widened by %2 m either side.</source>
        <translation>A facility or a home farther than %1 m from a walkable street is not reached. Catchment areas are the streets reached within the circle, widened by %2 m either side.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="280"/>
        <source>Data sources: %1</source>
        <translation>Data sources: %1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="287"/>
        <source>No warnings while loading and analysing.</source>
        <translation>No warnings while loading and analysing.</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="299"/>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="301"/>
        <source>Methods and data</source>
        <translation>Methods and data</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="301"/>
        <source>Methods and data (continued)</source>
        <translation>Methods and data (continued)</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="305"/>
        <source>Warnings from loading and analysis</source>
        <translation>Warnings from loading and analysis</translation>
    </message>
</context>
<context>
    <name>qh::StatusBar</name>
    <message>
        <location filename="../../app/statusbar.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/statusbar.cpp" line="60"/>
        <source>Scale 1:%L1</source>
        <translation>Scale 1:%L1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/statusbar.cpp" line="65"/>
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/statusbar.cpp" line="66"/>
        <source>Show what loading and the analysis warned about</source>
        <translation>Show what loading and the analysis warned about</translation>
    </message>
    <message>
        <location filename="../../app/statusbar.cpp" line="72"/>
        <source>updated in %1 ms</source>
        <translation>updated in %1 ms</translation>
    </message>
</context>
<context>
    <name>qh::SuggestPanel</name>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="49"/>
        <source>Accept %1</source>
        <translation>Accept %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="79"/>
        <source>Reject %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="106"/>
        <source>Suggest sites</source>
        <translation>Suggest sites</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="115"/>
        <source>Each place serves one person (capacitated)</source>
        <translation>Each place serves one person (capacitated)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="116"/>
        <location filename="../../app/panels/suggestpanel.cpp" line="224"/>
        <source>Sites from a file…</source>
        <translation>Sites from a file…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="117"/>
        <location filename="../../app/panels/suggestpanel.cpp" line="226"/>
        <source>Junctions inside areas…</source>
        <translation>Junctions inside areas…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="118"/>
        <location filename="../../app/panels/suggestpanel.cpp" line="228"/>
        <source>Exclusion areas…</source>
        <translation>Exclusion areas…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="119"/>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="120"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="121"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="122"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="123"/>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="124"/>
        <source>Reject all</source>
        <translation>Reject all</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="132"/>
        <source>Meet every unit&apos;s targets at least cost</source>
        <translation>Meet every unit&apos;s targets at least cost</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="133"/>
        <source>Reach the most people with k sites</source>
        <translation>Reach the most people with k sites</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="140"/>
        <source>no grid</source>
        <translation>no grid</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="141"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="146"/>
        <source>e.g. 40:1, 120:2.5 (places:cost); empty: the usual size</source>
        <translation>e.g. 40:1, 120:2.5 (places:cost); empty: the usual size</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="147"/>
        <source>Automatic (exact when small)</source>
        <translation>Automatic (exact when small)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="148"/>
        <source>Exact (CBC)</source>
        <translation>Exact (CBC)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="149"/>
        <source>Fast heuristic</source>
        <translation>Fast heuristic</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="152"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Newly reached</source>
        <translation>Newly reached</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="169"/>
        <source>Facility type</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="170"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="171"/>
        <source>New sites (k)</source>
        <translation>New sites (k)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="175"/>
        <source>Candidate grid</source>
        <translation>Candidate grid</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="176"/>
        <source>A polygon layer: the walking network&apos;s junctions inside it are candidate sites</source>
        <translation>A polygon layer: the walking network&apos;s junctions inside it are candidate sites</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="177"/>
        <source>Candidate areas</source>
        <translation>Candidate areas</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="178"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="179"/>
        <source>Sizes</source>
        <translation>Sizes</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="180"/>
        <source>A site serves people only up to its places, each person at one facility within reach; the existing facilities of the type serve with theirs.</source>
        <translation>A site serves people only up to its places, each person at one facility within reach; the existing facilities of the type serve with theirs.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="183"/>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="184"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="199"/>
        <source>On the map, pending suggestions are numbered purple diamonds; accepted ones become proposed facilities.</source>
        <translation>On the map, pending suggestions are numbered purple diamonds; accepted ones become proposed facilities.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="219"/>
        <source>Vector layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</source>
        <translation>Vector layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="282"/>
        <source>Choose a target profile first: suggestions aim at its targets.</source>
        <translation>Choose a target profile first: suggestions aim at its targets.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="319"/>
        <source>Suggested site</source>
        <translation>Suggested site</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="340"/>
        <source>Searching from every candidate site and solving…</source>
        <translation>Searching from every candidate site and solving…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="377"/>
        <source>Cancelled; the suggestions shown before are kept.</source>
        <translation>Cancelled; the suggestions shown before are kept.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="381"/>
        <source>No suggestion: %1</source>
        <translation>No suggestion: %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="399"/>
        <source>fast heuristic</source>
        <translation>fast heuristic</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="399"/>
        <source>exact (CBC)</source>
        <translation>exact (CBC)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="400"/>
        <source>proven optimal</source>
        <translation>proven optimal</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="401"/>
        <source>within %1% of the best possible</source>
        <translation>within %1% of the best possible</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="402"/>
        <source>no bound known</source>
        <translation>no bound known</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="404"/>
        <source>, time limit reached</source>
        <translation>, time limit reached</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/panels/suggestpanel.cpp" line="406"/>
        <source>%n new site(s), cost %1 (%2, %3, %4 s).</source>
        <translation>
            <numerusform>%n new site, cost %1 (%2, %3, %4 s).</numerusform>
            <numerusform>%n new sites, cost %1 (%2, %3, %4 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/panels/suggestpanel.cpp" line="407"/>
        <source>%n new site(s) reach %1 more people (%2, %3, %4 s).</source>
        <translation>
            <numerusform>%n new site reach %1 more people (%2, %3, %4 s).</numerusform>
            <numerusform>%n new sites reach %1 more people (%2, %3, %4 s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="411"/>
        <source>Within the circle: %1 → %2 of %3 people.</source>
        <translation>Within the circle: %1 → %2 of %3 people.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="416"/>
        <source>%1: %2 of %3 units pass now, %4 of %5 with all suggestions (checked by a fresh analysis).</source>
        <translation>%1: %2 of %3 units pass now, %4 of %5 with all suggestions (checked by a fresh analysis).</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="424"/>
        <source>Every unit then meets every target aimed at.</source>
        <translation>Every unit then meets every target aimed at.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="425"/>
        <source>Not every unit can meet its targets:</source>
        <translation>Not every unit can meet its targets:</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="427"/>
        <source>Served, each place serving one person within reach: %1 → %2 of %3 people.</source>
        <translation>Served, each place serving one person within reach: %1 → %2 of %3 people.</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="454"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="455"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="456"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="506"/>
        <source>Accept all suggested sites</source>
        <translation>Accept all suggested sites</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="516"/>
        <source>Reject all suggested sites</source>
        <translation>Reject all suggested sites</translation>
    </message>
</context>
<context>
    <name>qh::TargetsPanel</name>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="33"/>
        <source>Targets and circles</source>
        <translation>Targets and circles</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="42"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="45"/>
        <source>Reset to the profile&apos;s circles and targets</source>
        <translation>Reset to the profile&apos;s circles and targets</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="47"/>
        <source>Circles and targets you set stay when you switch profiles, until you reset them here</source>
        <translation>Circles and targets you set stay when you switch profiles, until you reset them here</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="103"/>
        <source> m/s</source>
        <translation> m/s</translation>
    </message>
</context>
<context>
    <name>qh::UnitCardPanel</name>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="15"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="38"/>
        <source>&lt;i&gt;Click a unit on the map or in the table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click a unit on the map or in the table.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>qh::UnitTablePanel</name>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="16"/>
        <source>Coverage by unit</source>
        <translation>Coverage by unit</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="46"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="46"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="49"/>
        <source>%1
%2 covered %</source>
        <translation>%1
%2 covered %</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="50"/>
        <source>%1
change vs baseline</source>
        <translation>%1
change vs baseline</translation>
    </message>
</context>
<context>
    <name>qh::WarningsPanel</name>
    <message>
        <location filename="../../app/panels/warningspanel.cpp" line="13"/>
        <source>Import report and warnings</source>
        <translation>Import report and warnings</translation>
    </message>
    <message>
        <location filename="../../app/panels/warningspanel.cpp" line="66"/>
        <source>Click to show this facility on the map</source>
        <translation>Click to show this facility on the map</translation>
    </message>
    <message>
        <location filename="../../app/panels/warningspanel.cpp" line="86"/>
        <source>The analysis</source>
        <translation>The analysis</translation>
    </message>
</context>
<context>
    <name>qh::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="117"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>qh::cli::Analyze</name>
    <message>
        <location filename="../../app/cli/analyze.cpp" line="101"/>
        <source>%1 — walking minutes to %2 (circle: %3 min at %4 m/s)</source>
        <translation>%1 — walking minutes to %2 (circle: %3 min at %4 m/s)</translation>
    </message>
</context>
<context>
    <name>qh::cli::AnalyzeReport</name>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="34"/>
        <source>Project: %1 (%2)</source>
        <translation>Project: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="36"/>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="40"/>
        <source>Scenario: the project&apos;s plan (%1 proposed, %2 moved, %3 removed, %4 changed facilities); --baseline for the layers as loaded</source>
        <translation>Scenario: the project&apos;s plan (%1 proposed, %2 moved, %3 removed, %4 changed facilities); --baseline for the layers as loaded</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="47"/>
        <source>Scenario: baseline (the facilities as the layers have them)</source>
        <translation>Scenario: baseline (the facilities as the layers have them)</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="48"/>
        <source>Network: %1 km, %2 edges, %3 nodes, %4 part(s), %5 bytes/edge</source>
        <translation>Network: %1 km, %2 edges, %3 nodes, %4 part(s), %5 bytes/edge</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="54"/>
        <source>Population cells: %1 (%2 large ones counted at several points, %3 points in all); units: %4; facilities: %5</source>
        <translation>Population cells: %1 (%2 large ones counted at several points, %3 points in all); units: %4; facilities: %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="61"/>
        <source>Layers read:</source>
        <translation>Layers read:</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="68"/>
        <source>%1: %2 min at %3 m/s (%4 m): %5 of %6 covered (%7 of %8); balance (Gini of E2SFCA access) %9</source>
        <translation>%1: %2 min at %3 m/s (%4 m): %5 of %6 covered (%7 of %8); balance (Gini of E2SFCA access) %9</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="79"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="81"/>
        <source>%1 cov</source>
        <translation>%1 cov</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="95"/>
        <source>Targets: %1</source>
        <translation>Targets: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="99"/>
        <source>  - %1: not evaluated (%2)</source>
        <translation>  - %1: not evaluated (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="104"/>
        <source>  %1 %2: %3 (target %4); %5 of %6 units pass</source>
        <translation>  %1 %2: %3 (target %4); %5 of %6 units pass</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="105"/>
        <source>N/A </source>
        <translation>N/A </translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="105"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="105"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="110"/>
        <source> (%1 not applicable)</source>
        <translation> (%1 not applicable)</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="112"/>
        <source>; region: %1</source>
        <translation>; region: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="117"/>
        <source>Warnings (%1):</source>
        <translation>Warnings (%1):</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="121"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="132"/>
        <source>Time: %1 ms in all (%2)</source>
        <translation>Time: %1 ms in all (%2)</translation>
    </message>
</context>
<context>
    <name>qh::cli::Export</name>
    <message>
        <location filename="../../app/cli/export.cpp" line="183"/>
        <source>Wrote %1 (%2, %3)</source>
        <translation>Wrote %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>qh::cli::ImportReport</name>
    <message>
        <location filename="../../app/cli/import.cpp" line="35"/>
        <source>walking network (lines)</source>
        <translation>walking network (lines)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="36"/>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="37"/>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="38"/>
        <source>planning units (polygons)</source>
        <translation>planning units (polygons)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="39"/>
        <source>census table per unit (to join to unit polygons)</source>
        <translation>census table per unit (to join to unit polygons)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="40"/>
        <source>a table (no role found)</source>
        <translation>a table (no role found)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="49"/>
        <source>%1 declared; but %2</source>
        <translation>%1 declared; but %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="55"/>
        <source>Layer &apos;%1&apos;: %2, %n feature(s)</source>
        <translation>
            <numerusform>Layer &apos;%1&apos;: %2, %n feature</numerusform>
            <numerusform>Layer &apos;%1&apos;: %2, %n features</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="56"/>
        <source>  Proposed role: %1</source>
        <translation>  Proposed role: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="58"/>
        <source>  Coordinate columns: x = %1, y = %2</source>
        <translation>  Coordinate columns: x = %1, y = %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="60"/>
        <location filename="../../app/cli/import.cpp" line="145"/>
        <source>  CRS: %1</source>
        <translation>  CRS: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="62"/>
        <source>  Extent: %1, %2 – %3, %4</source>
        <translation>  Extent: %1, %2 – %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="67"/>
        <source>  Fields: %1</source>
        <translation>  Fields: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="67"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="72"/>
        <source>  Row %1: %2</source>
        <translation>  Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="77"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="77"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="77"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="80"/>
        <location filename="../../app/cli/import.cpp" line="82"/>
        <source>  Mapping: %1 ← column %2</source>
        <translation>  Mapping: %1 ← column %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="86"/>
        <source>  Mapping: unit name ← column %1</source>
        <translation>  Mapping: unit name ← column %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="88"/>
        <source>  Mapping: unit code ← column %1</source>
        <translation>  Mapping: unit code ← column %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="91"/>
        <source>  Mapping: population &apos;%1&apos; ← column %2</source>
        <translation>  Mapping: population &apos;%1&apos; ← column %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="93"/>
        <source>  Type values (%1):</source>
        <translation>  Type values (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="106"/>
        <source>    %1 (%n row(s)) → %2</source>
        <translation>
            <numerusform>    %1 (%n row) → %2</numerusform>
            <numerusform>    %1 (%n rows) → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="107"/>
        <source>    %1 (%n row(s)) → not mapped</source>
        <translation>
            <numerusform>    %1 (%n row) → not mapped</numerusform>
            <numerusform>    %1 (%n rows) → not mapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="110"/>
        <source>    … and %n more value(s), not mapped</source>
        <translation>
            <numerusform>    … and %n more value, not mapped</numerusform>
            <numerusform>    … and %n more values, not mapped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="113"/>
        <source>  Note: %1</source>
        <translation>  Note: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="118"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="119"/>
        <source>Driver: %1 (%2)</source>
        <translation>Driver: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="122"/>
        <source>Encoding: %1 (from the .cpg file)</source>
        <translation>Encoding: %1 (from the .cpg file)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="126"/>
        <source>Encoding: GBK (CP936), detected: there is no .cpg file and the text is not UTF-8; if names look wrong, choose another (--encoding here, &quot;encoding&quot; in the mapping file)</source>
        <translation>Encoding: GBK (CP936), detected: there is no .cpg file and the text is not UTF-8; if names look wrong, choose another (--encoding here, &quot;encoding&quot; in the mapping file)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="127"/>
        <source>Encoding: %1, detected (there is no .cpg file)</source>
        <translation>Encoding: %1, detected (there is no .cpg file)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="130"/>
        <source>Encoding: plain ASCII text (no .cpg file needed)</source>
        <translation>Encoding: plain ASCII text (no .cpg file needed)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="133"/>
        <source>Encoding: %1, as chosen</source>
        <translation>Encoding: %1, as chosen</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="139"/>
        <source>Encoding: the text is not UTF-8 (likely GBK); save the file as UTF-8 (in Excel: CSV UTF-8) and import it again</source>
        <translation>Encoding: the text is not UTF-8 (likely GBK); save the file as UTF-8 (in Excel: CSV UTF-8) and import it again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="142"/>
        <source>Raster: %1 × %2 pixels, %n band(s), pixel %3 × %4</source>
        <translation>
            <numerusform>Raster: %1 × %2 pixels, %n band, pixel %3 × %4</numerusform>
            <numerusform>Raster: %1 × %2 pixels, %n bands, pixel %3 × %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="144"/>
        <source>  Proposed role: population (people per pixel)</source>
        <translation>  Proposed role: population (people per pixel)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="146"/>
        <source>  No-data value: %1</source>
        <translation>  No-data value: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="146"/>
        <source>  No-data value: none set</source>
        <translation>  No-data value: none set</translation>
    </message>
</context>
<context>
    <name>qh::cli::NewReport</name>
    <message>
        <location filename="../../app/cli/new.cpp" line="32"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="33"/>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="34"/>
        <source>Analysis CRS: %1 (%2)</source>
        <translation>Analysis CRS: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="35"/>
        <source>Network: %1</source>
        <translation>Network: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="36"/>
        <source>Facilities: %1</source>
        <translation>Facilities: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="38"/>
        <source>  type value %1 → %2</source>
        <translation>  type value %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="40"/>
        <location filename="../../app/cli/new.cpp" line="45"/>
        <source>  %1 ← column %2</source>
        <translation>  %1 ← column %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="42"/>
        <source>  facility type %1: %2 minutes at %3 m/s</source>
        <translation>  facility type %1: %2 minutes at %3 m/s</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="43"/>
        <source>Population: %1</source>
        <translation>Population: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="49"/>
        <source>  spread over the buildings of %1</source>
        <translation>  spread over the buildings of %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="51"/>
        <source>  where a unit has none, over the residential land of %1</source>
        <translation>  where a unit has none, over the residential land of %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="52"/>
        <source>  spread over the residential land of %1</source>
        <translation>  spread over the residential land of %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="54"/>
        <source>  evenly where a unit has nothing to go by</source>
        <translation>  evenly where a unit has nothing to go by</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="56"/>
        <source>Units: none (the whole area is one unit)</source>
        <translation>Units: none (the whole area is one unit)</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="57"/>
        <source>Units: %1 (names from column %2)</source>
        <translation>Units: %1 (names from column %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="59"/>
        <source>Reference layer (drawn for context): %1</source>
        <translation>Reference layer (drawn for context): %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="61"/>
        <source>Target profile: %1</source>
        <translation>Target profile: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/new.cpp" line="63"/>
        <source>%n warning(s) while reading the layers:</source>
        <translation>
            <numerusform>%n warning while reading the layers:</numerusform>
            <numerusform>%n warnings while reading the layers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/new.cpp" line="67"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="68"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>qh::cli::Report</name>
    <message>
        <location filename="../../app/cli/report.cpp" line="87"/>
        <source>Wrote %1 (%2 pages)</source>
        <translation>Wrote %1 (%2 pages)</translation>
    </message>
</context>
<context>
    <name>qh::cli::SuggestReport</name>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="39"/>
        <source>Project: %1 (%2)</source>
        <translation>Project: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="40"/>
        <source>Goal: the least cost of new %1 sites that brings every unit up to target</source>
        <translation>Goal: the least cost of new %1 sites that brings every unit up to target</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="41"/>
        <source>Goal: the most people within the circle with %1 new %2 sites</source>
        <translation>Goal: the most people within the circle with %1 new %2 sites</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="44"/>
        <source>%1 %2 (cost %3)</source>
        <translation>%1 %2 (cost %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="45"/>
        <source>Sizes: %1</source>
        <translation>Sizes: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="46"/>
        <source>Candidates: %1 given, %2 usable</source>
        <translation>Candidates: %1 given, %2 usable</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="48"/>
        <source>proven optimal</source>
        <translation>proven optimal</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="49"/>
        <source>within %1% of the best possible (CBC&apos;s bound %2)</source>
        <translation>within %1% of the best possible (CBC&apos;s bound %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="50"/>
        <source>no bound (heuristic only)</source>
        <translation>no bound (heuristic only)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="52"/>
        <source>; the time limit was reached</source>
        <translation>; the time limit was reached</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="53"/>
        <source>Solver: %1, %2 s; %3</source>
        <translation>Solver: %1, %2 s; %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="53"/>
        <source>heuristic (greedy and local search)</source>
        <translation>heuristic (greedy and local search)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="53"/>
        <source>exact (CBC)</source>
        <translation>exact (CBC)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="57"/>
        <source>  heuristic alone: objective %1 in %2 s</source>
        <translation>  heuristic alone: objective %1 in %2 s</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="58"/>
        <source>Objective: cost %1 for %2 new sites</source>
        <translation>Objective: cost %1 for %2 new sites</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="59"/>
        <source>Objective: %1 people served</source>
        <translation>Objective: %1 people served</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="60"/>
        <source>Objective: %1 more people within the circle</source>
        <translation>Objective: %1 more people within the circle</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="61"/>
        <source>Within the %1 circle: %2 → %3 of %4 people of its group</source>
        <translation>Within the %1 circle: %2 → %3 of %4 people of its group</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="67"/>
        <source>Served, each place serving one person within reach: %1 → %2 of %3</source>
        <translation>Served, each place serving one person within reach: %1 → %2 of %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="72"/>
        <source>Suggested sites:</source>
        <translation>Suggested sites:</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="75"/>
        <source>  %1  %2  %3 %4, cost %5, %6 more served  [%7; x %8, y %9]</source>
        <translation>  %1  %2  %3 %4, cost %5, %6 more served  [%7; x %8, y %9]</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="76"/>
        <source>  %1  %2  %3 %4, cost %5, %6 newly within a circle  [%7; x %8, y %9]</source>
        <translation>  %1  %2  %3 %4, cost %5, %6 newly within a circle  [%7; x %8, y %9]</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="78"/>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="88"/>
        <source>  none needed</source>
        <translation>  none needed</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="90"/>
        <source>Units, checked by a fresh analysis with the sites added:</source>
        <translation>Units, checked by a fresh analysis with the sites added:</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="96"/>
        <source>  %1: %2 of %3 units pass before, %4 after</source>
        <translation>  %1: %2 of %3 units pass before, %4 after</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="104"/>
        <source>Every unit meets every target aimed at.</source>
        <translation>Every unit meets every target aimed at.</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="104"/>
        <source>Not every unit meets every target aimed at:</source>
        <translation>Not every unit meets every target aimed at:</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="108"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="111"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="227"/>
        <source>Suggested site</source>
        <translation>Suggested site</translation>
    </message>
</context>
<context>
    <name>qh::cli::Tables</name>
    <message>
        <location filename="../../app/cli/tables.cpp" line="79"/>
        <source>Wrote %1 (%2 units)</source>
        <translation>Wrote %1 (%2 units)</translation>
    </message>
</context>
</TS>
