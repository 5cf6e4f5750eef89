/// Fuzz target: a rule file read alone or as a layer on top of the default framework,
/// through the lexer, parser, checker and compiler, then `rules check`'s examples. Any
/// text must load or give located problems, never a crash, a stack overflow or unbounded
/// output.
func fuzzRules(_ bytes: [UInt8]) {
  let file = SourceFile(name: "fuzz.rules", text: String(decoding: bytes, as: UTF8.self))
  let layer = RuleSource(name: "fuzz", files: [file])
  // Inputs whose last byte is odd stand alone, as a file that declares a framework does:
  // they load in a fraction of the time, so the parser and checker see many more of them.
  // The rest are layered on the default framework, so they can name its areas and lists.
  let alone = layer.declaresFramework || (bytes.last ?? 0) & 1 == 1
  let layers = alone ? [layer] : [FuzzCheck.embedded, layer]
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
