/// Fuzz target: a rule file read as a layer on top of the default framework, through the
/// lexer, parser, checker and compiler, then `rules check`'s examples. Any text must load
/// or give located problems, never a crash, a stack overflow or unbounded output.
func fuzzRules(_ bytes: [UInt8]) {
  let file = SourceFile(name: "fuzz.rules", text: String(decoding: bytes, as: UTF8.self))
  let layer = RuleSource(name: "fuzz", files: [file])
  let layers = layer.declaresFramework ? [layer] : [FuzzCheck.embedded, layer]
  do throws(DiagnosticError) {
    let loaded = try FrameworkLoader.load(layers, subject: ProposalSubject())
    let problems = loaded.framework.checkExamples()
    FuzzCheck.located(problems)
    _ = RulesCatalogue.markdown(for: loaded.framework)
  } catch {
    FuzzCheck.located(error.diagnostics)
    let printed = DiagnosticRenderer().render(error.diagnostics)
    FuzzCheck.bounded(printed, diagnostics: error.diagnostics.count)
  }
}
