/*
 * The record page: one COL record from /api/records/{id}, every COL element with "Not stated"
 * where the registry says nothing, and the link back to the registry's own page.
 */
"use strict";

(async () => {
  const { el } = Mcfed;
  const id = new URLSearchParams(window.location.search).get("id");
  const status = document.getElementById("status");
  const error = document.getElementById("error");

  function fail(message) {
    status.textContent = "";
    error.textContent = message;
    error.hidden = false;
  }

  if (!id) {
    fail("No micro-credential was named: open one from the search results.");
    return;
  }
  let record;
  try {
    record = await Mcfed.getJson(`api/records/${encodeURIComponent(id)}`);
  } catch (e) {
    fail(e.status === 404 ? `No micro-credential with id ${id} is in the index (it may have been withdrawn).` : `The record could not be loaded: ${e.message}`);
    return;
  }

  const title = Mcfed.titleText(record);
  document.title = `${title} – mcfed`;
  const heading = document.getElementById("record-title");
  heading.replaceChildren(Mcfed.langText(record.title, record.id));
  document.getElementById("record-provider").textContent = record.awardingBody && record.awardingBody.name ? record.awardingBody.name : "";
  document.getElementById("record-badges").replaceChildren(Mcfed.badges(record));

  const source = document.getElementById("source-link");
  const registryUrl = Mcfed.safeUrl(record.url);
  if (registryUrl) {
    source.href = registryUrl;
    source.hidden = false;
    if (record.provenance && record.provenance.source) source.textContent = `View at the source registry (${record.provenance.source})`;
  }
  document.getElementById("json-link").href = `api/records/${encodeURIComponent(record.id)}`;

  const check = document.getElementById("compare-check");
  check.checked = Mcfed.compare.ids().includes(record.id);
  const compareLink = document.getElementById("compare-link");
  compareLink.href = Mcfed.compare.href(Mcfed.compare.ids());
  check.addEventListener("change", () => {
    if (check.checked && Mcfed.compare.ids().length >= Mcfed.compare.max) {
      check.checked = false;
      status.textContent = `You can compare up to ${Mcfed.compare.max} micro-credentials.`;
      return;
    }
    Mcfed.compare.toggle(record.id, check.checked);
    compareLink.href = Mcfed.compare.href(Mcfed.compare.ids());
    status.textContent = check.checked ? "Added to comparison." : "Removed from comparison.";
  });

  const dl = document.getElementById("elements");
  dl.append(el("div", {}, el("dt", {}, "Identifier"), el("dd", {}, el("code", {}, record.id))));
  for (const [label, render] of Mcfed.ELEMENTS) {
    dl.append(el("div", {}, el("dt", {}, label), el("dd", {}, Mcfed.elementValue(record, render))));
  }

  const others = Object.entries(record.title || {});
  if (others.length > 1) {
    document.getElementById("other-title-list").replaceChildren(...others.map(([lang, text]) => el("li", {}, el("span", { lang }, text), ` (${lang})`)));
    document.getElementById("other-titles").hidden = false;
  }

  document.getElementById("record").hidden = false;
  status.textContent = "";
  heading.setAttribute("tabindex", "-1");
  heading.focus();
})();
