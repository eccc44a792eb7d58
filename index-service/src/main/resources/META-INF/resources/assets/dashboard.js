/*
 * The operators' dashboard: renders /api/sources (runs, freshness, completeness per element,
 * rejects by reason with examples). All values are set as text.
 */
"use strict";

(async () => {
  const { el } = Mcfed;
  const status = document.getElementById("status");
  let answer;
  try {
    answer = await Mcfed.getJson("api/sources");
  } catch (e) {
    status.textContent = "";
    const error = document.getElementById("error");
    error.textContent = `The sources report could not be loaded: ${e.message}`;
    error.hidden = false;
    return;
  }
  const sources = answer.sources || [];
  const n = (v) => (v === null || v === undefined ? "–" : String(v));
  /** 2025-03-01T09:04:12.5Z as "2025-03-01 09:04 UTC": the minute is what an operator reads. */
  const when = (t) => (t ? String(t).replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC") : "–");
  status.textContent = `${sources.length} sources, report of ${when(answer.generatedAt)}.`;
  const age = (s) => (s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : s < 172800 ? `${Math.round(s / 3600)} h` : `${Math.round(s / 86400)} days`);

  const runs = document.getElementById("runs");
  runs.append(el("caption", { class: "visually-hidden" }, "Last run per source"),
    el("thead", {}, el("tr", {}, ["Source", "Records", "Last run", "Status", "Finished", "Pages", "Fetched", "New", "Changed", "Unchanged", "Deleted", "Failed", "Last completed run", "Newest record update", "Errors"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, sources.map((s) => {
      const r = s.lastRun || {};
      return el("tr", { "data-source": s.source },
        el("th", { scope: "row", class: "nowrap" }, s.source),
        el("td", { class: "num" }, n(s.records && s.records.records)),
        el("td", { class: "nowrap" }, n(r.runId)),
        el("td", {}, n(r.status)),
        el("td", { class: "nowrap" }, when(r.finishedAt)),
        ...["pages", "fetched", "created", "changed", "unchanged", "deleted", "failed"].map((k) => el("td", { class: "num" }, n(r[k]))),
        el("td", { class: "nowrap" }, s.secondsSinceLastCompleted === null || s.secondsSinceLastCompleted === undefined ? "never" : `${age(s.secondsSinceLastCompleted)} ago`),
        el("td", { class: "nowrap" }, when(s.records && s.records.newestUpdatedAt)),
        el("td", { class: "errors" }, r.errors && r.errors.length ? el("ul", {}, r.errors.slice(0, 5).map((e) => el("li", {}, e))) : "–"));
    })));

  const elements = (answer.mandatoryElements || []).concat(answer.optionalElements || []);
  const withRecords = sources.filter((s) => s.records);
  const completeness = document.getElementById("completeness");
  completeness.append(el("caption", { class: "visually-hidden" }, "COL elements by source"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "COL element"), withRecords.map((s) => el("th", { scope: "col" }, s.source)))),
    el("tbody", {},
      el("tr", {}, el("th", { scope: "row" }, "Average completeness"), withRecords.map((s) => el("td", { class: "num" }, s.records.averageCompleteness === null ? "–" : `${Math.round(s.records.averageCompleteness * 100)} %`))),
      elements.map((e) => el("tr", {},
        el("th", { scope: "row" }, (answer.mandatoryElements || []).includes(e) ? e : `${e} (optional)`),
        withRecords.map((s) => {
          const c = s.records.elements[e];
          if (!c) return el("td", {}, "–");
          const pct = `${Math.round(c.share * 100)} %`;
          return el("td", { class: "num", "data-element": e }, c.derived ? `${pct} (${c.derived} derived)` : pct);
        })))));

  const rejects = document.getElementById("rejects");
  for (const s of sources) {
    const rj = s.rejects || { byReason: [] };
    const section = el("section", { "aria-label": `Rejects of ${s.source}` }, el("h3", {}, `${s.source}: ${rj.records || 0} records rejected (${rj.events || 0} times)`));
    if (rj.byReason && rj.byReason.length) {
      section.append(el("table", {},
        el("thead", {}, el("tr", {}, ["Element", "Problem", "Records", "Examples"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, rj.byReason.map((r) => el("tr", {},
          el("td", {}, r.element), el("td", {}, r.problem), el("td", { class: "num" }, String(r.records)),
          el("td", {}, el("ul", {}, (r.examples || []).map((x) => {
            const url = Mcfed.safeUrl(x.url);
            return el("li", {}, url ? el("a", { href: url, rel: "noopener noreferrer" }, x.localId || x.key) : x.localId || x.key, x.rejectedAt ? ` (${when(x.rejectedAt)})` : "");
          }))))))));
    } else {
      section.append(el("p", {}, "No rejects."));
    }
    rejects.append(section);
  }
})();
