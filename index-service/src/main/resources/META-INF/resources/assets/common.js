/*
 * Shared helpers of the learners' web UI. Every text that comes from a registry feed is put into
 * the page with textContent or as an attribute value through the DOM, never as HTML, so that a
 * title holding "<script>" shows as text. Links to registries are kept only when http(s).
 * Words, numbers and vocabulary names come from I18n (i18n.js) in the learner's language.
 */
"use strict";

const Mcfed = (() => {
  /** Creates an element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** An http(s) URL from a feed, or null: a "javascript:" URL in a feed must never become a link. */
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * The entry of a language map to show: the UI language's (zh-Hans readers next get zh-Hant), else
   * the record's own (its first entry). Returns the BCP 47 key with the text, so the element can carry it.
   */
  function pickLang(map) {
    if (map === null || map === undefined) return null;
    if (typeof map === "string") return { lang: null, text: map };
    const keys = Object.keys(map);
    if (keys.length === 0) return null;
    const wanted = I18n.recordText.map((k) => k.toLowerCase());
    const preferred = wanted.map((w) => keys.find((k) => k.toLowerCase() === w)).find(Boolean);
    const key = preferred || keys[0];
    return { lang: key, text: map[key] };
  }

  /** A span carrying the text's lang, so screen readers switch voice for zh-Hant or mi; a text node when the language is unknown. */
  function inLang(picked) {
    return picked.lang ? el("span", { lang: picked.lang }, picked.text) : document.createTextNode(picked.text);
  }

  /** A language map's entry to show (see pickLang) as a node carrying its lang. */
  function langText(map, fallback) {
    const picked = pickLang(map);
    if (!picked || picked.text === null || picked.text === undefined) return document.createTextNode(fallback || "");
    return inLang(picked);
  }

  /** The record's title in the learner's language where it has one: {lang, text}, the id when it has no title. */
  function title(record) {
    const picked = pickLang(record && record.title);
    return picked && picked.text ? picked : { lang: null, text: (record && record.id) || "" };
  }

  function titleText(record) {
    return title(record).text;
  }

  /** The title as a node carrying its lang, for links and headings. */
  function titleNode(record) {
    return inLang(title(record));
  }

  /**
   * Learning outcomes in the learner's language from learningOutcomesByLanguage, else the
   * learningOutcomes list, which is in the record's first language (the first key of its title).
   */
  function outcomes(r) {
    const picked = pickLang(r.learningOutcomesByLanguage);
    if (picked && Array.isArray(picked.text) && picked.text.length) return picked;
    if (!Array.isArray(r.learningOutcomes) || !r.learningOutcomes.length) return null;
    return { lang: r.title && typeof r.title === "object" ? Object.keys(r.title)[0] || null : null, text: r.learningOutcomes };
  }

  function countryName(code) {
    if (!code) return null;
    return `${I18n.displayName("region", code)} (${code})`;
  }

  function languageName(code) {
    return I18n.displayName("language", code);
  }

  /** A vocabulary code's name in the UI language (mode.online → "Dalam talian"), the code itself when the bundle has none. */
  function term(kind, code) {
    if (code === null || code === undefined || code === "") return null;
    return I18n.term(kind, code) || String(code);
  }

  function hours(value) {
    if (value === null || value === undefined || value === "") return null;
    const n = Number(value);
    return Number.isFinite(n) ? I18n.t("value.hours", { count: Math.round(n * 10) / 10 }) : null;
  }

  function weeks(value) {
    return value ? I18n.t("value.weeks", { count: Number(value) }) : null;
  }

  function credit(c) {
    if (!c || c.value === null || c.value === undefined) return null;
    return I18n.t("value.credits", { count: Number(c.value), system: c.system || "?" });
  }

  /** A framework level in words: "NZQCF level 5", "MQF tahap 3"; Dreyfus levels (words, not numbers) by name. */
  function level(nqf) {
    if (!nqf) return null;
    if (typeof nqf === "string") return nqf;
    if (!nqf.level) return nqf.framework || null;
    return I18n.t("value.frameworkLevel", { framework: nqf.framework || "", level: term(`level.${nqf.framework}`, nqf.level) });
  }

  function iscedLevel(code) {
    if (!code) return null;
    const name = I18n.term("isced", code);
    return name ? I18n.t("value.iscedNamed", { level: code, name }) : I18n.t("value.isced", { level: code });
  }

  function aqrfLevel(code) {
    return code ? I18n.t("value.aqrf", { level: code }) : null;
  }

  /** An ISCED-F code with its broad field's name: "0612 – Information and communication technologies". */
  function field(f) {
    if (!f || !f.iscedF) return f && f.source ? f.source.label || null : null;
    const broad = I18n.term("field", f.iscedF.slice(0, 2));
    return [f.iscedF, broad, f.source && f.source.label].filter(Boolean).join(" – ");
  }

  function list(values) {
    return Array.isArray(values) && values.length ? I18n.list(values.map(String)) : null;
  }

  function terms(kind, values) {
    return Array.isArray(values) && values.length ? list(values.map((v) => term(kind, v))) : null;
  }

  function cost(c) {
    if (!c || c.amount === null || c.amount === undefined) return null;
    const amount = Number(c.amount);
    if (amount === 0) return I18n.t("value.free");
    if (!c.currency) return I18n.number(amount);
    try {
      return I18n.number(amount, { style: "currency", currency: c.currency });
    } catch (e) {
      // not an ISO 4217 code: the amount with the registry's own currency text
      return `${I18n.number(amount)} ${c.currency}`;
    }
  }

  function qualityAssurance(qa) {
    if (!qa) return null;
    return [qa.body, qa.type, qa.validFrom && I18n.t("value.from", { date: I18n.date(qa.validFrom) }),
      qa.validUntil && I18n.t("value.until", { date: I18n.date(qa.validUntil) })].filter(Boolean).join(I18n.t("value.separator")) || null;
  }

  function assessment(a) {
    if (!a) return null;
    return [terms("assessment", a.types), a.description].filter(Boolean).join(I18n.t("value.separator")) || null;
  }

  function stackability(s) {
    if (!s) return null;
    const towards = list(s.towards);
    return [term("stackability", s.option), towards && I18n.t("value.towards", { list: towards })].filter(Boolean).join(" ") || null;
  }

  function percent(share) {
    return share === null || share === undefined ? null : I18n.number(share, { style: "percent", maximumFractionDigits: 0 });
  }

  /** The COL elements shown on the record page and in the compare table, in col-record.md order; labels from element.<key>. */
  const ELEMENTS = [
    ["description", (r) => langText(r.description, "")],
    ["issuerCountry", (r) => countryName(r.issuerCountry)],
    ["awardingBody", (r) => (r.awardingBody ? r.awardingBody.name : null)],
    ["workloadHours", (r) => hours(r.workloadHours)],
    ["credit", (r) => credit(r.credit)],
    ["nqfLevel", (r) => level(r.nqfLevel)],
    ["iscedLevel", (r) => iscedLevel(r.iscedLevel)],
    ["aqrfLevel", (r) => aqrfLevel(r.aqrfLevel)],
    ["fieldOfEducation", (r) => field(r.fieldOfEducation)],
    ["learningOutcomes", (r) => {
      const o = outcomes(r);
      return o ? el("ul", { lang: o.lang }, o.text.map((x) => el("li", {}, x))) : null;
    }],
    ["skills", (r) => (Array.isArray(r.skills) && r.skills.length ? list(r.skills.map((s) => s.label)) : null)],
    ["prerequisites", (r) => r.prerequisites],
    ["status", (r) => term("status", r.status)],
    ["languages", (r) => list((r.languages || []).map(languageName))],
    ["modeOfLearning", (r) => terms("mode", r.modeOfLearning)],
    ["assessment", (r) => assessment(r.assessment)],
    ["supervision", (r) => term("supervision", r.supervision)],
    ["qualityAssurance", (r) => qualityAssurance(r.qualityAssurance)],
    ["gradeRequired", (r) => r.gradeRequired],
    ["stackability", (r) => stackability(r.stackability)],
    ["durationWeeks", (r) => weeks(r.durationWeeks)],
    ["cost", (r) => cost(r.cost)],
    ["financialSupport", (r) => r.financialSupport],
    ["verification", (r) => terms("verification", r.verification)],
    ["completeness", (r) => (r.quality ? percent(r.quality.completeness) : null)],
    ["source", (r) => (r.provenance ? r.provenance.source : null)],
    ["updatedAt", (r) => I18n.date(r.updatedAt)],
  ];

  /** Renders one element's value as a node; "Not stated" where the registry says nothing (never invented). */
  function elementValue(record, render) {
    const value = render(record);
    if (value === null || value === undefined || value === "" || (value instanceof Text && value.textContent === "")) {
      return el("span", { class: "missing" }, I18n.t("value.notStated"));
    }
    return value instanceof Node ? value : document.createTextNode(String(value));
  }

  /** Badges of a result: hours, level, country, mode; each reads as a whole phrase for screen readers. */
  function badges(r) {
    const items = [];
    const h = hours(r.workloadHours);
    if (h) items.push(["hours", h]);
    const lv = level(r.nqfLevel);
    if (lv) items.push(["level", lv]);
    if (r.iscedLevel) items.push(["isced", I18n.t("value.isced", { level: r.iscedLevel })]);
    if (r.issuerCountry) items.push(["country", countryName(r.issuerCountry)]);
    for (const m of r.modeOfLearning || []) items.push(["mode", term("mode", m)]);
    if (r.status === "archived") items.push(["status", term("status", r.status)]);
    return el("ul", { class: "badges", "aria-label": I18n.t("result.keyFacts") }, items.map(([kind, text]) => el("li", { class: `badge badge-${kind}`, "data-badge": kind }, text)));
  }

  /** Fetches JSON; a non-2xx answer becomes an Error carrying the service's {"error": ...} message. */
  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error : I18n.t("error.status", { status: response.status });
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  /** Runs a page's script once the UI language is loaded; if no bundle can be loaded, says why in the page's error box. */
  function start(page) {
    I18n.ready.then(page, (e) => {
      const error = document.getElementById("error");
      error.textContent = e.message;
      error.hidden = false;
    });
  }

  function recordHref(id) {
    return `record.html?id=${encodeURIComponent(id)}`;
  }

  /** The learner's compare selection, kept for the browser tab so it survives going to a record and back. */
  const compare = {
    max: 4,
    ids() {
      try {
        const ids = JSON.parse(sessionStorage.getItem("mcfed.compare") || "[]");
        return Array.isArray(ids) ? ids.filter((x) => typeof x === "string") : [];
      } catch (e) {
        return [];
      }
    },
    set(ids) {
      sessionStorage.setItem("mcfed.compare", JSON.stringify(ids.slice(0, this.max)));
    },
    toggle(id, on) {
      const ids = this.ids().filter((x) => x !== id);
      if (on) ids.push(id);
      this.set(ids);
    },
    href(ids) {
      return "compare.html?" + ids.map((id) => `id=${encodeURIComponent(id)}`).join("&");
    },
  };

  return {
    el, safeUrl, pickLang, langText, titleText, titleNode, title, countryName, languageName, term, terms, hours, weeks, credit, level,
    iscedLevel, aqrfLevel, list, cost, qualityAssurance, assessment, stackability, percent, ELEMENTS, elementValue, badges, getJson,
    start, recordHref, compare,
  };
})();
