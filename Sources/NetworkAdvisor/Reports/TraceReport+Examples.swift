import Foundation

extension TraceReport {
  /// Each condition of `rule` on an example's fields (facts already added), one line per
  /// condition: its value, then the values of its parts. `explain` reads whole proposals,
  /// and an example is often a fragment, so `rules check` shows these instead.
  static func exampleNotes(_ rule: Rule, fields: [Value], localSlots: Int) -> [String] {
    let recorder = TraceRecorder()
    var evaluator = Evaluator(subject: fields, localSlots: localSlots, recorder: recorder)
    let outcome = Framework.outcome(of: rule, with: &evaluator)
    let report = TraceReport(rule: rule, file: rule.location.file, recorder: recorder)
    var conditions: [(String, Node)] = []
    if let applicability = rule.applicability { conditions.append(("applies when", applicability)) }
    if outcome != .notApplicable { conditions.append(("passes when", rule.condition)) }
    return conditions.map { heading, node in
      let lines = report.section(heading, node).split(separator: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      var note = "on this example, " + lines[0]
      if lines.count > 1 { note += " " + lines[1] }
      if lines.count > 2 { note += ", where " + lines[2...].joined(separator: "; ") }
      return note
    }
  }
}
