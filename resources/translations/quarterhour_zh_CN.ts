<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="29"/>
        <source>15-minute service circles for elderly care and childcare</source>
        <translation>养老托育一刻钟服务圈规划</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="33"/>
        <source>Print the version and those of GDAL, GEOS, PROJ and Qt.</source>
        <translation>显示版本号及所用 GDAL、GEOS、PROJ 和 Qt 的版本。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="35"/>
        <source>Project file (.qhproj); the bundled Liechtenstein sample when omitted.</source>
        <translation>项目文件（.qhproj）；省略时打开内置的列支敦士登示例。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="38"/>
        <source>Save a PNG of the window once the project is shown, then quit.</source>
        <translation>项目显示后将窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="42"/>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>qh</name>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="54"/>
        <source>Baseline: the facilities as the layers have them</source>
        <translation>现状：图层中的设施</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="55"/>
        <source>Plan: %1 proposed, %2 moved, %3 removed, %4 changed</source>
        <translation>规划方案：新增 %1 处，迁移 %2 处，撤除 %3 处，调整 %4 处</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="65"/>
        <source>Coordinate system: not set</source>
        <translation>坐标系：未设置</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="66"/>
        <source>Coordinate system: %1 (%2)</source>
        <translation>坐标系：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="73"/>
        <source>Target profile: none set; no indicator is evaluated</source>
        <translation>指标体系：未设置，不评价任何指标</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="78"/>
        <source>Target profile: %1</source>
        <translation>指标体系：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="80"/>
        <source> — sources: %1</source>
        <translation> —— 依据：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="91"/>
        <source>Made on %1 with %2</source>
        <translation>%1 由 %2 生成</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="102"/>
        <source>%1: %2 min at %3 m/s</source>
        <translation>%1：%2 分钟，步速 %3 米/秒</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="106"/>
        <source>Walking circles: %1</source>
        <translation>步行生活圈：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="106"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../core/render/exportcontext.cpp" line="108"/>
        <source>Data: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="59"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="59"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="59"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="72"/>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="176"/>
        <location filename="../../core/engine/io/unittable.cpp" line="76"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="176"/>
        <location filename="../../core/engine/io/unittable.cpp" line="77"/>
        <location filename="../../core/engine/io/unittable.cpp" line="165"/>
        <location filename="../../core/engine/io/unittable.cpp" line="208"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="79"/>
        <source>%1 (people)</source>
        <translation>%1（人）</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="82"/>
        <source>%1: facilities</source>
        <translation>%1：设施数</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="88"/>
        <source>%1: %2 per 1,000 %3</source>
        <translation>%1：每千%3%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="91"/>
        <source>%1: %2 within %3 min (%)</source>
        <translation>%1：%3 分钟内%2占比（%）</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="100"/>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="188"/>
        <location filename="../../core/engine/io/unittable.cpp" line="101"/>
        <source>%1: target</source>
        <translation>%1：目标</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="189"/>
        <location filename="../../core/engine/io/unittable.cpp" line="102"/>
        <source>%1: meets target</source>
        <translation>%1：是否达标</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="190"/>
        <location filename="../../core/engine/io/unittable.cpp" line="103"/>
        <source>%1: warning class</source>
        <translation>%1：预警等级</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="191"/>
        <source>%1: gap</source>
        <translation>%1：缺口</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="213"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="216"/>
        <source>over %1 min</source>
        <translation>超过 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="218"/>
        <source>Unit code</source>
        <translation>单元代码</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="221"/>
        <source>Walking minutes to %1</source>
        <translation>步行至%1的时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="104"/>
        <source>%1: gap or why not applicable</source>
        <translation>%1：缺口或不适用原因</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="118"/>
        <location filename="../../core/engine/io/unittable.cpp" line="121"/>
        <location filename="../../core/engine/io/unittable.cpp" line="144"/>
        <location filename="../../core/engine/io/unittable.cpp" line="147"/>
        <source>no residents</source>
        <translation>无居民</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="130"/>
        <location filename="../../core/engine/io/unittable.cpp" line="219"/>
        <source>Whole region</source>
        <translation>全域</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="159"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="164"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="164"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="165"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="230"/>
        <location filename="../../core/engine/io/unittable.cpp" line="169"/>
        <source>Distance to the network (m)</source>
        <translation>距路网距离（米）</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="170"/>
        <source>People within its circle</source>
        <translation>服务圈内人口</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="183"/>
        <source>outside every unit</source>
        <translation>不在任何单元内</translation>
    </message>
    <message>
        <location filename="../../core/render/qgisstyle.cpp" line="229"/>
        <location filename="../../core/engine/io/unittable.cpp" line="184"/>
        <source>proposed</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="184"/>
        <source>existing</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="189"/>
        <source>off the network</source>
        <translation>不在路网附近</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="209"/>
        <source>Value (%)</source>
        <translation>数值（%）</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="209"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="210"/>
        <source>Target (%)</source>
        <translation>目标（%）</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="210"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="211"/>
        <source>Meets target</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="212"/>
        <source>Warning class</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/unittable.cpp" line="213"/>
        <source>Gap or why not applicable</source>
        <translation>缺口或不适用原因</translation>
    </message>
</context>
<context>
    <name>qh::BalancePanel</name>
    <message>
        <location filename="../../app/panels/balancepanel.cpp" line="10"/>
        <source>Balance (资源均衡)</source>
        <translation>资源均衡</translation>
    </message>
    <message>
        <location filename="../../app/panels/balancepanel.cpp" line="39"/>
        <source>%1 (for: %2)</source>
        <translation>%1（对应指标：%2）</translation>
    </message>
</context>
<context>
    <name>qh::DatabaseDialog</name>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="29"/>
        <source>Layer from a PostGIS database</source>
        <translation>从 PostGIS 数据库添加图层</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="31"/>
        <source>A server name or address; a folder for a local server&apos;s socket</source>
        <translation>服务器名称或地址；本机服务器可填其套接字所在文件夹</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="39"/>
        <source>kept for this session only, never saved</source>
        <translation>仅本次使用，不会保存</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="44"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="47"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="48"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="49"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="50"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="51"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="58"/>
        <source>Tables:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="102"/>
        <source>Give the database&apos;s name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/databasedialog.cpp" line="113"/>
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1（%2，%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/databasedialog.cpp" line="117"/>
        <source>Connected; the database has no tables.</source>
        <translation>已连接；该数据库中没有数据表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/databasedialog.cpp" line="118"/>
        <source>Connected: %n table(s). Choose one.</source>
        <translation>
            <numerusform>已连接：共 %n 张数据表，请选择一张。</numerusform>
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
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="42"/>
        <source>The map as shown now</source>
        <translation>当前显示的地图</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="43"/>
        <source>Five-colour warning map</source>
        <translation>五色预警图</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="44"/>
        <source>Walking minutes to the nearest facility</source>
        <translation>步行至最近设施的时间</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="45"/>
        <source>Service circles (catchments)</source>
        <translation>服务圈（服务范围）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="46"/>
        <source>Population density</source>
        <translation>人口密度</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="47"/>
        <source>Facility map for the public (names)</source>
        <translation>面向公众的设施地图（含名称）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="49"/>
        <source>The plan against the baseline</source>
        <translation>规划方案与现状对比</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="52"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="52"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="53"/>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="53"/>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="56"/>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="56"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="57"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="57"/>
        <source>TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="62"/>
        <source> DPI</source>
        <translation> 点/英寸</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="64"/>
        <source>What the map shows</source>
        <translation>地图内容</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="65"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="66"/>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="67"/>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="68"/>
        <source>Overview</source>
        <translation>鹰眼图</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="69"/>
        <source>A small map of the whole region, the part shown outlined (for the map as shown now)</source>
        <translation>全域小图，红框标出当前显示的范围（用于当前显示的地图）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="77"/>
        <source>Map:</source>
        <translation>地图：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="78"/>
        <source>Indicator or type:</source>
        <translation>指标或类型：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="79"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="80"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="81"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="82"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="83"/>
        <source>Elements:</source>
        <translation>图面要素：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="90"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/exportmapdialog.cpp" line="199"/>
        <source>No indicator can be shown: the project has no target profile, or none is evaluated.</source>
        <translation>没有可显示的指标：项目未设置指标体系，或没有指标可以评价。</translation>
    </message>
</context>
<context>
    <name>qh::Exporter</name>
    <message>
        <location filename="../../app/exporter.cpp" line="133"/>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="133"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="144"/>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>已取消导出；%1 未被改动。</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="153"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="180"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="180"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="188"/>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="188"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="194"/>
        <source>Export GeoPackage</source>
        <translation>导出 GeoPackage</translation>
    </message>
    <message>
        <location filename="../../app/exporter.cpp" line="194"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>qh::FacilitiesPanel</name>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="16"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>Capacity</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="31"/>
        <source>People in its circle</source>
        <translation>服务圈内人数</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="32"/>
        <source>Serves nobody because</source>
        <translation>无服务对象的原因</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="51"/>
        <source>proposed</source>
        <translation>规划新增</translation>
    </message>
    <message>
        <location filename="../../app/panels/facilitiespanel.cpp" line="51"/>
        <source>existing</source>
        <translation>现状</translation>
    </message>
</context>
<context>
    <name>qh::FacilityDialog</name>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="23"/>
        <source>Proposed facility %1</source>
        <translation>规划设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="23"/>
        <source>Facility %1</source>
        <translation>设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="28"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="29"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="30"/>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="31"/>
        <source>Nursing beds</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="32"/>
        <source>Childcare places</source>
        <translation>托位</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="33"/>
        <source>Kindergarten places</source>
        <translation>幼儿园学位</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="34"/>
        <source>Inclusive places</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/facilitydialog.cpp" line="47"/>
        <source>An existing facility: a change of capacity (an expansion 扩建, or a cut) goes into the plan and is compared with the baseline; the data layer is not changed. To close it, delete it with the Delete tool.</source>
        <translation>现状设施：规模调整（扩建或缩减）记入规划方案，并与现状对比；不会修改数据图层。如需关闭该设施，请用“删除设施”工具删除。</translation>
    </message>
</context>
<context>
    <name>qh::FacilityMappingPage</name>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="356"/>
        <source>Facility columns and types</source>
        <translation>设施字段与类型</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="357"/>
        <source>What was found in the facility file; correct anything that is wrong.</source>
        <translation>以下为从设施文件中识别出的内容；如有不对请修改。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="362"/>
        <source>Capacity</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="362"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="363"/>
        <source>Value in the type column</source>
        <translation>类型列取值</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="363"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="363"/>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="369"/>
        <source>Name column:</source>
        <translation>名称列：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="370"/>
        <source>Type column:</source>
        <translation>类型列：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="373"/>
        <source>Capacities:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="375"/>
        <source>Type values (values left out are not analysed):</source>
        <translation>类型取值（不参与的取值不作分析）：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="448"/>
        <source>(leave out)</source>
        <translation>（不参与）</translation>
    </message>
</context>
<context>
    <name>qh::Feedback</name>
    <message>
        <location filename="../../core/engine/coverage/model.cpp" line="57"/>
        <source>building the walking network</source>
        <translation>构建步行路网</translation>
    </message>
    <message>
        <location filename="../../core/engine/coverage/model.cpp" line="187"/>
        <location filename="../../core/engine/siting/suggest.cpp" line="231"/>
        <source>searching from every facility</source>
        <translation>逐个设施计算服务圈</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="400"/>
        <source>reading the walking network</source>
        <translation>读取步行路网</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="405"/>
        <source>reading facilities</source>
        <translation>读取设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="417"/>
        <source>reading population</source>
        <translation>读取人口</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="414"/>
        <source>reading units</source>
        <translation>读取单元</translation>
    </message>
    <message>
        <location filename="../../core/engine/coverage/reach.cpp" line="114"/>
        <source>searching from every candidate site</source>
        <translation>逐个候选点计算服务圈</translation>
    </message>
    <message>
        <location filename="../../core/engine/siting/suggest.cpp" line="283"/>
        <source>choosing sites</source>
        <translation>选址求解</translation>
    </message>
</context>
<context>
    <name>qh::IndicatorPanel</name>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="22"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="24"/>
        <source>Failing units only</source>
        <translation>仅显示未达标单元</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="36"/>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="39"/>
        <source>The default target of this indicator; kept in the project</source>
        <translation>该指标的默认目标值，保存在项目中</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="91"/>
        <source>%1 (not evaluated)</source>
        <translation>%1（未评估）</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Value</source>
        <translation>现值</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Class</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="108"/>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="109"/>
        <source>Change vs baseline</source>
        <translation>较现状变化</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="128"/>
        <source>Not evaluated: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="148"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="148"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/panels/indicatorpanel.cpp" line="148"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>qh::IndicatorText</name>
    <message>
        <location filename="../../app/indicatortext.cpp" line="35"/>
        <source>%1 %2 outside the %3-minute circle</source>
        <translation>%1 名%2在 %3 分钟服务圈之外</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="41"/>
        <source>%1 more %2</source>
        <translation>%2缺口 %1</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="44"/>
        <source>no %1 facility with %2 in this unit</source>
        <translation>本单元没有设有%2的%1设施</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="45"/>
        <source>%1 more units need a %2 facility with %3</source>
        <translation>还需 %1 个单元设置设有%3的%2设施</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="46"/>
        <source>no %1 facility in this unit</source>
        <translation>本单元没有%1设施</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="47"/>
        <source>%1 more units need a %2 facility</source>
        <translation>还有 %1 个单元需要%2设施</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="49"/>
        <source>%1 m² more floor space</source>
        <translation>还差 %1 平方米建筑面积</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="51"/>
        <source>%1 m² more land</source>
        <translation>还差 %1 平方米用地</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="58"/>
        <source>not applicable: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="74"/>
        <source>its type is not one of the project&apos;s facility types</source>
        <translation>其类型不属于本项目的设施类型</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="76"/>
        <source>no walkable street within %1 m: it reaches no one</source>
        <translation>%1 米内没有可步行道路：服务不到任何人</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="78"/>
        <source>outside every planning unit (outside the study area)</source>
        <translation>不在任何规划单元内（位于研究范围之外）</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="82"/>
        <source>no %1 within its %2-minute circle (on a network island, or where no one lives)</source>
        <translation>其 %2 分钟服务圈内没有%1（位于路网孤岛上，或周边无人居住）</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="101"/>
        <source>%1, proposed</source>
        <translation>%1，规划新增</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="101"/>
        <source>%1, existing</source>
        <translation>%1，现状</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="107"/>
        <source>%1 %2 within its circle</source>
        <translation>服务圈内%2 %1 人</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="113"/>
        <source>Serves nobody: %1</source>
        <translation>无服务对象：%1</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="126"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/indicatortext.cpp" line="65"/>
        <source>meets the target</source>
        <translation>已达标</translation>
    </message>
