/// The problems in reading input: files and folders, text that is not UTF-8 or not JSON,
/// proposals that break their format, and files of edit costs.
package enum InputProblem: DiagnosticMessage {
  /// No file at `name`.
  case noSuchFile(String)
  /// `name` is a folder where a `kind` file was expected.
  case folderNotFile(String, kind: String)
  /// `name` holds more than `limit` bytes, the most a `kind` file may.
  case tooLarge(String, kind: String, limit: Int)
  /// The system refuses to read `name`, for `reason`.
  case unreadableFile(String, reason: String)
  /// No file or folder at `path` among the inputs of a command.
  case noSuchFileOrFolder(String)
  /// A folder without any `suffix` files.
  case noFilesInFolder(String, suffix: String)
  /// Neither folder of a pair has JSON files.
  case noFilesInEither(String, String)
  /// No folder at the `--rules` path.
  case noRulesFolder(String)
  /// A `--rules` folder that cannot be listed.
  case unreadableRulesFolder(String)
  /// A `--rules` folder without `.rules` files.
  case emptyRulesFolder(String)
  /// An invalid byte at `offset` of a `kind` (rule file, proposal).
  case notUTF8(offset: Int, kind: String)
  /// Text that is not JSON, as the JSON reader says.
  case malformedJSON(String, hint: String?)
  /// A proposal that breaks its format; `message` says how, after its JSON path.
  case invalidProposal(String, hint: String?)
  /// A field no rule layer declares, under `extensions`.
  case undeclaredExtension(String, hint: String?)
  /// A line of edit costs naming no operator of `operators`.
  case unknownOperator(String, operators: [String])
  /// A line of edit costs without a whole-number cost and a reason.
  case costWithoutReason(String)
  /// An operator given a cost twice.
  case costGivenTwice(String)
  /// Operators without a cost.
  case noCost([String])

  package var id: DiagnosticID {
    switch self {
    case .noSuchFile, .folderNotFile, .noSuchFileOrFolder: "no-file"
    case .noFilesInFolder, .noFilesInEither: "no-files"
    case .tooLarge: "too-large"
    case .unreadableFile: "unreadable-file"
    case .noRulesFolder, .unreadableRulesFolder, .emptyRulesFolder: "no-rules-folder"
    case .notUTF8: "not-utf8"
    case .malformedJSON: "malformed-json"
    case .invalidProposal: "invalid-proposal"
    case .undeclaredExtension: "undeclared-extension"
    case .unknownOperator, .costWithoutReason, .costGivenTwice, .noCost: "invalid-costs"
    }
  }

  package var severity: Diagnostic.Severity {
    if case .undeclaredExtension = self { return .warning }
    return .error
  }

  package var message: String {
    switch self {
    case .noSuchFile(let name): "no such file '\(name)'"
    case .folderNotFile(let name, let kind): "'\(name)' is a folder, not a \(kind) file"
    case .tooLarge(let name, let kind, let limit):
      "'\(name)' holds more than \(limit) bytes; a \(kind) file may have at most \(limit) (\(limit / 1_048_576) MiB)"
    case .unreadableFile(let name, let reason): "cannot read '\(name)': \(reason)"
    case .noSuchFileOrFolder(let path): "no such file or folder '\(path)'"
    case .noFilesInFolder(let path, let suffix): "the folder '\(path)' has no \(suffix) files"
    case .noFilesInEither(let old, let new): "neither '\(old)' nor '\(new)' has .json files"
    case .noRulesFolder(let path): "no folder at '\(path)'"
    case .unreadableRulesFolder(let path): "cannot read the folder '\(path)'"
    case .emptyRulesFolder(let path): "the folder '\(path)' has no .rules files"
    case .notUTF8(let offset, _):
      "the file is not UTF-8 text (an invalid byte at offset \(offset))"
    case .malformedJSON(let message, _): "malformed JSON: \(message)"
    case .invalidProposal(let message, _), .undeclaredExtension(let message, _): message
    case .unknownOperator(let id, _): "unknown operator '\(id)'"
    case .costWithoutReason(let id): "'\(id)' needs a whole-number cost from 1 and a reason"
    case .costGivenTwice(let id): "'\(id)' is given twice"
    case .noCost(let missing): "no cost for \(missing.joined(separator: ", "))"
    }
  }

  package var hint: String? {
    switch self {
    case .noSuchFile: "check the path, or use - to read standard input"
    case .tooLarge: "check that this is the file you meant"
    case .noSuchFileOrFolder: "check the path"
    case .noRulesFolder: "--rules takes a folder of .rules files"
    case .emptyRulesFolder: "rule files end in .rules"
    case .notUTF8(_, let kind): "save the \(kind) as UTF-8"
    case .malformedJSON(_, let hint), .invalidProposal(_, let hint),
      .undeclaredExtension(_, let hint):
      hint
    case .unknownOperator(let id, let operators):
      Diagnostic.didYouMean(id, among: operators)
        ?? "the operators are: \(operators.joined(separator: ", "))"
    case .costWithoutReason(let id): "write: \(id) 2 Why it costs that much"
    case .noCost: "every operator needs a cost and a reason"
    case .folderNotFile, .unreadableFile, .noFilesInFolder, .noFilesInEither,
      .unreadableRulesFolder, .costGivenTwice:
      nil
    }
  }
}
