/// Fuzz target: the proposal reader, from bytes to checked fields and printed diagnostics.
/// Any input must give a proposal or located problems, never a crash or a hang; printed
/// problems stay bounded whatever the input.
func fuzzProposal(_ bytes: [UInt8]) {
  switch ProposalDocument.read(bytes, name: "fuzz.json") {
  case .success(let result):
    _ = DerivedFacts(result.proposal)
  case .failure(let error):
    let printed = DiagnosticRenderer().render(error.diagnostics)
    FuzzCheck.bounded(printed, diagnostics: error.diagnostics.count)
  }
}
