import Foundation

/// The folder `compare --reports` writes each network's own report into: one file per
/// assessed proposal, named after the proposal's file, each written whole or not at all
/// and never over an input.
struct ReportFolder {
  /// The folder, as given on the command line.
  let path: String
  /// `html` or `markdown`.
  let format: String

  /// The file name of each proposal's report: the proposal's file name without `.json`,
  /// with the report's extension. Proposals with the same file name in different folders
  /// are told apart by as many of their folders' names as it takes (`2024-riverside.html`,
  /// `2025-riverside.html`); names still equal (ignoring case) get `-2`, `-3`, ….
  static func names(for files: [String], extension ext: String) -> [String] {
    func components(_ file: String) -> [String] {
      guard file != "-" else { return ["stdin"] }
      var parts = URL(fileURLWithPath: file).standardizedFileURL.pathComponents.filter {
        $0 != "/"
      }
      if let last = parts.last, last.hasSuffix(".json") {
        parts[parts.count - 1] = String(last.dropLast(5))
      }
      return parts
    }
    let paths = files.map(components)
    let bases = paths.map { $0.last ?? "report" }
    var names = bases
    for base in Set(bases) {
      let group = bases.indices.filter { bases[$0] == base }
      guard group.count > 1 else { continue }
      let longest = group.map { paths[$0].count }.max() ?? 1
      for length in 1...longest {
        let candidates = group.map { paths[$0].suffix(length).joined(separator: "-") }
        if Set(candidates).count == group.count || length == longest {
          for (index, candidate) in zip(group, candidates) { names[index] = candidate }
          break
        }
      }
    }
    var used: Set<String> = []
    return names.map { name in
      var unique = name
      var counter = 2
      while used.contains(unique.lowercased() + "." + ext) {
        unique = "\(name)-\(counter)"
        counter += 1
      }
      used.insert(unique.lowercased() + "." + ext)
      return unique + "." + ext
    }
  }

  /// Writes the report of each assessed entry and returns the entries with their report
  /// links: relative to the folder of `page` when the portfolio goes to a file, else the
  /// path as written. Returns `nil` when the folder cannot be made; `isComplete` is false
  /// when some report could not be written (the problem is printed).
  func write(
    _ entries: [ComparisonReport.Entry], inputs: [String], linkedFrom page: String?,
    _ console: Console
  ) -> (entries: [ComparisonReport.Entry], isComplete: Bool)? {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
      console.report([
        Diagnostic(CommandProblem.reportsFolderIsAFile(path), at: nil)
      ])
      return nil
    }
    do {
      try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      console.report([
        Diagnostic(
          CommandProblem.cannotMakeFolder(path, reason: error.localizedDescription), at: nil)
      ])
      return nil
    }
    let assessed = entries.indices.filter { entries[$0].assessment != nil }
    let names = Self.names(
      for: assessed.map { entries[$0].file }, extension: format == "markdown" ? "md" : "html")
    var result = entries
    var isComplete = true
    for (index, name) in zip(assessed, names) {
      guard let assessment = entries[index].assessment, let facts = entries[index].facts
      else { continue }
      let target = (path as NSString).appendingPathComponent(name)
      let text =
        format == "markdown"
        ? MarkdownReport.render(assessment) : HTMLReport.render(assessment, facts: facts)
      guard CommandSupport.emit(text, to: target, inputs: inputs, console) else {
        isComplete = false
        continue
      }
      result[index].report = page.map { Self.relativePath(to: target, from: $0) } ?? target
    }
    return (result, isComplete)
  }

  /// The path of `target` relative to the folder that holds `page`.
  static func relativePath(to target: String, from page: String) -> String {
    let targetParts = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
    let folderParts = URL(fileURLWithPath: page).standardizedFileURL
      .deletingLastPathComponent().pathComponents
    var common = 0
    while common < min(targetParts.count, folderParts.count),
      targetParts[common] == folderParts[common]
    {
      common += 1
    }
    let up = Array(repeating: "..", count: folderParts.count - common)
    return (up + targetParts[common...]).joined(separator: "/")
  }
}
