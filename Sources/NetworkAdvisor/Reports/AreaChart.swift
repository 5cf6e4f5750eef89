/// The areas as a horizontal bar chart in inline SVG, with the same figures in a table.
struct AreaChart {
  let assessment: Assessment

  static let columns = ["Area", "Score", "Grade", "Checks"]

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
      if let score = ReportFormatting.shownScore(area, in: assessment), let grade = area.grade {
        let width = NumberText.clampedCount(score * 4, limit: 400)
        let colour = HTML.colour(
          forRank: framework.rank(of: grade.letter), of: framework.grades.count)
        svg +=
          "<rect x=\"0\" y=\"\(y + 18)\" width=\"\(width)\" height=\"12\" fill=\"\(colour)\"/>\n"
        svg +=
          "<text x=\"400\" y=\"\(y + 13)\" text-anchor=\"end\">\(ReportFormatting.score(score)) · \(HTML.escape(grade.letter))</text>\n"
      } else if let grade = area.grade {
        // A gap holds the grade: the grade, held, and no score.
        svg +=
          "<text x=\"400\" y=\"\(y + 13)\" text-anchor=\"end\">held · \(HTML.escape(grade.letter))</text>\n"
      } else {
        // No check of the area is made: none applies, or every one that does waits.
        svg += "<text x=\"400\" y=\"\(y + 13)\" text-anchor=\"end\">no score</text>\n"
      }
    }
    svg += "</svg>\n"
    return svg + table()
  }

  /// The same figures as a table, with what each area's checks found and where those that
  /// wait wait ("3 pass, 1 waits on item 1"); a grade a gap of the area's own holds says so.
  private func table() -> String {
    var table = """
      <table class="areas stack" role="table">
      <caption>Areas: each area's score over the checks made, and what its checks found</caption>
      \(HTML.headerRow(Self.columns))
      <tbody role="rowgroup">

      """
    let checks = AreaChecks.all(in: assessment)
    for area in checks {
      let cells = [
        ReportFormatting.areaScore(area),
        HTML.escape(ReportFormatting.areaStanding(area)),
        HTML.escape(area.summaryWithWaits),
      ]
      table += HTML.row(
        header: HTML.escape(area.area.area.title), cells: cells, labels: Self.columns)
    }
    table += "</tbody>\n</table>\n"
    for legend in ReportFormatting.areaLegends(checks) {
      table += "<p class=\"legend\">\(HTML.escape(legend))</p>\n"
    }
    return table
  }
}
