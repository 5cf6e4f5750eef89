/// How reports say, for people who do not read the file, the keys and values that the rules'
/// advice writes in code quotes: "In the proposal: the `meetingsPerYear` of …" reads "In the
/// proposal: the meetings a year of …". Made from the format's declarations, so a field is
/// named in one place.
extension ProposalFormat {
  /// Each field's plain name under its key, and under `section.key` for a field of one of
  /// the proposal's sections (`purpose.idea`); each value of a choice under the value.
  package static let plainNames: [String: String] = {
    var names: [String: String] = [:]
    func note(_ key: String, _ plain: String) {
      if names[key] == nil { names[key] = plain }
    }
    for shape in [proposal] + ProposalJSONSchema.objects(within: proposal) {
      for field in shape.fields {
        note(field.name, field.plainName)
        for value in choices(of: field.shape) {
          note(value, plainValues[value] ?? value.replacingOccurrences(of: "-", with: " "))
        }
      }
    }
    for field in proposal.fields {
      guard case .object(let section) = field.shape else { continue }
      for inner in section.fields { note(field.name + "." + inner.name, inner.plainName) }
    }
    return names
  }()

  /// The values whose plain name is not the value with its hyphens read as spaces.
  static let plainValues: [String: String] = [
    "learning-from": "learning from one another",
    "learning-with": "learning with one another",
    "learning-on-behalf": "learning on behalf of one another",
    "shared-pd-planning": "shared professional development planning",
    "monitoring-evaluation-dissemination": "monitoring, evaluation and dissemination",
    "launch-and-joint-staff-days": "launch events and joint staff days",
  ]

  /// The values a field of this shape can take, through lists.
  private static func choices(of shape: FieldShape) -> [String] {
    switch shape {
    case .choice(let type): type.values
    case .list(let element, _): choices(of: element)
    default: []
    }
  }
}
