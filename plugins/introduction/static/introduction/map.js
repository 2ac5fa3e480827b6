/* Administrative map: boundaries from the page's GeoJSON, no external tiles. */
(function () {
  "use strict";
  var el = document.getElementById("ban-do");
  var dataEl = document.getElementById("ban-do-du-lieu");
  if (!el || !dataEl || typeof L === "undefined") { return; }
  var data = JSON.parse(dataEl.textContent);
  var map = L.map(el, { attributionControl: false, keyboard: true });
  var layer = L.geoJSON(data, {
    style: function () {
      return { color: "#5c1010", weight: 2, fillColor: "#f2c94c", fillOpacity: 0.35 };
    },
    onEachFeature: function (feature, lyr) {
      var name = feature.properties && feature.properties.name;
      if (name) { lyr.bindTooltip(name, { permanent: true, direction: "center" }); }
    }
  }).addTo(map);
  var bounds = layer.getBounds();
  if (bounds.isValid()) { map.fitBounds(bounds, { padding: [12, 12] }); }
})();
