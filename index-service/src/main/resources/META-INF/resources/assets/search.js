/*
 * The search page: reads the query and filters from the address (so a search can be bookmarked
 * and the back button works), calls /api/search, and renders the facet sidebar and the results.
 */
"use strict";

Mcfed.start(() => {
  const { el } = Mcfed;

  /** Facet names of /api/search (docs/api.md) in the order shown; their labels are facet.<name> in the bundles. */
  const FACETS = ["country", "mode", "framework", "nqfLevel", "iscedLevel", "aqrfLevel", "field", "language", "provider", "status", "stackability", "source", "compliance"];
  const FACET_NAMES = new Set(FACETS);
  const PAGE_SIZE = 20;

  const form = document.getElementById("search-form");
  const q = document.getElementById("q");
  const sort = document.getElementById("sort");
  const groups = document.getElementById("facet-groups");
  const list = document.getElementById("result-list");
  const count = document.getElementById("result-count");
  const error = document.getElementById("error");
  const more = document.getElementById("more");
  const clear = document.getElementById("clear-filters");
  const translations = document.getElementById("translations");

  let state = readState(new URLSearchParams(window.location.search));
  let next = null;

  function readState(params) {
    const filters = {};
    for (const [name, value] of params) {
      if (FACET_NAMES.has(name)) (filters[name] = filters[name] || []).push(value);
    }
    return { q: params.get("q") || "", sort: params.get("sort") || "relevance", filters };
  }

  function toParams(s) {
    const params = new URLSearchParams();
    if (s.q) params.set("q", s.q);
    if (s.sort && s.sort !== "relevance") params.set("sort", s.sort);
    for (const [name, values] of Object.entries(s.filters)) for (const v of values) params.append(name, v);
    return params;
  }

  async function search(append) {
    const params = toParams(state);
    params.set("size", String(PAGE_SIZE));
    if (append && next) params.set("cursor", next);
    error.hidden = true;
    list.setAttribute("aria-busy", "true");
    delete count.dataset.total;
    try {
      const answer = await Mcfed.getJson(`api/search?${params}`);
      next = answer.next || null;
      if (!append) list.replaceChildren();
      const first = list.children.length;
      for (const r of answer.results || []) list.append(resultItem(r));
      renderFacets(answer.facets || {}, answer.facetsExact !== false);
      renderTranslations(answer.translations);
      const total = Number(answer.total || 0);
      const relaxed = answer.relaxed ? ` ${I18n.t("results.relaxed")}` : "";
      // above the service's exact count limit the total is an estimate: "About 12,300 ..."
      const found = answer.totalExact === false ? "results.foundAbout" : "results.found";
      count.textContent = (total === 0 ? I18n.t("results.none") : I18n.t(found, { count: total, shown: list.children.length })) + relaxed;
      count.dataset.total = String(total);
      count.dataset.totalExact = String(answer.totalExact !== false);
      more.hidden = !next;
      if (append && list.children[first]) list.children[first].querySelector("h3 a").focus();
    } catch (e) {
      error.textContent = I18n.t("results.failed", { message: e.message });
      error.hidden = false;
      count.textContent = "";
    } finally {
      list.removeAttribute("aria-busy");
    }
  }

  function resultItem(r) {
    const id = r.id;
    const headingId = `t-${list.children.length}-${Math.random().toString(36).slice(2, 8)}`;
    const checked = Mcfed.compare.ids().includes(id);
    const registry = Mcfed.safeUrl(r.url);
    const title = Mcfed.title(r);
    // the record's title, read after the action's name so that each of the list's boxes and links has its own name
    const named = () => el("span", { class: "visually-hidden" }, ": ", el("span", { lang: title.lang }, title.text));
    return el("li", { class: "result", "data-id": id },
      el("article", { "aria-labelledby": headingId },
        el("h3", { id: headingId, lang: title.lang }, el("a", { href: Mcfed.recordHref(id), class: "result-title" }, title.text)),
        el("p", { class: "provider" }, r.awardingBody && r.awardingBody.name ? r.awardingBody.name : ""),
        Mcfed.badges(r),
        snippet(r.highlight),
        el("p", { class: "result-actions" },
          el("label", { class: "compare-toggle" },
            el("input", { type: "checkbox", class: "compare-check", "data-id": id, checked, onchange: onCompareToggle }),
            " ", I18n.t("result.compare"), named()),
          registry ? el("a", { href: registry, rel: "noopener noreferrer", class: "source-link" }, I18n.t("result.sourceLink"), named()) : null)));
  }

  /**
   * The search API's highlight is HTML-escaped text with matches in <em>. It is never inserted as
   * HTML: it is split on <em>/</em>, each part's entities are decoded, and the parts become text
   * nodes and <mark> elements, so nothing a feed says can turn into markup.
   */
  function snippet(highlight) {
    const text = typeof highlight === "string" ? highlight : highlight && (highlight.description || "");
    if (!text) return null;
    const parts = text.split(/<\/?em>/i);
    return el("p", { class: "snippet" }, parts.map((part, i) => (i % 2 === 1 ? el("mark", {}, decode(part)) : document.createTextNode(decode(part)))));
  }

  function decode(escaped) {
    return escaped.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot|apos|#39));/gi, (m, dec, hex, name) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
      if (code !== null) return code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", "#39": "'" }[name.toLowerCase()];
    });
  }

  function renderFacets(facets, exact) {
    const focused = document.activeElement && document.activeElement.dataset ? { facet: document.activeElement.dataset.facet, value: document.activeElement.dataset.value } : {};
    groups.replaceChildren();
    for (const name of FACETS) {
      const counts = Object.assign({}, facets[name] || {});
      for (const v of state.filters[name] || []) if (!(v in counts)) counts[v] = 0;
      const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (entries.length === 0) continue;
      const fieldset = el("fieldset", { class: "facet", "data-facet": name }, el("legend", {}, I18n.t(`facet.${name}`)));
      const ul = el("ul", {});
      entries.forEach(([value, n], i) => {
        const inputId = `f-${name}-${i}`;
        const checked = (state.filters[name] || []).includes(value);
        ul.append(el("li", {},
          el("input", { type: "checkbox", id: inputId, "data-facet": name, "data-value": value, checked, onchange: onFacetToggle }),
          el("label", { for: inputId }, facetValueLabel(name, value), " ",
            el("span", { class: "count" }, exact ? `(${I18n.number(n)})` : I18n.t("facets.countAbout", { n })))));
      });
      fieldset.append(ul);
      groups.append(fieldset);
    }
    if (!exact && groups.children.length > 0) groups.prepend(el("p", { class: "facets-estimated" }, I18n.t("facets.estimated")));
    clear.hidden = Object.values(state.filters).every((v) => v.length === 0);
    if (focused.facet) {
      const again = [...groups.querySelectorAll("input[data-facet]")].find((i) => i.dataset.facet === focused.facet && i.dataset.value === focused.value);
      if (again) again.focus();
    }
  }

  /** A facet value in words: vocabulary codes by their names in the UI language, the rest as the registry wrote them. */
  function facetValueLabel(name, value) {
    switch (name) {
      case "country": return Mcfed.countryName(value);
      case "mode": return Mcfed.term("mode", value);
      case "framework": return withCode("framework", value);
      case "nqfLevel": {
        const [framework, level] = value.split(":");
        return level === undefined ? value : Mcfed.level({ framework, level });
      }
      case "iscedLevel": return Mcfed.iscedLevel(value);
      case "aqrfLevel": return Mcfed.aqrfLevel(value);
      case "field": return withCode("field", value);
      case "language": return Mcfed.languageName(value);
      case "status": return Mcfed.term("status", value);
      case "stackability": return Mcfed.term("stackability", value);
      case "compliance": return I18n.term("record.compliance.flag", value) || value;
      default: return value;
    }
  }

  /** A code's name followed by the code ("Hong Kong Qualifications Framework (HKQF)"), the code alone when the bundle has no name. */
  function withCode(kind, value) {
    const name = I18n.term(kind, value);
    return name ? `${name} (${value})` : value;
  }

  /** "Also searched: 森林 → forest, hutan": the query terms the service translated (interface 5), hidden when there are none. */
  function renderTranslations(list) {
    const entries = Array.isArray(list) ? list.filter((x) => x && x.from && Array.isArray(x.to) && x.to.length) : [];
    translations.hidden = entries.length === 0;
    translations.replaceChildren();
    if (entries.length === 0) return;
    // the lead-in's words go around the terms as the language orders them ("Also searched: {terms}")
    const [before, after] = I18n.t("results.alsoSearched").split("{terms}");
    translations.append(before);
    entries.forEach((x, i) => {
      if (i > 0) translations.append(I18n.t("value.termSeparator"));
      translations.append(el("span", { lang: x.language, class: "term-from" }, x.from), " → ");
      x.to.forEach((to, j) => {
        if (j > 0) translations.append(I18n.t("value.separator"));
        translations.append(el("span", { lang: to.language, class: "term-to" }, to.text));
      });
    });
    translations.append(after || "");
  }

  function onFacetToggle(event) {
    const { facet, value } = event.target.dataset;
    const values = (state.filters[facet] || []).filter((v) => v !== value);
    if (event.target.checked) values.push(value);
    state.filters[facet] = values;
    commit();
  }

  function onCompareToggle(event) {
    const ids = Mcfed.compare.ids();
    if (event.target.checked && ids.length >= Mcfed.compare.max) {
      event.target.checked = false;
      count.textContent = I18n.t("compare.max", { max: Mcfed.compare.max });
      return;
    }
    Mcfed.compare.toggle(event.target.dataset.id, event.target.checked);
    renderCompareBar();
  }

  function renderCompareBar() {
    const ids = Mcfed.compare.ids();
    const bar = document.getElementById("compare-bar");
    bar.hidden = ids.length === 0;
    document.getElementById("compare-count").textContent = I18n.t("compare.selected", { count: ids.length });
    const go = document.getElementById("compare-go");
    go.href = Mcfed.compare.href(ids);
    document.getElementById("compare-link").href = Mcfed.compare.href(ids);
  }

  /** Puts the state in the address and searches again. */
  function commit() {
    history.pushState(null, "", `?${toParams(state)}`);
    search(false);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = q.value.trim();
    state.sort = sort.value;
    commit();
  });
  sort.addEventListener("change", () => {
    state.sort = sort.value;
    commit();
  });
  more.addEventListener("click", () => search(true));
  clear.addEventListener("click", () => {
    state.filters = {};
    commit();
    q.focus();
  });
  window.addEventListener("popstate", () => {
    state = readState(new URLSearchParams(window.location.search));
    syncForm();
    search(false);
  });

  function syncForm() {
    q.value = state.q;
    sort.value = state.sort;
  }

  syncForm();
  renderCompareBar();
  search(false);
});
