// The dashboard: renders the data that essa-test262 embedded in #essa-data. No network.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("essa-data").textContent);
  const PAGE = 200;  // failures rendered at a time

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  }
  const fmt = (n) => n.toLocaleString("en-US");
  const rate = (passed, total) => (total ? (100 * passed) / total : 100);
  const pct = (passed, total) => rate(passed, total).toFixed(2) + "%";
  function setNumber(id, n) {
    const node = document.getElementById(id);
    node.textContent = fmt(n);
    node.dataset.value = String(n);
  }
  function bar(passed, total) {
    return el("div", { class: "bar" },
      el("div", { class: "track" }, el("div", { class: "fill", style: "width:" + rate(passed, total) + "%" })),
      el("span", { class: "pct", text: pct(passed, total) }));
  }

  // Totals and run information.
  const s = data.summary;
  setNumber("total", s.total);
  setNumber("passed", s.passed);
  setNumber("failed", s.failed);
  setNumber("positive-passed", s.positive.passed);
  setNumber("positive-total", s.positive.total);
  setNumber("negative-passed", s.negative.passed);
  setNumber("negative-total", s.negative.total);
  const rateNode = document.getElementById("pass-rate");
  rateNode.textContent = pct(s.passed, s.total);
  rateNode.dataset.value = String(rate(s.passed, s.total));
  document.getElementById("pass-meter").style.width = rate(s.passed, s.total) + "%";
  const info = data.info;
  const bits = ["Run " + info.date, "essa " + info.essa_version];
  if (info.test262_commit) bits.push("test262 " + info.test262_commit.slice(0, 12));
  bits.push(info.wall_seconds.toFixed(1) + " s on " + info.jobs + (info.jobs === 1 ? " worker" : " workers"));
  if (info.filter.length) bits.push("filter: " + info.filter.join(", "));
  if (info.features.length) bits.push("features: " + info.features.join(", "));
  if (s.skipped) bits.push(fmt(s.skipped) + " skipped by --features");
  document.getElementById("run-info").textContent = bits.join(" · ");
  if (s.expectations) {
    const e = s.expectations;
    document.getElementById("expect-card").hidden = false;
    document.getElementById("expect-status").textContent = e.ok
      ? "as expected (" + fmt(e.expected_failures) + " known failures)"
      : e.unexpected_failures.length + " unexpected failures, " + e.unexpected_passes.length +
        " unexpected passes, " + e.missing.length + " missing";
  }

  // Trend chart: one point per earlier results file, then this run.
  if (data.history.length >= 2) {
    document.getElementById("trend-section").hidden = false;
    const ns = "http://www.w3.org/2000/svg";
    const W = 760, H = 200, L = 52, R = 16, T = 14, B = 28;
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", W);
    svg.setAttribute("height", H);
    const rates = data.history.map((h) => rate(h.passed, h.total));
    let lo = Math.floor(Math.min(...rates) - 1), hi = Math.ceil(Math.max(...rates) + 0.5);
    lo = Math.max(0, lo);
    hi = Math.min(100, Math.max(hi, lo + 1));
    const x = (i) => L + ((W - L - R) * i) / Math.max(1, data.history.length - 1);
    const y = (r) => T + ((H - T - B) * (hi - r)) / (hi - lo);
    const add = (tag, attrs, text) => {
      const node = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      if (text !== undefined) node.textContent = text;
      svg.append(node);
      return node;
    };
    for (const r of [lo, (lo + hi) / 2, hi]) {
      add("line", { class: "axis", x1: L, x2: W - R, y1: y(r), y2: y(r) });
      add("text", { x: L - 6, y: y(r) + 4, "text-anchor": "end" }, r.toFixed(1) + "%");
    }
    add("polyline", { class: "line", points: rates.map((r, i) => x(i) + "," + y(r)).join(" ") });
    data.history.forEach((h, i) => {
      const dot = add("circle", { class: "dot", cx: x(i), cy: y(rates[i]), r: 3.5 });
      const t = document.createElementNS(ns, "title");
      t.textContent = h.date + ": " + pct(h.passed, h.total) + " (" + fmt(h.passed) + "/" + fmt(h.total) + ")" +
        (h.commit ? " at " + h.commit : "");
      dot.append(t);
    });
    const first = data.history[0].date.slice(0, 10), last = data.history[data.history.length - 1].date.slice(0, 10);
    add("text", { x: L, y: H - 8 }, first);
    add("text", { x: W - R, y: H - 8, "text-anchor": "end" }, last);
    document.getElementById("trend").append(svg);
  }

  // The peers: essa first, then each --compare file, over the same tests.
  const peers = data.peers || [];
  const peerCell = (pair) => pair && pair[0]
    ? el("td", { class: "peer", "data-total": pair[0], "data-passed": pair[1], text: pct(pair[1], pair[0]) })
    : el("td", { class: "peer muted", text: "–" });
  if (peers.length) {
    document.getElementById("peer-section").hidden = false;
    const rows = [{ name: "essa", version: "essa " + info.essa_version, options: "", total: s.total, passed: s.passed,
      positive: s.positive, negative: s.negative, essa: true }].concat(peers).map((p) => ({ ...p,
      failed: p.total - p.passed, rate: rate(p.passed, p.total) }));
    const body = document.querySelector("#peer-table tbody");
    let key = "rate", asc = false;
    const show = () => {
      const value = (p) => key === "positive" || key === "negative" ? rate(p[key].passed, p[key].total) : p[key];
      rows.sort((a, b) => {
        const av = value(a), bv = value(b);
        const c = typeof av === "string" ? av.localeCompare(bv) : av - bv;
        return (asc ? c : -c) || a.name.localeCompare(b.name);
      });
      body.replaceChildren(...rows.map((p) => el("tr", { class: p.essa ? "essa" : "", "data-name": p.name,
        "data-total": p.total, "data-passed": p.passed },
        el("td", { text: p.name }),
        el("td", { class: "muted", text: p.version + (p.options ? " (" + p.options + ")" : "") }),
        el("td", { class: "num", text: fmt(p.total) }),
        el("td", { class: "num", text: fmt(p.passed) }),
        el("td", { class: "num" + (p.failed ? " fail-count" : ""), text: fmt(p.failed) }),
        el("td", { class: "num", text: fmt(p.positive.passed) + " / " + fmt(p.positive.total) }),
        el("td", { class: "num", text: fmt(p.negative.passed) + " / " + fmt(p.negative.total) }),
        el("td", { class: "rate" }, bar(p.passed, p.total)))));
      for (const th of document.querySelectorAll("#peer-table th")) {
        th.classList.toggle("sorted", th.dataset.key === key);
        th.classList.toggle("asc", th.dataset.key === key && asc);
      }
    };
    for (const th of document.querySelectorAll("#peer-table th")) {
      th.addEventListener("click", () => {
        if (key === th.dataset.key) asc = !asc;
        else { key = th.dataset.key; asc = key === "name" || key === "version"; }
        show();
      });
    }
    show();
    // A column per peer in the directory and feature tables.
    for (const id of ["dir-table", "feature-table"]) {
      const head = document.querySelector("#" + id + " thead tr");
      peers.forEach((p, k) => head.append(el("th", { class: "peer", "data-key": "peer" + k, "data-peer": p.name,
        title: p.name + ": pass rate over the same tests", text: p.name })));
    }
  }

  // Tests that flipped since the previous run of the history log.
  if (data.flips) {
    const f = data.flips;
    document.getElementById("flips-section").hidden = false;
    const summary = document.getElementById("flips-summary");
    if (!f.comparable) {
      summary.textContent = "The previous run (" + f.since + ") ran another selection of tests: no comparison.";
    } else {
      summary.textContent = "Since the run of " + f.since + ": " + fmt(f.fixed.length) + " now passing, " +
        fmt(f.broken.length) + " now failing.";
      const fill = (id, paths) => document.getElementById(id).replaceChildren(
        ...(paths.length ? paths.map((p) => el("li", { "data-path": p, text: p })) : [el("li", { class: "muted", text: "none" })]));
      fill("flips-fixed", f.fixed);
      fill("flips-broken", f.broken);
    }
  }

  // Directories, with drill-down.
  const dirBody = document.querySelector("#dir-table tbody");
  const crumbs = document.getElementById("dir-crumbs");
  function showDirectory(trail) {
    const node = trail[trail.length - 1];
    crumbs.replaceChildren();
    trail.forEach((n, i) => {
      if (i > 0) crumbs.append(el("span", { class: "sep", text: "/" }));
      const label = i === 0 ? "test" : n.name;
      if (i === trail.length - 1) crumbs.append(el("strong", { text: label }));
      else crumbs.append(el("button", { type: "button", text: label, onclick: () => showDirectory(trail.slice(0, i + 1)) }));
    });
    dirBody.replaceChildren();
    for (const child of node.children) {
      const prefix = trail.slice(1).concat([child]).map((n) => n.name).join("/") + "/";
      const failed = child.total - child.passed;
      const row = el("tr", { "data-name": child.name, "data-total": child.total, "data-passed": child.passed },
        el("td", { class: "name", text: child.name }),
        el("td", { class: "num", text: fmt(child.total) }),
        el("td", { class: "num", text: fmt(child.passed) }),
        el("td", { class: "num" + (failed ? " fail-count" : ""), text: fmt(failed) }),
        el("td", { class: "rate" }, bar(child.passed, child.total)),
        el("td", {}, failed ? el("button", { type: "button", class: "link", text: "failures", onclick: (ev) => {
          ev.stopPropagation();
          search.value = prefix;
          applySearch();
          search.scrollIntoView({ block: "start" });
        } }) : ""),
        ...(child.peers || []).map(peerCell));
      if (child.children.length) {
        row.classList.add("drill");
        row.addEventListener("click", () => showDirectory(trail.concat([child])));
      }
      dirBody.append(row);
    }
  }
  showDirectory([data.tree]);

  // Features, sortable.
  const featureBody = document.querySelector("#feature-table tbody");
  const featureRows = data.features.map((f) => {
    const row = { ...f, failed: f.total - f.passed, rate: rate(f.passed, f.total) };
    (f.peers || []).forEach((pair, k) => { row["peer" + k] = pair[0] ? rate(pair[1], pair[0]) : -1; });
    return row;
  });
  let sortKey = "failed", sortAsc = false;
  function showFeatures() {
    featureRows.sort((a, b) => {
      const av = a[sortKey], bv = b[sortKey];
      const c = typeof av === "string" ? av.localeCompare(bv) : av - bv;
      return (sortAsc ? c : -c) || a.name.localeCompare(b.name);
    });
    featureBody.replaceChildren(...featureRows.map((f) => el("tr", {},
      el("td", {}, el("code", { text: f.name })),
      el("td", { class: "num", text: fmt(f.total) }),
      el("td", { class: "num", text: fmt(f.passed) }),
      el("td", { class: "num" + (f.failed ? " fail-count" : ""), text: fmt(f.failed) }),
      el("td", { class: "rate" }, bar(f.passed, f.total)),
      ...(f.peers || []).map(peerCell))));
    for (const th of document.querySelectorAll("#feature-table th")) {
      th.classList.toggle("sorted", th.dataset.key === sortKey);
      th.classList.toggle("asc", th.dataset.key === sortKey && sortAsc);
    }
  }
  for (const th of document.querySelectorAll("#feature-table th")) {
    th.addEventListener("click", () => {
      if (sortKey === th.dataset.key) sortAsc = !sortAsc;
      else { sortKey = th.dataset.key; sortAsc = sortKey === "name"; }
      showFeatures();
    });
  }
  showFeatures();

  // Failures: search, paged rendering, sources rendered when opened.
  const search = document.getElementById("search");
  const list = document.getElementById("failure-list");
  const countNode = document.getElementById("failure-count");
  const more = document.getElementById("show-more");
  const haystacks = data.failures.map((f) =>
    [f.path, ...f.runs.map((r) => r.message), ...f.features].join(" ").toLowerCase());
  let matches = [], shown = 0;

  function describe(f) {
    const wanted = f.expected === "error" ? "expected a SyntaxError" : "expected to parse";
    const runs = f.runs.map((r) => {
      if (r.got === "parse") return r.mode + ": parsed";
      if (r.got === "error") return r.mode + ": " + r.message + " (" + r.line + ":" + r.column + ")";
      return r.mode + ": " + r.got + (r.message ? " (" + r.message + ")" : "");
    });
    return wanted + "; " + runs.join("; ");
  }
  function sourceView(f) {
    if (f.source === null) return el("p", { class: "muted", text: "(source not embedded: the page's size limit was reached)" });
    const errLines = new Set(f.runs.filter((r) => r.got === "error" && f.expected === "parse").map((r) => r.line));
    const pre = el("pre", { class: "source" });
    f.source.split("\n").forEach((text, i) => {
      const line = el("span", { class: "line" + (errLines.has(i + 1) ? " err" : "") },
        el("span", { class: "ln", text: String(i + 1) }), text);
      pre.append(line);
    });
    return pre;
  }
  function failureItem(f) {
    const summary = el("summary", {},
      el("span", { class: "path", text: f.path }),
      f.listed === null ? "" : el("span", { class: "tag " + (f.listed ? "listed" : "new"), text: f.listed ? "expected" : "unexpected" }),
      el("div", { class: "what", text: describe(f) }));
    const details = el("details", { class: "failure", "data-path": f.path }, summary);
    details.addEventListener("toggle", () => {
      if (!details.open || details.querySelector(".body")) return;
      const runs = el("table", { class: "runs" }, ...f.runs.map((r) => el("tr", {},
        el("td", { text: r.mode }),
        el("td", { class: "got-" + r.got, text: r.got === "parse" ? "parsed" : r.got === "error" ? "SyntaxError" : r.got }),
        el("td", { text: r.got === "parse" ? "" : r.message + (r.got === "error" ? " at " + r.line + ":" + r.column + " (offset " + r.offset + ")" : "") }),
        el("td", { class: "muted", text: r.duration_us + " µs" }))));
      const meta = [];
      if (f.flags.length) meta.push("flags: " + f.flags.join(", "));
      if (f.features.length) meta.push("features: " + f.features.join(", "));
      details.append(el("div", { class: "body" },
        el("p", { class: "muted", text: (f.expected === "error" ? "Expected: SyntaxError in every run" : "Expected: parses in every run") + (meta.length ? " · " + meta.join(" · ") : "") }),
        runs, sourceView(f)));
    });
    return details;
  }
  function renderMore() {
    const next = matches.slice(shown, shown + PAGE);
    list.append(...next.map((i) => failureItem(data.failures[i])));
    shown += next.length;
    more.hidden = shown >= matches.length;
    countNode.dataset.shown = String(shown);
  }
  function applySearch() {
    const terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    matches = [];
    haystacks.forEach((h, i) => { if (terms.every((t) => h.includes(t))) matches.push(i); });
    list.replaceChildren();
    shown = 0;
    renderMore();
    const total = data.failures.length;
    countNode.dataset.matches = String(matches.length);
    countNode.dataset.total = String(total);
    countNode.textContent = terms.length ? fmt(matches.length) + " of " + fmt(total) + " failures" : fmt(total) + " failures";
  }
  search.addEventListener("input", applySearch);
  more.addEventListener("click", renderMore);
  applySearch();

  // Disagreements with the peers' majority, each openable onto essa's runs and the source.
  const disagreements = data.disagreements || [];
  if (peers.length) {
    document.getElementById("disagree-section").hidden = false;
    const failureByPath = new Map(data.failures.map((f) => [f.path, f]));
    const dList = document.getElementById("disagree-list");
    const dSearch = document.getElementById("disagree-search");
    const dCount = document.getElementById("disagree-count");
    const item = (d) => {
      const test = d.test || failureByPath.get(d.path);
      const against = d.peers.filter((v) => v !== null && v !== d.essa).length;
      const ran = d.peers.filter((v) => v !== null).length;
      const summary = el("summary", {},
        el("span", { class: "path", text: d.path }),
        el("span", { class: "tag " + (d.essa === "pass" ? "listed" : "new"), text: "essa " + (d.essa === "pass" ? "passes" : "fails") }),
        el("div", { class: "what", text: (d.expected === "error" ? "expected a SyntaxError" : "expected to parse") +
          "; " + against + " of " + ran + " peers " + (d.essa === "pass" ? "fail" : "pass") }),
        el("div", { class: "verdicts" }, ...peers.map((p, k) => el("span", {
          class: "verdict " + (d.peers[k] || "none"), "data-peer": p.name, text: p.name + ": " + (d.peers[k] || "not run") }))));
      const details = el("details", { class: "failure disagreement", "data-path": d.path, "data-essa": d.essa }, summary);
      details.addEventListener("toggle", () => {
        if (!details.open || details.querySelector(".body") || !test) return;
        const runs = el("table", { class: "runs" }, ...test.runs.map((r) => el("tr", {},
          el("td", { text: r.mode }),
          el("td", { class: "got-" + r.got, text: r.got === "parse" ? "parsed" : r.got === "error" ? "SyntaxError" : r.got }),
          el("td", { text: r.got === "parse" ? "" : r.message + (r.got === "error" ? " at " + r.line + ":" + r.column : "") }))));
        details.append(el("div", { class: "body" },
          el("p", { class: "muted", text: "essa's runs" + (test.features.length ? " · features: " + test.features.join(", ") : "") }),
          runs, sourceView(test)));
      });
      return details;
    };
    const dHay = disagreements.map((d) => {
      const test = d.test || failureByPath.get(d.path);
      return [d.path, ...(test ? test.features : [])].join(" ").toLowerCase();
    });
    const applyDisagreeSearch = () => {
      const terms = dSearch.value.toLowerCase().split(/\s+/).filter(Boolean);
      const keep = disagreements.filter((d, i) => terms.every((t) => dHay[i].includes(t)));
      dList.replaceChildren(...keep.slice(0, PAGE).map(item));
      dCount.dataset.matches = String(keep.length);
      dCount.dataset.total = String(disagreements.length);
      dCount.textContent = (terms.length ? fmt(keep.length) + " of " : "") + fmt(disagreements.length) + " tests" +
        (keep.length > PAGE ? " (the first " + PAGE + " shown)" : "");
    };
    dSearch.addEventListener("input", applyDisagreeSearch);
    applyDisagreeSearch();
  }
  document.body.dataset.ready = "true";
})();
