/// The problems of writing a command's output, and faults of the tool itself.
package enum CommandProblem: DiagnosticMessage {
  /// An output that cannot be written; `message` and `hint` say why, as the writer found.
  case cannotWrite(String, hint: String?)
  /// A path given for the reports that is a file.
  case reportsFolderIsAFile(String)
  /// The folder for the reports cannot be made, for `reason`.
  case cannotMakeFolder(String, reason: String)
  /// The output file `path`, given by `option`, is also an input.
  case outputIsInput(String, option: String)
  /// Something the tool made that it cannot read back.
  case `internal`(String)

  package var id: DiagnosticID {
    switch self {
    case .cannotWrite, .reportsFolderIsAFile, .cannotMakeFolder: "cannot-write"
    case .outputIsInput: "output-is-input"
    case .internal: "internal"
    }
  }

  package var severity: Diagnostic.Severity { .error }

  package var message: String {
    switch self {
    case .cannotWrite(let message, _): message
    case .reportsFolderIsAFile(let path): "'\(path)' is a file, not a folder for the reports"
    case .cannotMakeFolder(let path, let reason): "cannot make the folder '\(path)': \(reason)"
    case .outputIsInput(let path, _):
      "the output file '\(path)' is an input of this command; it was not overwritten"
    case .internal(let message): message
    }
  }

  package var hint: String? {
    switch self {
    case .cannotWrite(_, let hint): hint
    case .reportsFolderIsAFile: "choose a folder for --reports"
    case .outputIsInput(_, let option): "choose another name for \(option)"
    case .cannotMakeFolder, .internal: nil
    }
  }
}
