<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="27" />
        <source>15-minute service circles for elderly care and childcare</source>
        <translation>养老托育一刻钟服务圈规划</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="31" />
        <source>Project file (.qhproj); the bundled Liechtenstein sample when omitted.</source>
        <translation>项目文件（.qhproj）；省略时打开内置的列支敦士登示例。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="34" />
        <source>Save a PNG of the window once the project is shown, then quit.</source>
        <translation>项目显示后将窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="38" />
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>qh::Feedback</name>
    <message>
        <location filename="../../core/engine/coverage/model.cpp" line="247" />
        <source>building the walking network</source>
        <translation>构建步行路网</translation>
    </message>
    <message>
        <location filename="../../core/engine/coverage/model.cpp" line="388" />
        <source>searching from every facility</source>
        <translation>逐个设施计算服务圈</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="565" />
        <source>reading the walking network</source>
        <translation>读取步行路网</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="567" />
        <source>reading facilities</source>
        <translation>读取设施</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="569" />
        <source>reading population</source>
        <translation>读取人口</translation>
    </message>
    <message>
        <location filename="../../core/engine/io/readers.cpp" line="571" />
        <source>reading units</source>
        <translation>读取单元</translation>
    </message>
</context>
<context>
    <name>qh::LorenzWidget</name>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="41" />
        <source>%1 — Gini %2</source>
        <translation>%1 — 基尼系数 %2</translation>
    </message>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="42" />
        <source>share of people</source>
        <translation>人口累计占比</translation>
    </message>
    <message>
        <location filename="../../app/lorenzwidget.cpp" line="46" />
        <source>share of supply</source>
        <translation>资源累计占比</translation>
    </message>
