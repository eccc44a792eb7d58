/*
 * Shared helpers of the learners' web UI. Every text that comes from a registry feed is put into
 * the page with textContent or as an attribute value through the DOM, never as HTML, so that a
 * title holding "<script>" shows as text. Links to registries are kept only when http(s).
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

  /** The preferred entry of a language map: the browser's language, then English, then the first. */
  function pickLang(map) {
    if (map === null || map === undefined) return null;
    if (typeof map === "string") return { lang: null, text: map };
    const keys = Object.keys(map);
    if (keys.length === 0) return null;
    const wanted = (navigator.language || "en").toLowerCase();
    const exact = keys.find((k) => k.toLowerCase() === wanted);
    const base = keys.find((k) => k.toLowerCase().split("-")[0] === wanted.split("-")[0]);
    const key = exact || base || (map.en !== undefined ? "en" : keys[0]);
    return { lang: key, text: map[key] };
  }

  /** A text node or a span carrying the lang attribute, so screen readers switch voice for zh-Hant or mi. */
  function langText(map, fallback) {
    const picked = pickLang(map);
    if (!picked || picked.text === null || picked.text === undefined) return document.createTextNode(fallback || "");
    return picked.lang ? el("span", { lang: picked.lang }, picked.text) : document.createTextNode(picked.text);
  }

  function titleText(record) {
    const picked = pickLang(record && record.title);
    return picked && picked.text ? picked.text : (record && record.id) || "";
  }

  const COUNTRY_NAMES = typeof Intl !== "undefined" && Intl.DisplayNames ? new Intl.DisplayNames(["en"], { type: "region" }) : null;
  const LANGUAGE_NAMES = { eng: "English", zho: "Chinese", msa: "Malay", mri: "Māori", tam: "Tamil", hin: "Hindi", fil: "Filipino", ind: "Indonesian", tha: "Thai", vie: "Vietnamese" };

  function countryName(code) {
    if (!code) return null;
    try {
      return COUNTRY_NAMES ? `${COUNTRY_NAMES.of(code)} (${code})` : code;
    } catch (e) {
      return code;
    }
  }

  function hours(value) {
    if (value === null || value === undefined || value === "") return null;
    const n = Number(value);
    return Number.isFinite(n) ? `${Math.round(n * 10) / 10} hours` : null;
  }

  function level(nqf) {
    if (!nqf) return null;
    if (typeof nqf === "string") return nqf;
    return [nqf.framework, nqf.level].filter(Boolean).join(" level ");
  }

  function list(values) {
    return Array.isArray(values) && values.length ? values.join(", ") : null;
  }

  function cost(c) {
    if (!c || c.amount === null || c.amount === undefined) return null;
    return Number(c.amount) === 0 ? "Free" : `${c.amount} ${c.currency || ""}`.trim();
  }

  /** The COL elements shown on the record page and in the compare table, in col-record.md order. */
  const ELEMENTS = [
    ["Description", (r) => langText(r.description, "")],
    ["Country of the issuer", (r) => countryName(r.issuerCountry)],
    ["Awarding body", (r) => (r.awardingBody ? r.awardingBody.name : null)],
    ["Notional workload", (r) => hours(r.workloadHours)],
    ["Credit", (r) => (r.credit && r.credit.value !== null && r.credit.value !== undefined ? `${r.credit.value} credits (${r.credit.system || "?"})` : null)],
    ["NQF level", (r) => level(r.nqfLevel)],
    ["ISCED 2011 level", (r) => r.iscedLevel],
    ["AQRF level", (r) => r.aqrfLevel],
    ["Field of education (ISCED-F)", (r) => (r.fieldOfEducation ? [r.fieldOfEducation.iscedF, r.fieldOfEducation.source && r.fieldOfEducation.source.label].filter(Boolean).join(" – ") : null)],
    ["Learning outcomes", (r) => (Array.isArray(r.learningOutcomes) && r.learningOutcomes.length ? el("ul", {}, r.learningOutcomes.map((o) => el("li", {}, o))) : null)],
    ["Skills", (r) => (Array.isArray(r.skills) && r.skills.length ? r.skills.map((s) => s.label).join(", ") : null)],
    ["Prerequisites", (r) => r.prerequisites],
    ["Status", (r) => r.status],
    ["Languages", (r) => list((r.languages || []).map((l) => LANGUAGE_NAMES[l] || l))],
    ["Mode of learning", (r) => list(r.modeOfLearning)],
    ["Assessment", (r) => (r.assessment ? [list(r.assessment.types), r.assessment.description].filter(Boolean).join(": ") : null)],
    ["Supervision and identity verification", (r) => r.supervision],
    ["Quality assurance", (r) => (r.qualityAssurance ? [r.qualityAssurance.body, r.qualityAssurance.type, r.qualityAssurance.validFrom && `from ${r.qualityAssurance.validFrom}`, r.qualityAssurance.validUntil && `until ${r.qualityAssurance.validUntil}`].filter(Boolean).join(", ") : null)],
    ["Grade required", (r) => r.gradeRequired],
    ["Stackability", (r) => (r.stackability ? [r.stackability.option, list(r.stackability.towards) && `towards ${list(r.stackability.towards)}`].filter(Boolean).join(" ") : null)],
    ["Duration", (r) => (r.durationWeeks ? `${r.durationWeeks} weeks` : null)],
    ["Cost", (r) => cost(r.cost)],
    ["Financial support", (r) => r.financialSupport],
    ["Verification", (r) => list(r.verification)],
    ["Completeness (COL elements)", (r) => (r.quality && r.quality.completeness !== null && r.quality.completeness !== undefined ? `${Math.round(r.quality.completeness * 100)} %` : null)],
    ["Source registry", (r) => (r.provenance ? r.provenance.source : null)],
    ["Last updated", (r) => r.updatedAt],
  ];

  /** Renders one element's value as a node; "Not stated" where the registry says nothing (never invented). */
  function elementValue(record, render) {
    const value = render(record);
    if (value === null || value === undefined || value === "" || (value instanceof Text && value.textContent === "")) {
      return el("span", { class: "missing" }, "Not stated");
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
    if (r.iscedLevel) items.push(["isced", `ISCED ${r.iscedLevel}`]);
    if (r.issuerCountry) items.push(["country", countryName(r.issuerCountry)]);
    for (const m of r.modeOfLearning || []) items.push(["mode", m]);
    if (r.status === "archived") items.push(["status", "archived"]);
    return el("ul", { class: "badges", "aria-label": "Key facts" }, items.map(([kind, text]) => el("li", { class: `badge badge-${kind}`, "data-badge": kind }, text)));
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
      const message = body && body.error ? body.error : `The service answered ${response.status}.`;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
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

  return { el, safeUrl, pickLang, langText, titleText, countryName, hours, level, list, costText: cost, languageName: (code) => LANGUAGE_NAMES[code] || code, ELEMENTS, elementValue, badges, getJson, recordHref, compare };
})();
