/// Fuzz target: assessment of valid proposals with hostile values. The input does not
/// become JSON text: it steers a builder that always writes a well-formed proposal (so
/// every run reaches the rules and the reports) with extreme numbers, awkward strings and
/// odd shapes. Every report format and every rule's trace must render; the JSON report
/// must read back as JSON, and the HTML report stays in proportion to the proposal.
func fuzzAssess(_ bytes: [UInt8]) {
  var steer = FuzzSteer(bytes)
  let json = HostileProposal.build(&steer)
  guard case .success(let read) = ProposalDocument.read(Array(json.utf8), name: "fuzz.json")
  else { return }
  let framework = FuzzCheck.framework
  let assessment = Assessment(
    framework: framework, subjectName: read.proposal.name, fields: read.fields)
  let report = JSONReport.render(assessment)
  guard (try? JSONReader.parse(Array(report.utf8))) != nil else {
    fatalError("the JSON report is not JSON:\n\(report)")
  }
  _ = TextReport().render(assessment)
  _ = MarkdownReport.render(assessment)
  let html = HTMLReport.render(assessment, facts: read.facts)
  // Reports grow with the proposal, not with schools times knots.
  if html.utf8.count > 100 * json.utf8.count + 1_000_000 {
    fatalError("a proposal of \(json.utf8.count) bytes gave \(html.utf8.count) bytes of HTML")
  }
  let rule = framework.rules[Int(steer.byte()) % framework.rules.count]
  _ = TraceReport.explain(rule, in: framework, fields: read.fields)
}
