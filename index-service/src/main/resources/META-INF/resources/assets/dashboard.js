/*
 * The operators' dashboard: renders /api/sources (runs, freshness, a completeness heat map of
 * source x COL element, compliance per source, rejects by reason with examples) and
 * /api/sources/history (records, rejects by class, compliance, harvest durations and failures
 * over time, drawn by DashboardCharts). All values are set as text.
 */
"use strict";

Mcfed.start(async () => {
  const { el } = Mcfed;
  const t = I18n.t;
  const status = document.getElementById("status");
  let answer;
  try {
    answer = await Mcfed.getJson("api/sources");
  } catch (e) {
    status.textContent = "";
    showLoadFailure(e);
    return;
  }
  const sources = answer.sources || [];
  const none = t("dashboard.none");
  const n = (v) => (v === null || v === undefined ? none : typeof v === "number" ? I18n.number(v) : String(v));
  const when = (v) => I18n.date(v) || none;
  status.textContent = t("dashboard.status", { count: sources.length, date: when(answer.generatedAt) });

  const runColumns = ["source", "records", "runId", "runStatus", "finished", "pages", "fetched", "created", "changed", "unchanged", "deleted", "failed", "lastCompleted", "newestUpdate", "errors"];
  const runs = document.getElementById("runs");
  runs.append(el("caption", { class: "visually-hidden" }, t("dashboard.runsCaption")),
    el("thead", {}, el("tr", {}, runColumns.map((c) => el("th", { scope: "col" }, t(`dashboard.column.${c}`))))),
    el("tbody", {}, sources.map((s) => {
      const r = s.lastRun || {};
      return el("tr", { "data-source": s.source },
        el("th", { scope: "row", class: "nowrap" }, s.source),
        el("td", { class: "num" }, n(s.records && s.records.records)),
        el("td", { class: "nowrap" }, n(r.runId)),
        el("td", { "data-status": r.status }, r.status ? Mcfed.term("run", r.status) : none),
        el("td", { class: "nowrap" }, when(r.finishedAt)),
        ...["pages", "fetched", "created", "changed", "unchanged", "deleted", "failed"].map((k) => el("td", { class: "num" }, n(r[k]))),
        el("td", { class: "nowrap" }, s.secondsSinceLastCompleted === null || s.secondsSinceLastCompleted === undefined ? t("dashboard.never") : I18n.ago(s.secondsSinceLastCompleted)),
        el("td", { class: "nowrap" }, when(s.records && s.records.newestUpdatedAt)),
        // the harvester's error messages are its own (English) words
        el("td", { class: "errors", lang: r.errors && r.errors.length ? "en" : null }, r.errors && r.errors.length ? el("ul", {}, r.errors.slice(0, 5).map((e) => el("li", {}, e))) : none));
    })));

  const mandatory = answer.mandatoryElements || [];
  const elements = mandatory.concat(answer.optionalElements || []);
  const withRecords = sources.filter((s) => s.records);
  const elementName = (e) => (I18n.term("element", e) || e);
  renderHeatmap(withRecords, elements, elementName);
  const completeness = document.getElementById("completeness");
  completeness.append(el("caption", { class: "visually-hidden" }, t("dashboard.completenessCaption")),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("dashboard.column.element")), withRecords.map((s) => el("th", { scope: "col" }, s.source)))),
    el("tbody", {},
      el("tr", {}, el("th", { scope: "row" }, t("dashboard.averageCompleteness")), withRecords.map((s) => el("td", { class: "num" }, Mcfed.percent(s.records.averageCompleteness) || none))),
      elements.map((e) => el("tr", { "data-element": e },
        el("th", { scope: "row" }, mandatory.includes(e) ? elementName(e) : t("dashboard.optional", { element: elementName(e) }), " (", el("code", {}, e), ")"),
        withRecords.map((s) => {
          const c = s.records.elements[e];
          if (!c) return el("td", {}, none);
          const pct = Mcfed.percent(c.share);
          return el("td", { class: "num", "data-element": e }, c.derived ? t("dashboard.derived", { share: pct, derived: c.derived }) : pct);
        })))));
  renderCompliance(withRecords, elementName);

  const rejects = document.getElementById("rejects");
  for (const s of sources) {
    const rj = s.rejects || { byReason: [] };
    const section = el("section", { "aria-label": t("dashboard.rejectsOf", { source: s.source }), "data-source": s.source },
      el("h3", {}, t("dashboard.rejected", { source: s.source, count: rj.records || 0, events: I18n.number(rj.events || 0) })));
    const classes = Object.entries(rj.byClass || {});
    if (classes.length) {
      section.append(el("p", { class: "reject-classes" }, t("dashboard.byClass", { list: I18n.list(classes.map(([c, k]) => `${rejectClass(c)}: ${n(k)}`)) })));
    }
    if (rj.byReason && rj.byReason.length) {
      section.append(el("table", {},
        el("thead", {}, el("tr", {}, ["element", "problem", "records", "examples"].map((h) => el("th", { scope: "col" }, t(`dashboard.column.${h}`))))),
        el("tbody", {}, rj.byReason.map((r) => el("tr", {},
          el("td", {}, el("code", {}, r.element)), el("td", { lang: "en" }, r.problem), el("td", { class: "num" }, n(r.records)),
          el("td", {}, el("ul", {}, (r.examples || []).map((x) => {
            const url = Mcfed.safeUrl(x.url);
            return el("li", {}, url ? el("a", { href: url, rel: "noopener noreferrer" }, x.localId || x.key) : x.localId || x.key, x.rejectedAt ? ` (${when(x.rejectedAt)})` : "");
          }))))))));
    } else {
      section.append(el("p", {}, t("dashboard.noRejects")));
    }
    rejects.append(section);
  }

  let history = { sources: {} };
  try {
    history = await Mcfed.getJson("api/sources/history");
  } catch (e) {
    showLoadFailure(e);
  }
  renderHistory(history.sources || {});

  function showLoadFailure(e) {
    const error = document.getElementById("error");
    error.textContent = t("dashboard.loadFailed", { message: e.message });
    error.hidden = false;
  }

  /** Source x COL element: each cell's colour is the share of records stating it; its figure on hover or focus, its counts on click. */
  function renderHeatmap(list, columns, name) {
    const table = document.getElementById("heatmap");
    const detail = document.getElementById("heatmap-detail");
    table.append(el("caption", { class: "visually-hidden" }, t("dashboard.heatmapCaption")),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("dashboard.column.source")),
        columns.map((e) => el("th", { scope: "col", class: "heat-element" }, el("span", {}, name(e)))))),
      el("tbody", {}, list.map((s) => el("tr", { "data-source": s.source }, el("th", { scope: "row", class: "nowrap" }, s.source),
        columns.map((e) => {
          const c = s.records.elements[e];
          if (!c) return el("td", {}, none);
          const pct = Mcfed.percent(c.share);
          const label = t("dashboard.heatCell", { source: s.source, element: name(e), share: pct });
          return el("td", { class: "heat-cell" }, el("button", {
            type: "button", class: `heat heat-${bucket(c.share)}`, title: label, "aria-label": label,
            "data-source": s.source, "data-element": e, "data-share": c.share,
            onclick: () => {
              detail.textContent = t("dashboard.heatDetail", { source: s.source, element: name(e), published: n(c.published),
                derived: n(c.derived), missing: n(c.missing), records: n(s.records.records), share: pct });
            },
          }, el("span", { class: "heat-value", "aria-hidden": "true" }, pct)));
        })))));
    arrowKeys(table);
    document.getElementById("heatmap-legend").append(...[0, 1, 2, 3, 4, 5].map((b) =>
      el("li", {}, el("span", { class: `heat-swatch heat-${b}`, "aria-hidden": "true" }), t(`dashboard.heatBucket.${b}`))));
  }

  /** One tab stop for the whole map, arrow keys moving between cells (a roving tabindex): 50 sources are not 1,000 tab stops. */
  function arrowKeys(table) {
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("button.heat")]);
    const cells = rows.flat();
    const tabStop = (cell) => cells.forEach((b) => b.setAttribute("tabindex", b === cell ? "0" : "-1"));
    tabStop(cells[0]);
    table.addEventListener("focusin", (e) => {
      if (cells.includes(e.target)) tabStop(e.target);
    });
    const moves = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
    table.addEventListener("keydown", (e) => {
      const move = moves[e.key];
      const row = rows.findIndex((r) => r.includes(e.target));
      if (!move || row < 0) return;
      const r = Math.max(0, Math.min(rows.length - 1, row + move[0]));
      const next = rows[r][Math.max(0, Math.min(rows[r].length - 1, rows[row].indexOf(e.target) + move[1]))];
      e.preventDefault();
      if (next) next.focus();
    });
  }

  /** Six colour steps: none, under a quarter, under a half, under three quarters, under all, all. */
  function bucket(share) {
    if (!share) return 0;
    if (share >= 1) return 5;
    return 1 + Math.min(3, Math.floor(share * 4));
  }

  /** Per source and flag: the share of records meeting it, and the elements most often missing. */
  function renderCompliance(list, name) {
    const flags = [...new Set(list.flatMap((s) => Object.keys(s.records.compliance || {})))].sort();
    const table = document.getElementById("compliance");
    if (!flags.length) {
      table.replaceWith(el("p", {}, t("dashboard.noCompliance")));
      return;
    }
    table.append(el("caption", { class: "visually-hidden" }, t("dashboard.complianceCaption")),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("dashboard.column.source")),
        flags.map((f) => el("th", { scope: "col", "data-flag": f }, flagName(f))))),
      el("tbody", {}, list.map((s) => el("tr", { "data-source": s.source }, el("th", { scope: "row", class: "nowrap" }, s.source),
        flags.map((f) => {
          const c = (s.records.compliance || {})[f];
          if (!c) return el("td", { "data-flag": f }, t("dashboard.notApplicable"));
          return el("td", { "data-flag": f },
            el("span", { class: "compliance-share" }, t("dashboard.complianceCell", { share: Mcfed.percent(c.share), met: n(c.met), records: n(c.records) })),
            c.mostMissing.length ? el("ul", { "aria-label": t("dashboard.mostMissing") },
              c.mostMissing.map((m) => el("li", { "data-element": m.element }, t("dashboard.missingElement", { element: name(m.element), records: n(m.records) })))) : null);
        })))));
  }

  function flagName(flag) {
    return I18n.term("record.compliance.flag", flag) || flag;
  }

  /** The charts over time: a point per ended run of each source (GET /api/sources/history). */
  function renderHistory(bySource) {
    const charts = document.getElementById("charts");
    const names = Object.keys(bySource).sort();
    const secondsOf = (p) => Date.parse(p.at) / 1000;
    const points = names.flatMap((s) => bySource[s].map((p) => Object.assign({ x: secondsOf(p) }, p)));
    const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
    const pointAt = new Map(names.map((s) => [s, new Map(bySource[s].map((p) => [secondsOf(p), p]))]));
    const perSource = (id, title, value, format, max) => DashboardCharts.timeChart(charts, {
      id, title, xs, value: format, max,
      series: names.map((s) => ({ label: s, values: xs.map((x) => { const p = pointAt.get(s).get(x); return p ? value(p) : null; }) })),
      table: {
        columns: [t("dashboard.column.time"), t("dashboard.column.source"), t("dashboard.column.runId"), t("dashboard.column.runStatus"), title],
        rows: points.slice().sort((a, b) => a.x - b.x || a.source.localeCompare(b.source)).map((p) => {
          const v = value(p);
          return [when(p.at), p.source, p.runId || none, p.status ? Mcfed.term("run", p.status) : none, v === null ? none : format(v)];
        }),
      },
    });
    perSource("records", t("dashboard.chart.records"), (p) => p.records, n);

    // rejects by class over every source, each source counted by its latest point at or before x
    const classes = [...new Set(points.flatMap((p) => Object.keys(p.rejectsByClass || {})))].sort();
    const latest = {};
    const rejectsAt = xs.map((x) => {
      for (const s of names) latest[s] = pointAt.get(s).get(x) || latest[s];
      return classes.map((c) => names.reduce((sum, s) => sum + ((latest[s] && latest[s].rejectsByClass[c]) || 0), 0));
    });
    DashboardCharts.timeChart(charts, {
      id: "rejects", title: t("dashboard.chart.rejects"), xs, value: n,
      series: classes.map((c, i) => ({ label: rejectClass(c), values: rejectsAt.map((byClass) => byClass[i]) })),
      table: {
        columns: [t("dashboard.column.time")].concat(classes.map(rejectClass)),
        rows: xs.map((x, i) => [when(new Date(x * 1000).toISOString())].concat(rejectsAt[i].map(n))),
      },
    });

    const flags = [...new Set(points.flatMap((p) => Object.keys(p.compliance || {})))].sort();
    const complianceBox = el("div", { class: "chart-choice" });
    charts.append(complianceBox);
    const drawCompliance = (flag) => {
      complianceBox.querySelectorAll("figure").forEach((f) => f.remove());
      complianceBox.append(perSource("compliance", t("dashboard.chart.compliance", { flag: flagName(flag) }),
        (p) => (p.compliance && p.compliance[flag] !== undefined ? p.compliance[flag] : null), (v) => Mcfed.percent(v), 1));
    };
    if (flags.length) {
      const select = el("select", { id: "compliance-flag", onchange: (e) => drawCompliance(e.target.value) },
        flags.map((f) => el("option", { value: f }, flagName(f))));
      complianceBox.append(el("label", { for: "compliance-flag" }, t("dashboard.flagChoice"), " "), select);
      drawCompliance(flags[0]);
    }

    perSource("durations", t("dashboard.chart.durations"), (p) => (p.durationMs === null || p.durationMs === undefined ? null : p.durationMs / 60000),
      (v) => I18n.number(v, { maximumFractionDigits: 1 }));
    perSource("failures", t("dashboard.chart.failures"), (p) => (p.failed === null || p.failed === undefined ? null : p.failed), n);
  }

  function rejectClass(c) {
    return I18n.term("dashboard.rejectClass", c) || c;
  }
});