</context>
<context>
    <name>qh::LayerFilePage</name>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="46"/>
        <source>a table without geometry</source>
        <translation>无几何的表格</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="48"/>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="50"/>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="52"/>
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="53"/>
        <source>mixed geometry</source>
        <translation>混合几何</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="59"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="60"/>
        <source>PostGIS database</source>
        <translation>PostGIS 数据库</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="61"/>
        <source>Shapefile</source>
        <translation>Shapefile 文件</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="62"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="63"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="64"/>
        <source>OpenStreetMap data</source>
        <translation>OpenStreetMap 数据</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="65"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="66"/>
        <source>ArcGIS file geodatabase</source>
        <translation>ArcGIS 文件地理数据库</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="67"/>
        <source>GeoTIFF raster</source>
        <translation>GeoTIFF 栅格</translation>
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
        <translation>步行路网</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="90"/>
        <source>An OSM extract (.pbf, .osm) or any line layer of walkable streets and paths.</source>
        <translation>OSM 数据（.pbf、.osm），或任何可步行道路的线图层。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="93"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="94"/>
        <source>Points or polygons, or a table (Excel, CSV) with coordinate columns such as 经度/纬度.</source>
        <translation>点或面，或带坐标列（如经度/纬度）的表格（Excel、CSV）。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="97"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="98"/>
        <source>A grid or points with counts, or a raster of people per pixel (WorldPop).</source>
        <translation>带人数的格网或点，或每像元人数的栅格（WorldPop）。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="101"/>
        <source>Planning units</source>
        <translation>规划单元</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="102"/>
        <source>Polygons of streets (街道) or communities (社区); optional: without them the whole area is one unit.</source>
        <translation>街道或社区的面；可选：不提供时全域作为一个单元。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="106"/>
        <source>a file, or a database: PG:host=… dbname=… tables=…</source>
        <translation>文件，或数据库：PG:host=… dbname=… tables=…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="107"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="108"/>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="110"/>
        <source>A table of a PostGIS database</source>
        <translation>PostGIS 数据库中的一张表</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="125"/>
        <source>the file&apos;s own</source>
        <translation>文件自带</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="126"/>
        <source>Layer CRS:</source>
        <translation>图层坐标系：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="128"/>
        <source>automatic (.cpg, or detected)</source>
        <translation>自动（.cpg 文件或自动识别）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="129"/>
        <source>GBK (CP936)</source>
        <translation>GBK（CP936）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="132"/>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="136"/>
        <source>Residents column:</source>
        <translation>常住人口列：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="136"/>
        <source>Name column:</source>
        <translation>名称列：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="141"/>
        <source>A table of counts per street or community is joined to the units by this column and spread over their buildings</source>
        <translation>按街道或社区统计的人数表按此列与单元连接，并分配到单元内的建筑上</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="142"/>
        <source>Unit column (census tables):</source>
        <translation>单元列（人口统计表）：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="147"/>
        <source>all units; e.g. 乡 = &apos;望京街道&apos; for one</source>
        <translation>全部单元；如只取一个：乡 = &apos;望京街道&apos;</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="148"/>
        <source>Only units where:</source>
        <translation>仅限满足条件的单元：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="156"/>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="161"/>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.pbf *.osm *.tif *.tiff *.gdb);;All files (*)</source>
        <translation>GIS 文件 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.pbf *.osm *.tif *.tiff *.gdb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="289"/>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="300"/>
        <source>Text encoding: %1, detected (no .cpg file)</source>
        <translation>文本编码：%1，自动识别（没有 .cpg 文件）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="300"/>
        <source>GBK</source>
        <translation>GBK</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="302"/>
        <source>Text encoding: %1 (from the .cpg file)</source>
        <translation>文本编码：%1（来自 .cpg 文件）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="304"/>
        <source>The text is not UTF-8 (likely GBK): save the file as UTF-8 and choose it again.</source>
        <translation>文本不是 UTF-8（可能是 GBK）：请另存为 UTF-8 后重新选择。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="306"/>
        <source>Raster: %1 × %2 pixels, %3 band(s)</source>
        <translation>栅格：%1 × %2 像元，%3 个波段</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="307"/>
        <location filename="../../app/dialogs/wizardpages.cpp" line="318"/>
        <source>CRS: %1</source>
        <translation>坐标系：%1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="311"/>
        <source>No layer of this file can play this role.</source>
        <translation>该文件中没有可用于此用途的图层。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="313"/>
        <source>Layer: %1 (%2, %3 features)</source>
        <translation>图层：%1（%2，%3 个要素）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="315"/>
        <source>The file has no CRS: confirm or give one under Layer CRS.</source>
        <translation>文件没有坐标系：请在“图层坐标系”中确认或填写。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="317"/>
        <source>Coordinate columns: x = %1, y = %2</source>
        <translation>坐标列：x = %1，y = %2</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/wizardpages.cpp" line="342"/>
        <source>A table of counts per unit: it is joined to the units and spread over their buildings (or evenly).</source>
        <translation>按单元统计的人数表：将与单元连接，并分配到单元内的建筑上（无建筑时均匀分配）。</translation>
    </message>
