/// The style sheet and script of the HTML report, written for it (no library).
enum ReportAssets {
    static let css = """
    body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 0 1.5em 2em; color: #222; background: #fff; }
    header h1 { font-size: 1.5em; margin: 0.6em 0 0.2em; }
    header p, .note, footer { color: #555; font-size: 0.9em; }
    h2 { font-size: 1.15em; margin: 1em 0 0.4em; }
    .diagram { position: relative; border: 1px solid #ccc; border-radius: 6px; height: 62vh; min-height: 320px; overflow: hidden; background: #fcfcfc; cursor: grab; }
    .diagram svg { width: 100%; height: 100%; display: block; user-select: none; }
    .diagram.dragging { cursor: grabbing; }
    .diagram .reset { position: absolute; right: 8px; top: 8px; z-index: 2; }
    .diagram g.node { cursor: pointer; }
    .diagram g.faded { opacity: 0.18; }
    #hover { position: fixed; left: 1em; bottom: 1em; max-width: 46em; background: #fffbe6; border: 1px solid #d9c77a; border-radius: 6px; padding: 0.5em 0.8em; font-size: 0.85em; white-space: pre-wrap; box-shadow: 0 2px 8px rgba(0,0,0,0.15); display: none; z-index: 5; unicode-bidi: plaintext; }
    #filterbar { position: sticky; top: 0; background: #eef4ff; border: 1px solid #b8cdf0; padding: 0.4em 0.8em; border-radius: 6px; z-index: 4; }
    table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
    th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; vertical-align: top; text-align: left; unicode-bidi: isolate; }
    th { background: #f2f2f2; cursor: pointer; position: sticky; top: 0; white-space: nowrap; }
    th.asc::after { content: " ▲"; } th.desc::after { content: " ▼"; }
    td.evidence { color: #444; max-width: 36em; white-space: pre-wrap; }
    tr.planned td { font-style: italic; color: #666; }
    td a.entity, li a.entity { color: #1f4e8c; text-decoration: none; } td a.entity:hover, li a.entity:hover { text-decoration: underline; }
    .tops { display: flex; flex-wrap: wrap; gap: 2em; } .tops ol { padding-left: 1.5em; } .tops li { unicode-bidi: isolate; }
    .count { color: #777; font-size: 0.85em; }
    footer { margin-top: 2em; }
    """

