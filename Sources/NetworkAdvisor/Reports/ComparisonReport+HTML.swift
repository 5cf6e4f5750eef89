extension ComparisonReport {
  /// One self-contained page for a team meeting: the spread of grades and verdicts as a
  /// chart with its numbers, the portfolio table (sortable by any column with a small
  /// inline script; each network linked to its own report when one was written), the most
  /// common weaknesses and the area grades. Every string from a proposal is escaped.
  package static func html(_ entries: [Entry]) -> String {
    let framework = entries.lazy.compactMap(\.assessment).first?.framework
    let title = "Portfolio of \(entries.count) proposal\(entries.count == 1 ? "" : "s")"
    var html = HTML.pageStart(
      title: "\(title): network assessments",
      extraMeta:
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
      style: "\(HTMLReport.style)\n\(style)")
    html += """
      <header>
      <h1>\(title)</h1>

      """
    if let framework {
      html +=
        "<p class=\"framework\">Assessed against \(HTML.escape(framework.name)) (rules <code>\(framework.digest)</code>)</p>\n"
    }
    html += "</header>\n<main>\n"
    html += section(
      "spread", "Grades and verdicts",
      "<p>\(HTML.escape(tally(entries))).</p>\n" + spreadChart(entries, framework: framework))
    html += portfolioTable(entries)
    html += verdictPointsSection(entries)
    html += weaknessesSection(entries)
    html += areaGrades(entries)
    html += HTML.footer
    html += "<script>\n\(sortScript)\n</script>\n</body>\n</html>\n"
    return html
  }

  /// A section of the page under the heading `title`, which labels it through `id`;
  /// `body` is HTML.
  private static func section(_ id: String, _ title: String, _ body: String) -> String {
    "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(title)</h2>\n\(body)</section>\n"
  }

  /// A table of class `tableClass` that scrolls sideways on its own on a narrow screen,
  /// named `label` for assistive technology; `content` is the HTML inside `<table>`.
  private static func scrollingTable(_ tableClass: String, label: String, _ content: String)
    -> String
  {
    "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(label)\"><table class=\"\(tableClass)\">\n\(content)</table></div>\n"
  }

  /// The network's name, linked to its own report when one was written.
  private static func networkCell(_ entry: Entry) -> String {
    guard let name = entry.network else { return "<span class=\"refused\">refused</span>" }
    guard let report = entry.report else { return HTML.escape(name) }
    return "<a href=\"\(HTML.escape(linkTarget(report)))\">\(HTML.escape(name))</a>"
  }

  private static func portfolioTable(_ entries: [Entry]) -> String {
    var table =
      "<caption class=\"visually-hidden\">Proposals, sortable by any column</caption>\n<thead><tr>"
    let columns = [
      "Network", "File", "Schools", "Knots", "Score", "Grade", "Verdict", "Failed rules",
      "First recommendation or problem",
    ]
    for column in columns {
      let sorted = column == "Score" ? " aria-sort=\"descending\"" : ""
      table += "<th scope=\"col\"\(sorted)><button type=\"button\">\(column)</button></th>"
    }
    table += "</tr></thead>\n<tbody>\n"
    for entry in ranked(entries) { table += portfolioRow(entry) }
    return section(
      "proposals", "Proposals",
      "<p>Every proposal, best score first; refused files last. Choose a column's heading to sort by it.</p>\n"
        + scrollingTable(
          "portfolio sortable", label: "Table of the proposals", table + "</tbody>\n"))
  }

  /// One proposal's row of the portfolio table; a refused file's cells sort last.
  private static func portfolioRow(_ entry: Entry) -> String {
    var html = "<tr class=\"\(entry.assessment?.verdict ?? "refused")\">"
    html += entry.network == nil ? "<td data-sort=\"\">" : "<td>"
    html += "\(networkCell(entry))</td><td class=\"file\">\(HTML.escape(entry.file))</td>"
    guard let a = entry.assessment, let proposal = entry.proposal else {
      html += "<td data-sort=\"\"></td><td data-sort=\"\"></td><td data-sort=\"\"></td>"
      html +=
        "<td data-sort=\"\"></td><td data-sort=\"\" class=\"verdict-cell\" data-label=\"Verdict\">refused</td><td data-sort=\"\"></td>"
      return html
        + "<td class=\"problem\" data-label=\"Problem\">\(HTML.escape(entry.problem ?? ""))</td></tr>\n"
    }
    let verdictRank = FrameworkLoader.verdictIDs.firstIndex(of: a.verdict) ?? 0
    html += "<td class=\"number\" data-label=\"Schools\">\(proposal.schools.count)</td>"
    html += "<td class=\"number\" data-label=\"Knots\">\(proposal.knots.count)</td>"
    html += "<td class=\"number\" data-label=\"Score\">\(ReportFormatting.score(a.score))</td>"
    html +=
      "<td data-sort=\"\(a.framework.rank(of: a.grade.letter))\" class=\"grade-cell\" data-label=\"Grade\">\(HTML.escape(a.grade.letter))</td>"
    html +=
      "<td data-sort=\"\(verdictRank)\" class=\"verdict-cell\" data-label=\"Verdict\">\(a.verdict)</td>"
    html += "<td class=\"number\" data-label=\"Failed rules\">\(a.recommendations.count)</td>"
    html +=
      "<td data-label=\"First recommendation\">\(a.recommendations.first.map { HTML.escape($0.rule.headline) } ?? "none")</td>"
    return html + "</tr>\n"
  }

  private static func verdictPointsSection(_ entries: [Entry]) -> String {
    let explained = ranked(entries).filter { !$0.verdictPoints.isEmpty }
    guard !explained.isEmpty else { return "" }
    var html =
      "<p>Why each network that is not ready is not, and what must be true before approval of those ready with conditions.</p>\n"
    for entry in explained {
      let verdict = entry.assessment?.verdict ?? ""
      html +=
        "<h3>\(networkCell(entry)) <span class=\"verdict-badge \(verdict)\">\(verdict)</span></h3>\n"
      html +=
        "<p class=\"explanation\"><span class=\"file\">\(HTML.escape(entry.file))</span> · \(entry.verdictPointsHeading):</p>\n<ul class=\"explanation\">\n"
      html += entry.verdictPoints.map {
        "<li>\(HTML.escape($0.message)) <code>\(HTML.escape($0.rule.id))</code></li>\n"
      }.joined()
      html += "</ul>\n"
    }
    return section("verdict-points", "Reasons and conditions", html)
  }

  private static func weaknessesSection(_ entries: [Entry]) -> String {
    let (id, title) = ("weaknesses", "Most common weaknesses")
    let weaknesses = weaknesses(entries)
    guard !weaknesses.isEmpty else {
      return section(id, title, "<p>None: no network fails any rule.</p>\n")
    }
    var table =
      "<caption class=\"visually-hidden\">The most common weaknesses</caption>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Networks failing it</th><th scope=\"col\">Which</th></tr></thead>\n<tbody>\n"
    for weakness in weaknesses {
      let essential =
        weakness.rule.isEssential
        ? " <span class=\"essential\">\(HTML.escape(weakness.rule.severityLabel ?? ""))</span>" : ""
      table +=
        "<tr><td>\(HTML.escape(weakness.rule.title))\(essential)<br><code>\(HTML.escape(weakness.rule.id))</code></td>"
      table +=
        "<td class=\"number\" data-label=\"Failed by\">\(share(weakness, of: entries))</td><td><ul class=\"which\">"
      table += weakness.entries.map {
        "<li>\(networkCell($0)) <span class=\"file\">\(HTML.escape($0.file))</span></li>"
      }.joined()
      table += "</ul></td></tr>\n"
    }
    return section(
      id, title,
      "<p>Each failed rule, with how many networks fail it and which, most common first.</p>\n"
        + scrollingTable("weaknesses", label: "The most common weaknesses", table + "</tbody>\n"))
  }

  private static func areaGrades(_ entries: [Entry]) -> String {
    let assessed = ranked(entries).filter { $0.assessment != nil }
    guard let areas = assessed.first?.assessment?.areas.map(\.area) else { return "" }
    var table = "<thead><tr><th scope=\"col\">Network</th>"
    for area in areas { table += "<th scope=\"col\">\(HTML.escape(area.title))</th>" }
    table += "</tr></thead>\n<tbody>\n"
    for entry in assessed {
      guard let a = entry.assessment else { continue }
      table += "<tr><th scope=\"row\">\(networkCell(entry))</th>"
      for area in a.areas { table += "<td>\(HTML.escape(area.grade?.letter ?? "–"))</td>" }
      table += "</tr>\n"
    }
    return section(
      "area-grades", "Area grades",
      scrollingTable(
        "area-grades", label: "Table of each network's area grades", table + "</tbody>\n"))
  }

  /// Bars for the number of networks at each grade and with each verdict, with the numbers
  /// written beside the bars and again in a table.
  private static func spreadChart(_ entries: [Entry], framework: Framework?) -> String {
    var bars: [(group: String, label: String, count: Int, colour: String)] = []
    for (rank, grade) in (framework?.grades ?? []).enumerated() {
      let count = entries.filter { $0.assessment?.grade.letter == grade.letter }.count
      let colour = HTML.colour(forRank: rank, of: framework?.grades.count ?? 1)
      bars.append(("Grade", grade.letter, count, colour))
    }
    let verdictColours = [
      "ready": "#1b5e20", "ready-with-conditions": "#8d6e00", "not-ready": "#b71c1c",
    ]
    for verdict in FrameworkLoader.verdictIDs + ["refused"] {
      let count = entries.filter { ($0.assessment?.verdict ?? "refused") == verdict }.count
      bars.append(("Verdict", verdict, count, verdictColours[verdict] ?? "#757575"))
    }
    let most = max(1, bars.map(\.count).max() ?? 1)
    let (labelWidth, barWidth, rowHeight) = (185, 260, 28)
    var y = 0
    var svg = ""
    var group = ""
    for bar in bars {
      if bar.group != group {
        group = bar.group
        y += group == "Grade" ? 20 : 34
        svg +=
          "<text x=\"0\" y=\"\(y)\" class=\"group\">\(group == "Grade" ? "Grades" : "Verdicts")</text>\n"
        y += 8
      }
      let width = bar.count == 0 ? 0 : max(3, bar.count * barWidth / most)
      let label = bar.group == "Grade" ? "Grade \(bar.label)" : bar.label
      svg +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 19)\" text-anchor=\"end\">\(HTML.escape(label))</text>"
      svg +=
        "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" fill=\"\(bar.colour)\"></rect>"
      svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 19)\">\(bar.count)</text>\n"
      y += rowHeight
    }
    let height = y + 6
    var html =
      "<div class=\"spread-figure\">\n<div class=\"figure\" tabindex=\"0\" role=\"region\" aria-label=\"Chart of how many networks have each grade and verdict\"><svg class=\"chart spread\" viewBox=\"0 0 \(labelWidth + barWidth + 40) \(height)\" role=\"img\" aria-labelledby=\"spread-chart-title\">\n"
    html +=
      "<title id=\"spread-chart-title\">How many networks have each grade and each verdict</title>\n"
    html += svg + "</svg></div>\n"
    html +=
      "<table class=\"spread\">\n<caption>The chart's numbers</caption>\n<thead><tr><th scope=\"col\"></th><th scope=\"col\">Networks</th></tr></thead>\n<tbody>\n"
    for bar in bars {
      let label = bar.group == "Grade" ? "Grade \(bar.label)" : bar.label
      html +=
        "<tr><th scope=\"row\">\(HTML.escape(label))</th><td class=\"number\">\(bar.count)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }

  static let style = """
    body { max-width: 75rem; }
    th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
    th button::after { content: "\\00a0↕"; color: var(--muted); font-weight: 400; }
    th[aria-sort="ascending"] button::after { content: "\\00a0▲"; color: var(--ink); }
    th[aria-sort="descending"] button::after { content: "\\00a0▼"; color: var(--ink); }
    th button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    td.file, span.file { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
    td.grade-cell { font-weight: 700; text-align: center; }
    tr.refused td { background: #f7f7f7; }
    tr.not-ready td:nth-child(7), tr.refused td:nth-child(7) { color: #b71c1c; font-weight: 600; }
    tr.ready td:nth-child(7) { color: #1b5e20; font-weight: 600; }
    td.problem { color: #b71c1c; }
    span.refused { font-style: italic; }
    table.portfolio thead th { white-space: normal; vertical-align: bottom; }
    table.portfolio td.file { min-width: 12rem; }
    table.portfolio td.number, td.grade-cell { white-space: nowrap; width: 1%; }
    td.problem { overflow-wrap: anywhere; }
    @media (max-width: 40rem) {
      table.portfolio, table.portfolio thead, table.portfolio tbody, table.portfolio tr, table.portfolio td { display: block; }
      table.portfolio { border: 0; margin: 0; }
      table.portfolio thead tr { display: flex; flex-wrap: wrap; gap: 0.35rem; }
      table.portfolio thead tr::before { content: "Sort by"; width: 100%; font-weight: 600; }
      table.portfolio thead th { border: 1px solid var(--line); border-radius: 0.3rem; padding: 0.2rem 0.45rem; }
      table.portfolio tbody tr { border: 1px solid var(--line); border-radius: 0.4rem; margin: 0.6rem 0; padding: 0.4rem 0.6rem; }
      table.portfolio td { border: 0; padding: 0.1rem 0; width: auto; min-width: 0; text-align: left; background: none; }
      table.portfolio td:empty { display: none; }
      table.portfolio td:first-child { font-weight: 600; font-size: 1.05rem; }
      table.portfolio td.number, table.portfolio td.grade-cell, table.portfolio td.verdict-cell { display: inline-block; width: auto; margin-right: 0.9rem; }
      table.portfolio td[data-label]::before, table.weaknesses td[data-label]::before { content: attr(data-label) " "; color: var(--muted); font-weight: 400; }
      table.weaknesses, table.weaknesses tbody, table.weaknesses tr, table.weaknesses td { display: block; }
      table.weaknesses { border: 0; }
      table.weaknesses thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      table.weaknesses tbody tr { border: 1px solid var(--line); border-radius: 0.4rem; margin: 0.6rem 0; padding: 0.4rem 0.6rem; }
      table.weaknesses td { border: 0; padding: 0.1rem 0; text-align: left; }
    }
    span.verdict-badge { display: inline-block; white-space: nowrap; font-size: 0.8rem; font-weight: 600; border: 1px solid currentColor; border-radius: 0.25rem; padding: 0 0.3rem; vertical-align: middle; }
    span.verdict-badge.not-ready { color: #b71c1c; }
    span.verdict-badge.ready-with-conditions { color: #8d6e00; }
    p.explanation { margin-bottom: 0.2rem; }
    ul.explanation { margin-top: 0; }
    ul.which { margin: 0; padding-left: 1.1rem; }
    .spread-figure { display: flex; flex-wrap: wrap; gap: 0 2.5rem; align-items: flex-start; }
    .spread-figure .figure { flex: 1 1 20rem; max-width: 34rem; }
    svg.spread { font-size: 16px; }
    svg text.group { font-weight: 700; }
    table.spread { width: auto; min-width: 12rem; }
    table.area-grades td { text-align: center; }
    """

  /// Sorts a table by the column whose heading button was pressed, and says so with
  /// `aria-sort`; empty cells (refused files) stay last.
  static let sortScript = """
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
      function key(cell) {
        var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
        if (value === "") return null;
        var number = Number(value);
        return isNaN(number) ? value : number;
      }
      heads.forEach(function (head, column) {
        head.querySelector("button").addEventListener("click", function () {
          var ascending = head.getAttribute("aria-sort") !== "ascending";
          heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
          head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a.cells[column]), y = key(b.cells[column]);
            if (x === null || y === null) return x === y ? 0 : (x === null ? 1 : -1);
            var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
    """
}
