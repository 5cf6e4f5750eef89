import Foundation

/// Where rule files come from: a folder on disk, or the default framework built into the
/// executable.
package struct RuleSource: Sendable {
  /// How the source is named in messages: a folder path, or `default`.
  package let name: String
  /// Its rule files, in name order.
  package let files: [SourceFile]
  /// Each file's declarations and syntax problems, parsed once when the source is made.
  let parsed: [(declarations: [Declaration], diagnostics: [Diagnostic])]

  /// Makes a source from files in memory, parsing each.
  package init(name: String, files: [SourceFile]) {
    self.name = name
    self.files = files
    self.parsed = files.map(Parser.parse)
  }

  /// The default framework: the text of the top-level `rules/` folder, embedded at build time
  /// by the EmbedRules plugin (a test checks that it is the folder's text). Parsed once, on
  /// first use.
  package static let embedded = RuleSource(
    name: "default",
    files: EmbeddedRules.files.map { SourceFile(name: "rules/" + $0.name, text: $0.text) })

  /// This source with the file of the same name replaced by `file`, in its place, or with
  /// `file` added at the end; only the new file is parsed. For trying many versions of one
  /// file against the rest.
  package func replacing(_ file: SourceFile) -> RuleSource {
    var files = self.files
    var parsed = self.parsed
    let parsedFile = Parser.parse(file)
    if let index = files.firstIndex(where: { $0.name == file.name }) {
      files[index] = file
      parsed[index] = parsedFile
    } else {
      files.append(file)
      parsed.append(parsedFile)
    }
    return RuleSource(name: name, files: files, parsed: parsed)
  }

  private init(
    name: String, files: [SourceFile],
    parsed: [(declarations: [Declaration], diagnostics: [Diagnostic])]
  ) {
    self.name = name
    self.files = files
    self.parsed = parsed
  }

  /// Every `.rules` file of a folder, in name order.
  /// - Throws: a ``Diagnostic`` when the folder cannot be read or holds no rule files.
  package static func directory(_ path: String) throws(Diagnostic) -> RuleSource {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      throw Diagnostic(InputProblem.noRulesFolder(path), at: nil)
    }
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".rules") }
        .sorted()
    } catch {
      throw Diagnostic(InputProblem.unreadableRulesFolder(path), at: nil)
    }
    guard !names.isEmpty else {
      throw Diagnostic(InputProblem.emptyRulesFolder(path), at: nil)
    }
    var files: [SourceFile] = []
    for name in names {
      let filePath = (path as NSString).appendingPathComponent(name)
      let bytes: [UInt8]
      switch InputFile.read(filePath) {
      case .success(let read): bytes = read
      case .failure(let failure): throw failure.diagnostic(filePath, kind: "rule")
      }
      let file = SourceFile(name: filePath, text: String(decoding: bytes, as: UTF8.self))
      if let offset = InputFile.firstInvalidUTF8(in: bytes) {
        // Offsets agree up to the first invalid byte, so the location is exact.
        throw Diagnostic(
          InputProblem.notUTF8(offset: offset, kind: "rule file"),
          at: SourceRange(file, offset..<offset + 1))
      }
      files.append(file)
    }
    return RuleSource(name: path, files: files)
  }

  /// Whether this source declares a framework of its own (`framework "…"`), and so stands
  /// alone rather than adding to the default.
  package var declaresFramework: Bool {
    parsed.contains { file in
      file.declarations.contains {
        if case .framework = $0 { return true }
        return false
      }
    }
  }

  /// The layers to load for the `--rules` folders given on a command line: the default
  /// alone; or the folders on top of the default; or, when the first folder declares a
  /// framework of its own, the folders alone.
  package static func layers(forFolders folders: [String]) throws(Diagnostic) -> [RuleSource] {
    var layers: [RuleSource] = []
    for folder in folders { layers.append(try directory(folder)) }
    if let first = layers.first, first.declaresFramework { return layers }
    return [embedded] + layers
  }
}