</context>
<context>
    <name>qh::LayerModel</name>
    <message>
        <location filename="../../app/layermodel.cpp" line="29"/>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="30"/>
        <location filename="../../app/mainwindow.cpp" line="409"/>
        <source>Population cells</source>
        <translation>人口格网</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="31"/>
        <source>Catchments (walking circles)</source>
        <translation>服务圈范围（步行）</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="32"/>
        <source>Walking network</source>
        <translation>步行路网</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="33"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="34"/>
        <source>Unit names</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="54"/>
        <source>%1 (cannot be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <location filename="../../app/layermodel.cpp" line="90"/>
        <source>This reference layer could not be read (see the import report); it stays in the project until you remove it</source>
        <translation>无法读取此参考图层（见导入报告）；在您移除之前，它会保留在项目中</translation>
    </message>
</context>
<context>
    <name>qh::LayersPanel</name>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="23"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="40"/>
        <source>Draw later (up)</source>
        <translation>上移（后绘制）</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="41"/>
        <source>Draw earlier (down)</source>
        <translation>下移（先绘制）</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="45"/>
        <source>Remove reference layer</source>
        <translation>移除参考图层</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="52"/>
        <source>Cells show</source>
        <translation>格网显示</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="53"/>
        <source>Units show</source>
        <translation>单元显示</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="57"/>
        <source>Opacity of selected layer</source>
        <translation>所选图层透明度</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="58"/>
        <source>Colour of selected layer…</source>
        <translation>所选图层颜色…</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="62"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="63"/>
        <source>Facility symbol size</source>
        <translation>设施符号大小</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="135"/>
        <source>Colours can be set for the network, the unit outlines and reference layers</source>
        <translation>可为路网、单元边界和参考图层设置颜色</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="138"/>
        <source>Layer colour</source>
        <translation>图层颜色</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="157"/>
        <source>Population density</source>
        <translation>人口密度</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="159"/>
        <source>Walking minutes to %1</source>
        <translation>步行至%1的分钟数</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="169"/>
        <source>Plain</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerspanel.cpp" line="172"/>
        <source>Warning map: %1</source>
        <translation>五色预警图：%1</translation>
    </message>
</context>
<context>
    <name>qh::LorenzWidget</name>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="27"/>
        <source>%1 — Gini %2</source>
        <translation>%1 — 基尼系数 %2</translation>
    </message>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="45"/>
        <source>share of people</source>
        <translation>人口累计占比</translation>
    </message>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="49"/>
        <source>share of supply</source>
        <translation>资源累计占比</translation>
    </message>
</context>
<context>
    <name>qh::MainWindow</name>
    <message>
        <location filename="../../app/commands.cpp" line="10"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="16"/>
        <source>Move facility %1</source>
        <translation>移动设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="22"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="29"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="59"/>
        <source>QuarterHour</source>
        <translation>一刻钟服务圈规划</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="171"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="173"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="58"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="58"/>
        <location filename="../../app/mainwindowdialogs.cpp" line="65"/>
        <source>QuarterHour projects (*.qhproj)</source>
        <translation>一刻钟项目 (*.qhproj)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="174"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="176"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="177"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="65"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="178"/>
        <source>Add &amp;facilities from a file…</source>
        <translation>从文件添加设施(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="73"/>
        <source>Add facilities</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="74"/>
        <source>Point layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</source>
        <translation>点图层 (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="172"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="111"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="112"/>
        <source>%1

The database asks for a password. It is kept while QuarterHour runs, never saved in the project.</source>
        <translation>%1

数据库要求输入密码。密码仅在 QuarterHour 运行期间保留，不会保存到项目中。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="179"/>
        <source>Add &amp;reference layer…</source>
        <translation>添加参考图层(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="181"/>
        <source>Export &amp;map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="182"/>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="183"/>
        <source>Export &amp;tables…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="184"/>
        <source>Export &amp;GeoPackage…</source>
        <translation>导出 GeoPackage(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="188"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="192"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="193"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="194"/>
        <source>Zoom to selected &amp;unit</source>
        <translation>缩放至所选单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="196"/>
        <source>&amp;Basemap…</source>
        <translation>底图(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="198"/>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="199"/>
        <source>&amp;Suggest sites…</source>
        <translation>选址建议(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="214"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="215"/>
        <source>&amp;About QuarterHour</source>
        <translation>关于一刻钟服务圈规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="42"/>
        <source>Computing catchments for the export …</source>
        <translation>正在为导出计算服务范围 …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="83"/>
        <source>&lt;h3&gt;QuarterHour · 一刻钟服务圈规划&lt;/h3&gt;&lt;p&gt;15-minute service circles for elderly care and childcare.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data licences&lt;/b&gt;&lt;br&gt;Bundled sample: map data © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0.&lt;br&gt;Population grids you load keep their own licences, e.g. WorldPop and Helsinki HSY under Creative Commons Attribution (CC BY 4.0); maps and reports name them.&lt;/p&gt;&lt;p&gt;Target profiles cite the municipal plans and national standards they come from.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QuarterHour · 一刻钟服务圈规划&lt;/h3&gt;&lt;p&gt;养老和托育设施一刻钟服务圈规划工具。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据许可&lt;/b&gt;&lt;br&gt;内置示例：地图数据 © OpenStreetMap 贡献者，采用开放数据库许可（ODbL）1.0。&lt;br&gt;用户加载的人口格网保留其各自的许可，例如 WorldPop 和赫尔辛基 HSY 数据采用知识共享署名许可（CC BY 4.0）；地图和报告中均注明其来源。&lt;/p&gt;&lt;p&gt;各指标方案均注明所依据的地方规划和国家标准。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="97"/>
        <source>About QuarterHour</source>
        <translation>关于一刻钟服务圈规划</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="104"/>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="105"/>
        <source>XYZ tile URL with {z}, {x}, {y} (e.g. Tianditu with your key, or an OpenStreetMap tile server). Leave empty for none.</source>
        <translation>XYZ 瓦片地址，含 {z}、{x}、{y}（如带密钥的天地图，或 OpenStreetMap 瓦片服务）。留空表示不用底图。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="136"/>
        <source>Add reference layer</source>
        <translation>添加参考图层</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="137"/>
        <source>Maps and plans (*.gpkg *.shp *.geojson *.json *.kml *.gdb *.tif *.tiff *.png *.jpg *.csv *.xlsx);;All files (*)</source>
        <translation>地图与规划 (*.gpkg *.shp *.geojson *.json *.kml *.gdb *.tif *.tiff *.png *.jpg *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="154"/>
        <source>Added the reference layer %1</source>
        <translation>已添加参考图层 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="161"/>
        <source>Could not add the reference layer</source>
        <translation>无法添加参考图层</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="162"/>
        <source>Could not add the reference layer: %1</source>
        <translation>无法添加参考图层：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="174"/>
        <source>Removed the reference layer %1 (the file itself is untouched)</source>
        <translation>已移除参考图层 %1（文件本身未改动）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="186"/>
        <source>Removed the reference layer %1 from the project</source>
        <translation>已从项目中移除参考图层 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="422"/>
        <source>%1: %2 cells, %3 facilities, %4 km of walking network</source>
        <translation>%1：%2 个格网，%3 处设施，步行路网 %4 公里</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="204"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="210"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="210"/>
        <source>The language changes when QuarterHour starts next time.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="369"/>
        <source>Loading %1 …</source>
        <translation>正在加载 %1 …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="130"/>
        <location filename="../../app/mainwindow.cpp" line="132"/>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="137"/>
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="393"/>
        <source>Recovered unsaved work</source>
        <translation>已恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="398"/>
        <source>Some layers were not where the project said and were found again:
%1
Save the project to keep the new places.</source>
        <translation>部分图层不在项目记录的位置，已重新找到：
%1
保存项目以记住新位置。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="401"/>
        <source>Layers found again</source>
        <translation>已找到图层</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="195"/>
        <source>Zoom to selected &amp;layer</source>
        <translation>缩放至所选图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="147"/>
        <source>Recomputed for %1</source>
        <translation>已按 %1 重新计算</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="151"/>
        <source>Recomputing cancelled; the previous settings stay</source>
        <translation>已取消重新计算，保留原设置</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="152"/>
        <source>Could not recompute: %1</source>
        <translation>无法重新计算：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="117"/>
        <source>Added %1 proposed facilities from %2%3</source>
        <translation>已从 %2 添加 %1 处规划设施%3</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="120"/>
        <source> (%1 warnings)</source>
        <translation>（%1 条警告）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="125"/>
        <source>Could not add facilities</source>
        <translation>无法添加设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindowdialogs.cpp" line="126"/>
        <source>Could not add facilities: %1</source>
        <translation>无法添加设施：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="141"/>
        <source>Recomputing: %1</source>
        <translation>正在重新计算：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="409"/>
        <source>Population points</source>
        <translation>人口点</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="421"/>
        <source>%1: %2 population points, %3 facilities, %4 km of walking network</source>
        <translation>%1：%2 个人口点，%3 处设施，步行路网 %4 公里</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="428"/>
        <source>%1 is open in another QuarterHour window: changes made here are not autosaved</source>
        <translation>%1 已在另一个窗口中打开：此处的修改不会自动保存</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="462"/>
        <source>Computing catchments: %1 to go …</source>
        <translation>正在计算服务圈范围：还剩 %1 处 …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="505"/>
        <source>QuarterHour — %1%2</source>
        <translation>一刻钟服务圈规划 — %1%2</translation>
    </message>
</context>
<context>
    <name>qh::MapCanvas</name>
    <message>
        <location filename="../../app/mapcanvas.cpp" line="145"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../../app/mapcanvas.cpp" line="164"/>
        <source>Basemap tiles: %1</source>
        <translation>底图瓦片：%1</translation>
    </message>
</context>
<context>
    <name>qh::MapPage</name>
    <message>
        <location filename="../../core/render/mappage.cpp" line="117"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
<context>
    <name>qh::MapScene</name>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="351"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="354"/>
        <source>severe shortfall</source>
        <translation>严重不足</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="356"/>
        <source>shortfall</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="358"/>
        <source>near target</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="360"/>
        <source>slight shortfall</source>
        <translation>略有不足</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="362"/>
        <source>nearly met</source>
        <translation>接近达标</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="364"/>
        <source>meets target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../core/engine/targets/evaluate.cpp" line="366"/>
        <source>well above target</source>
        <translation>远超目标</translation>
    </message>
    <message>
        <location filename="../../core/render/mapscene.cpp" line="187"/>
        <source>%1 (%2 of target)</source>
        <translation>%1（目标的 %2）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="32"/>
        <source>Units (light fill): %1</source>
        <translation>单元（浅色填充）：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="33"/>
        <source>Units: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="39"/>
        <source>not applicable (nothing to divide by)</source>
        <translation>不适用（无计算基数）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="50"/>
        <source>People (dot area by number): walking minutes to %1</source>
        <translation>人口点（点面积表示人数）：步行至%1的分钟数</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="51"/>
        <source>Cells: walking minutes to %1</source>
        <translation>格网：步行至%1的分钟数</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="54"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="61"/>
        <source>%1 (dot area by number)</source>
        <translation>%1（点面积表示人数）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="62"/>
        <source>largest dot: %1 people</source>
        <translation>最大点：%1 人</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="67"/>
        <source>Cells: %1 per hectare</source>
        <translation>格网：每公顷%1</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="80"/>
        <source>Catchments (streets within the circle)</source>
        <translation>服务圈范围（圈内可达街道）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="90"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="111"/>
        <source>Reference layers (for context, not analysed)</source>
        <translation>参考图层（仅作底图参考，不参与分析）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="57"/>
        <source>over %1 min / not reached</source>
        <translation>超过 %1 分钟 / 不可达</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="99"/>
        <source>moved by the plan (from the grey ring)</source>
        <translation>规划迁移（自灰色圆圈处迁出）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="102"/>
        <source>removed by the plan</source>
        <translation>规划撤除</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="106"/>
        <source>serves nobody (see its card)</source>
        <translation>无服务对象（详见设施信息）</translation>
    </message>
    <message>
        <location filename="../../core/render/legend.cpp" line="60"/>
        <location filename="../../core/render/legend.cpp" line="66"/>
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
</context>
<context>
    <name>qh::MapTheme</name>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="87"/>
        <source>Five-colour warning map: %1</source>
        <translation>五色预警图：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="89"/>
        <source>Walking minutes to the nearest %1</source>
        <translation>步行至最近%1的时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="91"/>
        <source>Service circles of every facility type</source>
        <translation>各类设施服务圈</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="93"/>
        <source>Population density</source>
        <translation>人口密度</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="95"/>
        <source>Service facilities</source>
        <translation>服务设施分布</translation>
    </message>
    <message>
        <location filename="../../core/render/maptheme.cpp" line="97"/>
        <source>The plan: %1</source>
        <translation>规划方案：%1</translation>
    </message>
</context>
<context>
    <name>qh::Message</name>
    <message>
        <location filename="../../core/engine/message.cpp" line="25"/>
        <source>between %1 and %2 %3</source>
        <translation>%1 至 %2 %3 之间</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="26"/>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="28"/>
        <source>%1, layer &apos;%2&apos;</source>
        <translation>%1，图层“%2”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="29"/>
        <source>%1, layer &apos;%2&apos;, feature %3</source>
        <translation>%1，图层“%2”，要素 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="30"/>
        <source>facility %1</source>
        <translation>设施 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="31"/>
        <source>facility %1 (%2)</source>
        <translation>设施 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="33"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="34"/>
        <source>%1: is not a regular file (a pipe or a device); save it as a file first</source>
        <translation>%1：不是普通文件（是管道或设备）；请先另存为文件</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="35"/>
        <source>%1: is a folder, not a data file</source>
        <translation>%1：是文件夹，不是数据文件</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="36"/>
        <source>%1: cannot be read (check its permissions)</source>
        <translation>%1：无法读取（请检查访问权限）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="37"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="38"/>
        <source>%1…: the connection holds a password, which would be saved in the project and shown in messages; remove it and keep it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1…：连接串中含有密码，它会被写入项目文件并显示在提示中；请删去密码，改存于 ~/.pgpass 或环境变量 PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="40"/>
        <source>%1: cannot open the database%2; check the server is running, the database name and the user (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>%1：无法打开数据库%2；请检查服务器是否在运行、数据库名称和用户（密码请存于 ~/.pgpass 或 PGPASSWORD）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="42"/>
        <source>%1: the database has no table &apos;%2&apos; (tables: %3)</source>
        <translation>%1：数据库中没有数据表“%2”（现有数据表：%3）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="43"/>
        <source>%1: not a GIS format GDAL can read%2</source>
        <translation>%1：不是 GDAL 能读取的 GIS 格式%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="44"/>
        <source>%1: not a vector GIS format GDAL can read%2</source>
        <translation>%1：不是 GDAL 能读取的矢量 GIS 格式%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="45"/>
        <source>%1: has no layer &apos;%2&apos; (layers: %3)</source>
        <translation>%1：没有图层“%2”（现有图层：%3）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="46"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="47"/>
        <source>%1: the %2 layer has no features</source>
        <translation>%1：%2图层没有要素</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="48"/>
        <source>%1: the %2 layer has no coordinate reference system; assign one (e.g. in QGIS: Layer ▸ Set CRS) and try again</source>
        <translation>%1：%2图层没有坐标参考系；请先指定一个（例如在 QGIS 中：图层 ▸ 设置坐标参考系）后重试</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="50"/>
        <source>the coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="51"/>
        <source>%1: name both coordinate columns (x or longitude, and y or latitude)</source>
        <translation>%1：请同时指定两个坐标列（x 或经度，y 或纬度）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="52"/>
        <source>%1: the CRS &apos;%2&apos; given for it cannot be read (%3); give an EPSG code such as EPSG:4490</source>
        <translation>%1：为其指定的坐标系“%2”无法识别（%3）；请给出 EPSG 代码，如 EPSG:4490</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="53"/>
        <source>%1: the filter &apos;%2&apos; cannot be applied; check the column names and quotes (e.g. 乡 = &apos;望京街道&apos;)</source>
        <translation>%1：筛选条件“%2”无法使用；请检查列名和引号（如 乡 = &apos;望京街道&apos;）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="54"/>
        <source>%1: no feature of the %2 layer matches the filter &apos;%3&apos;</source>
        <translation>%1：%2图层中没有要素满足筛选条件“%3”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="55"/>
        <source>%1: has no field &apos;%2&apos; (needed for %3)</source>
        <translation>%1：没有字段“%2”（%3需要该字段）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="56"/>
        <source>%1: the network layer has no walkable lines</source>
        <translation>%1：路网图层中没有可步行的线</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="57"/>
        <source>%1: the network layer has no walkable lines (%2 ways were not walkable under the profile&apos;s filter)</source>
        <translation>%1：路网图层中没有可步行的线（%2 条道路按步行筛选条件不可步行）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="59"/>
        <source>%1: the units layer has no polygons</source>
        <translation>%1：单元图层中没有面要素</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="60"/>
        <source>%1: no such project file</source>
        <translation>%1：项目文件不存在</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="61"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="64"/>
        <source>the text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="65"/>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="66"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="67"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="68"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="69"/>
        <source>%1: not a QuarterHour project (JSON error at byte %2: %3)</source>
        <translation>%1：不是 QuarterHour 项目（JSON 错误，位于第 %2 字节：%3）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="70"/>
        <source>not a QuarterHour project (&quot;format&quot; must be &quot;quarterhour-project&quot;)</source>
        <translation>不是 QuarterHour 项目（“format” 必须为 “quarterhour-project”）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="71"/>
        <source>&apos;version&apos; must be the number 1, not %1</source>
        <translation>“version” 必须是数字 1，而不是%1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="72"/>
        <source>project version %1 is not supported (this build reads version 1)</source>
        <translation>不支持项目版本 %1（本程序读取版本 1）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="73"/>
        <source>&apos;crs&apos; %1 is not a projected CRS in metres; choose e.g. the local UTM zone or a CGCS2000 Gauss-Krüger zone</source>
        <translation>“crs” %1 不是以米为单位的投影坐标系；请选择例如当地的 UTM 带或 CGCS2000 高斯-克吕格投影带</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="74"/>
        <source>missing object &apos;%1&apos;</source>
        <translation>缺少对象“%1”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="75"/>
        <source>&apos;%1&apos; must be an object ({ … }), not %2</source>
        <translation>“%1”必须是对象（{ … }），而不是%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="76"/>
        <source>missing text &apos;%1&apos;</source>
        <translation>缺少文本“%1”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="77"/>
        <source>&apos;%1&apos; must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="78"/>
        <source>&apos;%1&apos; must be a list ([ … ]), not %2</source>
        <translation>“%1”必须是列表（[ … ]），而不是%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="79"/>
        <source>each of &apos;%1&apos; must be an object ({ … }), not %2</source>
        <translation>“%1”中的每一项都必须是对象（{ … }），而不是%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="80"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="81"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>“%1”必须在 %2，而不是 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="82"/>
        <source>&apos;%1&apos; must be %2 (or 0 to turn it off), not %3</source>
        <translation>“%1”必须在 %2（或为 0 表示关闭），而不是 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="83"/>
        <source>&apos;%1&apos; &apos;%2&apos; may hold only letters, digits and &apos;_&apos; (Chinese characters are fine)</source>
        <translation>“%1”“%2”只能包含字母、数字和“_”（可以使用汉字）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="84"/>
        <source>&apos;%1x_field&apos; and &apos;%1y_field&apos; go together: give both or neither</source>
        <translation>“%1x_field”与“%1y_field”须同时给出：要么都给，要么都不给</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="85"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="86"/>
        <source>&apos;layers.facilities.capacity_fields&apos; must map capacity keys to column names</source>
        <translation>“layers.facilities.capacity_fields”必须把容量键对应到列名</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="87"/>
        <source>&apos;%1&apos; must be the name of a column of the facilities layer</source>
        <translation>“%1”必须是设施图层中某一列的名称</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="88"/>
        <source>&apos;layers.facilities.type_values&apos; must map values of the type column to facility types</source>
        <translation>“layers.facilities.type_values”必须把类型列的取值对应到设施类型</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="89"/>
        <source>&apos;%1&apos; must be a facility type key</source>
        <translation>“%1”必须是设施类型的键</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="90"/>
        <source>&apos;layers.population.census.join_on&apos; must be &quot;name&quot; or &quot;code&quot;, not &apos;%1&apos;</source>
        <translation>“layers.population.census.join_on”必须为“name”或“code”，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="91"/>
        <source>&apos;layers.population.groups&apos; must list at least one population column</source>
        <translation>“layers.population.groups”必须至少列出一个人口列</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="92"/>
        <source>population group &apos;%1&apos; is defined twice in &apos;layers.population.groups&apos;</source>
        <translation>人口组“%1”在“layers.population.groups”中定义了两次</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="93"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>“%1”必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="94"/>
        <source>&apos;profile.facility_types&apos; must list at least one facility type</source>
        <translation>“profile.facility_types”必须至少列出一种设施类型</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="95"/>
        <source>facility type &apos;%1&apos; names population group &apos;%2&apos;, which &apos;layers.population.groups&apos; does not define</source>
        <translation>设施类型“%1”引用了人口组“%2”，但“layers.population.groups”中没有定义该组</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="96"/>
        <source>facility type &apos;%1&apos; is defined twice in &apos;profile.facility_types&apos;</source>
        <translation>设施类型“%1”在“profile.facility_types”中定义了两次</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="97"/>
        <source>&apos;%1&apos; must be a number of at least 0</source>
        <translation>“%1”必须是不小于 0 的数字</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="98"/>
        <source>&apos;%1&apos; needs both &apos;x&apos; and &apos;y&apos;</source>
        <translation>“%1”需要同时给出“x”和“y”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="99"/>
        <source>&apos;%1&apos; (%2, %3) lies outside the area where %4 can be used</source>
        <translation>“%1”（%2, %3）位于 %4 的适用范围之外</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="100"/>
        <source>&apos;plan.removed&apos; must list facility ids as text, not %1</source>
        <translation>“plan.removed”必须以文本列出设施编号，而不是%1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="101"/>
        <source>%1: cannot save the project (%2)</source>
        <translation>%1：无法保存项目（%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="102"/>
        <source>%1: is one of the project&apos;s data files; save the project elsewhere</source>
        <translation>%1：是项目的数据文件之一；请将项目保存到其他位置</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="103"/>
        <source>%1: is an input of this run (%2); choose another output (inputs are never overwritten)</source>
        <translation>%1：是本次运行的输入文件（%2）；请选择其他输出位置（输入文件从不被覆盖）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="105"/>
        <source>%1: cannot write: the disk is full; free some space or choose another output folder</source>
        <translation>%1：无法写入：磁盘已满；请腾出空间或选择其他输出文件夹</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="107"/>
        <source>%1: population cell %2 is %3 km across, larger than the whole study area (%4 km); check its coordinates</source>
        <translation>%1：人口格网 %2 跨度 %3 公里，超过整个研究范围（%4 公里）；请检查其坐标</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="109"/>
        <source>%1: is a file, not a folder; choose a folder for the results</source>
        <translation>%1：是文件而不是文件夹；请为结果选择一个文件夹</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="110"/>
        <source>%1: holds &apos;%2&apos;, which is not a QuarterHour result; choose an empty folder or one with only a previous result set</source>
        <translation>%1：含有“%2”，它不是 QuarterHour 的结果；请选择空文件夹或只含上次结果的文件夹</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="112"/>
        <source>%1: cannot write the results here (%2)</source>
        <translation>%1：无法在此写出结果（%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="113"/>
        <source>%1: the network has no edges to walk on</source>
        <translation>%1：路网中没有可步行的路段</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="115"/>
        <source>facility ids</source>
        <translation>设施编号</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="116"/>
        <source>facility names</source>
        <translation>设施名称</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="117"/>
        <source>facility types</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="118"/>
        <source>capacities</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="119"/>
        <source>population group %1</source>
        <translation>人口分组 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="120"/>
        <source>unit ids</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="121"/>
        <source>unit names</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="122"/>
        <source>unit classes</source>
        <translation>单元类别</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="124"/>
        <source>network</source>
        <translation>路网</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="125"/>
        <source>facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="126"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="127"/>
        <source>units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="128"/>
        <source>buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="129"/>
        <source>Whole area</source>
        <translation>全域</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="130"/>
        <source>reference layer</source>
        <translation>参考图层</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="132"/>
        <source>%1: the file is cut short: its header says %2 bytes, it holds %3; copy or download it again</source>
        <translation>%1：文件不完整：文件头标明 %2 字节，实际只有 %3 字节；请重新复制或下载</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="133"/>
        <source>%1: row %2, the last, has %3 of the header&apos;s %4 columns: the file may be cut short; check it or export it again</source>
        <translation>%1：最后一行（第 %2 行）只有表头 %4 列中的 %3 列：文件可能不完整；请检查或重新导出</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="135"/>
        <source>%1: %2 features from %3</source>
        <translation>%1：%2 个要素，来自 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="136"/>
        <source>%1: %2 features (%3 people) from %4</source>
        <translation>%1：%2 个要素（%3 人），来自 %4</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="137"/>
        <source>%1; %2 warning(s), listed below</source>
        <translation>%1；%2 条警告，见下</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="139"/>
        <source>%1: %2 features cannot be drawn (no geometry, or not in the coordinate system) and are left out of the reference layer</source>
        <translation>%1：%2 个要素无法绘制（无几何或不在坐标系范围内），未纳入参考图层</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="140"/>
        <source>%1: the raster has no coordinate system; give it one (e.g. EPSG:4490) to draw it</source>
        <translation>%1：栅格没有坐标系；请为其指定坐标系（如 EPSG:4490）后再绘制</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="141"/>
        <source>%1: cannot be drawn over the study area: %2</source>
        <translation>%1：无法在研究范围内绘制：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="142"/>
        <source>Reference layer &apos;%1&apos; is not drawn: %2</source>
        <translation>参考图层“%1”未绘制：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="144"/>
        <source>%1: has no .cpg file and its text is not UTF-8; read as GBK (CP936). Add a .cpg file holding GBK (or the right encoding) to make this explicit</source>
        <translation>%1：没有 .cpg 文件且文字不是 UTF-8，已按 GBK（CP936）读取。请添加内容为 GBK（或正确编码）的 .cpg 文件以明确编码</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="147"/>
        <source>building levels</source>
        <translation>建筑层数</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="148"/>
        <source>joining the table to the units</source>
        <translation>表格与单元的连接</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="149"/>
        <source>%1: a census table per unit needs the unit polygons (a units layer)</source>
        <translation>%1：按单元统计的人口表需要单元面（单元图层）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="150"/>
        <source>%1, row %2: %3 &apos;%4&apos; is not a count of people, taken as 0</source>
        <translation>%1，第 %2 行：%3“%4”不是人数，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="151"/>
        <source>%1, row %2: %3 &apos;%4&apos; is not a plain number; read as %5, check it</source>
        <translation>%1，第 %2 行：%3“%4”不是纯数字；已读作 %5，请核对</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="152"/>
        <source>%1: no row of the column &apos;%2&apos; matches a unit %3; choose the column with the units&apos; names or codes</source>
        <translation>%1：“%2”列没有任何一行能%3匹配到单元；请选择含单元名称或代码的列</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="153"/>
        <source>by code</source>
        <translation>按代码</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="154"/>
        <source>by name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="155"/>
        <source>%1: %2 row(s) match no unit and are left out: %3</source>
        <translation>%1：%2 行匹配不到单元，未纳入：%3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="156"/>
        <source>%1 unit(s) have no row in the census table and no population: %2</source>
        <translation>%1 个单元在人口统计表中没有对应行，人口为零：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="157"/>
        <source>unit %1 is too large for cells of %2 m; check the units layer and its CRS</source>
        <translation>单元 %1 对于 %2 米格网过大；请检查单元图层及其坐标系</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="158"/>
        <source>unit %1 has no buildings: its people are spread evenly over its area</source>
        <translation>单元 %1 内没有建筑：其人口按面积均匀分配</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="159"/>
        <source>unit %1 has no buildings: its people are spread over its residential land</source>
        <translation>单元 %1 没有建筑：其人口按居住用地分布</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="160"/>
        <source>unit %1 has neither buildings nor residential land: its people are spread evenly over its area</source>
        <translation>单元 %1 既无建筑也无居住用地：其人口在单元范围内均匀分布</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="161"/>
        <source>residential land</source>
        <translation>居住用地</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="163"/>
        <source>%1: a table of counts per unit, joined to the units by the column &apos;%2&apos; and spread over the buildings of %3</source>
        <translation>%1：按单元统计的人数表，按“%2”列与单元连接，并分配到 %3 中的建筑上</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="164"/>
        <source>%1: a table of counts per unit, joined to the units by the column &apos;%2&apos; and spread evenly over each unit (give buildings in the mapping to spread by them)</source>
        <translation>%1：按单元统计的人数表，按“%2”列与单元连接，并在各单元内均匀分配（在字段对应中给出建筑图层可按建筑分配）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="165"/>
        <source>%1: no layer of this file can be the %2</source>
        <translation>%1：该文件中没有可作为%2的图层</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="166"/>
        <source>%1: has no CRS; its coordinates are longitudes and latitudes, taken as %2</source>
        <translation>%1：没有坐标系；其坐标为经纬度，按 %2 读取</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="167"/>
        <source>%1 value(s) of the column &apos;%3&apos; map onto no facility type and are left out: %2</source>
        <translation>“%3”列中有 %1 个取值未对应任何设施类型，不参与分析：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="168"/>
        <source>%1: no population column found (人口, 常住人口, population, pop_total …); name one in the mapping</source>
        <translation>%1：未找到人口列（人口、常住人口、population、pop_total 等）；请在字段对应中指定</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="169"/>
        <source>the analysis CRS %1 is not projected in metres; choose a CGCS2000 Gauss-Krüger zone (EPSG:4534–4554) or a UTM zone</source>
        <translation>分析坐标系 %1 不是以米为单位的投影坐标系；请选择 CGCS2000 高斯-克吕格分带（EPSG:4534–4554）或 UTM 分带</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="170"/>
        <source>%1: has no extent to choose the analysis CRS from; give one (--crs)</source>
        <translation>%1：没有可用于确定分析坐标系的范围；请指定坐标系（--crs）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="171"/>
        <source>%1: no facility of a known type; map the values of the column &apos;%2&apos; onto facility types (type_values in the mapping), or give one type for all (--type)</source>
        <translation>%1：没有已知类型的设施；请将“%2”列的取值对应到设施类型（字段对应中的 type_values），或为全部设施指定一种类型（--type）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="172"/>
        <source>%1: a file of this name exists; choose another name or remove it first</source>
        <translation>%1：已存在同名文件；请换一个名称，或先删除该文件</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="173"/>
        <source>%1: not a mapping file (JSON: %2)</source>
        <translation>%1：不是字段对应文件（JSON：%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="174"/>
        <source>%1: &apos;%2&apos; must be text (a column name, a file, a CRS)</source>
        <translation>%1：“%2”必须是文本（列名、文件或坐标系）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="175"/>
        <source>%1: &apos;%2&apos; must be a number %3</source>
        <translation>%1：“%2”必须是数字，%3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="176"/>
        <source>%1: &apos;population.census.join_on&apos; must be &quot;name&quot; or &quot;code&quot;, not &quot;%2&quot;</source>
        <translation>%1：“population.census.join_on”必须是“name”或“code”，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="177"/>
        <source>%1: unknown key &apos;%2&apos; (network, facilities, population, units, crs, targets, name)</source>
        <translation>%1：未知键“%2”（可用：network、facilities、population、units、crs、targets、name）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="178"/>
        <source>row %1, %2: &apos;%3&apos; is not a number; it would count as 0</source>
        <translation>第 %1 行，%2：“%3”不是数字；将按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="179"/>
        <source>row %1, %2: &apos;%3&apos; is not a plain number; it would be read as %4</source>
        <translation>第 %1 行，%2：“%3”不是纯数字；将读作 %4</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="180"/>
        <source>%1 more rows like these</source>
        <translation>另有 %1 行类似情况</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="181"/>
        <source>%1 rows have no readable coordinates and would be left out</source>
        <translation>%1 行没有可读的坐标，将被略去</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="182"/>
        <source>the layer is empty</source>
        <translation>图层为空</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="183"/>
        <source>only the first %1 rows were looked at</source>
        <translation>仅检查了前 %1 行</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="184"/>
        <source>%1 (%2), declared in the file</source>
        <translation>%1（%2），文件中已声明</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="185"/>
        <source>the file declares %1, but the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)</source>
        <translation>文件声明为 %1，但坐标看起来是“纬度、经度”：x 与 y 列颠倒了；请对调（x 为经度，y 为纬度）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="186"/>
        <source>no CRS, and the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)</source>
        <translation>没有坐标系，且坐标看起来是“纬度、经度”：x 与 y 列颠倒了；请对调（x 为经度，y 为纬度）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="187"/>
        <source>the file declares %1 (metres), but the coordinates are degrees: the CRS is likely %2</source>
        <translation>文件声明为 %1（单位为米），但坐标是度：坐标系很可能是 %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="188"/>
        <source>the eastings start with the zone number %1, but the declared %2 expects none: the CRS is likely %3</source>
        <translation>横坐标以带号 %1 开头，但所声明的 %2 不带带号：坐标系很可能是 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="189"/>
        <source>the declared %1 expects eastings that start with the zone number, but they have none: the CRS is likely %2</source>
        <translation>所声明的 %1 要求横坐标带带号，但坐标不带带号：坐标系很可能是 %2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="190"/>
        <source>the eastings lie up to %1 km from the centre of the declared %2: a wrong zone, or not this CRS; check the CRS</source>
        <translation>横坐标距所声明的 %2 中央经线最远达 %1 公里：分带有误或并非该坐标系；请核对坐标系</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="191"/>
        <source>no CRS; the coordinates are longitudes and latitudes: likely %1; confirm it</source>
        <translation>没有坐标系；坐标为经纬度：很可能是 %1；请确认</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="192"/>
        <source>no CRS; the eastings start with the zone number %1: likely %2 (CGCS2000 Gauss-Krüger, central meridian %3°E); confirm it</source>
        <translation>没有坐标系；横坐标以带号 %1 开头：很可能是 %2（CGCS2000 高斯-克吕格投影，中央经线东经 %3°）；请确认</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="193"/>
        <source>no CRS; the coordinates look like metres in a transverse Mercator zone (Gauss-Krüger or UTM) without a zone number, and which zone cannot be told: give the CRS (e.g. EPSG:4548 for CGCS2000 3° Gauss-Krüger, central meridian 117°E)</source>
        <translation>没有坐标系；坐标看起来是不带带号的横轴墨卡托分带（高斯-克吕格或 UTM）米制坐标，无法判断是哪一带：请指定坐标系（如 CGCS2000 3 度带、中央经线东经 117° 为 EPSG:4548）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="194"/>
        <source>no CRS, and the coordinates do not tell which: give the CRS</source>
        <translation>没有坐标系，且无法从坐标判断：请指定坐标系</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="195"/>
        <source>%1: has no CRS; its coordinates are longitudes and latitudes, so WGS 84 (EPSG:4326) was assumed</source>
        <translation>%1：没有坐标系；其坐标为经纬度，已按 WGS 84（EPSG:4326）处理</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="197"/>
        <source>%1: not a line (%2), skipped</source>
        <translation>%1：不是线要素（%2），已跳过</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="198"/>
        <source>%1: its coordinates (%2, %3) lie outside the area where %4 can be used; check the coordinates (a typing error, a column of other numbers) or the layer&apos;s CRS</source>
        <translation>%1：坐标（%2, %3）超出 %4 的适用范围；请检查坐标（是否输错、是否用了其他数字的列）或图层的坐标系</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="201"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="202"/>
        <source>%1: none of its %2 features has a usable place (a point, or coordinates in the columns given); check the geometry or the coordinate columns</source>
        <translation>%1：%2 个要素都没有可用的位置（点，或所给坐标列中的坐标）；请检查几何或坐标列</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="205"/>
        <source>%1: the file is damaged or cut short (GDAL: %2); download or export it again</source>
        <translation>%1：文件已损坏或不完整（GDAL：%2）；请重新下载或导出</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="207"/>
        <source>%1: cannot be transformed to the project CRS, skipped</source>
        <translation>%1：无法转换到项目坐标系，已跳过</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="208"/>
        <source>%1 more network features skipped (not lines or outside the CRS)</source>
        <translation>另有 %1 个路网要素被跳过（不是线要素或超出坐标系范围）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="209"/>
        <source>%1 (facility %2): no usable geometry, left out</source>
        <translation>%1（设施 %2）：没有可用的几何形状，未纳入</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="210"/>
        <source>%1 (facility %2): no %3 value, counted as 0</source>
        <translation>%1（设施 %2）：%3 没有值，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="211"/>
        <source>%1 (facility %2): %3 &apos;%4&apos; is not a plain number; read as %5, check it</source>
        <translation>%1（设施 %2）：%3“%4”不是纯数字；已读作 %5，请核对</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="212"/>
        <source>%1 (facility %2): %3 &apos;%4&apos; is not a number, counted as 0</source>
        <translation>%1（设施 %2）：%3 的值“%4”不是数字，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="213"/>
        <source>%1 (facility %2): negative %3 %4, counted as 0</source>
        <translation>%1（设施 %2）：%3 为负值 %4，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="214"/>
        <source>%1 (facility %2): %3 %4 is not plausible (must be %5), counted as 0</source>
        <translation>%1（设施 %2）：%3 的值 %4 不合理（应在 %5），按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="215"/>
        <source>%1 more facilities with unusable capacities</source>
        <translation>另有 %1 处设施的容量无法使用</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="216"/>
        <source>%1: population group &apos;%2&apos; adds rasters up pixel by pixel, but this one is not on the grid of %3 (size or georeferencing differ); resample it onto that grid first</source>
        <translation>%1：人口组“%2”要按像元累加栅格，但该文件与 %3 不在同一格网上（尺寸或地理参照不同）；请先重采样到该格网</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="217"/>
        <source>%1: no pixel with people lies in the study area (the units and the network); check that the raster covers it and its CRS</source>
        <translation>%1：研究范围（单元和路网）内没有有人口的像元；请检查栅格是否覆盖该范围及其坐标系</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="218"/>
        <source>%1: %2 pixels hold negative values; taken as 0</source>
        <translation>%1：%2 个像元为负值，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="219"/>
        <source>%1: %2 pixels hold implausible counts (must be %3); taken as 0</source>
        <translation>%1：%2 个像元的人数不合理（应在 %3），按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="220"/>
        <source>%1: %2 pixels with people cannot be placed in the project CRS; left out</source>
        <translation>%1：%2 个有人口的像元无法放入项目坐标系，未纳入</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="221"/>
        <source>%1: no usable geometry, left out</source>
        <translation>%1：没有可用的几何形状，未纳入</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="222"/>
        <source>%1: %2 is empty, taken as 0</source>
        <translation>%1：%2 为空，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="223"/>
        <source>%1: %2 = %3 is not a count, taken as 0</source>
        <translation>%1：%2 = %3 不是人数，按 0 计</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="224"/>
        <source>%1 more population cells with unusable counts</source>
        <translation>另有 %1 个人口格网的人数无法使用</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="225"/>
        <source>%1 (unit %2): the polygon is not valid (%3); repaired with GEOS MakeValid, area %4 m² → %5 m²; check the boundary</source>
        <translation>%1（单元 %2）：面几何无效（%3）；已用 GEOS MakeValid 修复，面积 %4 平方米 → %5 平方米；请核对边界</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="226"/>
        <source>facilities %1 and %2 (%3) stand at the same place with the same name: probably one facility listed twice, and both are counted</source>
        <translation>设施 %1 与 %2（%3）位置相同、名称相同：可能是同一设施重复登记，两处均被计入</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="227"/>
        <source>%1 more facilities listed twice</source>
        <translation>另有 %1 处设施重复登记</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="228"/>
        <source>a ring crosses itself at %1</source>
        <translation>环在 %1 处自相交</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="229"/>
        <source>the boundary crosses itself at %1</source>
        <translation>边界在 %1 处自相交</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="230"/>
        <source>a ring has too few points %1</source>
        <translation>环的点数过少 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="231"/>
        <source>a hole lies outside the outline %1</source>
        <translation>内环位于外轮廓之外 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="232"/>
        <source>one part lies inside another %1</source>
        <translation>一个部分位于另一部分之内 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="233"/>
        <source>the inside is cut in two %1</source>
        <translation>内部被分割为两部分 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="234"/>
        <source>%1 (unit %2): not a polygon, left out</source>
        <translation>%1（单元 %2）：不是面要素，未纳入</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="236"/>
        <source>the network&apos;s CRS %1 is not in metres; working in %2 (%3)</source>
        <translation>路网坐标系 %1 的单位不是米；改在 %2（%3）中计算</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="237"/>
        <source>%1: no &apos;type&apos; column; all facilities are taken as one type</source>
        <translation>%1：没有“type”列；全部设施按同一类型处理</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="238"/>
        <source>%1: no capacity column (beds, childcare_places, places, capacity); supply ratios will be zero</source>
        <translation>%1：没有容量列（beds、childcare_places、places、capacity）；千人指标将为零</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="241"/>
        <source>the walking network has %1 separate parts; the largest holds %2% of its nodes, so places on the small parts reach little</source>
        <translation>步行路网分为 %1 个互不连通的部分；最大部分含 %2% 的节点，位于小部分上的地点可达范围很小</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="243"/>
        <source>%1 population cells (%2 %3) meet the network on a small island (under 1% of the largest part)</source>
        <translation>%1 个人口格网（%2 名%3）接入的是路网中的小孤岛（不足最大部分的 1%）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="245"/>
        <source>%1 population sample points (%2 %3) meet the network on a small island (under 1% of the largest part)</source>
        <translation>%1 个人口采样点（%2 名%3）接入的是路网中的小孤岛（不足最大部分的 1%）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="247"/>
        <source>%1 population cells (%2 %3) are farther than %4 m from any walkable edge: counted as not covered (cell_index %5)</source>
        <translation>%1 个人口格网（%2 名%3）距最近的可步行路段超过 %4 米：按未覆盖计（格网序号 %5）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="249"/>
        <source>%1 population sample points (%2 %3) are farther than %4 m from any walkable edge: counted as not covered (cell_index %5)</source>
        <translation>%1 个人口采样点（%2 名%3）距最近的可步行路段超过 %4 米：按未覆盖计（格网序号 %5）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="251"/>
        <source>%1 population cells (%2 %3) lie outside every unit: counted in totals, not in any unit</source>
        <translation>%1 个人口格网（%2 名%3）不在任何单元内：计入总数，不计入任何单元</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="253"/>
        <source>%1 population sample points (%2 %3) lie outside every unit: counted in totals, not in any unit</source>
        <translation>%1 个人口采样点（%2 名%3）不在任何单元内：计入总数，不计入任何单元</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="255"/>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="257"/>
        <source>facility id %1 appears more than once; edits by id change the first</source>
        <translation>设施编号 %1 出现多次；按编号的修改只作用于第一个</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="258"/>
        <source>%1: type &apos;%2&apos; is not in the profile, left out of the analysis</source>
        <translation>%1：类型“%2”不在指标方案中，未纳入分析</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="259"/>
        <source>%1: no walkable edge within %2 m; not reachable, so it covers no one</source>
        <translation>%1：%2 米内没有可步行路段；不可达，不覆盖任何人</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="260"/>
        <source>%1: no %2 (0 or missing); it adds nothing to supply ratios</source>
        <translation>%1：没有%2（为 0 或缺失）；不计入千人指标</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="261"/>
        <source>%1: meets the network on a small island (under 1% of the largest part), so its circle is small; check the network around it</source>
        <translation>%1：接入的是路网中的小孤岛（不足最大部分的 1%），服务圈很小；请检查其周边路网</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="263"/>
        <source>no reachable facility of type &apos;%1&apos;: nobody is covered for it</source>
        <translation>没有可达的“%1”设施：无人被覆盖</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="265"/>
        <source>plan: facility %1 is to be removed, but the facilities layer has no such facility</source>
        <translation>规划：拟删除设施 %1，但设施图层中没有该设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="266"/>
        <source>plan: facility %1 is to be moved, but the facilities layer has no such facility</source>
        <translation>规划：拟移动设施 %1，但设施图层中没有该设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="267"/>
        <source>plan: facility %1 is to change its %2, but the facilities layer has no such facility</source>
        <translation>规划：拟修改设施 %1 的 %2，但设施图层中没有该设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="269"/>
        <source>plan: proposed facility %1 was not added: %2</source>
        <translation>规划：拟建设施 %1 未能添加：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="271"/>
        <source>the project has no facility type &apos;%2&apos; (%1)</source>
        <translation>项目中没有“%2”类设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="272"/>
        <source>the population layer has no &apos;%1&apos; column</source>
        <translation>人口图层中没有“%1”列</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="273"/>
        <source>the facilities have no &apos;%1&apos; field</source>
        <translation>设施图层中没有“%1”字段</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="274"/>
        <source>the facilities have no &apos;%1&apos; field, which tells which facilities count</source>
        <translation>设施图层中没有用于判断哪些设施计入的“%1”字段</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="275"/>
        <source>no %1 here to take a share of</source>
        <translation>本单元没有%1，无从计算占比</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="276"/>
        <source>no households here</source>
        <translation>本单元没有住户</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="277"/>
        <source>no %1 live here</source>
        <translation>本单元没有%1居住</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="278"/>
        <source>residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="280"/>
        <source>%1 %2 outside the %3-minute %4 circle</source>
        <translation>%1 名%2在 %3 分钟%4服务圈之外</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="282"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="283"/>
        <source>network junction %1</source>
        <translation>路网节点 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="284"/>
        <source>grid point %1</source>
        <translation>格网点 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="285"/>
        <source>drawn place %1</source>
        <translation>绘制点 %1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="286"/>
        <source>a grid %1 m apart over the network would have %2 points; choose a wider spacing</source>
        <translation>间距 %1 米的候选格网将有 %2 个点；请选择更大的间距</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="287"/>
        <source>%1 candidate sites lie in the exclusion areas of %2 and were left out</source>
        <translation>%1 个候选点位于 %2 的禁建区内，已排除</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="288"/>
        <source>site size &apos;%1&apos;: write capacity:cost, e.g. 40:1,120:2.5</source>
        <translation>设施规模“%1”：请按 规模:成本 填写，例如 40:1,120:2.5</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="289"/>
        <source>site size &apos;%1&apos;: the capacity must be between 1 and 10,000,000</source>
        <translation>设施规模“%1”：规模须在 1 到 10,000,000 之间</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="290"/>
        <source>site size &apos;%1&apos;: the cost must be more than 0</source>
        <translation>设施规模“%1”：成本须大于 0</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="291"/>
        <source>the profile has no facility type &apos;%1&apos; (types: %2)</source>
        <translation>服务圈设置中没有设施类型“%1”（现有类型：%2）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="292"/>
        <source>the number of new sites must be at least 1</source>
        <translation>新增点位数至少为 1</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="293"/>
        <source>no candidate sites: give a layer of sites, an area whose network junctions may take one, or a grid spacing</source>
        <translation>没有候选点：请提供候选地块图层、可选路网节点的范围，或候选格网间距</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="294"/>
        <source>%1 candidate sites are farther than %2 m from any walkable street and were left out</source>
        <translation>%1 个候选点距可步行道路超过 %2 米，已排除</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="295"/>
        <source>%1 candidate sites lie outside every planning unit and were left out</source>
        <translation>%1 个候选点不在任何规划单元内，已排除</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="296"/>
        <source>%1 candidate sites repeat a place given before and were left out</source>
        <translation>%1 个候选点与已有候选点位置重复，已排除</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="297"/>
        <source>none of the %1 candidate sites can be used: %2 are off the walking network, %3 outside every planning unit</source>
        <translation>%1 个候选点均不可用：%2 个远离步行路网，%3 个不在任何规划单元内</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="298"/>
        <source>%1: %2 still not met: %3</source>
        <translation>%1：%2仍未达标：%3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="299"/>
        <source>%1 is not aimed at: %2</source>
        <translation>未针对%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="300"/>
        <source>%1 is not aimed at: new sites carry no %2</source>
        <translation>未针对%1：新增点位不含%2</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="301"/>
        <source>%1 is not aimed at: new sites carry no floor or land area</source>
        <translation>未针对%1：新增点位不含建筑面积或用地面积</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="302"/>
        <source>%1: %2 cannot be met: %3 %4 live beyond the circle of every candidate site</source>
        <translation>%1：%2无法达标：有 %3 名%4不在任何候选点的服务圈内</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="303"/>
        <source>%1: %2 cannot be met: no candidate site of a size that counts lies in this unit</source>
        <translation>%1：%2无法达标：本单元内没有规模符合要求的候选点</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="304"/>
        <source>%1: %2 places within reach cannot serve everyone the target asks for: even every candidate site at the largest size leaves %3 %4 unserved</source>
        <translation>%1：%2服务圈内的托位不足以服务目标要求的全部人数：所有候选点按最大规模建设仍有 %3 名%4得不到服务</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="305"/>
        <source>%1: %2 still not met when each place serves one person: %3 more to serve</source>
        <translation>%1：按每个名额服务一人计，%2仍未达标：还需服务 %3 人</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="306"/>
        <source>%1: %2 cannot be met: every candidate site at the largest size still leaves %3 %4 missing</source>
        <translation>%1：%2无法达标：所有候选点按最大规模建设仍缺%4 %3</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="307"/>
        <source>%1 more %2 (%3)</source>
        <translation>%2缺口 %1（%3）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="308"/>
        <source>%1 more %2 (of %3)</source>
        <translation>%2缺口 %1（占%3）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="309"/>
        <source>%1 more units need a %2 facility</source>
        <translation>还有 %1 个单元需要%2设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="310"/>
        <source>%1 more units need a %2 facility with %3</source>
        <translation>还需 %1 个单元设置设有%3的%2设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="311"/>
        <source>no %1 facility in this unit</source>
        <translation>本单元没有%1设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="312"/>
        <source>no %1 facility with %2 in this unit</source>
        <translation>本单元没有设有%2的%1设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="313"/>
        <source>%1 m² more %2 floor space</source>
        <translation>%2建筑面积缺口 %1 平方米</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="314"/>
        <source>%1 m² more %2 land</source>
        <translation>%2用地缺口 %1 平方米</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="316"/>
        <source>childcare (0-3)</source>
        <translation>托育机构（0–3岁）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="317"/>
        <source>kindergarten (3-6)</source>
        <translation>幼儿园（3–6岁）</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="318"/>
        <source>elderly-care institution</source>
        <translation>养老机构</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="319"/>
        <source>community day care</source>
        <translation>社区日间照料机构</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="320"/>
        <source>street comprehensive elderly-care centre</source>
        <translation>街道综合养老服务中心</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="321"/>
        <source>elderly activity centre</source>
        <translation>老年活动中心</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="322"/>
        <source>meal-assist point for the elderly</source>
        <translation>老年助餐点</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="324"/>
        <source>beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="325"/>
        <source>nursing-type beds</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="326"/>
        <source>childcare places</source>
        <translation>托位</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="327"/>
        <source>kindergarten places</source>
        <translation>幼儿园学位</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="328"/>
        <source>inclusive places</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="329"/>
        <source>cognitive-care beds</source>
        <translation>认知障碍照护床位</translation>
    </message>
    <message>
        <location filename="../../core/engine/message.cpp" line="330"/>
        <source>inclusive beds</source>
        <translation>普惠型床位</translation>
    </message>
</context>
<context>
    <name>qh::NewProjectWizard</name>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="34"/>
        <source>Target profile and project file</source>
        <translation>指标方案与项目文件</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="35"/>
        <source>The project reads the files where they are and never writes to them.</source>
        <translation>项目从原位置读取这些文件，绝不改写它们。</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="61"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="65"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="72"/>
        <source>automatic: the CGCS2000 Gauss-Krüger zone in China, else the layers&apos; own or the UTM zone</source>
        <translation>自动：国内用 CGCS2000 高斯-克吕格分带，否则用图层自身坐标系或 UTM 分带</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="77"/>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="91"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="83"/>
        <source>Target profile:</source>
        <translation>指标方案：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="84"/>
        <source>Analysis CRS:</source>
        <translation>分析坐标系：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="85"/>
        <source>Project name:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="86"/>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="90"/>
        <source>optional: a mapping file (JSON) applied on top of the choices above</source>
        <translation>可选：映射文件（JSON），在以上选择之后应用</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="95"/>
        <source>Mapping file:</source>
        <translation>映射文件：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="97"/>
        <source>Mapping file</source>
        <translation>映射文件</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="98"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>映射文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="105"/>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/newprojectwizard.cpp" line="106"/>
        <source>QuarterHour projects (*.qhproj)</source>
        <translation>QuarterHour 项目 (*.qhproj)</translation>
    </message>
</context>
<context>
    <name>qh::PlanSummaryPanel</name>
    <message>
        <location filename="../../app/panels/plansummarypanel.cpp" line="10"/>
        <source>Plan against baseline</source>
        <translation>规划与现状对比</translation>
    </message>
    <message>
        <location filename="../../app/panels/plansummarypanel.cpp" line="42"/>
        <source>%1: %2 %3 covered (%4 points) against the baseline</source>
        <translation>%1：较现状新增覆盖%3 %2 人（%4 个百分点）</translation>
    </message>
</context>
<context>
    <name>qh::PlanningToolBar</name>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="19"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="38"/>
        <source>Pan / inspect</source>
        <translation>平移 / 查看</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="38"/>
        <source>Drag to pan, click a unit to see its indicators</source>
        <translation>拖动平移地图，点击单元查看其指标</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="39"/>
        <source>Add facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="39"/>
        <source>Click the map to propose a facility of the chosen type</source>
        <translation>点击地图，按所选类型新增规划设施</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="40"/>
        <source>Move facility</source>
        <translation>移动设施</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="40"/>
        <source>Drag a facility to a new place</source>
        <translation>将设施拖到新位置</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="41"/>
        <source>Delete facility</source>
        <translation>删除设施</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="41"/>
        <source>Click a facility to take it out of the plan</source>
        <translation>点击设施将其从方案中移除</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="43"/>
        <source> Type </source>
        <translation> 类型 </translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="46"/>
        <source> Capacity </source>
        <translation> 容量 </translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="54"/>
        <source> Inclusive </source>
        <translation> 普惠占比 </translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="58"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="59"/>
        <source>Share of the new facility&apos;s places that are inclusive (普惠); by default the share of the type&apos;s existing facilities</source>
        <translation>新设施中普惠托位（床位）所占比例；默认取该类现有设施的普惠占比</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="64"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="66"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="186"/>
        <source>Add %1 facilities from %2</source>
        <translation>从 %2 添加 %1 处设施</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="190"/>
        <source>Proposed %1</source>
        <translation>规划设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/planningtoolbar.cpp" line="204"/>
        <source>Proposed %1 %2</source>
        <translation>规划%1 %2</translation>
    </message>
</context>
<context>
    <name>qh::ProjectLoader</name>
    <message>
        <location filename="../../app/projectloader.cpp" line="74"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="75"/>
        <source>QuarterHour was closed with unsaved changes to %1. Recover them?</source>
        <translation>上次关闭时 %1 有未保存的修改，是否恢复？</translation>
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
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="116"/>
        <source>%1 is missing: the whole area is taken as one unit</source>
        <translation>缺少 %1：全区作为一个单元</translation>
    </message>
    <message>
        <location filename="../../app/projectloader.cpp" line="127"/>
        <source>Loading %1 …</source>
        <translation>正在加载 %1 …</translation>
    </message>
</context>
<context>
    <name>qh::ProjectSession</name>
    <message>
        <location filename="../../app/projectsession.cpp" line="76"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="80"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="81"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="93"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="105"/>
        <source>Save changes?</source>
        <translation>保存修改？</translation>
    </message>
    <message>
        <location filename="../../app/projectsession.cpp" line="106"/>
        <source>The plan %1 has unsaved changes. Save them?</source>
        <translation>规划 %1 有未保存的修改。是否保存？</translation>
    </message>
</context>
<context>
    <name>qh::RasterGroupBox</name>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="15"/>
        <source>Raster population</source>
        <translation>栅格人口</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="21"/>
        <source>Residents (all ages)</source>
        <translation>常住人口（全年龄）</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="22"/>
        <source>Residents 60+</source>
        <translation>60岁以上老人</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="23"/>
        <source>Children 0–3</source>
        <translation>0–3岁婴幼儿</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="24"/>
        <source>Children 3–6</source>
        <translation>3–6岁幼儿</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="28"/>
        <source>Add rasters…</source>
        <translation>添加栅格…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="30"/>
        <source>Other rasters on the same grid whose people are added pixel by pixel, e.g. the ten WorldPop 60+ age-sex files</source>
        <translation>同一格网上的其他栅格，逐像元相加人口，例如 WorldPop 的十个60岁以上年龄性别分组文件</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="31"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="41"/>
        <source>The pixels count:</source>
        <translation>像元计数对象：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="42"/>
        <source>Added up with:</source>
        <translation>与之相加：</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="45"/>
        <source>Rasters to add up</source>
        <translation>要相加的栅格</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/rastergroupbox.cpp" line="46"/>
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格文件 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>qh::Report</name>
    <message>
        <location filename="../../core/render/report/report.cpp" line="31"/>
        <location filename="../../core/render/report/reportpages.cpp" line="152"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="31"/>
        <source>Whole region</source>
        <translation>全域</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="32"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="32"/>
        <source>Units meeting the target</source>
        <translation>达标单元</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="33"/>
        <source>Warning class</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="38"/>
        <source>not evaluated (see below)</source>
        <translation>未评价（见下文）</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="49"/>
        <location filename="../../core/render/report/reportpages.cpp" line="170"/>
        <location filename="../../core/render/report/reportpages.cpp" line="171"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="61"/>
        <source>15-minute service circles: assessment of %1</source>
        <translation>一刻钟服务圈评估：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="105"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="120"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="123"/>
        <source>15-minute service circles for elderly care and childcare</source>
        <translation>养老与托育一刻钟服务圈规划评估</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="129"/>
        <source>%1 planning units · %2 residents · %3 facilities</source>
        <translation>%1 个规划单元 · 常住人口 %2 人 · 设施 %3 处</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="144"/>
        <source>Key figures for the whole region</source>
        <translation>全域主要指标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="151"/>
        <source>Not evaluated: %1 — %2</source>
        <translation>未评价：%1 —— %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="156"/>
        <source>No target profile is set: the report shows coverage, not targets.</source>
        <translation>未设置指标体系：本报告只给出覆盖情况，不评价目标。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="171"/>
        <source>Overview map</source>
        <translation>总览图</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="175"/>
        <source>Five-colour map</source>
        <translation>五色预警图</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="177"/>
        <source>Walking minutes</source>
        <translation>步行时间</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="208"/>
        <source>%1 (continued, %2 of %3)</source>
        <translation>%1（续，%2 / %3）</translation>
    </message>
    <message>
        <location filename="../../core/render/report/report.cpp" line="213"/>
        <source>Unit tables</source>
        <translation>单元统计表</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportcharts.cpp" line="21"/>
        <source>cannot be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportcharts.cpp" line="23"/>
        <source>%1 — Gini %2</source>
        <translation>%1 —— 基尼系数 %2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportcharts.cpp" line="45"/>
        <source>share of people (least served first)</source>
        <translation>人口累计占比（可达性由低到高）</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="94"/>
        <source>Target profile: none</source>
        <translation>指标体系：无</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="95"/>
        <source>Target profile: %1</source>
        <translation>指标体系：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="103"/>
        <source>Balance</source>
        <translation>均衡性</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="105"/>
        <source>Balance of access (资源均衡指数)</source>
        <translation>资源均衡指数</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="107"/>
        <source>How evenly the places a resident can reach (E2SFCA accessibility) are shared among the people of each demand group. A Gini of 0 is perfectly even, 1 is all in one place; the curve shows the share of accessible supply held by the least served share of people.</source>
        <translation>衡量各服务对象可达的设施资源（E2SFCA 可达性）在人群中分布是否均衡。基尼系数为 0 表示完全均衡，为 1 表示全部集中于一处；曲线表示可达性最低的人群所占有的资源份额。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="132"/>
        <source>Facility type or indicator</source>
        <translation>设施类型或指标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="132"/>
        <location filename="../../core/render/report/reportpages.cpp" line="153"/>
        <source>Baseline</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="133"/>
        <location filename="../../core/render/report/reportpages.cpp" line="153"/>
        <location filename="../../core/render/report/reportpages.cpp" line="219"/>
        <location filename="../../core/render/report/reportpages.cpp" line="224"/>
        <location filename="../../core/render/report/reportpages.cpp" line="234"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="133"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="142"/>
        <source>%1: %2 within the circle</source>
        <translation>%1：服务圈内%2</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="146"/>
        <source>%1 newly covered</source>
        <translation>新增覆盖 %1 人</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="147"/>
        <source>%1 fewer</source>
        <translation>减少 %1 人</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="152"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="154"/>
        <source>Meets target</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="166"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="169"/>
        <source> (units meeting it)</source>
        <translation>（达标单元）</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="183"/>
        <source>yes, as before</source>
        <translation>是，未变</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="183"/>
        <source>no, as before</source>
        <translation>否，未变</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="184"/>
        <source>now yes</source>
        <translation>变为达标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="184"/>
        <source>now no</source>
        <translation>变为不达标</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="208"/>
        <source>. Proposed: %1</source>
        <translation>。新增：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="208"/>
        <location filename="../../core/render/report/reportpages.cpp" line="210"/>
        <location filename="../../core/render/report/reportpages.cpp" line="212"/>
        <location filename="../../core/render/report/reportpages.cpp" line="265"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="210"/>
        <source>. Moved: %1</source>
        <translation>。迁移：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="212"/>
        <source>. Removed: %1</source>
        <translation>。撤除：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="225"/>
        <source>The plan against the baseline</source>
        <translation>规划方案与现状对比</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="235"/>
        <source>Indicators that change, per unit</source>
        <translation>各单元指标变化</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="245"/>
        <source>Walking network: %1 — %2 nodes, %3 edges, %4 km; %5 connected parts, the largest holding %6 % of the nodes.</source>
        <translation>步行路网：%1 —— 节点 %2 个，路段 %3 条，总长 %4 公里；连通分区 %5 个，最大分区包含 %6% 的节点。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="253"/>
        <source>%1: a circle of %2 minutes at %3 m/s (%4 m along the streets); speed: %5.</source>
        <translation>%1：%2 分钟步行圈，步速 %3 米/秒（沿街道 %4 米）；步速依据：%5。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="262"/>
        <source>Population: %1 — %2 cells; %3.</source>
        <translation>人口：%1 —— %2 个格网；%3。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="267"/>
        <source>People are counted where they live: each cell at its representative point, and the %1 cells larger than the sampling spacing at several points inside them (%2 points in all), so a large cell is not all in or all out of a circle.</source>
        <translation>人口按居住地统计：每个格网取其代表点；大于采样间距的 %1 个格网在内部取多个点（共 %2 个点），避免大格网整体被计入或排除在服务圈外。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="273"/>
        <source>People are counted where they live, each cell at its representative point (%1 points); no cell is larger than the sampling spacing.</source>
        <translation>人口按居住地统计，每个格网取其代表点（共 %1 个点）；没有格网大于采样间距。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="276"/>
        <source>A facility or a home farther than %1 m from a walkable street is not reached. Catchment areas are the streets reached within the circle, widened by %2 m either side.</source>
        <translation>距可步行街道超过 %1 米的设施或住处视为不可达。服务范围为服务圈内可达的街道向两侧各扩展 %2 米。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="280"/>
        <source>Data sources: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="287"/>
        <source>No warnings while loading and analysing.</source>
        <translation>读取和分析过程中没有警告。</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="299"/>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="301"/>
        <source>Methods and data</source>
        <translation>方法与数据</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="301"/>
        <source>Methods and data (continued)</source>
        <translation>方法与数据（续）</translation>
    </message>
    <message>
        <location filename="../../core/render/report/reportpages.cpp" line="305"/>
        <source>Warnings from loading and analysis</source>
        <translation>读取和分析中的警告</translation>
    </message>
</context>
<context>
    <name>qh::StatusBar</name>
    <message>
        <location filename="../../app/statusbar.cpp" line="21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/statusbar.cpp" line="60"/>
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/statusbar.cpp" line="65"/>
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/statusbar.cpp" line="66"/>
        <source>Show what loading and the analysis warned about</source>
        <translation>查看加载和分析时的警告</translation>
    </message>
    <message>
        <location filename="../../app/statusbar.cpp" line="72"/>
        <source>updated in %1 ms</source>
        <translation>更新用时 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>qh::SuggestPanel</name>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="49"/>
        <source>Accept %1</source>
        <translation>采纳 %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="79"/>
        <source>Reject %1</source>
        <translation>放弃 %1</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="106"/>
        <source>Suggest sites</source>
        <translation>选址建议</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="115"/>
        <source>Each place serves one person (capacitated)</source>
        <translation>每个名额服务一人（计容量）</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="116"/>
        <location filename="../../app/panels/suggestpanel.cpp" line="224"/>
        <source>Sites from a file…</source>
        <translation>从文件读取候选点…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="117"/>
        <location filename="../../app/panels/suggestpanel.cpp" line="226"/>
        <source>Junctions inside areas…</source>
        <translation>区域内的路网节点…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="118"/>
        <location filename="../../app/panels/suggestpanel.cpp" line="228"/>
        <source>Exclusion areas…</source>
        <translation>禁建区…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="119"/>
        <source>Suggest</source>
        <translation>生成建议</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="120"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="121"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="122"/>
        <source>Reject</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="123"/>
        <source>Accept all</source>
        <translation>全部采纳</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="124"/>
        <source>Reject all</source>
        <translation>全部放弃</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="132"/>
        <source>Meet every unit&apos;s targets at least cost</source>
        <translation>以最低成本使各单元全部达标</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="133"/>
        <source>Reach the most people with k sites</source>
        <translation>以 k 个点位覆盖最多人口</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="140"/>
        <source>no grid</source>
        <translation>不用格网</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="141"/>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="146"/>
        <source>e.g. 40:1, 120:2.5 (places:cost); empty: the usual size</source>
        <translation>例如 40:1, 120:2.5（规模:成本）；留空则取常见规模</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="147"/>
        <source>Automatic (exact when small)</source>
        <translation>自动（规模小时精确求解）</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="148"/>
        <source>Exact (CBC)</source>
        <translation>精确求解（CBC）</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="149"/>
        <source>Fast heuristic</source>
        <translation>快速启发式</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="152"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>Newly reached</source>
        <translation>新增覆盖人数</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="162"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="169"/>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="170"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="171"/>
        <source>New sites (k)</source>
        <translation>新增点位数（k）</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="175"/>
        <source>Candidate grid</source>
        <translation>候选格网</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="176"/>
        <source>A polygon layer: the walking network&apos;s junctions inside it are candidate sites</source>
        <translation>面图层：其范围内的步行路网节点作为候选点</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="177"/>
        <source>Candidate areas</source>
        <translation>候选区域</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="178"/>
        <source>Exclusions</source>
        <translation>禁建区</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="179"/>
        <source>Sizes</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="180"/>
        <source>A site serves people only up to its places, each person at one facility within reach; the existing facilities of the type serve with theirs.</source>
        <translation>点位服务人数不超过其规模，每人只由服务圈内的一处设施服务；该类现状设施按其规模参与服务。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="183"/>
        <source>Solver</source>
        <translation>求解方法</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="184"/>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="199"/>
        <source>On the map, pending suggestions are numbered purple diamonds; accepted ones become proposed facilities.</source>
        <translation>地图上紫色带编号的菱形为待定建议点；采纳后成为规划新增设施。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="219"/>
        <source>Vector layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</source>
        <translation>矢量图层 (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="282"/>
        <source>Choose a target profile first: suggestions aim at its targets.</source>
        <translation>请先选择指标方案：选址建议以其目标为准。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="319"/>
        <source>Suggested site</source>
        <translation>建议点</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="340"/>
        <source>Searching from every candidate site and solving…</source>
        <translation>正在逐个候选点计算服务圈并求解…</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="377"/>
        <source>Cancelled; the suggestions shown before are kept.</source>
        <translation>已取消；保留此前的建议。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="381"/>
        <source>No suggestion: %1</source>
        <translation>未能给出建议：%1</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="399"/>
        <source>fast heuristic</source>
        <translation>快速启发式</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="399"/>
        <source>exact (CBC)</source>
        <translation>精确求解（CBC）</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="400"/>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="401"/>
        <source>within %1% of the best possible</source>
        <translation>与理论最优相差不超过 %1%</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="402"/>
        <source>no bound known</source>
        <translation>无最优界</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="404"/>
        <source>, time limit reached</source>
        <translation>，已达时间上限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/panels/suggestpanel.cpp" line="406"/>
        <source>%n new site(s), cost %1 (%2, %3, %4 s).</source>
        <translation>
            <numerusform>新增 %n 个点位，成本 %1（%2，%3，%4 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/panels/suggestpanel.cpp" line="407"/>
        <source>%n new site(s) reach %1 more people (%2, %3, %4 s).</source>
        <translation>
            <numerusform>新增 %n 个点位，服务圈内增加 %1 人（%2，%3，%4 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="411"/>
        <source>Within the circle: %1 → %2 of %3 people.</source>
        <translation>服务圈内人数：%1 → %2（共 %3 人）。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="416"/>
        <source>%1: %2 of %3 units pass now, %4 of %5 with all suggestions (checked by a fresh analysis).</source>
        <translation>%1：现状 %3 个单元中 %2 个达标，采纳全部建议后 %5 个单元中 %4 个达标（经重新分析核验）。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="424"/>
        <source>Every unit then meets every target aimed at.</source>
        <translation>届时各单元均达到所针对的全部目标。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="425"/>
        <source>Not every unit can meet its targets:</source>
        <translation>并非所有单元都能达标：</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="427"/>
        <source>Served, each place serving one person within reach: %1 → %2 of %3 people.</source>
        <translation>按每个名额服务一人计的受服务人数：%1 → %2（共 %3 人）。</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="454"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="455"/>
        <source>accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="456"/>
        <source>rejected</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="506"/>
        <source>Accept all suggested sites</source>
        <translation>采纳全部建议点</translation>
    </message>
    <message>
        <location filename="../../app/panels/suggestpanel.cpp" line="516"/>
        <source>Reject all suggested sites</source>
        <translation>放弃全部建议点</translation>
    </message>
</context>
<context>
    <name>qh::TargetsPanel</name>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="33"/>
        <source>Targets and circles</source>
        <translation>指标与服务圈</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="42"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="45"/>
        <source>Reset to the profile&apos;s circles and targets</source>
        <translation>恢复为指标方案的服务圈和目标值</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="47"/>
        <source>Circles and targets you set stay when you switch profiles, until you reset them here</source>
        <translation>切换指标方案时，您设置的服务圈和目标值会保留，直到在此恢复</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="97"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/panels/targetspanel.cpp" line="103"/>
        <source> m/s</source>
        <translation> 米/秒</translation>
    </message>
</context>
<context>
    <name>qh::UnitCardPanel</name>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="15"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="38"/>
        <source>&lt;i&gt;Click a unit on the map or in the table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在地图或表格中点击一个单元。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Value</source>
        <translation>现值</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../app/panels/unitcardpanel.cpp" line="52"/>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
</context>
<context>
    <name>qh::UnitTablePanel</name>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="16"/>
        <source>Coverage by unit</source>
        <translation>各单元覆盖情况</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="46"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="46"/>
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="49"/>
        <source>%1
%2 covered %</source>
        <translation>%1
%2覆盖率 %</translation>
    </message>
    <message>
        <location filename="../../app/panels/unittablepanel.cpp" line="50"/>
        <source>%1
change vs baseline</source>
        <translation>%1
较现状变化</translation>
    </message>
</context>
<context>
    <name>qh::WarningsPanel</name>
    <message>
        <location filename="../../app/panels/warningspanel.cpp" line="13"/>
        <source>Import report and warnings</source>
        <translation>导入报告与警告</translation>
    </message>
    <message>
        <location filename="../../app/panels/warningspanel.cpp" line="66"/>
        <source>Click to show this facility on the map</source>
        <translation>点击在地图上显示该设施</translation>
    </message>
    <message>
        <location filename="../../app/panels/warningspanel.cpp" line="86"/>
        <source>The analysis</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>qh::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="117"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>qh::cli::Analyze</name>
    <message>
        <location filename="../../app/cli/analyze.cpp" line="101"/>
        <source>%1 — walking minutes to %2 (circle: %3 min at %4 m/s)</source>
        <translation>%1 — 步行至%2的分钟数（服务圈：%3 分钟，%4 米/秒）</translation>
    </message>
</context>
<context>
    <name>qh::cli::AnalyzeReport</name>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="34"/>
        <source>Project: %1 (%2)</source>
        <translation>项目：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="36"/>
        <source>Profile: %1</source>
        <translation>服务圈设置：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="40"/>
        <source>Scenario: the project&apos;s plan (%1 proposed, %2 moved, %3 removed, %4 changed facilities); --baseline for the layers as loaded</source>
        <translation>情景：项目规划（拟建 %1 处、移动 %2 处、删除 %3 处、调整 %4 处设施）；--baseline 分析图层原样的现状</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="47"/>
        <source>Scenario: baseline (the facilities as the layers have them)</source>
        <translation>情景：现状（图层中的设施原样）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="48"/>
        <source>Network: %1 km, %2 edges, %3 nodes, %4 part(s), %5 bytes/edge</source>
        <translation>路网：%1 公里，%2 条边，%3 个节点，%4 个连通部分，每条边 %5 字节</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="54"/>
        <source>Population cells: %1 (%2 large ones counted at several points, %3 points in all); units: %4; facilities: %5</source>
        <translation>人口格网：%1 个（其中 %2 个大格网按多点计，共 %3 个点）；单元：%4 个；设施：%5 处</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="61"/>
        <source>Layers read:</source>
        <translation>已读取的图层：</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="68"/>
        <source>%1: %2 min at %3 m/s (%4 m): %5 of %6 covered (%7 of %8); balance (Gini of E2SFCA access) %9</source>
        <translation>%1：%2 分钟，%3 米/秒（%4 米）：%6覆盖率 %5（%8 人中 %7 人）；均衡度（E2SFCA 可达性基尼系数）%9</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="79"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="81"/>
        <source>%1 cov</source>
        <translation>%1覆盖率</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="95"/>
        <source>Targets: %1</source>
        <translation>指标方案：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="99"/>
        <source>  - %1: not evaluated (%2)</source>
        <translation>  - %1：未评估（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="104"/>
        <source>  %1 %2: %3 (target %4); %5 of %6 units pass</source>
        <translation>  %1 %2：%3（目标 %4）；%6 个单元中 %5 个达标</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="105"/>
        <source>N/A </source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="105"/>
        <source>PASS</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="105"/>
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="110"/>
        <source> (%1 not applicable)</source>
        <translation>（%1 个不适用）</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="112"/>
        <source>; region: %1</source>
        <translation>；全域：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="117"/>
        <source>Warnings (%1):</source>
        <translation>警告（%1 条）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="121"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/analyzereport.cpp" line="132"/>
        <source>Time: %1 ms in all (%2)</source>
        <translation>用时：共 %1 毫秒（%2）</translation>
    </message>
</context>
<context>
    <name>qh::cli::Export</name>
    <message>
        <location filename="../../app/cli/export.cpp" line="183"/>
        <source>Wrote %1 (%2, %3)</source>
        <translation>已写入 %1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>qh::cli::ImportReport</name>
    <message>
        <location filename="../../app/cli/import.cpp" line="35"/>
        <source>walking network (lines)</source>
        <translation>步行路网（线）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="36"/>
        <source>facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="37"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="38"/>
        <source>planning units (polygons)</source>
        <translation>规划单元（面）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="39"/>
        <source>census table per unit (to join to unit polygons)</source>
        <translation>按单元统计的人口表（需与单元面连接）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="40"/>
        <source>a table (no role found)</source>
        <translation>表格（未识别用途）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="49"/>
        <source>%1 declared; but %2</source>
        <translation>已声明 %1；但%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="55"/>
        <source>Layer &apos;%1&apos;: %2, %n feature(s)</source>
        <translation>
            <numerusform>图层“%1”：%2，%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="56"/>
        <source>  Proposed role: %1</source>
        <translation>  建议用途：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="58"/>
        <source>  Coordinate columns: x = %1, y = %2</source>
        <translation>  坐标列：x = %1，y = %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="60"/>
        <location filename="../../app/cli/import.cpp" line="145"/>
        <source>  CRS: %1</source>
        <translation>  坐标系：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="62"/>
        <source>  Extent: %1, %2 – %3, %4</source>
        <translation>  范围：%1, %2 – %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="67"/>
        <source>  Fields: %1</source>
        <translation>  字段：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="67"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="72"/>
        <source>  Row %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="77"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="77"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="77"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="80"/>
        <location filename="../../app/cli/import.cpp" line="82"/>
        <source>  Mapping: %1 ← column %2</source>
        <translation>  对应：%1 ← 列 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="86"/>
        <source>  Mapping: unit name ← column %1</source>
        <translation>  对应：单元名称 ← 列 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="88"/>
        <source>  Mapping: unit code ← column %1</source>
        <translation>  对应：单元代码 ← 列 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="91"/>
        <source>  Mapping: population &apos;%1&apos; ← column %2</source>
        <translation>  对应：人口“%1” ← 列 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="93"/>
        <source>  Type values (%1):</source>
        <translation>  类型取值（%1）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="106"/>
        <source>    %1 (%n row(s)) → %2</source>
        <translation>
            <numerusform>    %1（%n 行）→ %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="107"/>
        <source>    %1 (%n row(s)) → not mapped</source>
        <translation>
            <numerusform>    %1（%n 行）→ 未对应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="110"/>
        <source>    … and %n more value(s), not mapped</source>
        <translation>
            <numerusform>    …… 另有 %n 个取值未对应</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="113"/>
        <source>  Note: %1</source>
        <translation>  提示：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="118"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="119"/>
        <source>Driver: %1 (%2)</source>
        <translation>格式：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="122"/>
        <source>Encoding: %1 (from the .cpg file)</source>
        <translation>编码：%1（来自 .cpg 文件）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="126"/>
        <source>Encoding: GBK (CP936), detected: there is no .cpg file and the text is not UTF-8; if names look wrong, choose another (--encoding here, &quot;encoding&quot; in the mapping file)</source>
        <translation>编码：GBK（CP936），自动识别：没有 .cpg 文件且文本不是 UTF-8；如名称显示有误，请另选编码（此处用 --encoding，字段对应文件中用 &quot;encoding&quot;）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="127"/>
        <source>Encoding: %1, detected (there is no .cpg file)</source>
        <translation>编码：%1，自动识别（没有 .cpg 文件）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="130"/>
        <source>Encoding: plain ASCII text (no .cpg file needed)</source>
        <translation>编码：纯 ASCII 文本（无需 .cpg 文件）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="133"/>
        <source>Encoding: %1, as chosen</source>
        <translation>编码：%1（按所选）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="139"/>
        <source>Encoding: the text is not UTF-8 (likely GBK); save the file as UTF-8 (in Excel: CSV UTF-8) and import it again</source>
        <translation>编码：文本不是 UTF-8（可能是 GBK）；请另存为 UTF-8（Excel 中选“CSV UTF-8”）后重新导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/import.cpp" line="142"/>
        <source>Raster: %1 × %2 pixels, %n band(s), pixel %3 × %4</source>
        <translation>
            <numerusform>栅格：%1 × %2 像元，%n 个波段，像元 %3 × %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="144"/>
        <source>  Proposed role: population (people per pixel)</source>
        <translation>  建议用途：人口（每像元人数）</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="146"/>
        <source>  No-data value: %1</source>
        <translation>  无数据值：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/import.cpp" line="146"/>
        <source>  No-data value: none set</source>
        <translation>  无数据值：未设置</translation>
    </message>
</context>
<context>
    <name>qh::cli::NewReport</name>
    <message>
        <location filename="../../app/cli/new.cpp" line="32"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="33"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="34"/>
        <source>Analysis CRS: %1 (%2)</source>
        <translation>分析坐标系：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="35"/>
        <source>Network: %1</source>
        <translation>路网：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="36"/>
        <source>Facilities: %1</source>
        <translation>设施：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="38"/>
        <source>  type value %1 → %2</source>
        <translation>  类型取值 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="40"/>
        <location filename="../../app/cli/new.cpp" line="45"/>
        <source>  %1 ← column %2</source>
        <translation>  %1 ← 列 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="42"/>
        <source>  facility type %1: %2 minutes at %3 m/s</source>
        <translation>  设施类型 %1：%2 分钟，%3 米/秒</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="43"/>
        <source>Population: %1</source>
        <translation>人口：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="49"/>
        <source>  spread over the buildings of %1</source>
        <translation>  按 %1 中的建筑分布</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="51"/>
        <source>  where a unit has none, over the residential land of %1</source>
        <translation>  单元内无建筑时，按 %1 中的居住用地分布</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="52"/>
        <source>  spread over the residential land of %1</source>
        <translation>  按 %1 中的居住用地分布</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="54"/>
        <source>  evenly where a unit has nothing to go by</source>
        <translation>  两者皆无的单元：均匀分布</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="56"/>
        <source>Units: none (the whole area is one unit)</source>
        <translation>单元：无（全域作为一个单元）</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="57"/>
        <source>Units: %1 (names from column %2)</source>
        <translation>单元：%1（名称取自列 %2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="59"/>
        <source>Reference layer (drawn for context): %1</source>
        <translation>参考图层（仅作底图参考）：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="61"/>
        <source>Target profile: %1</source>
        <translation>指标方案：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/new.cpp" line="63"/>
        <source>%n warning(s) while reading the layers:</source>
        <translation>
            <numerusform>读取图层时有 %n 条警告：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/new.cpp" line="67"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  …… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/new.cpp" line="68"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>qh::cli::Report</name>
    <message>
        <location filename="../../app/cli/report.cpp" line="87"/>
        <source>Wrote %1 (%2 pages)</source>
        <translation>已写入 %1（共 %2 页）</translation>
    </message>
</context>
<context>
    <name>qh::cli::SuggestReport</name>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="39"/>
        <source>Project: %1 (%2)</source>
        <translation>项目：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="40"/>
        <source>Goal: the least cost of new %1 sites that brings every unit up to target</source>
        <translation>目标：以最低成本新增%1点位，使各单元全部达标</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="41"/>
        <source>Goal: the most people within the circle with %1 new %2 sites</source>
        <translation>目标：以 %1 个新增%2点位覆盖最多人口</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="44"/>
        <source>%1 %2 (cost %3)</source>
        <translation>%1 %2（成本 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="45"/>
        <source>Sizes: %1</source>
        <translation>规模：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="46"/>
        <source>Candidates: %1 given, %2 usable</source>
        <translation>候选点：共 %1 个，可用 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="48"/>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="49"/>
        <source>within %1% of the best possible (CBC&apos;s bound %2)</source>
        <translation>与理论最优相差不超过 %1%（CBC 下界 %2）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="50"/>
        <source>no bound (heuristic only)</source>
        <translation>无最优界（仅启发式）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="52"/>
        <source>; the time limit was reached</source>
        <translation>；已达时间上限</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="53"/>
        <source>Solver: %1, %2 s; %3</source>
        <translation>求解：%1，%2 秒；%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="53"/>
        <source>heuristic (greedy and local search)</source>
        <translation>启发式（贪心与局部搜索）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="53"/>
        <source>exact (CBC)</source>
        <translation>精确求解（CBC）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="57"/>
        <source>  heuristic alone: objective %1 in %2 s</source>
        <translation>  仅启发式：目标值 %1，用时 %2 秒</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="58"/>
        <source>Objective: cost %1 for %2 new sites</source>
        <translation>目标值：新增 %2 个点位，成本 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="59"/>
        <source>Objective: %1 people served</source>
        <translation>目标值：受服务 %1 人</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="60"/>
        <source>Objective: %1 more people within the circle</source>
        <translation>目标值：服务圈内增加 %1 人</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="61"/>
        <source>Within the %1 circle: %2 → %3 of %4 people of its group</source>
        <translation>%1服务圈内人数：%2 → %3（服务对象共 %4 人）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="67"/>
        <source>Served, each place serving one person within reach: %1 → %2 of %3</source>
        <translation>按每个名额服务一人计的受服务人数：%1 → %2（共 %3 人）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="72"/>
        <source>Suggested sites:</source>
        <translation>建议点位：</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="75"/>
        <source>  %1  %2  %3 %4, cost %5, %6 more served  [%7; x %8, y %9]</source>
        <translation>  %1  %2  %3 %4，成本 %5，新增受服务 %6 人  [%7；x %8，y %9]</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="76"/>
        <source>  %1  %2  %3 %4, cost %5, %6 newly within a circle  [%7; x %8, y %9]</source>
        <translation>  %1  %2  %3 %4，成本 %5，新增覆盖 %6 人  [%7；x %8，y %9]</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="78"/>
        <source>(no unit)</source>
        <translation>（不在单元内）</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="88"/>
        <source>  none needed</source>
        <translation>  无需新增</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="90"/>
        <source>Units, checked by a fresh analysis with the sites added:</source>
        <translation>各单元（加入建议点后重新分析核验）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="96"/>
        <source>  %1: %2 of %3 units pass before, %4 after</source>
        <translation>  %1：%3 个单元中新增前 %2 个达标，新增后 %4 个达标</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="104"/>
        <source>Every unit meets every target aimed at.</source>
        <translation>各单元均达到所针对的全部目标。</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="104"/>
        <source>Not every unit meets every target aimed at:</source>
        <translation>并非所有单元都达到所针对的目标：</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="108"/>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="111"/>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest.cpp" line="227"/>
        <source>Suggested site</source>
        <translation>建议点</translation>
    </message>
</context>
<context>
    <name>qh::cli::Tables</name>
    <message>
        <location filename="../../app/cli/tables.cpp" line="79"/>
        <source>Wrote %1 (%2 units)</source>
        <translation>已写入 %1（%2 个单元）</translation>
    </message>
</context>
</TS>
