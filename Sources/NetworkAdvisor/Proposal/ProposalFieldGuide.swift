/// The proposal format in plain words, for people: every field of every section, what it
/// means, what values it takes, and whether a proposal must have it. Made from the same
/// declarations as the JSON Schema (``ProposalFormat`` and the fields rule layers declare),
/// so the two always agree.
package enum ProposalFieldGuide {
  /// The guide as plain text, wrapped to `width` columns.
  /// - Parameter extensions: the fields rule layers declare, listed in the sections that
  ///   hold them.
  package static func text(extensions: [ExtensionField] = [], width: Int = 80) -> String {
    let wrapper = TextWrapper(width: width)
    func paragraph(_ text: String, indent: Int = 0, hanging: Int = 0) -> String {
      String(repeating: " ", count: indent)
        + wrapper.wrap(text, indent: indent + hanging, firstIndent: indent)
    }
    let extensionShapes = ProposalExtensions.shapes(for: extensions)
    let root = ProposalFormat.proposal
    // Each object's fields, with its `extensions` when the rule layers declare some there.
    func fields(of shape: ObjectShape) -> [FieldSpec] {
      guard let object = extensionShapes[shape.name], !object.fields.isEmpty else {
        return shape.fields
      }
      return shape.fields + [FieldSpec("extensions", .object(object), object.summary)]
    }
    let sections = [root] + ProposalJSONSchema.objects(within: root, fields: fields(of:))
    var text = paragraph("The proposal format, \(ProposalFormat.identifier)")
    text += "\n"
    text += paragraph(
      "A proposal is a JSON file (UTF-8 text) that describes \(root.summary). Each section "
        + "below lists its fields: the key as it is written in the file, whether a proposal "
        + "must have it, what it means and what values it takes. Text goes in straight double "
        + "quotes (\"like this\"); numbers, true and false are written without quotes; a list "
        + "is written [\"a\", \"b\"].")
    for shape in sections {
      text +=
        "\n" + paragraph(title(of: shape, among: sections, fields: fields(of:)))
        + paragraph(ProposalJSONSchema.sentence(shape.summary), indent: 2)
      for field in fields(of: shape) {
        text += "\n" + describe(field) { paragraph($0, indent: $1, hanging: $2) }
      }
    }
    if extensions.isEmpty {
      text +=
        "\n"
        + paragraph(
          "The network, each school, partner, leader and knot may also have an \"extensions\" "
            + "section for fields that local rules declare; the default rules declare none. "
            + "'network-advisor schema --format text --rules DIR' lists those the rules in DIR "
            + "declare.")
    }
    text +=
      "\n"
      + paragraph(
        "A full example: scenarios/proposals/riverside.proposal.json in the repository. "
          + "'network-advisor new' writes a proposal by asking these questions one at a time; "
          + "'network-advisor schema' prints the same format as a JSON Schema, for editors.")
    return text
  }

  /// One field: its key and whether it is required, what it means and how reports name it,
  /// and the values it takes.
  private static func describe(
    _ field: FieldSpec, paragraph: (String, Int, Int) -> String
  ) -> String {
    var text = paragraph("\(field.name) (\(field.isRequired ? "required" : "optional"))", 2, 0)
    let meaning =
      [ProposalJSONSchema.sentence(field.summary)]
      + ProposalJSONSchema.checkedByTheTool(field)
      + (field.plainName == field.name ? [] : ["Reports call it “\(field.plainName)”."])
    text += paragraph(meaning.joined(separator: " "), 4, 0)
    let values = self.values(of: field)
    text += paragraph("Value: " + values.kind, 4, 7)
    for choice in values.choices {
      text += paragraph("\(choice.value): \(choice.summary)", 6, 2)
    }
    return text
  }

  /// A section's heading: "The network (the whole file)", "The “purpose” section", "Each
  /// knot (in “knots”)", "Each leader (in “leaders”, within “leadership”)", "The
  /// “extensions” section of each knot".
  static func title(
    of shape: ObjectShape, among sections: [ObjectShape], fields: (ObjectShape) -> [FieldSpec]
  ) -> String {
    if shape === ProposalFormat.proposal { return "The network (the whole file)" }
    let holders = sections.flatMap { holder in fields(holder).map { (holder, $0) } }
    guard let (holder, field) = holders.first(where: { contains($0.1.shape, shape) }) else {
      return "The \(shape.name) section"
    }
    let isTop = holder === ProposalFormat.proposal
    if case .list = field.shape {
      return "Each \(shape.name) (in “\(field.name)”\(isTop ? "" : ", within “\(holder.name)”"))"
    }
    return "The “\(field.name)” section" + (isTop ? "" : " of each \(holder.name)")
  }

  private static func contains(_ field: FieldShape, _ shape: ObjectShape) -> Bool {
    switch field {
    case .object(let object): object === shape
    case .list(let element, _): contains(element, shape)
    default: false
    }
  }

  /// What a field's value may be, in words, and the choices to list under it.
  static func values(of field: FieldSpec) -> (
    kind: String, choices: [(value: String, summary: String)]
  ) {
    if field.name == "format", case .text = field.shape {
      return ("exactly the text \"\(ProposalFormat.identifier)\".", [])
    }
    switch field.shape {
    case .list(let element, let minimumCount):
      let least = minimumCount > 0 ? ", at least \(minimumCount)" : ""
      switch element {
      case .choice(let type):
        return ("a list of any of these, each at most once\(least):", type.cases)
      case .object(let object):
        return ("a list of \(object.name)s\(least); the fields of each are below.", [])
      case .schoolReference:
        return (
          "a list of school ids, each at most once\(least): the ids given under “schools”.", []
        )
      default:
        return ("a list\(least) of " + single(element, isRequired: false), [])
      }
    case .choice(let type): return ("one of these:", type.cases)
    case .object(let object):
      return ("a section of its own, in { }; its fields (\(object.name)) are below.", [])
    default: return (single(field.shape, isRequired: field.isRequired), [])
    }
  }

  /// One value in words: "text", "a whole number, 0 or more", "true or false".
  private static func single(_ shape: FieldShape, isRequired: Bool) -> String {
    switch shape {
    case .text(let pattern?):
      let example =
        pattern.regex == ProposalFormat.schoolID.regex ? ", such as \"ash-primary\"" : ""
      return "text of \(pattern.description)\(example)."
    case .text: return isRequired ? "text, not blank." : "text."
    case .number(let minimum, let isInteger):
      let least = NumberText.plain(minimum)
      return isInteger
        ? "a whole number, \(least) or more, such as 6."
        : "a number, \(least) or more, such as 2 or 1.5."
    case .boolean: return "true or false."
    case .schoolReference: return "the id of one of the member schools (as given under “schools”)."
    case .choice(let type): return "one of " + type.values.joined(separator: ", ") + "."
    case .list, .object: return shape.description + "."
    }
  }
}
