"""Opens every layer of a results.gpkg in QGIS (headless) and prints, per layer,
the renderer QGIS chose from the GeoPackage's layer_styles table and its classes:
    units categorizedSymbol childcare_places_per_1000_class red:#d7191c,...
Run by test_cli_export when QGIS's Python bindings are installed."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
path = sys.argv[1]
for name in sys.argv[2:]:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        print(name, "invalid")
        continue
    r = layer.renderer()
    kind = r.type()
    attr = getattr(r, "classAttribute", lambda: "")()
    classes = []
    if kind == "categorizedSymbol":
        classes = [f"{c.value()}:{c.symbol().color().name()}" for c in r.categories()]
    elif kind == "graduatedSymbol":
        classes = [f"{g.lowerValue():g}-{g.upperValue():g}:{g.symbol().color().name()}" for g in r.ranges()]
    print(name, kind, attr, ",".join(classes))
sys.stdout.flush()
# exitQgis() crashes in some PyQGIS builds when the process ends; nothing is left to save.
os._exit(0)
