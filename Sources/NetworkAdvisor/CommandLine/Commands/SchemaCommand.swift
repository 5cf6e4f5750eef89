/// `network-advisor schema`: the proposal format as a JSON Schema, for editors and other
/// tools, or (`--format text`) in plain words, for the people who write proposals.
enum SchemaCommand: ParsableCommand {
  /// The forms of the format: the JSON Schema, or plain text.
  enum Format: String, OptionChoice {
    case jsonSchema = "json-schema"
    case text
  }

  static let configuration = CommandConfiguration(
    name: "schema",
    abstract:
      "Print the proposal format: a JSON Schema (2020-12) for editors and other tools, or with --format text every field in plain words.",
    discussion: """
      --format text lists every field of every section of a proposal: what it means, the
      values it takes and whether a proposal must have it. Both forms are made from the same
      description of the format that reads proposals. Some rules cannot be said in JSON Schema
      and are checked only by 'assess': ids named by knots and leaders must be member schools,
      and school ids must be unique (the text says so). With --rules, the fields the layers
      declare appear under each level's 'extensions' object.
      """)

  /// What `schema` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.format(Format.self, of: "description")) var format = Format.jsonSchema
    @Parsed(.rules()) var rules: [String] = []
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    var extensions: [ExtensionField] = []
    if !options.rules.isEmpty {
      guard let framework = CommandSupport.loadFramework(options.rules, console) else {
        return .invalidInput
      }
      extensions = framework.extensionFields
    }
    switch options.format {
    case .jsonSchema: console.print(ProposalJSONSchema.text(extensions: extensions))
    case .text:
      console.print(ProposalFieldGuide.text(extensions: extensions, width: console.width))
    }
    return .success
  }
}
