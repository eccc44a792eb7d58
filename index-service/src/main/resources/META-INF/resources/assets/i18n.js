/*
 * The UI's language: English, 繁體中文, 简体中文 or Bahasa Melayu. The learner's choice is kept in
 * localStorage; a first visit follows navigator.languages. Every UI string comes from the
 * language's bundle (assets/i18n/<tag>.json); numbers, dates and language and region names come
 * from the browser's Intl in the language's locale. Pages wait for I18n.ready before rendering.
 */
"use strict";

const I18n = (() => {
  const STORE = "mcfed.uiLanguage";
  const state = { tag: "en", locale: "en", recordText: ["en"], names: {}, messages: {} };

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: the service answered ${response.status}`);
    return response.json();
  }

  /** The stored choice, else the first of the browser's languages a UI language matches (zh-HK → zh-Hant), else English. */
  function choose(languages) {
    const stored = localStorage.getItem(STORE);
    if (languages.some((l) => l.tag === stored)) return stored;
    for (const wanted of navigator.languages || [navigator.language]) {
      // zh-Hant-HK, then zh-Hant, then zh: the most specific subtag list that a UI language claims
      const parts = String(wanted || "").split("-");
      for (let n = parts.length; n > 0; n--) {
        const prefix = parts.slice(0, n).join("-").toLowerCase();
        const hit = languages.find((l) => l.matches.some((m) => m.toLowerCase() === prefix));
        if (hit) return hit.tag;
      }
    }
    return "en";
  }

  /** A message with {name} placeholders filled; a numeric "count" also picks the plural form (key.one, key.other). */
  function t(key, params) {
    let message = state.messages[key];
    if (params && typeof params.count === "number") {
      const form = `${key}.${new Intl.PluralRules(state.locale).select(params.count)}`;
      message = state.messages[form] !== undefined ? state.messages[form] : state.messages[`${key}.other`];
    }
    if (message === undefined) {
      console.warn(`mcfed: no message ${key} in ${state.tag}`);
      return key;
    }
    return message.replace(/\{(\w+)\}/g, (m, name) => {
      const value = params ? params[name] : undefined;
      if (value === undefined || value === null) return m;
      return typeof value === "number" ? number(value) : String(value);
    });
  }

  /** The name of a vocabulary code in this language (e.g. mode.online), or null when the bundle has none. */
  function term(kind, code) {
    const message = state.messages[`${kind}.${code}`];
    return message === undefined ? null : message;
  }

  function number(value, options) {
    return new Intl.NumberFormat(state.locale, options).format(value);
  }

  /** An instant ("2025-03-01T09:04:12Z") as date and minute in UTC, or a calendar date ("2025-03-01") as a date. */
  function date(value) {
    if (!value) return null;
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const parsed = new Date(dateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(parsed.getTime())) return String(value);
    const options = dateOnly ? { dateStyle: "medium", timeZone: "UTC" }
      : { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" };
    return new Intl.DateTimeFormat(state.locale, options).format(parsed);
  }

  /** Seconds ago in words ("5 minutes ago", "5 分鐘前"). */
  function ago(seconds) {
    const format = new Intl.RelativeTimeFormat(state.locale, { numeric: "always" });
    if (seconds < 120) return format.format(-seconds, "second");
    if (seconds < 7200) return format.format(-Math.round(seconds / 60), "minute");
    if (seconds < 172800) return format.format(-Math.round(seconds / 3600), "hour");
    return format.format(-Math.round(seconds / 86400), "day");
  }

  function list(values) {
    return new Intl.ListFormat(state.locale, { type: "unit", style: "short" }).format(values);
  }

  /**
   * A language (ISO 639-3 or BCP 47) or region (ISO 3166-1) name: the UI language's own usage where
   * languages.json states it (Hong Kong writes 新西蘭 where CLDR's zh-Hant has 紐西蘭), else the browser's, else the bundle's, else the code.
   */
  function displayName(type, code) {
    if (!code) return null;
    const usage = state.names[type] && state.names[type][code];
    if (usage) return usage;
    try {
      const name = new Intl.DisplayNames([state.locale], { type, fallback: "none" }).of(code);
      if (name) return name;
    } catch (e) {
      // a code Intl does not accept (e.g. a registry's typo) falls through to the bundle
    }
    return term(type, code) || code;
  }

  /** Fills elements marked data-i18n (text) and data-i18n-attr ("placeholder:key;aria-label:key"). */
  function translate(root) {
    for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of root.querySelectorAll("[data-i18n-attr]")) {
      for (const pair of node.dataset.i18nAttr.split(";")) {
        const [attr, key] = pair.split(":");
        node.setAttribute(attr.trim(), t(key.trim()));
      }
    }
  }

  /** The language switcher at the end of the site header: a labelled select; a change reloads the page in the new language. */
  function switcher(languages) {
    const header = document.querySelector(".site-header");
    if (!header) return;
    const wrap = document.createElement("div");
    wrap.className = "language-switcher";
    const label = document.createElement("label");
    label.htmlFor = "ui-language";
    label.textContent = t("switcher.label");
    const select = document.createElement("select");
    select.id = "ui-language";
    for (const l of languages) {
      const option = new Option(l.name, l.tag, false, l.tag === state.tag);
      option.lang = l.tag;
      select.append(option);
    }
    select.addEventListener("change", () => {
      localStorage.setItem(STORE, select.value);
      window.location.reload();
    });
    wrap.append(label, select);
    header.append(wrap);
  }

  const ready = (async () => {
    const { languages } = await json("assets/i18n/languages.json");
    let tag = choose(languages);
    try {
      state.messages = await json(`assets/i18n/${tag}.json`);
    } catch (e) {
      console.warn(`mcfed: the ${tag} bundle could not be loaded, showing English`, e);
      tag = "en";
      state.messages = await json("assets/i18n/en.json");
    }
    const chosen = languages.find((l) => l.tag === tag);
    Object.assign(state, { tag, locale: chosen.locale, recordText: chosen.recordText, names: chosen.names || {} });
    document.documentElement.lang = tag;
    translate(document);
    switcher(languages);
  })();

  return {
    ready,
    t,
    term,
    number,
    date,
    ago,
    list,
    displayName,
    /** Language-map keys to prefer for a record's own text, best first (zh-Hans readers next get zh-Hant). */
    get recordText() { return state.recordText; },
  };
})();
