/// `network-advisor schema`: the proposal format as a JSON Schema.
enum SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "schema",
    abstract: "Print a JSON Schema (2020-12) of the proposal format, for editors and other tools.",
    discussion: """
      Some rules cannot be said in JSON Schema and are checked only by 'assess': ids named by
      knots and leaders must be member schools, and school ids must be unique. With --rules, the
      fields the layers declare appear under each level's 'extensions' object.
      """)

  /// What `schema` reads from its command line.
  struct Options: ParsableOptions, Equatable {
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
    console.print(ProposalJSONSchema.text(extensions: extensions))
    return .success
  }
}
