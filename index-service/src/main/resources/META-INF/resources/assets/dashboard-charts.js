/*
 * The operators' time-series charts: one uPlot chart (assets/vendor/uplot) per figure, a series per
 * source or class, with its numbers a click away in a data table (a <details> toggle, keyboard and
 * screen-reader friendly where the canvas is not). Shared by the dashboard's history charts.
 */
"use strict";

const DashboardCharts = (() => {
  const { el } = Mcfed;

  /** A distinct, dark enough colour for series i of up to 50 (golden-angle hues). */
  function colour(i) {
    return `hsl(${Math.round((i * 137.508) % 360)}, 70%, 35%)`;
  }

  /** Seconds since the epoch as a date in the UI language (the x axis); a tick repeating the previous tick's date stays blank. */
  function days(splits) {
    const labels = splits.map((seconds) => I18n.date(new Date(seconds * 1000).toISOString().slice(0, 10)));
    return labels.map((label, i) => (i > 0 && label === labels[i - 1] ? "" : label));
  }

  /**
   * Draws one chart into a new <figure> appended to {@code parent}, and returns the figure.
   *
   * @param spec.id figure's data-chart name; spec.title its caption
   * @param spec.xs times in epoch seconds, ascending; spec.series [{label, values}] aligned with xs (null = no point)
   * @param spec.value formats a y value for the axis; spec.max the y axis' top (shares: 1), else from the data
   * @param spec.table {columns, rows} of already formatted cells
   */
  function timeChart(parent, spec) {
    const titleId = `chart-${spec.id}-title`;
    const plot = el("div", { class: "chart-plot", role: "img", "aria-labelledby": titleId,
      "aria-describedby": `chart-${spec.id}-note` });
    const figure = el("figure", { class: "chart", "data-chart": spec.id, "data-series": spec.series.length },
      el("figcaption", { id: titleId, class: "chart-title" }, spec.title),
      el("p", { id: `chart-${spec.id}-note`, class: "visually-hidden" }, I18n.t("dashboard.chartNote")),
      plot,
      el("details", { class: "chart-numbers" },
        el("summary", {}, I18n.t("dashboard.numbers")),
        el("div", { class: "table-scroll", role: "region", "aria-label": spec.title, tabindex: "0" },
          el("table", {},
            el("caption", { class: "visually-hidden" }, spec.title),
            el("thead", {}, el("tr", {}, spec.table.columns.map((c) => el("th", { scope: "col" }, c)))),
            el("tbody", {}, spec.table.rows.map(([head, ...cells]) =>
              el("tr", {}, el("th", { scope: "row", class: "nowrap" }, head), cells.map((c) => el("td", { class: "num" }, c)))))))));
    parent.append(figure);
    if (!spec.xs.length) {
      plot.append(el("p", {}, I18n.t("dashboard.noHistory")));
      return figure;
    }
    const width = Math.max(320, Math.min(960, parent.clientWidth || 640));
    // eslint-disable-next-line no-new -- uPlot draws into plot on construction
    new uPlot({
      width,
      height: 260,
      legend: { live: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, spec.max || (max > 0 ? max * 1.1 : 1)] } },
      axes: [
        { values: (u, splits) => days(splits), space: 110 },
        { values: (u, splits) => splits.map(spec.value), size: 70 },
      ],
      series: [{}].concat(spec.series.map((s, i) => ({
        label: s.label, stroke: colour(i), width: 2, spanGaps: true, points: { show: true, size: 6 },
      }))),
    }, [spec.xs].concat(spec.series.map((s) => s.values)), plot);
    return figure;
  }

  return { timeChart };
})();
