// figcheck HTML report. All article text reaches the page through textContent, never as HTML,
// so nothing in an article can run as script. Rows are rendered one page at a time, so the page
// stays responsive with tens of thousands of findings.
(function () {
  "use strict";
  const PAGE_SIZE = 100;
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
  const SEVERITIES = ["info", "warning", "error"];
  const data = JSON.parse(document.getElementById("figcheck-data").textContent);
  // Unpack the compact rows (html_report.cpp): indexes into files and rules, arrays per evidence.
  const findings = data.findings.map(function (row, i) {
    const evidence = row[4].map(function (e) {
      return { file: data.files[e[0]], line: e[1], column: e[2], before: e[3], text: e[4],
        after: e[5], entity: e[6], metric: e[7], period: e[8], value: e[9], unit: e[10] };
    });
    return { index: i, rule: data.rules[row[0]], severity: SEVERITIES[row[1]], message: row[2],
      fingerprint: row[3], evidence: evidence, precision: row[5], file: evidence[0].file,
      search: null };
  });
  // Built on the first search only, so a large report opens without it.
  function searchText(f) {
    if (f.search === null) {
      f.search = (f.message + "\n" + f.rule + "\n" + f.evidence.map(function (e) {
        return e.file + "\n" + e.before + e.text + e.after;
      }).join("\n")).toLowerCase();
    }
    return f.search;
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        if (key === "text") node.textContent = props[key];
        else if (key === "className") node.className = props[key];
        else node.setAttribute(key, props[key]);
      });
    }
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  const state = { severity: "", rule: "", file: "", query: "", sort: "location", descending: false,
    page: 0, open: new Set() };

  function fillSelect(id, values, label) {
    const select = document.getElementById(id);
    select.appendChild(el("option", { value: "", text: label }));
    values.forEach(function (v) { select.appendChild(el("option", { value: v, text: v })); });
  }

  function unique(values) { return Array.from(new Set(values)).sort(); }

  function renderSummary() {
    const counts = data.summary.findings;
    const cards = document.getElementById("cards");
    [["error", "错误 errors"], ["warning", "警告 warnings"], ["info", "提示 infos"]]
      .forEach(function (pair) {
        cards.appendChild(el("div", { className: "card " + pair[0] },
          [el("b", { text: String(counts[pair[0]]) }), pair[1]]));
      });
    cards.appendChild(el("div", { className: "card" },
      [el("b", { text: String(data.summary.files) }), "文件 files"]));
    cards.appendChild(el("div", { className: "card" },
      [el("b", { text: String(data.summary.claims) }), "数字 claims"]));
    const byRule = {};
    findings.forEach(function (f) {
      byRule[f.rule] = byRule[f.rule] || { count: 0, severity: f.severity };
      byRule[f.rule].count += 1;
    });
    const rules = Object.keys(byRule).sort(function (a, b) {
      return byRule[b].count - byRule[a].count || (a < b ? -1 : 1);
    });
    const max = rules.length ? byRule[rules[0]].count : 1;
    const chart = document.getElementById("chart");
    rules.forEach(function (rule) {
      const entry = byRule[rule];
      const bar = el("div", { className: "bar " + entry.severity });
      bar.style.width = (100 * entry.count / max).toFixed(1) + "%";
      chart.appendChild(el("span", { className: "loc", text: rule }));
      chart.appendChild(el("div", {}, [bar]));
      chart.appendChild(el("span", { text: String(entry.count) }));
    });
    if (!rules.length) chart.appendChild(el("span", { text: "没有发现问题 No findings." }));
  }

  function compare(a, b) {
    let order = 0;
    if (state.sort === "severity") order = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    else if (state.sort === "rule") order = a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
    else if (state.sort === "message") order = a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
    if (order === 0) order = a.index - b.index;  // the report's own order: file, line, column
    return state.descending ? -order : order;
  }

  function visible() {
    const query = state.query.toLowerCase();
    return findings.filter(function (f) {
      return (!state.severity || f.severity === state.severity) &&
        (!state.rule || f.rule === state.rule) && (!state.file || f.file.indexOf(state.file) !== -1) &&
        (!query || searchText(f).indexOf(query) !== -1);
    }).sort(compare);
  }

  function evidenceCard(e) {
    const details = [];
    [["主体 entity", e.entity], ["指标 metric", e.metric], ["时期 period", e.period],
      ["数值 value", e.value === null ? null : String(e.value) + (e.unit ? " " + e.unit : "")]]
      .forEach(function (pair) {
        if (pair[1] === null || pair[1] === undefined || pair[1] === "") return;
        details.push(el("dt", { text: pair[0] }), el("dd", { text: pair[1] }));
      });
    return el("div", { className: "ev" }, [
      el("div", { className: "loc", text: e.file + ":" + e.line + ":" + e.column }),
      el("p", { className: "sentence" }, [e.before, el("mark", { text: e.text }), e.after]),
      el("dl", {}, details)]);
  }

  function findingRows(f, position) {
    const row = el("tr", { className: "finding", tabindex: "0", "aria-expanded":
      String(state.open.has(f.index)), "data-rule": f.rule, "data-severity": f.severity }, [
      el("td", { text: String(position) }),
      el("td", {}, [el("span", { className: "sev " + f.severity, text: f.severity }),
        el("span", { className: "precision", title: "precision", text: f.precision })]),
      el("td", { className: "loc rule", text: f.rule }),
      el("td", { className: "loc", text: f.file + ":" + f.evidence[0].line }),
      el("td", { text: f.message })]);
    function toggle() {
      if (state.open.has(f.index)) state.open.delete(f.index); else state.open.add(f.index);
      render();
    }
    row.addEventListener("click", toggle);
    row.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); toggle(); }
    });
    if (!state.open.has(f.index)) return [row];
    const cell = el("td", { colspan: "5" }, [el("div", { className: "evidence" },
      f.evidence.map(evidenceCard))]);
    return [row, el("tr", { className: "detail" }, [cell])];
  }

  function render() {
    const rows = visible();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    const start = state.page * PAGE_SIZE;
    const body = document.getElementById("rows");
    const fragment = document.createDocumentFragment();
    rows.slice(start, start + PAGE_SIZE).forEach(function (f, i) {
      findingRows(f, start + i + 1).forEach(function (r) { fragment.appendChild(r); });
    });
    if (!rows.length) {
      fragment.appendChild(el("tr", {}, [el("td", { colspan: "5", className: "empty",
        text: "没有符合条件的结果 No findings match." })]));
    }
    body.replaceChildren(fragment);
    document.getElementById("count").textContent = rows.length ?
      "第 " + (start + 1) + "–" + Math.min(start + PAGE_SIZE, rows.length) + " 条，共 " +
      rows.length + " 条 (showing " + (start + 1) + "–" +
      Math.min(start + PAGE_SIZE, rows.length) + " of " + rows.length + ")" :
      "0 条 (0 shown)";
    document.getElementById("prev").disabled = state.page === 0;
    document.getElementById("next").disabled = state.page >= pages - 1;
    document.querySelectorAll("th[data-sort]").forEach(function (th) {
      th.setAttribute("aria-sort", th.dataset.sort === state.sort ?
        (state.descending ? "descending" : "ascending") : "none");
    });
  }

  function bind(id, key) {
    document.getElementById(id).addEventListener("input", function (event) {
      state[key] = event.target.value;
      state.page = 0;
      render();
    });
  }

  renderSummary();
  fillSelect("severity", ["error", "warning", "info"], "全部级别 all severities");
  fillSelect("rule", unique(findings.map(function (f) { return f.rule; })), "全部规则 all rules");
  // The file filter is a text field (part of a path); a pick list helps only while it is short.
  const files = unique(findings.map(function (f) { return f.file; }));
  if (files.length <= 500) {
    const list = document.getElementById("file-list");
    files.forEach(function (file) { list.appendChild(el("option", { value: file })); });
  }
  bind("severity", "severity");
  bind("rule", "rule");
  bind("file", "file");
  bind("search", "query");
  document.querySelectorAll("th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      if (state.sort === th.dataset.sort) state.descending = !state.descending;
      else { state.sort = th.dataset.sort; state.descending = false; }
      render();
    });
  });
  document.getElementById("prev").addEventListener("click", function () { state.page -= 1; render(); });
  document.getElementById("next").addEventListener("click", function () { state.page += 1; render(); });
  render();
  document.body.setAttribute("data-ready", "true");
})();
