/*
 * The operators' dashboard: renders /api/sources (runs, freshness, completeness per element,
 * rejects by reason with examples). All values are set as text.
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
    const error = document.getElementById("error");
    error.textContent = t("dashboard.loadFailed", { message: e.message });
    error.hidden = false;
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

  const rejects = document.getElementById("rejects");
  for (const s of sources) {
    const rj = s.rejects || { byReason: [] };
    const section = el("section", { "aria-label": t("dashboard.rejectsOf", { source: s.source }), "data-source": s.source },
      el("h3", {}, t("dashboard.rejected", { source: s.source, count: rj.records || 0, events: I18n.number(rj.events || 0) })));
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
});
