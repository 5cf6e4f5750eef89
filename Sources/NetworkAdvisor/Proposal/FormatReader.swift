/// Reads JSON into rule-language values following a ``FieldShape`` description, and
/// collects every way it breaks the description rather than stopping at the first.
///
/// Absent keys take their defaults: empty arrays, `false`, empty strings (which rules read
/// as "not given"), and 0 for numbers.
struct FormatReader {
  /// Where a value stands in the document, rendered as `knots[2].type` only when a problem
  /// is reported, so that reading a valid document builds no path strings.
  indirect enum Path {
    case root
    case key(Path, String)
    case index(Path, Int)

    var rendered: String {
      switch self {
      case .root: ""
      case .key(.root, let key): key
      case .key(let parent, let key): parent.rendered + "." + key
      case .index(let parent, let index): parent.rendered + "[\(index)]"
      }
    }
  }

  /// Whether required keys must be present (a whole proposal) or may be left out
  /// (an example in a rule file, which may be a fragment).
  let requiresAll: Bool
  private(set) var problems: [FormatProblem] = []
  /// Things worth saying that do not stop the reading: `extensions` keys no layer declares.
  var warnings: [FormatProblem] = []
  /// The `extensions` object of each extensible shape, by shape name: the fields rule
  /// layers declare (see ``ProposalExtensions``).
  let extensionShapes: [String: ObjectShape]

  init(requiresAll: Bool, extensions: [ExtensionField] = []) {
    self.requiresAll = requiresAll
    self.extensionShapes = ProposalExtensions.shapes(for: extensions)
  }

  /// "Did you mean" for `word`, but only for the first problems, the ones a reader will
  /// see (``DiagnosticRenderer/maximumShown``), so a huge input stays fast.
  func suggestion(for word: String, among candidates: [String]) -> String? {
    problems.count < DiagnosticRenderer.maximumShown
      ? Diagnostic.didYouMean(word, among: candidates) : nil
  }

  /// The one candidate `word` is certainly a misspelling of, for the first problems only,
  /// like ``suggestion(for:among:)``.
  func correction(of word: String, among candidates: [String]) -> String? {
    problems.count < DiagnosticRenderer.maximumShown
      ? EditDistance.onlyClose(to: word, among: candidates) : nil
  }

  mutating func problem(
    _ path: Path, _ range: Range<Int>, _ message: String, hint: String,
    correction: String? = nil
  ) {
    problems.append(
      FormatProblem(
        path: path.rendered, range: range, message: message, hint: hint, correction: correction))
  }

  /// The value a field takes when it is absent.
  static func defaultValue(of shape: FieldShape) -> Value {
    switch shape {
    case .text, .choice, .schoolReference: .string("")
    case .number: .number(0)
    case .boolean: .bool(false)
    case .list: .list([])
    case .object(let object): .record(object.fields.map { defaultValue(of: $0.shape) })
    }
  }

  /// Reads an object's fields in the order the shape declares them.
  mutating func readObject(
    _ json: JSONValue, _ shape: ObjectShape, path: Path, place: ValuePlace = .requiredField
  ) -> [Value] {
    let extensions = extensionShapes[shape.name]
    guard case .object(let members) = json.kind else {
      typeProblem(json, .object(shape), path: path, place: place)
      return shape.fields.map { Self.defaultValue(of: $0.shape) }
        + (extensions.map { [Self.defaultValue(of: .object($0))] } ?? [])
    }
    for member in members
    where shape.field(member.key) == nil && (extensions == nil || member.key != "extensions") {
      let names = shape.fields.map(\.name)
      let hint =
        suggestion(for: member.key, among: names)
        ?? "the keys of \(Self.article(shape.name)) \(shape.name) are: "
        + (names + (extensions == nil ? [] : ["extensions"])).joined(separator: ", ")
      problem(
        .key(path, member.key), member.keyRange, "unknown key \"\(member.key)\"", hint: hint,
        correction: correction(of: member.key, among: names))
    }
    let values = shape.fields.map { field in
      let fieldPath = Path.key(path, field.name)
      guard let member = members.first(where: { $0.key == field.name }) else {
        if requiresAll, field.isRequired {
          problem(
            fieldPath,
            json.range.lowerBound..<min(json.range.lowerBound + 1, json.range.upperBound),
            "missing required key \"\(field.name)\"",
            hint: "add \"\(field.name)\": \(field.shape.description)")
        }
        return Self.defaultValue(of: field.shape)
      }
      let value = read(
        member.value, field.shape, path: fieldPath,
        place: requiresAll && field.isRequired ? .requiredField : .optionalField)
      if field.isRequired, case .text(nil) = field.shape,
        case .string(let text) = member.value.kind,
        !text.contains(where: { !$0.isWhitespace })
      {
        // The format counts a blank string as not given, and these must be given.
        problem(
          fieldPath, member.value.range, "\"\(field.name)\" is empty",
          hint: "write \(field.summary)")
      }
      return value
    }
    guard let extensions else { return values }
    let member = members.first { $0.key == "extensions" }
    return values + [readExtensions(member?.value, extensions, path: .key(path, "extensions"))]
  }

