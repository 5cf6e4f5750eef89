import Foundation

/// Steps that several commands share: loading rules, reading a proposal, writing output.
enum CommandSupport {
  /// Loads the default framework, or the `--rules` layers; prints problems and returns
  /// `nil` when they do not load.
  static func loadFramework(_ folders: [String], _ console: Console) -> Framework? {
    do throws(Diagnostic) {
      let layers = try RuleSource.layers(forFolders: folders)
      do throws(DiagnosticError) {
        let loaded = try FrameworkLoader.load(layers, subject: ProposalSubject())
        return loaded.framework
      } catch {
        console.report(error.diagnostics)
        let count = error.diagnostics.count
        console.printError(
          "\(count) error\(count == 1 ? "" : "s") in the rules; nothing was assessed.\n")
        return nil
      }
    } catch {
      console.report([error])
      return nil
    }
  }

  /// The bytes of a file, or of standard input for `-`; at most
  /// ``InputFile/maximumBytes``, counted while reading.
  static func readInput(_ path: String, _ console: Console) -> (name: String, bytes: [UInt8])? {
    let name = path == "-" ? "<stdin>" : path
    let read =
      path == "-"
      ? console.readAll(limit: InputFile.maximumBytes) : InputFile.read(path)
    switch read {
    case .success(let bytes): return (name, bytes)
    case .failure(let failure):
      console.report([failure.diagnostic(path == "-" ? "standard input" : path, kind: "proposal")])
      return nil
    }
  }

  /// Reads and checks a proposal; prints every problem and returns `nil` when it is invalid.
  static func readProposal(_ path: String, _ console: Console) -> ProposalReader.Result? {
    guard let input = readInput(path, console) else { return nil }
    switch ProposalDocument.read(input.bytes, name: input.name) {
    case .success(let result): return result
    case .failure(let error):
      console.report(error.diagnostics)
      let count = error.diagnostics.count
      console.printError(
        "\(count) problem\(count == 1 ? "" : "s") in \(input.name); nothing was assessed.\n")
      return nil
    }
  }

  /// Writes a report to standard output (no `--output`, or `-`), or to a file whole or not
  /// at all (see ``OutputFile``), never over one of the command's input files.
  static func emit(_ text: String, to output: String?, inputs: [String], _ console: Console) -> Bool
  {
    guard let output, output != "-" else {
      console.print(text)
      return true
    }
    let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs where input != "-" {
      let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
      if source.path == target.path {
        console.report([
          Diagnostic(
            id: "output-is-input",
            "the output file '\(output)' is an input of this command; it was not overwritten",
            at: nil, hint: "choose another name for --output")
        ])
        return false
      }
    }
    switch OutputFile.write(text, to: output) {
    case .success: return true
    case .failure(let failure):
      console.report([Diagnostic(id: "cannot-write", failure.message, at: nil, hint: failure.hint)])
      return false
    }
  }

  /// The files named on a command line, each folder replaced by the files in it whose names
  /// end in `suffix` (searched `recursively` or not), in name order. Prints a problem and
  /// returns `nil` when a path does not exist or a folder holds no such file.
  static func expand(_ paths: [String], suffix: String, recursively: Bool, _ console: Console)
    -> [String]?
  {
    let manager = FileManager.default
    var files: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard path == "-" || manager.fileExists(atPath: path, isDirectory: &isFolder) else {
        console.report([
          Diagnostic(
            id: "no-file", "no such file or folder '\(path)'", at: nil, hint: "check the path")
        ])
        return nil
      }
      guard isFolder.boolValue else {
        files.append(path)
        continue
      }
      let names =
        recursively
        ? manager.enumerator(atPath: path)?.allObjects as? [String] ?? []
        : (try? manager.contentsOfDirectory(atPath: path)) ?? []
      let found = names.filter { $0.hasSuffix(suffix) }.sorted()
      guard !found.isEmpty else {
        console.report([
          Diagnostic(id: "no-files", "the folder '\(path)' has no \(suffix) files", at: nil)
        ])
        return nil
      }
      files += found.map { (path as NSString).appendingPathComponent($0) }
    }
    return files
  }
}
