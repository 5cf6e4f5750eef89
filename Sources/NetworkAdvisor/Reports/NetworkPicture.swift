/// Who meets whom: schools on the left, knots on the right, a line where a school takes
/// part in a knot, whatever the knot does (the findings judge which knots do the work). Schools in no knot are marked, and each separate island of schools has
/// its own colour. A table beside it gives the same facts.
struct NetworkPicture {
  /// Above this many schools or knots the picture would be unreadable; the table remains.
  static let largest = 80

  let proposal: Proposal
  let facts: DerivedFacts

  /// For each school, the index of its island.
  let islandOf: [Int]

  /// The picture of a proposal from the facts derived when it was read.
  init(facts: DerivedFacts) {
    self.proposal = facts.proposal
    self.facts = facts
    var islandOf = Array(repeating: 0, count: proposal.schools.count)
    for (island, members) in facts.islands.enumerated() {
      for school in members { islandOf[school] = island }
    }
    self.islandOf = islandOf
  }

  static let columns = ["School", "Knots", "Group"]
  static let knotColumns = ["Knot", "Name", "Type"]

  static let palette = [
    "#1565c0", "#6a1b9a", "#00838f", "#ad1457", "#4e342e", "#2e7d32", "#37474f", "#ef6c00",
  ]

  func render() -> String {
    var html = summary()
    if proposal.schools.count > Self.largest || proposal.knots.count > Self.largest {
      html +=
        "<p>The network is too large to draw (\(proposal.schools.count) schools, \(proposal.knots.count) knots); the table below lists who meets whom.</p>\n"
    } else {
      html += picture()
    }
    return html + table()
  }

  private func summary() -> String {
    let alone = facts.knotsBySchool.indices.filter { facts.knotsBySchool[$0].isEmpty }
    // A school in no knot is said once, below, not counted as a group of its own, as the
    // membership advice says it.
    let groups = facts.islands.filter { $0.contains { !facts.knotsBySchool[$0].isEmpty } }
    var text = "<p>"
    if groups.count > 1 {
      text +=
        "The schools form \(groups.count) separate groups that never meet through a knot."
    } else {
      let linked = proposal.schools.count - alone.count
      text +=
        (alone.isEmpty ? "All \(linked) schools are" : "The other \(linked) schools are")
        + " linked through some knot, events such as joint staff days included; whether they work together through the year is judged under Size and membership."
    }
    if !alone.isEmpty {
      text +=
        " \(alone.count) school\(alone.count == 1 ? " takes" : "s take") part in no knot: "
        + Value.sentenceList(alone.map { HTML.escape(proposal.schools[$0].name) }) + "."
    }
    return text + "</p>\n"
  }

