/*
 * The search page: reads the query and filters from the address (so a search can be bookmarked
 * and the back button works), calls /api/search, and renders the facet sidebar and the results.
 */
"use strict";

(() => {
  const { el } = Mcfed;

  /** Facet names of /api/search (shared/design/api.md) with the words learners read. */
  const FACETS = [
    ["country", "Country"],
    ["mode", "Mode of learning"],
    ["framework", "Qualifications framework"],
    ["nqfLevel", "NQF level"],
    ["iscedLevel", "ISCED level"],
    ["aqrfLevel", "AQRF level"],
    ["field", "Field of education"],
    ["language", "Language"],
    ["provider", "Provider"],
    ["status", "Status"],
    ["stackability", "Stackability"],
    ["source", "Source registry"],
  ];
  const FACET_NAMES = new Set(FACETS.map(([name]) => name));
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
    try {
      const answer = await Mcfed.getJson(`api/search?${params}`);
      next = answer.next || null;
      if (!append) list.replaceChildren();
      const first = list.children.length;
      for (const r of answer.results || []) list.append(resultItem(r));
      renderFacets(answer.facets || {});
      const total = Number(answer.total || 0);
      const relaxed = answer.relaxed ? " No record has every word; showing those with some of them." : "";
      count.textContent = (total === 0 ? "No micro-credentials match." : `${total} micro-credential${total === 1 ? "" : "s"} found, showing ${list.children.length}.`) + relaxed;
      more.hidden = !next;
      if (append && list.children[first]) list.children[first].querySelector("h3 a").focus();
    } catch (e) {
      error.textContent = `Search failed: ${e.message}`;
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
    return el("li", { class: "result", "data-id": id },
      el("article", { "aria-labelledby": headingId },
        el("h3", { id: headingId }, el("a", { href: Mcfed.recordHref(id), class: "result-title" }, Mcfed.titleText(r))),
        el("p", { class: "provider" }, r.awardingBody && r.awardingBody.name ? r.awardingBody.name : ""),
        Mcfed.badges(r),
        snippet(r.highlight),
        el("p", { class: "result-actions" },
          el("label", { class: "compare-toggle" },
            el("input", { type: "checkbox", class: "compare-check", "data-id": id, checked, onchange: onCompareToggle }),
            " Compare ", el("span", { class: "visually-hidden" }, Mcfed.titleText(r))),
          registry ? el("a", { href: registry, rel: "noopener noreferrer", class: "source-link" }, "At the source registry", el("span", { class: "visually-hidden" }, ` for ${Mcfed.titleText(r)}`)) : null)));
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

  function renderFacets(facets) {
    const focused = document.activeElement && document.activeElement.dataset ? { facet: document.activeElement.dataset.facet, value: document.activeElement.dataset.value } : {};
    groups.replaceChildren();
    for (const [name, label] of FACETS) {
      const counts = Object.assign({}, facets[name] || {});
      for (const v of state.filters[name] || []) if (!(v in counts)) counts[v] = 0;
      const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (entries.length === 0) continue;
      const fieldset = el("fieldset", { class: "facet", "data-facet": name }, el("legend", {}, label));
      const ul = el("ul", {});
      entries.forEach(([value, n], i) => {
        const inputId = `f-${name}-${i}`;
        const checked = (state.filters[name] || []).includes(value);
        ul.append(el("li", {},
          el("input", { type: "checkbox", id: inputId, "data-facet": name, "data-value": value, checked, onchange: onFacetToggle }),
          el("label", { for: inputId }, facetValueLabel(name, value), " ", el("span", { class: "count" }, `(${n})`))));
      });
      fieldset.append(ul);
      groups.append(fieldset);
    }
    clear.hidden = Object.values(state.filters).every((v) => v.length === 0);
    if (focused.facet) {
      const again = [...groups.querySelectorAll("input[data-facet]")].find((i) => i.dataset.facet === focused.facet && i.dataset.value === focused.value);
      if (again) again.focus();
    }
  }

  /** ISCED-F 2013 broad fields, the values of the "field" facet (UNESCO, ISCED Fields of Education and Training 2013). */
  const BROAD_FIELDS = {
    "00": "Generic programmes", "01": "Education", "02": "Arts and humanities", "03": "Social sciences, journalism and information",
    "04": "Business, administration and law", "05": "Natural sciences, mathematics and statistics",
    "06": "Information and communication technologies", "07": "Engineering, manufacturing and construction",
    "08": "Agriculture, forestry, fisheries and veterinary", "09": "Health and welfare", "10": "Services",
  };

  function facetValueLabel(name, value) {
    switch (name) {
      case "country": return Mcfed.countryName(value);
      case "nqfLevel": return value.includes(":") ? value.replace(":", " level ") : value;
      case "iscedLevel": return `ISCED ${value}`;
      case "aqrfLevel": return `AQRF ${value}`;
      case "field": return BROAD_FIELDS[value] ? `${BROAD_FIELDS[value]} (${value})` : value;
      case "language": return Mcfed.languageName(value);
      default: return value;
    }
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
      count.textContent = `You can compare up to ${Mcfed.compare.max} micro-credentials.`;
      return;
    }
    Mcfed.compare.toggle(event.target.dataset.id, event.target.checked);
    renderCompareBar();
  }

  function renderCompareBar() {
    const ids = Mcfed.compare.ids();
    const bar = document.getElementById("compare-bar");
    bar.hidden = ids.length === 0;
    document.getElementById("compare-count").textContent = `${ids.length} selected for comparison.`;
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
})();
