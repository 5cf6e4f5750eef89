import Foundation

/// Steps that several commands share: loading rules, reading a proposal, writing output.
enum CommandSupport {
  /// Loads the default framework, or the `--rules` layers; prints their warnings, and
  /// prints the problems and returns `nil` when they do not load.
  static func loadFramework(_ folders: [String], _ console: Console) -> Framework? {
    guard let layers = loadLayers(folders, console) else { return nil }
    return loadFramework(layers: layers, console)
  }

  /// The rule sources for the `--rules` folders (see ``RuleSource/layers(forFolders:)``);
  /// prints the problem and returns `nil` when a folder cannot be read.
  static func loadLayers(_ folders: [String], _ console: Console) -> [RuleSource]? {
    do throws(Diagnostic) {
      return try RuleSource.layers(forFolders: folders)
    } catch {
      console.report([error])
      return nil
    }
  }

  /// Loads a framework from its layers; prints their warnings, and prints the problems and
  /// returns `nil` when they do not load.
  static func loadFramework(layers: [RuleSource], _ console: Console) -> Framework? {
    do throws(DiagnosticError) {
      let loaded = try FrameworkLoader.load(layers, subject: ProposalSubject())
      // Warnings do not stop the work, but they are shown, on standard error.
      if !loaded.warnings.isEmpty { console.report(loaded.warnings) }
      return loaded.framework
    } catch {
      console.report(error.diagnostics)
      let count = error.diagnostics.count
      console.printError(
        "\(count) error\(count == 1 ? "" : "s") in the rules; nothing was assessed.\n")
      return nil
    }
  }

  /// The bytes of a file, or of standard input for `-`; prints the problem and returns
  /// `nil` when it cannot be read.
  static func readInput(_ path: String, _ console: Console) -> (name: String, bytes: [UInt8])? {
    switch input(path, console) {
    case .success(let input): return input
    case .failure(let problem):
      console.report([problem])
      return nil
    }
  }

  /// The bytes of a file, or of standard input for `-`, or why they cannot be read: at most
  /// ``InputFile/maximumBytes``, counted while reading.
  static func input(_ path: String, _ console: Console) -> Result<
    (name: String, bytes: [UInt8]), Diagnostic
  > {
    let read =
      path == "-" ? console.readAll(limit: InputFile.maximumBytes) : InputFile.read(path)
    switch read {
    case .success(let bytes): return .success((path == "-" ? "<stdin>" : path, bytes))
    case .failure(let failure):
      return .failure(failure.diagnostic(path == "-" ? "standard input" : path, kind: "proposal"))
    }
  }

  /// Reads and checks a proposal; prints every problem and returns `nil` when it is invalid.
  static func readProposal(_ path: String, _ framework: Framework?, _ console: Console)
    -> ProposalReader.Result?
  {
    try? checkedProposal(path, framework, console).get()
  }

  /// Reads and checks a proposal; prints every problem (followed by a count) and returns
  /// them as the failure when it is invalid.
  static func checkedProposal(_ path: String, _ framework: Framework?, _ console: Console)
    -> Result<ProposalReader.Result, DiagnosticError>
  {
    switch self.input(path, console) {
    case .success(let input): return checkedProposal(input, framework, console)
    case .failure(let problem):
      console.report([problem])
      return .failure(DiagnosticError([problem]))
    }
  }

  /// Checks a proposal read from `input` against the format and the fields `framework`'s
  /// layers declare; prints every problem (followed by a count) and returns them as the
  /// failure when it is invalid. Warnings (an `extensions` key no layer declares) are
  /// printed either way.
  /// - Parameter framework: the rules whose declared fields the proposal may hold; `nil`
  ///   where no rules are loaded and `extensions` objects are kept as they are (`new
  ///   --from`), so that no key is warned about.
  static func checkedProposal(
    _ input: (name: String, bytes: [UInt8]), _ framework: Framework?, _ console: Console
  )
    -> Result<ProposalReader.Result, DiagnosticError>
  {
    let result = ProposalDocument.read(
      input.bytes, name: input.name, extensions: framework?.extensionFields ?? [])
    if case .success(let read) = result, framework != nil, !read.diagnostics.isEmpty {
      console.report(read.diagnostics)
    }
    if case .failure(let error) = result {
      console.report(error.diagnostics)
      let count = error.diagnostics.filter { $0.severity == .error }.count
      console.printError(
        "\(count) problem\(count == 1 ? "" : "s") in \(input.name); nothing was assessed.\n")
    }
    return result
  }