  private func picture() -> String {
    let row = 24
    let order = facts.islands.flatMap { $0 }
    let rows = max(order.count, proposal.knots.count, 1)
    let height = rows * row + 16
    func schoolY(_ position: Int) -> Int { 8 + position * row + row / 2 }
    func knotY(_ index: Int) -> Int {
      proposal.knots.count <= 1
        ? height / 2 : 8 + row / 2 + index * (rows - 1) * row / (proposal.knots.count - 1)
    }
    var position: [Int: Int] = [:]
    for (offset, school) in order.enumerated() { position[school] = offset }
    var svg = """
      <div class="figure" tabindex="0" role="region" aria-label="Picture of who meets whom; on a narrow screen it scrolls sideways"><svg class="network" viewBox="0 0 720 \(height)" role="img" aria-labelledby="network-title network-desc">
      <title id="network-title">Who meets whom</title>
      <desc id="network-desc">Schools on the left, knots on the right; a line joins a school to each knot it takes part in.</desc>

      """
    for (school, knots) in facts.knotsBySchool.enumerated() {
      for knotIndex in knots {
        let colour = Self.palette[islandOf[school] % Self.palette.count]
        svg +=
          "<line x1=\"262\" y1=\"\(schoolY(position[school]!))\" x2=\"458\" y2=\"\(knotY(knotIndex))\" stroke=\"\(colour)\" stroke-opacity=\"0.55\"/>\n"
      }
    }
    for school in order {
      let y = schoolY(position[school]!)
      let name = proposal.schools[school].name
      let isAlone = facts.knotsBySchool[school].isEmpty
      let colour = isAlone ? "#b71c1c" : Self.palette[islandOf[school] % Self.palette.count]
      svg += "<g><title>\(HTML.escape(name))\(isAlone ? " (in no knot)" : "")</title>"
      svg +=
        "<text x=\"248\" y=\"\(y + 5)\" text-anchor=\"end\"\(isAlone ? " class=\"alone\"" : "")>\(HTML.escape(HTML.shortened(name, to: 32)))</text>"
      svg +=
        isAlone
        ? "<circle cx=\"258\" cy=\"\(y)\" r=\"6\" fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
        : "<circle cx=\"258\" cy=\"\(y)\" r=\"6\" fill=\"\(colour)\"/>"
      svg += "</g>\n"
    }
    for (index, knot) in proposal.knots.enumerated() {
      let y = knotY(index)
      svg += "<g><title>\(HTML.escape(knot.name)) (\(HTML.escape(knot.type)))</title>"
      svg +=
        "<rect x=\"458\" y=\"\(y - 7)\" width=\"14\" height=\"14\" fill=\"\(knot.isFacilitated ? "#424242" : "#fff")\" stroke=\"#424242\" stroke-width=\"2\"/>"
      svg +=
        "<text x=\"480\" y=\"\(y + 5)\">\(HTML.escape(HTML.shortened(knot.name, to: 27)))</text></g>\n"
    }
    svg += "</svg></div>\n"
    svg +=
      "<p class=\"legend\">Filled squares are facilitated knots; hollow squares are not. A dashed red circle is a school in no knot.<span class=\"narrow-only\"> On a narrow screen, scroll the picture sideways to see the knots; the table below gives the same facts.</span></p>\n"
    return svg
  }

  /// The knots, numbered, then each school with the numbers of its knots. Knots that take
  /// in every school are named once rather than on every row, so the table grows with the
  /// proposal, not with schools times knots.
  private func table() -> String {
    var memberCount = Array(repeating: 0, count: proposal.knots.count)
    for knots in facts.knotsBySchool { for knot in Set(knots) { memberCount[knot] += 1 } }
    let everySchool = Set(
      proposal.knots.indices.filter {
        proposal.schools.count > 1 && memberCount[$0] == proposal.schools.count
      })
    var html = """
      <table class="stack" role="table">
      <caption>Knots</caption>
      \(HTML.headerRow(Self.knotColumns))
      <tbody role="rowgroup">

      """
    for (index, knot) in proposal.knots.enumerated() {
      html += HTML.row(
        header: "\(index + 1)",
        cells: [
          HTML.escape(knot.name) + (everySchool.contains(index) ? " (every school)" : ""),
          HTML.escape(knot.type),
        ],
        labels: Self.knotColumns)
    }
    html += "</tbody>\n</table>\n"
    let shared =
      everySchool.isEmpty
      ? ""
      : ", besides \(everySchool.count == 1 ? "knot" : "knots") "
        + Value.sentenceList(everySchool.sorted().map { String($0 + 1) }) + " for every school"
    html += """
      <table class="stack" role="table">
      <caption>Schools and the knots they take part in\(shared)</caption>
      \(HTML.headerRow(Self.columns))
      <tbody role="rowgroup">

      """
    for (index, school) in proposal.schools.enumerated() {
      let all = facts.knotsBySchool[index]
      let own = all.filter { !everySchool.contains($0) }.map { String($0 + 1) }
      let knots =
        all.isEmpty
        ? "<strong>none</strong>"
        : own.isEmpty
          ? "only those for every school"
          : (own.count == 1 ? "knot " : "knots ") + Value.sentenceList(own)
      html += HTML.row(
        header: HTML.escape(school.name), cells: [knots, "\(islandOf[index] + 1)"],
        labels: Self.columns)
    }
    return html + "</tbody>\n</table>\n"
  }
}
