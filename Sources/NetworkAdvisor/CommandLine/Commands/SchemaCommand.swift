/// `network-advisor schema`: the proposal format as a JSON Schema.
enum SchemaCommand {
  static let spec = CommandSpec(
    name: "schema",
    abstract: "Print a JSON Schema (2020-12) of the proposal format, for editors and other tools.",
    discussion:
      "Some rules cannot be said in JSON Schema and are checked only by 'assess': ids named by\nknots and leaders must be member schools, and school ids must be unique."
  )

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    console.print(ProposalJSONSchema.text())
    return .success
  }
}
