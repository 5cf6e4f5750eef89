import Foundation

/// Reads scenario files (`*.scenario.json`), checking every key and every rule, area and
/// grade they name against the framework; problems are located like any other input's.
package struct ScenarioReader {
  /// The value of a scenario's `format` key.
  package static let formatIdentifier = "network-scenario/1"
  static let topKeys = ["format", "title", "description", "proposal", "patch", "expect"]

  let framework: Framework
  let file: SourceFile
  let path: String
  var diagnostics: [Diagnostic] = []

  /// Reads one scenario file against a framework.
  package static func read(path: String, framework: Framework) -> Result<Scenario, DiagnosticError>
  {
    let data: [UInt8]
    switch InputFile.read(path) {
    case .success(let bytes): data = bytes
    case .failure(let failure):
      return .failure(DiagnosticError([failure.diagnostic(path, kind: "scenario")]))
    }
    let file = SourceFile(name: path, text: String(decoding: data, as: UTF8.self))
    var reader = ScenarioReader(framework: framework, file: file, path: path)
    let scenario = reader.read()
    guard let scenario, reader.diagnostics.isEmpty else {
      return .failure(DiagnosticError(reader.diagnostics))
    }
    return .success(scenario)
  }

  /// A problem with `value`, located at it.
  mutating func problem(_ kind: ScenarioProblem, _ value: JSONValue, fixIts: [FixIt] = []) {
    diagnostics.append(Diagnostic(kind, at: SourceRange(file, value.range), fixIts: fixIts))
  }

  /// A problem with `value` in the words of a kind of expectation, which reads and
  /// documents its own shape.
  mutating func problem(_ message: String, _ value: JSONValue, hint: String? = nil) {
    problem(.invalidValue(message, hint: hint), value)
  }

  mutating func read() -> Scenario? {
    let json: JSONValue
    do {
      json = try JSONReader.parse(file.utf8)
    } catch {
      diagnostics.append(
        Diagnostic(
          InputProblem.malformedJSON(error.message, hint: error.hint),
          at: SourceRange(file, error.offset..<error.offset + error.length)))
      return nil
    }
    guard case .object(let members) = json.kind else {
      problem(.scenarioNotAnObject, json)
      return nil
    }
    checkKeys(members, allowed: Self.topKeys, in: "a scenario")
    if let format = json["format"], format.kind != .string(Self.formatIdentifier) {
      problem(.wrongFormat(identifier: Self.formatIdentifier), format)
    }
    let title = string(json["title"], "title", required: json) ?? ""
    let description = string(json["description"], "description", required: nil)
    let proposal = readProposal(json)
    let expectations = readExpectations(json["expect"], in: json)
    guard let proposal, let expectations else { return nil }
    return Scenario(
      title: title, description: description, path: path, proposal: proposal,
      expectations: expectations,
      source: file, json: json)
  }

  mutating func checkKeys(_ members: [JSONMember], allowed: [String], in what: String) {
    for member in members where !allowed.contains(member.key) {
      diagnostics.append(
        Diagnostic(
          ScenarioProblem.unknownKey(member.key, in: what, allowed: allowed),
          at: SourceRange(file, member.keyRange),
          fixIts: FixIt.respelling(
            member.key, at: SourceRange(file, member.keyRange), among: allowed)))
    }
  }

  mutating func string(_ value: JSONValue?, _ key: String, required parent: JSONValue?) -> String? {
    guard let value else {
      if let parent {
        diagnostics.append(
          Diagnostic(
            ScenarioProblem.missingKey(key, hint: nil),
            at: SourceRange(file, parent.range.lowerBound..<parent.range.lowerBound + 1)))
      }
      return nil
    }
    guard case .string(let text) = value.kind, !text.isEmpty else {
      problem(.notText(key: key), value)
      return nil
    }
    return text
  }

  /// The proposal: a path relative to the scenario, or an inline proposal; with an
  /// optional JSON merge patch (RFC 7386) applied on top.
  mutating func readProposal(_ json: JSONValue) -> ProposalReader.Result? {
    guard let value = json["proposal"] else {
      diagnostics.append(
        Diagnostic(
          ScenarioProblem.missingKey(
            "proposal", hint: "give a proposal's path relative to this file, or the proposal itself"
          ),
          at: SourceRange(file, json.range.lowerBound..<json.range.lowerBound + 1)))
      return nil
    }
    var document: JSONValue
    var documentFile = file
    switch value.kind {
    case .string(let relative):
      guard let read = readProposalFile(relative, named: value) else { return nil }
      (document, documentFile) = read
    case .object:
      document = value
    default:
      problem(.proposalNeitherPathNorObject, value)
      return nil
    }
    var patched = false
    if let patch = json["patch"] {
      guard case .object = patch.kind else {
        problem(.patchNotAnObject, patch)
        return nil
      }
      document = Self.merge(patch, into: document)
      patched = true
    }
    let result = ProposalReader.read(document, extensions: framework.extensionFields)
    for problem in result.problems {
      // A value the patch wrote is located in the scenario file; any other in the proposal.
      let location =
        patched && Self.comesFromPatch(problem.path, range: problem.range, patch: json["patch"]!)
        ? SourceRange(file, problem.range) : SourceRange(documentFile, problem.range)
      diagnostics.append(
        Diagnostic(
          InputProblem.invalidProposal(
            "the proposal is invalid: \(problem.path.isEmpty ? "" : problem.path + ": ")\(problem.message)",
            hint: problem.hint),
          at: location, fixIts: problem.fixIts(in: location.file)))
    }
    guard result.problems.isEmpty else { return nil }
    // Keys no rules layer declares are warnings, located like the problems above.
    var read = result
    read.diagnostics = result.warnings.map { warning in
      let patchedHere =
        patched && Self.comesFromPatch(warning.path, range: warning.range, patch: json["patch"]!)
      return Diagnostic(
        InputProblem.undeclaredExtension("\(warning.path): \(warning.message)", hint: warning.hint),
        at: SourceRange(patchedHere ? file : documentFile, warning.range))
    }
    return read
  }

  /// The proposal file at a path relative to the scenario (or absolute), as JSON and as
  /// the file it came from; `nil` after reporting a problem at `value`.
  mutating func readProposalFile(_ relative: String, named value: JSONValue) -> (
    JSONValue, SourceFile
  )? {
    let base = (path as NSString).deletingLastPathComponent
    let proposalPath =
      relative.hasPrefix("/") ? relative : (base as NSString).appendingPathComponent(relative)
    let data: [UInt8]
    switch InputFile.read(proposalPath) {
    case .success(let bytes): data = bytes
    case .failure(.missing):
      problem(.noProposalFile(relative: relative, path: proposalPath), value)
      return nil
    case .failure(let failure):
      let refusal = failure.diagnostic(proposalPath, kind: "proposal")
      problem(.unreadableProposal(refusal.message, hint: refusal.hint), value)
      return nil
    }
    let file = SourceFile(name: proposalPath, text: String(decoding: data, as: UTF8.self))
    do {
      return (try JSONReader.parse(file.utf8), file)
    } catch {
      problem(.proposalNotJSON(relative: relative, message: error.message), value)
      return nil
    }
  }

  /// JSON merge patch: objects merge key by key, `null` removes a key, anything else replaces.
  static func merge(_ patch: JSONValue, into target: JSONValue) -> JSONValue {
    guard case .object(let changes) = patch.kind else { return patch }
    var members: [JSONMember] = []
    if case .object(let existing) = target.kind { members = existing }
    for change in changes {
      let index = members.firstIndex { $0.key == change.key }
      if change.value.kind == .null {
        if let index { members.remove(at: index) }
      } else if let index {
        members[index].value = merge(change.value, into: members[index].value)
      } else {
        members.append(
          JSONMember(
            key: change.key, keyRange: change.keyRange,
            value: merge(change.value, into: JSONValue(.null))))
      }
    }
    return JSONValue(.object(members), range: target.range)
  }
}
