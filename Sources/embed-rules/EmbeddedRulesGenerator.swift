import Foundation

/// Writes the Swift sources that build the default rules and the plan's costs into the
/// library, so that an installed binary works from any folder. The `EmbedRules` build-tool
/// plugin runs it on every build whose inputs changed, into the plugin's work folder; nothing
/// it writes is committed. It reads files and writes text only: whether the rules are valid
/// is for `rules check` and the tests.
enum EmbeddedRulesGenerator {
  /// The generated file that holds the rule files (enum `EmbeddedRules`).
  static let rulesOutputName = "EmbeddedRules.swift"
  /// The generated file that holds the plan's costs (enum `EmbeddedPlanCosts`).
  static let costsOutputName = "EmbeddedPlanCosts.swift"
  /// The name of the costs file among the inputs.
  static let costsInputName = "plan.costs"

  /// A problem with the inputs or the output folder, said in one line.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The generated Swift source for the given rule files (name and text, in name order).
  static func source(for files: [(name: String, text: String)]) -> String {
    var output = """
      // swift-format-ignore-file
      // Generated at build time by the EmbedRules plugin (Sources/embed-rules) from the
      // top-level rules/ folder. Do not edit: edit the .rules files and build again.

      /// The default framework's rule files, built into the executable.
      enum EmbeddedRules {
        static let files: [(name: String, text: String)] = [

      """
    for file in files {
      output += "    (\n      name: \(file.name.debugDescription),\n"
      output += "      text: \(literal(file.text))\n    ),\n"
    }
    output += "  ]\n}\n"
    return output
  }

  /// The generated Swift source that embeds the plan's cost file.
  static func costsSource(for text: String) -> String {
    """
    // swift-format-ignore-file
    // Generated at build time by the EmbedRules plugin (Sources/embed-rules) from
    // rules/plan.costs. Do not edit: edit the costs file and build again.

    /// The default costs of the plan's edits, built into the executable.
    enum EmbeddedPlanCosts {
      static let text = \(literal(text))
    }

    """
  }

  /// A Swift string literal whose value is exactly `text`: a multi-line raw string, which
  /// reads as the file does; or, when the text holds a carriage return (a multi-line literal
  /// reads its line breaks as line feeds) or another control character (not allowed in a
  /// literal), an escaped one-line literal.
  static func literal(_ text: String) -> String {
    let isControl = { (scalar: Unicode.Scalar) in
      (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
    }
    if text.unicodeScalars.contains(where: isControl) { return text.debugDescription }
    let hashes = String(repeating: "#", count: delimiterLength(for: text))
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
  }

  /// Enough `#`s that the raw string's closing delimiter and escapes cannot occur in `text`.
  private static func delimiterLength(for text: String) -> Int {
    var count = 1
    while text.contains("\"\"\"" + String(repeating: "#", count: count))
      || text.contains("\"" + String(repeating: "#", count: count))
      || text.contains("\\" + String(repeating: "#", count: count))
    {
      count += 1
    }
    return count
  }

  /// Reads the input files (every `.rules` file and one `plan.costs`) and writes both
  /// generated sources into `folder`, which is made if missing.
  /// - Returns: the paths written.
  /// - Throws: a ``Failure`` naming the input or output that could not be used.
  static func generate(inputs: [String], into folder: String) throws(Failure) -> [String] {
    var rules: [(name: String, text: String)] = []
    var costs: String?
    for path in inputs {
      let name = (path as NSString).lastPathComponent
      if name == costsInputName {
        guard costs == nil else { throw Failure(description: "\(path): a second \(name)") }
        costs = try read(path)
      } else if name.hasSuffix(".rules") {
        rules.append((name, try read(path)))
      } else {
        throw Failure(
          description: "\(path): not a rule file; expected files ending in .rules and one "
            + costsInputName)
      }
    }
    guard !rules.isEmpty, let costs else {
      throw Failure(
        description: "expected at least one .rules file and one \(costsInputName) among "
          + "the inputs")
    }
    rules.sort { $0.name < $1.name }
    return [
      try write(source(for: rules), to: folder, as: rulesOutputName),
      try write(costsSource(for: costs), to: folder, as: costsOutputName),
    ]
  }

  private static func read(_ path: String) throws(Failure) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(description: "\(path): cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Failure(description: "\(path): not UTF-8 text")
    }
    return text
  }

  private static func write(_ text: String, to folder: String, as name: String) throws(Failure)
    -> String
  {
    let path = (folder as NSString).appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw Failure(description: "\(path): cannot be written (\(error.localizedDescription))")
    }
    return path
  }
}
