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
  let records;
  try {
    const answer = await Mcfed.getJson("api/compare?" + ids.slice(0, Mcfed.compare.max).map((id) => `id=${encodeURIComponent(id)}`).join("&"));
    records = Array.isArray(answer) ? answer : answer.records || answer.results || [];
  } catch (e) {
    error.textContent = `The comparison could not be loaded: ${e.message}`;
    error.hidden = false;
    return;
  }

  const head = document.getElementById("compare-head");
  head.append(el("td", {}));
  for (const r of records) {
    const registry = Mcfed.safeUrl(r.url);
    head.append(el("th", { scope: "col" },
      el("a", { href: Mcfed.recordHref(r.id) }, Mcfed.titleText(r)),
      registry ? el("span", { class: "source" }, el("br"), el("a", { href: registry, rel: "noopener noreferrer" }, "source registry")) : null));
  }
  const body = document.getElementById("compare-body");
  const rows = [["Identifier", (r) => r.id], ["Awarding body", (r) => (r.awardingBody ? r.awardingBody.name : null)]].concat(Mcfed.ELEMENTS.filter(([label]) => label !== "Awarding body"));
  for (const [label, render] of rows) {
    body.append(el("tr", {}, el("th", { scope: "row" }, label), records.map((r) => el("td", {}, Mcfed.elementValue(r, render)))));
  }
  document.getElementById("compare-table").hidden = false;
  status.textContent = `Comparing ${records.length} micro-credentials.`;
})();
