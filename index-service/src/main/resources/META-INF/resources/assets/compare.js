/*
 * The compare view: 2 to 4 records from /api/compare side by side, one row per COL element,
 * as a real table (row and column headers) so that screen readers announce what each cell is.
 */
"use strict";

Mcfed.start(async () => {
  const { el } = Mcfed;
  const t = I18n.t;
  const status = document.getElementById("status");
  const error = document.getElementById("error");
  let ids = new URLSearchParams(window.location.search).getAll("id");
  if (ids.length === 0) ids = Mcfed.compare.ids();

  if (ids.length < 2) {
    status.textContent = t("compare.choose");
    return;
  }
  let answer;
  try {
    answer = await Mcfed.getJson("api/compare?" + ids.slice(0, Mcfed.compare.max).map((id) => `id=${encodeURIComponent(id)}`).join("&"));
  } catch (e) {
    error.textContent = t("compare.loadFailed", { message: e.message });
    error.hidden = false;
    return;
  }
  // /api/compare answers {records: [heads], rows: [{key, label, values}]}; a plain list of records is shown element by element
  const awardingBody = ["awardingBody", (r) => (r.awardingBody ? r.awardingBody.name : null)];
  const records = Array.isArray(answer) ? answer : answer.records || [];
  const rows = Array.isArray(answer) || !Array.isArray(answer.rows)
    ? [["id", (r) => r.id], awardingBody].concat(Mcfed.ELEMENTS.filter(([key]) => key !== "awardingBody"))
    : [awardingBody, ["issuerCountry", (r) => Mcfed.countryName(r.issuerCountry)]]
        .concat(answer.rows.map((row) => [row.key, (r, i) => format(row.key, row.values[i])]));

  const head = document.getElementById("compare-head");
  head.append(el("td", {}));
  for (const r of records) {
    const registry = Mcfed.safeUrl(r.url);
    head.append(el("th", { scope: "col", "data-id": r.id },
      el("a", { href: Mcfed.recordHref(r.id) }, Mcfed.titleNode(r)),
      registry ? el("span", { class: "source" }, el("br"), el("a", { href: registry, rel: "noopener noreferrer" }, t("compare.sourceRegistry"))) : null));
  }
  const body = document.getElementById("compare-body");
  for (const [key, render] of rows) {
    body.append(el("tr", { "data-row": key }, el("th", { scope: "row" }, rowLabel(key)), records.map((r, i) => el("td", {}, Mcfed.elementValue(r, (x) => render(x, i))))));
  }
  document.getElementById("compare-table").hidden = false;
  status.textContent = t("compare.comparing", { count: records.length });

  /** A row's label: the COL element's name, or "<framework> level" for the level rows (key level:<framework>). */
  function rowLabel(key) {
    return key.startsWith("level:") ? t("compare.levelIn", { framework: key.slice("level:".length) }) : t(`element.${key}`);
  }

  /** One compared value as words; null (shown as "Not stated") where the record says nothing. */
  function format(key, v) {
    if (v === null || v === undefined) return null;
    if (key.startsWith("level:")) {
      if (typeof v !== "object") return String(v);
      const level = Mcfed.term(`level.${key.slice("level:".length)}`, v.level);
      return v.basis === "correspondence" ? t(v.source ? "compare.comparableFrom" : "compare.comparable", { level, source: v.source }) : level;
    }
    switch (key) {
      case "workloadHours": return Mcfed.hours(v);
      case "durationWeeks": return Mcfed.weeks(v);
      case "credit": return Mcfed.credit(v);
      case "iscedLevel": return Mcfed.iscedLevel(v);
      case "aqrfLevel": return Mcfed.aqrfLevel(v);
      case "cost": return Mcfed.cost(v);
      case "modeOfLearning": return Mcfed.terms("mode", v);
      case "languages": return Mcfed.list(v.map(Mcfed.languageName));
      case "status": return Mcfed.term("status", v);
      case "qualityAssurance": return Mcfed.qualityAssurance(v);
      case "assessment": return Mcfed.assessment(v);
      case "stackability": return Mcfed.stackability(v);
      default:
        if (Array.isArray(v)) return Mcfed.list(v);
        if (typeof v === "object") return Object.values(v).filter((x) => x !== null && typeof x !== "object").join(t("value.separator")) || null;
        return String(v);
    }
  }
});
