import Foundation

/// `network-advisor diff OLD NEW`: what changed between two versions of a proposal, or
/// between two portfolios (folders) matched by file name.
enum DiffCommand: ParsableCommand {
  /// The formats of the difference.
  enum Format: String, OptionChoice { case text, markdown, json }

  static let configuration = CommandConfiguration(
    name: "diff",
    abstract: "Show what changed between two versions of a proposal and what it did to the grade.",
    discussion: """
      OLD and NEW are two proposal files, or two folders whose .json files (in subfolders too)
      are matched by their path inside the folder: a term's portfolio against the next.
      Now failing lists every rule that fails in NEW and did not fail in OLD, whether it
      passed or was not judged (it did not apply, or waited on another rule's gap); items
      are numbered as in NEW's own report.
      """)

  /// What `diff` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.positional("old", help: "The earlier proposal, or a folder of them."))
    var old: String
    @Parsed(.positional("new", help: "The later proposal, or a folder of them.")) var new: String
    @Parsed(.format(Format.self)) var format = Format.text
    @Parsed(.output()) var output: String? = nil
    @Parsed(.rules()) var rules: [String] = []
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    let (oldPath, newPath) = (options.old, options.new)
    let manager = FileManager.default
    var oldIsFolder: ObjCBool = false
    var newIsFolder: ObjCBool = false
    let oldExists = manager.fileExists(atPath: oldPath, isDirectory: &oldIsFolder)
    let newExists = manager.fileExists(atPath: newPath, isDirectory: &newIsFolder)
    if oldExists, newExists, oldIsFolder.boolValue != newIsFolder.boolValue {
      console.printError(UsageError(.mixedFileAndFolder(oldPath, newPath), spec: spec))
      return .invalidInput
    }
    var pairs: [(old: String?, new: String?)] = []
    var inputs = [oldPath, newPath]
    if oldIsFolder.boolValue, newIsFolder.boolValue {
      let old = files(in: oldPath)
      let new = files(in: newPath)
      inputs += old.map(\.path) + new.map(\.path)
      for name in Set(old.map(\.name) + new.map(\.name)).sorted() {
        pairs.append((old.first { $0.name == name }?.path, new.first { $0.name == name }?.path))
      }
      guard !pairs.isEmpty else {
        console.report([
          Diagnostic(InputProblem.noFilesInEither(oldPath, newPath), at: nil)
        ])
        return .invalidInput
      }
    } else {
      pairs = [(oldPath, newPath)]
    }
    var diffs: [NetworkDiff] = []
    for (old, new) in pairs {
      let before = old.map { read($0, framework, console) }
      let after = new.map { read($0, framework, console) }
      var changes: [ProposalChange] = []
      if let oldDocument = before?.document, let newDocument = after?.document {
        changes = ProposalChange.between(oldDocument, newDocument)
      }
      diffs.append(NetworkDiff(old: before?.side, new: after?.side, changes: changes))
    }
    let report: String
    switch options.format {
    case .json: report = DiffReport.json(diffs)
    case .markdown: report = DiffReport.markdown(diffs)
    case .text: report = DiffReport.text(diffs)
    }
    guard
      CommandSupport.emit(
        report, to: options.output, inputs: inputs + framework.files.map(\.name), console)
    else { return .invalidInput }
    return diffs.contains { $0.status == "refused" } ? .invalidInput : .success
  }

  /// The `.json` files in a folder and its subfolders, each with its path inside the folder.
  private static func files(in folder: String) -> [(name: String, path: String)] {
    CommandSupport.listing([folder], suffix: ".json", recursively: true).compactMap { item in
      guard item.problem == nil else { return nil }
      return (String(item.path.dropFirst(folder.count).drop { $0 == "/" }), item.path)
    }
  }

  /// A file read, checked and assessed, with its JSON document for finding what changed;
  /// problems are printed and the side records the first.
  private static func read(_ path: String, _ framework: Framework, _ console: Console) -> (
    side: NetworkDiff.Side, document: JSONValue?
  ) {
    let input: (name: String, bytes: [UInt8])
    switch CommandSupport.input(path, console) {
    case .success(let read): input = read
    case .failure(let problem):
      console.report([problem])
      return (.init(file: path, problem: problem.message), nil)
    }
    switch CommandSupport.checkedProposal(input, framework, console) {
    case .failure(let error):
      return (.init(file: path, problem: CommandSupport.firstProblem(error)), nil)
    case .success(let result):
      let assessment = Assessment(
        framework: framework, subjectName: result.proposal.name, fields: result.fields)
      return (.init(file: path, assessment: assessment), CommandSupport.document(input.bytes))
    }
  }
}
