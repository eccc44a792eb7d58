/*
 * The record page: one COL record from /api/records/{id}, every COL element with "Not stated"
 * where the registry says nothing, its compliance flags (quality.compliance: met or not, and
 * the elements missing), and the link back to the registry's own page.
 */
"use strict";

Mcfed.start(async () => {
  const { el } = Mcfed;
  const t = I18n.t;
  const id = new URLSearchParams(window.location.search).get("id");
  const status = document.getElementById("status");
  const error = document.getElementById("error");

  function fail(message) {
    status.textContent = "";
    error.textContent = message;
    error.hidden = false;
  }

  if (!id) {
    fail(t("record.noId"));
    return;
  }
  let record;
  try {
    record = await Mcfed.getJson(`api/records/${encodeURIComponent(id)}`);
  } catch (e) {
    fail(e.status === 404 ? t("record.notFound", { id }) : t("record.loadFailed", { message: e.message }));
    return;
  }

  document.title = t("title.recordNamed", { title: Mcfed.titleText(record) });
  const heading = document.getElementById("record-title");
  heading.replaceChildren(Mcfed.titleNode(record));
  document.getElementById("record-provider").textContent = record.awardingBody && record.awardingBody.name ? record.awardingBody.name : "";
  document.getElementById("record-badges").replaceChildren(Mcfed.badges(record));

  const source = document.getElementById("source-link");
  const registryUrl = Mcfed.safeUrl(record.url);
  if (registryUrl) {
    source.href = registryUrl;
    source.hidden = false;
    if (record.provenance && record.provenance.source) source.textContent = t("record.sourceLinkNamed", { source: record.provenance.source });
  }
  document.getElementById("json-link").href = `api/records/${encodeURIComponent(record.id)}`;

  const check = document.getElementById("compare-check");
  check.checked = Mcfed.compare.ids().includes(record.id);
  const compareLink = document.getElementById("compare-link");
  compareLink.href = Mcfed.compare.href(Mcfed.compare.ids());
  check.addEventListener("change", () => {
    if (check.checked && Mcfed.compare.ids().length >= Mcfed.compare.max) {
      check.checked = false;
      status.textContent = t("compare.max", { max: Mcfed.compare.max });
      return;
    }
    Mcfed.compare.toggle(record.id, check.checked);
    compareLink.href = Mcfed.compare.href(Mcfed.compare.ids());
    status.textContent = t(check.checked ? "record.added" : "record.removed");
  });

  const dl = document.getElementById("elements");
  dl.append(el("div", {}, el("dt", {}, t("element.id")), el("dd", {}, el("code", {}, record.id))));
  for (const [key, render] of Mcfed.ELEMENTS) {
    dl.append(el("div", { "data-element": key }, el("dt", {}, t(`element.${key}`)), el("dd", {}, Mcfed.elementValue(record, render))));
  }

  renderCompliance(record.quality ? record.quality.compliance : null);

  const titles = Object.entries(record.title || {});
  if (titles.length > 1) {
    document.getElementById("other-title-list").replaceChildren(...titles.map(([lang, text]) =>
      el("li", {}, el("span", { lang }, text), ` (${Mcfed.languageName(lang)})`)));
    document.getElementById("other-titles").hidden = false;
  }

  document.getElementById("record").hidden = false;
  status.textContent = "";
  heading.setAttribute("tabindex", "-1");
  heading.focus();

  /** Each flag by its name, met or not, with the COL elements missing by their names (paths the bundles lack as written). */
  function renderCompliance(flags) {
    const list = document.getElementById("compliance-flags");
    const ids = flags ? Object.keys(flags).sort() : [];
    if (!ids.length) {
      list.replaceWith(el("p", { class: "missing" }, t("record.compliance.none")));
      return;
    }
    for (const id of ids) {
      const flag = flags[id] || {};
      const missing = Array.isArray(flag.missing) ? flag.missing : [];
      list.append(el("div", { "data-flag": id },
        el("dt", {}, I18n.term("record.compliance.flag", id) || id),
        el("dd", {},
          el("span", { class: flag.met ? "flag-met" : "flag-unmet" }, t(flag.met ? "record.compliance.met" : "record.compliance.notMet")),
          missing.length ? el("p", {}, t("record.compliance.missing")) : null,
          missing.length ? el("ul", {}, missing.map((e) => el("li", { "data-element": e }, I18n.term("element", e) || el("code", {}, e)))) : null)));
    }
  }
});