</context>
<context>
    <name>qh::MainWindow</name>
    <message>
        <location filename="../../app/commands.cpp" line="10" />
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="16" />
        <source>Move facility %1</source>
        <translation>移动设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="22" />
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="29" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="104" />
        <source>Failing units only</source>
        <translation>仅显示未达标单元</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="117" />
        <source>QuarterHour</source>
        <translation>一刻钟服务圈规划</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="123" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="124" />
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="126" />
        <location filename="../../app/mainwindow.cpp" line="134" />
        <source>QuarterHour projects (*.qhproj)</source>
        <translation>一刻钟项目 (*.qhproj)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="130" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="131" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="132" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="133" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="138" />
        <source>Add &amp;facilities from a file…</source>
        <translation>从文件添加设施(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="140" />
        <source>Add facilities</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="141" />
        <source>Point layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)</source>
        <translation>点图层 (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="146" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="147" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="148" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="150" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="154" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="155" />
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="157" />
        <source>Zoom to selected &amp;unit</source>
        <translation>缩放至所选单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="159" />
        <source>&amp;Basemap…</source>
        <translation>底图(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="162" />
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="163" />
        <source>XYZ tile URL with {z}, {x}, {y} (e.g. Tianditu with your key, or an OpenStreetMap tile server). Leave empty for none.</source>
        <translation>XYZ 瓦片地址，含 {z}、{x}、{y}（如带密钥的天地图，或 OpenStreetMap 瓦片服务）。留空表示不用底图。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="169" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="175" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="176" />
        <source>The language changes when QuarterHour starts next time.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="182" />
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="194" />
        <source>Pan / inspect</source>
        <translation>平移 / 查看</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="194" />
        <source>Drag to pan, click a unit to see its indicators</source>
        <translation>拖动平移地图，点击单元查看其指标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="195" />
        <source>Add facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="195" />
        <source>Click the map to propose a facility of the chosen type</source>
        <translation>点击地图，按所选类型新增规划设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="196" />
        <source>Move facility</source>
        <translation>移动设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="196" />
        <source>Drag a facility to a new place</source>
        <translation>将设施拖到新位置</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="197" />
        <source>Delete facility</source>
        <translation>删除设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="197" />
        <source>Click a facility to take it out of the plan</source>
        <translation>点击设施将其从方案中移除</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="199" />
        <source> Type </source>
        <translation> 类型 </translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="201" />
        <source> Capacity </source>
        <translation> 容量 </translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="213" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="218" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="218" />
        <source>Population cells</source>
        <translation>人口格网</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="217" />
        <source>Walking network</source>
        <translation>步行路网</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="216" />
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="216" />
        <source>Unit names</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="217" />
        <source>Catchments (walking circles)</source>
        <translation>服务圈范围（步行）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="248" />
        <source>Cells show</source>
        <translation>格网显示</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="249" />
        <source>Units show</source>
        <translation>单元显示</translation>
    </message>
    <message>
        <source>Cell opacity</source>
        <translation>格网透明度</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="287" />
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="291" />
        <source>Map and targets</source>
        <translation>地图与目标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="299" />
        <source>Coverage by unit</source>
        <translation>各单元覆盖情况</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="314" />
        <source>The default target of this indicator; kept in the project</source>
        <translation>该指标的默认目标值，保存在项目中</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="325" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="329" />
        <location filename="../../app/mainwindow.cpp" line="779" />
        <location filename="../../app/mainwindow.cpp" line="821" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="333" />
        <source>Balance (资源均衡)</source>
        <translation>资源均衡</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="344" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="496" />
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="497" />
        <source>QuarterHour was closed with unsaved changes to %1. Recover them?</source>
        <translation>上次关闭时 %1 有未保存的修改，是否恢复？</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="505" />
        <source>Loading %1 …</source>
        <translation>正在加载 %1 …</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="514" />
        <location filename="../../app/mainwindow.cpp" line="516" />
        <location filename="../../app/mainwindow.cpp" line="585" />
        <location filename="../../app/mainwindow.cpp" line="587" />
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="525" />
        <location filename="../../app/mainwindow.cpp" line="536" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="530" />
        <source>Where is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="540" />
        <source>%1 is missing: the whole area is taken as one unit</source>
        <translation>缺少 %1：全区作为一个单元</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="550" />
        <source>Loading: %1</source>
        <translation>正在加载：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="580" />
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="597" />
        <source>Recovered unsaved work</source>
        <translation>已恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="602" />
        <source>Some layers were not where the project said and were found again:
%1
Save the project to keep the new places.</source>
        <translation>部分图层不在项目记录的位置，已重新找到：
%1
保存项目以记住新位置。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="605" />
        <source>Layers found again</source>
        <translation>已找到图层</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="623" />
        <source>Population density</source>
        <translation>人口密度</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="626" />
        <source>Walking minutes to %1</source>
        <translation>步行至%1的分钟数</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="637" />
        <source>%1: %2 cells, %3 facilities, %4 km of walking network, %5 warning(s)</source>
        <translation>%1：%2 个格网，%3 处设施，步行路网 %4 公里，%5 条警告</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="662" />
        <source>Plain</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="668" />
        <source>Warning map: %1</source>
        <translation>五色预警图：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="669" />
        <source>%1 (not evaluated)</source>
        <translation>%1（未评估）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="689" />
        <source>updated in %1 ms</source>
        <translation>更新用时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="779" />
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="782" />
        <source>%1
%2 covered %</source>
        <translation>%1
%2覆盖率 %</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="783" />
        <source>%1
change vs baseline</source>
        <translation>%1
较现状变化</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="821" />
        <location filename="../../app/mainwindow.cpp" line="912" />
        <source>Value</source>
        <translation>现值</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="311" />
        <location filename="../../app/mainwindow.cpp" line="821" />
        <location filename="../../app/mainwindow.cpp" line="912" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="228" />
        <source>Draw later (up)</source>
        <translation>上移（后绘制）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="229" />
        <source>Draw earlier (down)</source>
        <translation>下移（先绘制）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="252" />
        <source>Opacity of selected layer</source>
        <translation>所选图层透明度</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="253" />
        <source>Colour of selected layer…</source>
        <translation>所选图层颜色…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="258" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="259" />
        <source>Facility symbol size</source>
        <translation>设施符号大小</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="270" />
        <source>Colours can be set for the network and the unit outlines</source>
        <translation>可设置路网和单元边界的颜色</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="273" />
        <source>Layer colour</source>
        <translation>图层颜色</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="439" />
        <source>Add %1 facilities from %2</source>
        <translation>从 %2 添加 %1 处设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="445" />
        <source>Proposed %1</source>
        <translation>规划设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="456" />
        <source>Added %1 proposed facilities from %2%3</source>
        <translation>已从 %2 添加 %1 处规划设施%3</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="459" />
        <source> (%1 warnings)</source>
        <translation>（%1 条警告）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="464" />
        <source>Could not add facilities</source>
        <translation>无法添加设施</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="465" />
        <source>Could not add facilities: %1</source>
        <translation>无法添加设施：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="699" />
        <source>%1: %2 %3 covered (%4 points) against the baseline</source>
        <translation>%1：较现状新增覆盖%3 %2 人（%4 个百分点）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="821" />
        <source>Pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="821" />
        <source>Class</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="821" />
        <location filename="../../app/mainwindow.cpp" line="912" />
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="822" />
        <source>Change vs baseline</source>
        <translation>较现状变化</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="837" />
        <source>Not evaluated: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="855" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="855" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="901" />
        <source>&lt;i&gt;Click a unit on the map or in the table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在地图或表格中点击一个单元。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="912" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="920" />
        <source>meets the target</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="947" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="952" />
        <source> m/s</source>
        <translation> 米/秒</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="986" />
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="994" />
        <source>QuarterHour — %1%2</source>
        <translation>一刻钟服务圈规划 — %1%2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1005" />
        <source>Proposed %1 %2</source>
        <translation>规划%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1031" />
        <source>Proposed facility %1</source>
        <translation>规划设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1031" />
        <source>Facility %1</source>
        <translation>设施 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1039" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1040" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1042" />
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1043" />
        <source>Nursing beds</source>
        <translation>护理型床位</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1044" />
        <source>Childcare places</source>
        <translation>托位</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1045" />
        <source>Inclusive places</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1060" />
        <source>Existing facilities come from the data layer and are not edited here.</source>
        <translation>现状设施来自数据图层，不在此处编辑。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1118" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1122" />
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1123" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1136" />
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1143" />
        <source>Save changes?</source>
        <translation>保存修改？</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="1144" />
        <source>The plan has unsaved changes. Save them?</source>
        <translation>方案有未保存的修改，是否保存？</translation>
    </message>
</context>
<context>
    <name>qh::MapCanvas</name>
    <message>
        <location filename="../../app/mapcanvas.cpp" line="136" />
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
</context>
<context>
    <name>qh::MapScene</name>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="203" />
        <source>severe shortfall</source>
        <translation>严重不足</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="205" />
        <source>shortfall</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="207" />
        <source>near target</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="209" />
        <source>meets target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="211" />
        <source>well above target</source>
        <translation>远超目标</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="170" />
        <source>%1 (%2 of target)</source>
        <translation>%1（目标的 %2）</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="438" />
        <source>Walking minutes to %1</source>
        <translation>步行至%1的分钟数</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="445" />
        <source>over %1 min / not reached</source>
        <translation>超过 %1 分钟 / 不可达</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="448" />
        <source>%1 per hectare</source>
        <translation>每公顷%1</translation>
    </message>
    <message>
        <location filename="../../core/render/maprenderer.cpp" line="448" />
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
</context>
</TS>