  /// Reads a value of `shape`, standing at `place`.
  mutating func read(
    _ json: JSONValue, _ shape: FieldShape, path: Path, place: ValuePlace = .optionalField
  ) -> Value {
    func wrongType() -> Value {
      typeProblem(json, shape, path: path, place: place)
      return Self.defaultValue(of: shape)
    }
    switch shape {
    case .text(let pattern):
      guard case .string(let text) = json.kind else { return wrongType() }
      if let pattern, !pattern.matches(text) {
        problem(
          path, json.range,
          "\(JSONWriter.quoted(text)) is not a valid id: use \(pattern.description)",
          hint: "such as \"\(Self.idSuggestion(for: text) ?? "hilltop-1")\"")
      }
      return .string(text)
    case .schoolReference:
      guard case .string(let text) = json.kind else { return wrongType() }
      return .string(text)
    case .number(let minimum, let isInteger):
      guard case .number(let number) = json.kind else { return wrongType() }
      checkNumber(number, minimum: minimum, isInteger: isInteger, shape, at: json, path: path)
      return .number(number)
    case .boolean:
      guard case .bool(let flag) = json.kind else { return wrongType() }
      return .bool(flag)
    case .choice(let type):
      guard case .string(let text) = json.kind else { return wrongType() }
      guard type.contains(text) else {
        problem(
          path, json.range, "\(JSONWriter.quoted(text)) is not a \(type.name)",
          hint: suggestion(for: text, among: type.values)
            ?? "use " + type.values.map { "\"\($0)\"" }.joined(separator: ", "),
          correction: correction(of: text, among: type.values))
        return .string("")
      }
      return .string(text)
    case .list(let element, let minimumCount):
      guard case .array(let items) = json.kind else { return wrongType() }
      return readList(
        items, element, minimumCount: minimumCount, at: json, path: path, place: place)
    case .object(let object):
      return .record(readObject(json, object, path: path, place: place))
    }
  }

  /// A number below the field's minimum, or a fraction where a whole number is wanted.
  private mutating func checkNumber(
    _ number: Double, minimum: Double, isInteger: Bool, _ shape: FieldShape, at json: JSONValue,
    path: Path
  ) {
    if number < minimum {
      problem(
        path, json.range, "\(NumberText.json(number)) is less than \(NumberText.plain(minimum))",
        hint: "use \(shape.description)")
    } else if isInteger, number != number.rounded() {
      problem(
        path, json.range, "\(NumberText.json(number)) is not a whole number",
        hint: "use \(shape.description)")
    }
  }

  /// The items of an array, each read as `element`; too few items, or an item of a set
  /// named twice, is a problem.
  private mutating func readList(
    _ items: [JSONValue], _ element: FieldShape, minimumCount: Int, at json: JSONValue,
    path: Path, place: ValuePlace
  ) -> Value {
    if items.count < minimumCount {
      problem(
        path, json.range,
        "the array is empty; at least \(minimumCount) item\(minimumCount == 1 ? " is" : "s are") needed",
        hint: "add \(minimumCount == 1 ? "one" : "them"), such as [\(element.example)]"
          + (place == .requiredField ? "" : ", or leave the key out"))
    }
    let values = items.enumerated().map {
      read($0.element, element, path: .index(path, $0.offset), place: .element)
    }
    if case .object = element {
    } else {
      // A set of choices or of schools: naming one twice is a slip worth pointing out.
      var seen: Set<Value> = []
      for (offset, value) in values.enumerated() where !seen.insert(value).inserted {
        problem(
          .index(path, offset), items[offset].range, "\(items[offset].excerpt) is listed twice",
          hint: "list each item once")
      }
    }
    return .list(values)
  }

  /// "expected …, found …", with a hint for the usual slips (quoted numbers, null).
  private mutating func typeProblem(
    _ json: JSONValue, _ shape: FieldShape, path: Path, place: ValuePlace
  ) {
    let found = json.kind == .null ? "null" : json.kindDescription + " " + json.excerpt
    problem(
      path, json.range, "expected \(shape.description), found \(found)",
      hint: shape.hint(forWrong: json, at: place))
  }

  private static func article(_ word: String) -> String {
    "aeiou".contains(word.first ?? "x") ? "an" : "a"
  }

  /// A valid id close to an invalid one: "St Mary's" → "st-marys".
  static func idSuggestion(for text: String) -> String? {
    var result = ""
    for character in text.lowercased() {
      if character.isLetter && character.isASCII || character.isNumber && character.isASCII {
        result.append(character)
      } else if character == " " || character == "-" || character == "_", !result.isEmpty,
        result.last != "-"
      {
        result.append("-")
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? nil : result
  }
}
