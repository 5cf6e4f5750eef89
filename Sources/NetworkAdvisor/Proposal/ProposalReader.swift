/// Reads a proposal, whole or a fragment, into the fields rules evaluate: checks it against
/// the format, fills the defaults that depend on other fields, and adds derived facts.
package enum ProposalReader {
  /// The result of reading: the fields (meaningful only when there are no problems), the
  /// typed view, and every problem found.
  package struct Result: Sendable {
    /// The fields rules read, derived facts included.
    package var fields: [Value]
    /// A typed view of the proposal, for reports.
    package var proposal: Proposal
    /// The derived facts, computed once as the proposal was read, for reports.
    package var facts: DerivedFacts
    /// Every way the document breaks the format.
    package var problems: [FormatProblem]
    /// `extensions` keys no layer declares: reported, not refused.
    package var warnings: [FormatProblem] = []
    /// The warnings located in the file, when read by ``ProposalDocument``.
    package var diagnostics: [Diagnostic] = []
  }

  /// Reads a JSON document.
  /// - Parameter requiresAll: `true` for a whole proposal (required keys and `format` are
  ///   checked), `false` for an example fragment in a rule file.
  /// - Parameter extensions: the fields the loaded rule layers declare.
  package static func read(
    _ json: JSONValue, requiresAll: Bool = true, extensions: [ExtensionField] = []
  ) -> Result {
    var reader = FormatReader(requiresAll: requiresAll, extensions: extensions)
    var fields = reader.readObject(json, ProposalFormat.proposal, path: .root)
    // The format's one allowed value is the hint for a missing or mistyped `format`.
    var problems = reader.problems.map { problem in
      guard problem.path == "format" else { return problem }
      var problem = problem
      problem.hint =
        (json["format"] == nil ? "add" : "write") + " \"format\": \"\(ProposalFormat.identifier)\""
      return problem
    }
    let layout = Proposal.Layout.shared
    if requiresAll, let format = json["format"], case .string(let text) = format.kind,
      text != ProposalFormat.identifier, text.contains(where: { !$0.isWhitespace })
    {
      problems.append(
        FormatProblem(
          path: "format", range: format.range,
          message: "unsupported format \(JSONWriter.quoted(text))",
          hint: "this tool reads \"\(ProposalFormat.identifier)\""))
    }
    fillKnotDefaults(&fields, layout)
    problems += referenceProblems(json)
    let proposal = Proposal(fields: fields)
    let facts = DerivedFacts(proposal)
    fields[layout.schools] = .list(
      fields[layout.schools].listValue.enumerated().map { index, school in
        guard case .record(let schoolFields) = school else { return school }
        return .record(schoolFields + facts.schoolFields(at: index))
      })
    fields += facts.proposalFields
    return Result(
      fields: fields, proposal: proposal, facts: facts, problems: problems,
      warnings: reader.warnings)
  }

  /// A knot's character defaults by its type; its schools default to all member schools.
  private static func fillKnotDefaults(_ fields: inout [Value], _ layout: Proposal.Layout) {
    let allSchools = fields[layout.schools].listValue.map { school -> Value in
      if case .record(let schoolFields) = school { return schoolFields[layout.schoolID] }
      return .string("")
    }
    guard case .list(let knots) = fields[layout.knots] else { return }
    fields[layout.knots] = .list(
      knots.map { knot in
        guard case .record(var knotFields) = knot else { return knot }
        if knotFields[layout.knotCharacter] == .string("") {
          let architectural = ["collective-planning", "shared-professional-development"]
          knotFields[layout.knotCharacter] = .string(
            architectural.contains(knotFields[layout.knotType].stringValue)
              ? "architectural" : "fluid")
        }
        if knotFields[layout.knotSchools].listValue.isEmpty {
          knotFields[layout.knotSchools] = .list(allSchools)
        }
        return .record(knotFields)
      })
  }

  /// Duplicate school ids, and school ids named by knots or leaders that are not members.
  private static func referenceProblems(_ json: JSONValue) -> [FormatProblem] {
    var problems: [FormatProblem] = []
    var ids: [String] = []
    var members: Set<String> = []
    var idByName: [String: String] = [:]
    if case .array(let schools)? = json["schools"]?.kind {
      idByName = schoolIDsByName(schools)
      for (index, school) in schools.enumerated() {
        guard case .string(let id)? = school["id"]?.kind else { continue }
        if !members.insert(id).inserted {
          problems.append(
            FormatProblem(
              path: "schools[\(index)].id", range: school["id"]!.range,
              message: "duplicate school id \(JSONWriter.quoted(id))",
              hint: "each school needs an id of its own"))
        } else {
          ids.append(id)
        }
      }
    }
    // Hints are for the problems a reader will see: the first ones get a suggestion, and
    // the list of member schools is cut short, so a huge proposal stays fast and small.
    let suggested = DiagnosticRenderer.maximumShown
    let listed = 20
    let memberList =
      ids.prefix(listed).joined(separator: ", ")
      + (ids.count > listed ? " and \(ids.count - listed) more" : "")
    func check(_ value: JSONValue?, path: String) {
      guard let value, case .string(let id) = value.kind, !members.contains(id) else { return }
      let byName = idByName[schoolNameKey(id)].map {
        "that is the name of the school whose id is \(JSONWriter.quoted($0)): write its id here"
      }
      let suggestion =
        problems.count < suggested ? Diagnostic.didYouMean(id, among: ids) : nil
      let add = "add the school to \"schools\""
      let hint =
        byName ?? suggestion.map { "\($0) Otherwise \(add)" }
        ?? (ids.isEmpty ? add : "the member schools are: " + memberList + "; or " + add)
      problems.append(
        FormatProblem(
          path: path, range: value.range,
          message: "\(JSONWriter.quoted(id)) is not a member school", hint: hint))
    }
    if case .array(let knots)? = json["knots"]?.kind {
      for (index, knot) in knots.enumerated() {
        guard case .array(let schools)? = knot["schools"]?.kind else { continue }
        for (position, school) in schools.enumerated() {
          check(school, path: "knots[\(index)].schools[\(position)]")
        }
      }
    }
    if case .array(let leaders)? = json["leadership"]?["leaders"]?.kind {
      for (index, leader) in leaders.enumerated() {
        check(leader["school"], path: "leadership.leaders[\(index)].school")
      }
    }
    return problems
  }

  /// Each school's id by its name, looked up by ``schoolNameKey(_:)``: a school named by its
  /// name where its id belongs is the commonest slip, so the reader's hint says which id to
  /// write and `new` takes the name for the id.
  package static func schoolIDsByName(_ schools: [JSONValue]) -> [String: String] {
    var idByName: [String: String] = [:]
    for school in schools {
      if case .string(let id)? = school["id"]?.kind, case .string(let name)? = school["name"]?.kind
      {
        idByName[schoolNameKey(name)] = id
      }
    }
    return idByName
  }

  /// A school's name as it is looked up: in lower case, without surrounding spaces.
  package static func schoolNameKey(_ name: String) -> String {
    name.lowercased().trimmingCharacters(in: .whitespaces)
  }
}