  /// The JSON document of a proposal's bytes (a byte-order mark left out), for commands
  /// that work on the document itself; `nil` when it does not parse.
  static func document(_ bytes: [UInt8]) -> JSONValue? {
    try? JSONReader.parse(
      bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
  }

  /// The first of a refused file's problems, located: `file:line:column: message`.
  static func firstProblem(_ error: DiagnosticError) -> String {
    let first = error.diagnostics.first
    return [first?.location?.description, first?.message].compactMap { $0 }.joined(separator: ": ")
  }

  /// Whether a `--fail-below` grade, given as `option`, is one of the framework's; prints a
  /// usage error when not.
  static func checkGrade(
    _ minimum: String?, of option: CommandSpec.Parameter, in framework: Framework,
    for spec: CommandSpec, _ console: Console
  ) -> Bool {
    guard let minimum, !framework.grades.contains(where: { $0.letter == minimum }) else {
      return true
    }
    let problem = UsageError.Problem.notAChoice(
      minimum, of: option.usageName, choices: framework.grades.map(\.letter), suggests: false)
    console.printError(UsageError(problem, spec: spec))
    return false
  }

  /// Writes a report to standard output (no `--output`, or `-`), or to a file whole or not
  /// at all (see ``OutputFile``), never over one of the command's input files.
  /// - Parameter option: the option that named the file, for the hint when it is refused.
  static func emit(
    _ text: String, to output: String?, inputs: [String], _ console: Console,
    option: CommandSpec.Parameter = .output()
  ) -> Bool {
    guard let output, output != "-" else {
      console.print(text)
      return true
    }
    let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs where input != "-" {
      let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
      if source.path == target.path {
        console.report([
          Diagnostic(CommandProblem.outputIsInput(output, option: option.name), at: nil)
        ])
        return false
      }
    }
    switch OutputFile.write(text, to: output) {
    case .success: return true
    case .failure(let failure):
      console.report([
        Diagnostic(CommandProblem.cannotWrite(failure.message, hint: failure.hint), at: nil)
      ])
      return false
    }
  }

  /// The files named on a command line, each folder replaced by the files in it whose names
  /// end in `suffix` (searched `recursively` or not), in name order. Prints a problem and
  /// returns `nil` when a path does not exist or a folder holds no such file.
  static func expand(_ paths: [String], suffix: String, recursively: Bool, _ console: Console)
    -> [String]?
  {
    var files: [String] = []
    for item in listing(paths, suffix: suffix, recursively: recursively) {
      if let problem = item.problem {
        console.report([problem])
        return nil
      }
      files.append(item.path)
    }
    return files
  }

  /// Each path named on a command line, each folder replaced by the files in it whose
  /// names end in `suffix` (searched `recursively` or not, leaving out hidden files and
  /// folders) in name order; a path that does not exist or a folder with no such file
  /// comes with its problem.
  static func listing(_ paths: [String], suffix: String, recursively: Bool) -> [(
    path: String, problem: Diagnostic?
  )] {
    let manager = FileManager.default
    var items: [(path: String, problem: Diagnostic?)] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard path == "-" || manager.fileExists(atPath: path, isDirectory: &isFolder) else {
        items.append(
          (
            path,
            Diagnostic(InputProblem.noSuchFileOrFolder(path), at: nil)
          ))
        continue
      }
      guard isFolder.boolValue else {
        items.append((path, nil))
        continue
      }
      let names =
        recursively
        ? manager.enumerator(atPath: path)?.allObjects as? [String] ?? []
        : (try? manager.contentsOfDirectory(atPath: path)) ?? []
      let found = names.filter { name in
        var isSubfolder: ObjCBool = false
        let full = (path as NSString).appendingPathComponent(name)
        return name.hasSuffix(suffix)
          && !name.split(separator: "/").contains { $0.hasPrefix(".") }
          && manager.fileExists(atPath: full, isDirectory: &isSubfolder) && !isSubfolder.boolValue
      }.sorted()
      guard !found.isEmpty else {
        items.append(
          (path, Diagnostic(InputProblem.noFilesInFolder(path, suffix: suffix), at: nil))
        )
        continue
      }
      items += found.map { ((path as NSString).appendingPathComponent($0), nil) }
    }
    return items
  }
}
