/*
 * The public feed validator page: sends a pasted or uploaded document, or a feed URL, to
 * POST /api/validate and shows the answer: a summary, the problems of pages that could not be
 * read, and a row per record with its verdict, reasons, missing COL elements and compliance flags.
 * Everything the feed said is put in the page as text, never as HTML.
 */
"use strict";

Mcfed.start(() => {
  const { el } = Mcfed;
  const t = I18n.t;
  const form = document.getElementById("validate-form");
  const area = document.getElementById("document");
  const urlField = document.getElementById("feed-url");
  const status = document.getElementById("status");
  const error = document.getElementById("error");
  const results = document.getElementById("results");

  document.getElementById("file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (file) area.value = await file.text();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    const url = urlField.value.trim();
    const text = area.value.trim();
    if (!url && !text) {
      showError(t("validate.nothing"));
      return;
    }
    const request = url
      ? { body: JSON.stringify({ url }), type: "application/json" }
      : { body: text, type: text.startsWith("<") ? "application/xml" : "application/json" };
    status.textContent = t("validate.checking");
    document.getElementById("check").disabled = true;
    try {
      const response = await fetch("api/validate", {
        method: "POST", body: request.body, headers: { "Content-Type": request.type, Accept: "application/json" },
      });
      const answer = await response.json().catch(() => null);
      if (response.status === 429) {
        showError(t("validate.tooMany", { seconds: Number(response.headers.get("Retry-After")) || 1 }));
      } else if (!response.ok) {
        showError(t("validate.failed", { message: answer && answer.error ? answer.error : t("error.status", { status: response.status }) }));
      } else {
        show(answer);
      }
    } catch (e) {
      showError(t("validate.failed", { message: e.message }));
    } finally {
      document.getElementById("check").disabled = false;
    }
  });

  function showError(message) {
    status.textContent = "";
    error.textContent = message;
    error.hidden = false;
  }

  function show(answer) {
    const s = answer.summary;
    const summary = t("validate.summary", { count: s.records, published: s.published, repaired: s.repaired, rejected: s.rejected });
    document.getElementById("summary").textContent = `${summary} ${t("validate.deletions", { deletions: s.deletions, pages: s.pages })}`;
    document.getElementById("coverage").textContent = s.complete ? t("validate.complete")
      : s.cutBy ? t(`validate.cut.${s.cutBy}`) : t("validate.incomplete");
    const problems = document.getElementById("problems");
    problems.replaceChildren(...answer.problems.map((p) => el("li", {}, el("code", {}, p.page), " ", p.problem)));
    document.getElementById("problems-box").hidden = answer.problems.length === 0;
    document.getElementById("verdict-rows").replaceChildren(...answer.records.map(row));
    results.hidden = false;
    status.textContent = summary;
  }

  function row(r) {
    const q = r.quality;
    return el("tr", { "data-id": r.id, "data-verdict": r.verdict },
      el("th", { scope: "row" }, el("code", {}, r.id)),
      el("td", {}, t(`validate.verdict.${r.verdict}`)),
      el("td", {}, reasons(r)),
      el("td", {}, q ? [elements(q.missing), el("br"), t("validate.completeness", { share: Mcfed.percent(q.completeness) })] : "–"),
      el("td", {}, q ? compliance(q.compliance) : "–"));
  }

  /** A reject's reasons, each with its COL element; for a published record, what the pipeline derived. */
  function reasons(r) {
    if (r.reasons.length > 0) {
      return el("ul", {}, r.reasons.map((x) => el("li", {}, el("code", {}, x.element), " ", x.problem)));
    }
    const derived = r.quality && r.quality.derived ? r.quality.derived : [];
    return derived.length > 0 ? t("validate.derived", { elements: I18n.list(derived) }) : t("validate.none");
  }

  function elements(names) {
    if (!names || names.length === 0) return t("validate.none");
    return el("ul", { class: "missing-elements" }, names.map((name) => el("li", {}, el("code", {}, name))));
  }

  /** quality.compliance: {flagId: {met, missing}}; absent on a service that does not compute it yet. */
  function compliance(flags) {
    if (!flags || Object.keys(flags).length === 0) return t("validate.notComputed");
    return el("ul", { class: "compliance" }, Object.entries(flags).map(([id, flag]) => {
      const name = I18n.term("validate.flag", id) || id;
      return el("li", { "data-flag": id, "data-met": String(flag.met) }, flag.met ? t("validate.flagMet", { flag: name })
        : t("validate.flagMissing", { flag: name, elements: I18n.list(flag.missing || []) }));
    }));
  }
});
