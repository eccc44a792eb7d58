/*
 * The compare view: 2 to 4 records from /api/compare side by side, one row per COL element,
 * as a real table (row and column headers) so that screen readers announce what each cell is.
 */
"use strict";

(async () => {
  const { el } = Mcfed;
  const status = document.getElementById("status");
  const error = document.getElementById("error");
  let ids = new URLSearchParams(window.location.search).getAll("id");
  if (ids.length === 0) ids = Mcfed.compare.ids();

  if (ids.length < 2) {
    status.textContent = "Choose two to four micro-credentials with their Compare box in the search results.";
    return;
  }
  let answer;
  try {
    answer = await Mcfed.getJson("api/compare?" + ids.slice(0, Mcfed.compare.max).map((id) => `id=${encodeURIComponent(id)}`).join("&"));
  } catch (e) {
    error.textContent = `The comparison could not be loaded: ${e.message}`;
    error.hidden = false;
    return;
  }
  // /api/compare answers {records: [heads], rows: [{key, label, values}]}; a plain list of records is shown element by element
  const records = Array.isArray(answer) ? answer : answer.records || [];
  const rows = Array.isArray(answer) || !Array.isArray(answer.rows)
    ? [["Identifier", (r) => r.id], ["Awarding body", (r) => (r.awardingBody ? r.awardingBody.name : null)]].concat(Mcfed.ELEMENTS.filter(([label]) => label !== "Awarding body"))
    : [["Awarding body", (r) => (r.awardingBody ? r.awardingBody.name : null)], ["Country of the issuer", (r) => Mcfed.countryName(r.issuerCountry)]]
        .concat(answer.rows.map((row) => [row.label, (r, i) => format(row.key, row.values[i])]));

  const head = document.getElementById("compare-head");
  head.append(el("td", {}));
  for (const r of records) {
    const registry = Mcfed.safeUrl(r.url);
    head.append(el("th", { scope: "col", "data-id": r.id },
      el("a", { href: Mcfed.recordHref(r.id) }, Mcfed.titleText(r)),
      registry ? el("span", { class: "source" }, el("br"), el("a", { href: registry, rel: "noopener noreferrer" }, "source registry")) : null));
  }
  const body = document.getElementById("compare-body");
  for (const [label, render] of rows) {
    body.append(el("tr", {}, el("th", { scope: "row" }, label), records.map((r, i) => el("td", {}, Mcfed.elementValue(r, (x) => render(x, i))))));
  }
  document.getElementById("compare-table").hidden = false;
  status.textContent = `Comparing ${records.length} micro-credentials.`;

  /** One compared value as words; null (shown as "Not stated") where the record says nothing. */
  function format(key, v) {
    if (v === null || v === undefined) return null;
    if (key.startsWith("level:")) {
      if (typeof v !== "object") return String(v);
      return v.basis === "correspondence" ? `${v.level} (comparable level${v.source ? `; ${v.source}` : ""})` : String(v.level);
    }
    switch (key) {
      case "workloadHours": return Mcfed.hours(v);
      case "durationWeeks": return `${v} weeks`;
      case "credit": return v.value === null || v.value === undefined ? null : `${v.value} credits (${v.system || "?"})`;
      case "cost": return Mcfed.costText(v);
      case "qualityAssurance": return [v.body, v.type, v.validFrom && `from ${v.validFrom}`, v.validUntil && `until ${v.validUntil}`].filter(Boolean).join(", ") || null;
      case "assessment": return [Mcfed.list(v.types), v.description].filter(Boolean).join(": ") || null;
      case "stackability": return [v.option, Mcfed.list(v.towards) && `towards ${Mcfed.list(v.towards)}`].filter(Boolean).join(" ") || null;
      default:
        if (Array.isArray(v)) return Mcfed.list(v);
        if (typeof v === "object") return Object.values(v).filter((x) => x !== null && typeof x !== "object").join(", ") || null;
        return String(v);
    }
  }
})();
