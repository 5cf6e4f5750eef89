/// The HTML report: one self-contained, printable, accessible page with no outside
/// resources. Every string from the proposal is escaped.
package enum HTMLReport {
  /// The report as one self-contained HTML page.
  package static func render(_ assessment: Assessment, facts: DerivedFacts) -> String {
    let framework = assessment.framework
    let gradeColour = HTML.colour(
      forRank: framework.rank(of: assessment.grade.letter), of: framework.grades.count)
    var html = HTML.pageStart(
      title: "\(assessment.subjectName): network assessment", style: style)
    html += """
      <header>
      <h1>\(HTML.escape(assessment.subjectName))</h1>
      <p class="framework">Assessed against \(HTML.escape(framework.name)) (rules <code>\(framework.digest)</code>)</p>
      </header>
      <main>
      <section aria-labelledby="summary">
      <h2 id="summary">Summary</h2>
      <div class="verdict">
      <p class="grade" style="background: \(gradeColour)"><span class="visually-hidden">Grade </span>\(HTML.escape(assessment.grade.letter))</p>
      <div>
      <p class="label">\(HTML.escape(assessment.grade.label))</p>
      <p>\(scoreLine(assessment))Verdict <strong>\(assessment.verdict)</strong></p>

      """
    html += verdictPoints(
      ReportFormatting.reasonsHeading(of: assessment), assessment.reasons, in: assessment)
    html += verdictPoints(
      ReportFormatting.conditionsHeading(of: assessment), assessment.conditions,
      in: assessment)
    if let beyond = ReportFormatting.beyondConditions(assessment) {
      html += "<p class=\"explanation\">\(HTML.escape(beyond))</p>\n"
    }
    if let cap = ReportFormatting.capSentence(assessment) {
      html += "<p class=\"cap\">" + HTML.escape(cap) + "</p>\n"
      if !ReportFormatting.capGapsAreListed(assessment) {
        html += "<ul class=\"cap\">\n"
        for rule in ReportFormatting.unlistedCapRules(assessment) {
          html +=
            "<li>\(ReportFormatting.capItemLabel(assessment)): \(headlineWithLink(rule, in: assessment))</li>\n"
        }
        html += "</ul>\n"
      }
    }
    html += "</div>\n</div>\n</section>\n"
    html += recommendations(assessment)
    html += "<section aria-labelledby=\"areas\">\n<h2 id=\"areas\">Areas</h2>\n"
    html += AreaChart(assessment: assessment).render()
    html += "</section>\n"
    html += "<section aria-labelledby=\"network\">\n<h2 id=\"network\">Who meets whom</h2>\n"
    html += NetworkPicture(facts: facts).render()
    html += "</section>\n"
    html += findings(assessment)
    html += HTML.footer
    html += "</body>\n</html>\n"
    return html
  }

  /// "Score <strong>91.3</strong> out of 100 · " before the verdict; nothing when a cap
  /// holds the grade (the cap sentence says what holds it).
  private static func scoreLine(_ assessment: Assessment) -> String {
    guard let line = ReportFormatting.scoreLine(assessment) else { return "" }
    let plain = ReportFormatting.score(assessment.score)
    return HTML.escape(line).replacing(
      "Score \(plain) ", with: "Score <strong>\(plain)</strong> ", maxReplacements: 1) + " · "
  }

  /// The anchor of item `item` under What to do first.
  static func anchor(_ item: Int) -> String { "do-\(item)" }

  /// A failed rule's headline and a link to its item under What to do first, when it has
  /// one.
  private static func headlineWithLink(_ rule: Rule, in assessment: Assessment) -> String {
    guard let item = ReportFormatting.item(of: rule, in: assessment) else {
      return HTML.escape(rule.headline)
    }
    return
      "\(HTML.escape(rule.headline)) (<a href=\"#\(anchor(item))\">\(ReportFormatting.reference(item))</a>)"
  }

  private static func verdictPoints(
    _ heading: String, _ points: [Assessment.VerdictPoint], in assessment: Assessment
  ) -> String {
    guard !points.isEmpty else { return "" }
    let items = ReportFormatting.verdictItems(points, in: assessment).map { item, headline in
      guard let item else { return "<li>\(HTML.escape(headline))</li>\n" }
      return "<li><a href=\"#\(anchor(item))\">\(item).</a> \(HTML.escape(headline))</li>\n"
    }
    return
      "<p class=\"explanation\">\(HTML.escape(heading))</p>\n<ul class=\"explanation\">\n\(items.joined())</ul>\n"
  }

  private static func recommendations(_ assessment: Assessment) -> String {
    var html =
      "<section aria-labelledby=\"recommendations\">\n<h2 id=\"recommendations\">What to do first</h2>\n"
    guard !assessment.recommendations.isEmpty else {
      return html + "<p>Nothing: every rule that applies passes.</p>\n</section>\n"
    }
    if let projection = ReportFormatting.projectionSentence(assessment) {
      html += "<p class=\"combined\">\(HTML.escape(projection))</p>\n"
    }
    html += "<ol class=\"recommendations\">\n"
    let later = ReportFormatting.firstLaterItem(assessment)
    for recommendation in assessment.recommendations {
      if recommendation.priority == later {
        html +=
          "</ol>\n<p class=\"later\">\(HTML.escape(ReportFormatting.laterHeading(from: recommendation.priority, in: assessment)))</p>\n"
          + "<ol class=\"recommendations\" start=\"\(recommendation.priority)\">\n"
      }
      if ReportFormatting.isBrief(recommendation, in: assessment) {
        html +=
          "<li id=\"\(anchor(recommendation.priority))\"><p>\(HTML.escape(ReportFormatting.briefLine(of: recommendation, in: assessment)))</p></li>\n"
        continue
      }
      html +=
        "<li id=\"\(anchor(recommendation.priority))\"><h3>\(HTML.escape(recommendation.rule.headline))</h3>"
      html +=
        "<p class=\"effect\">\(ReportFormatting.effect(of: recommendation, in: assessment))</p>"
      html += "<p>\(HTML.escape(recommendation.advice))</p>"
      html +=
        "<p class=\"source\">Source: \(HTML.escape(recommendation.rule.source)) · <code>\(HTML.breakable(recommendation.rule.id))</code></p></li>\n"
    }
    return html + "</ol>\n</section>\n"
  }

  static let findingColumns = ["Outcome", "Rule", "Finding"]

  private static func findings(_ assessment: Assessment) -> String {
    var html = "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n"
    let legend = ReportFormatting.findingsLegend(assessment)
    if let intro = legend.weightsIntro {
      html += "<p class=\"legend\">\(HTML.escape(intro))</p>\n<dl class=\"legend\">\n"
      for weight in legend.weights {
        html += "<dt>\(HTML.escape(weight.word))</dt><dd>\(HTML.escape(weight.meaning))</dd>\n"
      }
      html += "</dl>\n"
    }
    if let counted = legend.countedOnce {
      html += "<p class=\"legend\">\(HTML.escape(counted))</p>\n"
    }
    html += "<p class=\"legend\">\(HTML.escape(legend.names))</p>\n"
    for (area, findings) in assessment.findingsByArea {
      html +=
        "<h3>\(HTML.escape(area.title))</h3>\n<table class=\"findings stack\" role=\"table\">\n"
      html += HTML.headerRow(findingColumns) + "\n<tbody role=\"rowgroup\">\n"
      for finding in findings {
        let essential =
          finding.rule.isEssential
          ? " <span class=\"essential\">\(HTML.escape(finding.rule.severityLabel ?? ""))</span>"
          : ""
        html += HTML.row(
          header: ReportFormatting.outcomeLabel(finding),
          cells: [
            "\(HTML.escape(finding.rule.title))\(essential)<br><code>\(HTML.breakable(finding.rule.id))</code>",
            "\(findingText(finding, in: assessment))<br><span class=\"source\">Source: \(HTML.escape(finding.rule.source))</span>",
          ],
          labels: findingColumns,
          rowClass: finding.isThought
            ? "thought" : finding.failsWithGap ? "fail" : finding.outcome.rawValue)
      }
      html += "</tbody>\n</table>\n"
    }
    return html + "</section>\n"
  }

  /// A finding's text, its reference to What to do first as a link.
  private static func findingText(_ finding: Assessment.Finding, in assessment: Assessment)
    -> String
  {
    let text = HTML.escape(ReportFormatting.findingText(finding, in: assessment))
    let rule = finding.dependsOn ?? finding.rule
    guard finding.dependsOn != nil || finding.outcome == .fail,
      let item = ReportFormatting.item(of: rule, in: assessment)
    else { return text }
    let reference = ReportFormatting.reference(item)
    return text.replacing(
      reference, with: "<a href=\"#\(anchor(item))\">\(reference)</a>", maxReplacements: 1)
  }

  static let style = """
    :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; }
    body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; }
    h1 { font-size: 1.9rem; margin: 0.5rem 0 0; overflow-wrap: anywhere; }
    h2 { font-size: 1.4rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; margin-top: 2rem; }
    h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; overflow-wrap: anywhere; }
    p, li, caption { overflow-wrap: anywhere; }
    td, th { overflow-wrap: break-word; }
    .table-scroll, .figure { overflow-x: auto; }
    .figure:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
    svg.chart { max-width: 36rem; font-size: 12px; }
    svg.network { min-width: 40rem; }
    .framework, .source, .legend, footer { color: var(--muted); font-size: 0.9rem; }
    .verdict { display: flex; gap: 1.25rem; align-items: flex-start; }
    .grade { color: #fff; font-size: 3rem; font-weight: 700; width: 5rem; height: 5rem; line-height: 5rem; text-align: center; border-radius: 0.5rem; margin: 0; flex: none; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .label { font-size: 1.2rem; font-weight: 600; margin: 0; }
    .cap { border-left: 4px solid #b71c1c; padding-left: 0.6rem; }
    ul.cap { margin-top: -0.5rem; padding-left: 1.8rem; }
    svg { width: 100%; height: auto; display: block; margin: 0.5rem 0; font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 13px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    svg text { fill: var(--ink); }
    svg text.alone { fill: #b71c1c; font-weight: 600; }
    table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.92rem; }
    caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
    thead th { background: #f2f2f2; hyphens: manual; }
    table.areas td { text-align: right; }
    table.areas td:last-child { text-align: left; }
    tr.fail th { color: #b71c1c; font-weight: 700; }
    tr.pass th { color: #1b5e20; font-weight: 400; }
    tr.not-applicable th { color: var(--muted); font-weight: 400; }
    .essential { font-size: 0.8rem; border: 1px solid #b71c1c; color: #b71c1c; border-radius: 0.25rem; padding: 0 0.25rem; }
    ol.recommendations { padding-left: 2.25rem; }
    ol.recommendations h3 { margin-bottom: 0; }
    ol.recommendations p { margin: 0.2rem 0; }
    .effect { font-weight: 600; }
    .later { font-weight: 600; margin-top: 1.5rem; border-top: 1px solid #ccc; padding-top: 0.75rem; }
    .combined { background: #f2f7ff; border-left: 4px solid #1565c0; padding: 0.5rem 0.75rem; }
    table .source { font-size: 1em; }
    .narrow-only { display: none; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media (max-width: 40rem) { body { font-size: 15px; padding: 0.75rem; } .grade { width: 4rem; height: 4rem; line-height: 4rem; font-size: 2.4rem; } table { font-size: 0.82rem; } th, td { padding: 0.25rem 0.3rem; } ol.recommendations { padding-left: 1.5rem; }
      .verdict { flex-direction: column; gap: 0.75rem; }
      table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td, table.stack caption { display: block; }
      table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      table.stack tr { border: 1px solid var(--line); border-bottom: none; padding: 0.35rem 0.5rem; }
      table.stack tbody tr:last-child { border-bottom: 1px solid var(--line); }
      table.stack th, table.stack td { border: none; padding: 0.1rem 0; text-align: left; }
      table.stack td[data-label]::before { content: attr(data-label) ": "; content: attr(data-label) ": " / ""; color: var(--muted); }
      table.areas td { display: inline-block; margin-right: 0.8rem; }
      .narrow-only { display: inline; }
    }
    @media print { body { max-width: none; padding: 0; } .figure, .table-scroll { overflow: visible; } .narrow-only { display: none; } svg.network { min-width: 0; } section { break-inside: auto; } h2, h3 { break-after: avoid; } tr, li, svg { break-inside: avoid; } }
    """
}
