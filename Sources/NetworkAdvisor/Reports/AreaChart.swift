/// The areas as a horizontal bar chart in inline SVG, with the same figures in a table.
struct AreaChart {
  let assessment: Assessment

  static let columns = ["Area", "Weight", "Score", "Grade", "Passed", "Failed", "Not applicable"]

  func render() -> String {
    // Each area is a label above its bar, so the chart stays legible on a phone.
    let rowHeight = 36
    let height = assessment.areas.count * rowHeight + 4
    var svg = """
      <svg class="chart" viewBox="0 0 400 \(height)" role="img" aria-labelledby="areas-chart-title">
      <title id="areas-chart-title">Score of each area, out of 100</title>

      """
    let framework = assessment.framework
    for (index, area) in assessment.areas.enumerated() {
      let y = index * rowHeight + 2
      let label = HTML.escape(HTML.shortened(area.area.title, to: 48))
      svg += "<text x=\"0\" y=\"\(y + 13)\">\(label)</text>\n"
      svg += "<rect x=\"0\" y=\"\(y + 18)\" width=\"400\" height=\"12\" fill=\"#e8e8e8\"/>\n"
      if area.isWaiting {
        // An area that waits on another, with no failure of its own, has rules not yet
        // assessed: no bar, score or grade. The table under the chart names what it waits on.
        svg += "<text x=\"400\" y=\"\(y + 13)\" text-anchor=\"end\">waits</text>\n"
      } else if let score = area.score, let grade = area.grade {
        let width = NumberText.clampedCount(score * 4, limit: 400)
        let colour = HTML.colour(
          forRank: framework.rank(of: grade.letter), of: framework.grades.count)
        svg +=
          "<rect x=\"0\" y=\"\(y + 18)\" width=\"\(width)\" height=\"12\" fill=\"\(colour)\"/>\n"
        svg +=
          "<text x=\"400\" y=\"\(y + 13)\" text-anchor=\"end\">\(ReportFormatting.score(score)) · \(HTML.escape(grade.letter))</text>\n"
      } else {
        svg += "<text x=\"400\" y=\"\(y + 13)\" text-anchor=\"end\">no rule applies</text>\n"
      }
    }
    svg += "</svg>\n"
    return svg + table()
  }

  /// The same figures as a table; an area that waits on another names it for a grade, and a
  /// grade held by a gap of the area's own, or given while some of its rules wait, says so.
  private func table() -> String {
    var table = """
      <table class="areas stack" role="table">
      <caption>Areas: the weighted share of each area's applicable rules that pass</caption>
      \(HTML.headerRow(Self.columns))
      <tbody role="rowgroup">

      """
    for area in assessment.areas {
      let cells = [
        NumberText.plain(area.area.weight), ReportFormatting.areaScore(area),
        HTML.escape(ReportFormatting.areaStanding(area, in: assessment)), "\(area.passed)",
        "\(area.failed)", "\(area.notApplicable)",
      ]
      table += HTML.row(header: HTML.escape(area.area.title), cells: cells, labels: Self.columns)
    }
    table += "</tbody>\n</table>\n"
    if assessment.areas.contains(where: \.isWaiting) {
      table += "<p class=\"legend\">\(HTML.escape(ReportFormatting.waitingNote))</p>\n"
    }
    return table
  }
}