    static let script = """
    (function () {
      "use strict";
      var root = document.documentElement;
      window.addEventListener("error", function (e) { root.setAttribute("data-errors", (root.getAttribute("data-errors") || "") + e.message + "; "); });
      var data = JSON.parse(document.getElementById("ng-data").textContent);
      var names = data.entities;
      var rows = data.meetings;
      var tbody = document.querySelector("#meetings tbody");
      var search = document.getElementById("search");
      var count = document.getElementById("count");
      var hover = document.getElementById("hover");
      var filterbar = document.getElementById("filterbar");
      var entityFilter = null;
      var sortKey = "date", sortDir = 1;
      var byID = {};
      rows.forEach(function (m) { byID[m.id] = m; });

      function nameOf(id) { return Object.prototype.hasOwnProperty.call(names, id) ? names[id] : id; }
      function cell(tr, text, cls) { var td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); return td; }
      function entityLinks(td, ids) {
        ids.forEach(function (id, i) {
          if (i > 0) td.appendChild(document.createTextNode(", "));
          var a = document.createElement("a");
          a.href = "#"; a.className = "entity"; a.setAttribute("data-id", id); a.textContent = nameOf(id);
          td.appendChild(a);
        });
      }
      rows.forEach(function (m) {
        m.who = m.attendees.length ? nameOf(m.attendees[0]) : "";
        m.whom = m.attendees.slice(1).map(nameOf).join(", ");
        m.sourcesText = m.sources.join(", ");
        m.text = [m.who, m.whom, m.topic, m.place, m.date, m.status, m.sourcesText, m.evidence].join(" ").toLowerCase();
        var tr = document.createElement("tr");
        if (m.status === "planned") tr.className = "planned";
        entityLinks(cell(tr, ""), m.attendees.slice(0, 1));
        entityLinks(cell(tr, ""), m.attendees.slice(1));
        cell(tr, m.topic); cell(tr, m.place); cell(tr, m.date); cell(tr, m.status);
        cell(tr, m.sourcesText); cell(tr, m.evidence, "evidence");
        m.tr = tr;
      });
      function value(m, key) { return key === "sources" ? m.sourcesText : (m[key] || ""); }
      function render() {
        var q = search.value.trim().toLowerCase();
        var shown = 0;
        var sorted = rows.slice().sort(function (a, b) {
          var x = value(a, sortKey), y = value(b, sortKey);
          return x < y ? -sortDir : x > y ? sortDir : 0;
        });
        var fragment = document.createDocumentFragment();
        sorted.forEach(function (m) {
          var ok = (!q || m.text.indexOf(q) >= 0) && (!entityFilter || m.attendees.indexOf(entityFilter) >= 0);
          m.tr.hidden = !ok;
          if (ok) shown++;
          fragment.appendChild(m.tr);
        });
        tbody.appendChild(fragment);
        count.textContent = shown + " of " + rows.length + " meetings";
        document.querySelectorAll("#meetings th").forEach(function (th) {
          th.className = th.getAttribute("data-key") === sortKey ? (sortDir > 0 ? "asc" : "desc") : "";
        });
      }
      document.querySelectorAll("#meetings th").forEach(function (th) {
        function sort() { var key = th.getAttribute("data-key"); sortDir = key === sortKey ? -sortDir : 1; sortKey = key; render(); }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
      });
      search.addEventListener("input", render);

      // Diagram nodes are named by IRI in their SVG <title>.
      function nodeID(g) { var t = g.querySelector("title"); return t ? t.textContent : ""; }
      // Timeline nodes: "mark:LANE MEETING" and "lane-end:LANE".
      function entityOfNode(id) {
        if (id.indexOf("lane-end:") === 0) return id.slice(9);
        if (id.indexOf("mark:") === 0) return id.slice(5).split(" ")[0];
        return id;
      }
      function setFilter(id) {
        entityFilter = id && Object.prototype.hasOwnProperty.call(names, id) ? id : null;
        filterbar.hidden = !entityFilter;
        document.getElementById("filtername").textContent = entityFilter ? nameOf(entityFilter) : "";
        var near = {};
        if (entityFilter) rows.forEach(function (m) { if (m.attendees.indexOf(entityFilter) >= 0) m.attendees.forEach(function (a) { near[a] = true; }); });
        near[entityFilter] = true;
        function related(id) {
          if (!entityFilter || id === "legend" || id.indexOf("period:") === 0) return true;
          if (id.indexOf("mark:") === 0) {
            var meeting = byID[id.slice(5).split(" ")[1]];
            return !!meeting && meeting.attendees.indexOf(entityFilter) >= 0;
          }
          return near[entityOfNode(id)] === true;
        }
        document.querySelectorAll(".diagram g.node").forEach(function (g) { g.classList.toggle("faded", !related(nodeID(g))); });
        // Edges are titled "A--B" or "A->B": kept when both ends are.
        document.querySelectorAll(".diagram g.edge").forEach(function (g) {
          var ends = nodeID(g).split(/--|->/);
          g.classList.toggle("faded", !!entityFilter && !(ends.length === 2 && related(ends[0]) && related(ends[1]) && (ends[0] === entityFilter || ends[1] === entityFilter || ends[0].indexOf("mark:") === 0 || entityOfNode(ends[1]) === entityOfNode(ends[0]))));
        });
        render();
      }
      document.getElementById("clearfilter").addEventListener("click", function () { setFilter(null); });
      document.addEventListener("click", function (e) {
        var a = e.target.closest ? e.target.closest("a.entity") : null;
        if (a) { e.preventDefault(); setFilter(a.getAttribute("data-id")); }
      });

      function tooltipOf(g) {
        var a = g.querySelector("a");
        var t = a && (a.getAttributeNS("http://www.w3.org/1999/xlink", "title") || a.getAttribute("title"));
        return t || "";
      }
      document.querySelectorAll(".diagram").forEach(function (box) {
        var svg = box.querySelector("svg");
        if (!svg) return;
        svg.removeAttribute("width"); svg.removeAttribute("height");
        var base = svg.viewBox.baseVal;
        var home = [base.x, base.y, base.width, base.height];
        function setView(v) { svg.setAttribute("viewBox", v.join(" ")); }
        function current() { var b = svg.viewBox.baseVal; return [b.x, b.y, b.width, b.height]; }
        function toSVG(e) {
          var r = svg.getBoundingClientRect(), v = current();
          var scale = Math.max(v[2] / r.width, v[3] / r.height);
          var ox = v[0] + (v[2] - r.width * scale) / 2, oy = v[1] + (v[3] - r.height * scale) / 2;
          return [ox + (e.clientX - r.left) * scale, oy + (e.clientY - r.top) * scale, scale];
        }
        svg.addEventListener("wheel", function (e) {
          e.preventDefault();
          var p = toSVG(e), v = current(), f = e.deltaY > 0 ? 1.2 : 1 / 1.2;
          setView([p[0] - (p[0] - v[0]) * f, p[1] - (p[1] - v[1]) * f, v[2] * f, v[3] * f]);
        }, { passive: false });
        var drag = null;
        svg.addEventListener("mousedown", function (e) { drag = { x: e.clientX, y: e.clientY, v: current(), s: toSVG(e)[2], moved: false }; box.classList.add("dragging"); });
        window.addEventListener("mousemove", function (e) {
          if (!drag) return;
          var dx = (e.clientX - drag.x) * drag.s, dy = (e.clientY - drag.y) * drag.s;
          if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
          setView([drag.v[0] - dx, drag.v[1] - dy, drag.v[2], drag.v[3]]);
        });
        window.addEventListener("mouseup", function () { box.classList.remove("dragging"); setTimeout(function () { drag = null; }, 0); });
        box.querySelector(".reset").addEventListener("click", function () { setView(home); });
        svg.querySelectorAll("g.node, g.edge").forEach(function (g) {
          var text = tooltipOf(g);
          g.addEventListener("mouseenter", function () { if (text) { hover.textContent = text; hover.style.display = "block"; } });
          g.addEventListener("mouseleave", function () { hover.style.display = "none"; });
          if (g.classList.contains("node")) {
            g.addEventListener("click", function (e) {
              e.preventDefault();
              if (drag && drag.moved) return;
              setFilter(entityOfNode(nodeID(g)));
            });
          }
        });
      });
      // "report.html#entity=IRI" opens filtered (a link to send).
      var hash = decodeURIComponent(location.hash.slice(1));
      if (hash.indexOf("entity=") === 0) setFilter(hash.slice(7)); else render();
      root.setAttribute("data-ready", String(rows.length));
    })();
    """
}
