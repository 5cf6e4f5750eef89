/// Network Advisor as a library: load a framework, read a proposal, assess it, render a
/// report. Everything else in the module is internal to the tool.
///
/// ```swift
/// import NetworkAdvisor
///
/// let advisor = try Advisor()  // the default framework; Advisor(ruleFolders:) layers local rules
/// let proposal = try advisor.readProposal(atPath: "riverside.proposal.json")
/// let assessment = try advisor.assess(proposal)
/// print(assessment.grade, assessment.score, assessment.verdict)  // A 99.89… ready
/// for finding in assessment.findings where finding.outcome == .failed {
///   print(finding.ruleID, finding.advice ?? "")
/// }
/// let page = advisor.report(assessment, format: .html)
/// ```
///
/// Every failure is an ``AdvisorError`` whose ``AdvisorError/problems`` say where and what,
/// as the command line prints them.
public struct Advisor: Sendable {
  let framework: Framework

  /// The default framework, with each folder of rules layered over it in order.
  public init(ruleFolders: [String] = []) throws(AdvisorError) {
    let layers: [RuleSource]
    do throws(Diagnostic) {
      layers = try RuleSource.layers(forFolders: ruleFolders)
    } catch {
      throw AdvisorError([error])
    }
    do throws(DiagnosticError) {
      framework = try FrameworkLoader.load(layers, subject: ProposalSubject()).framework
    } catch {
      throw AdvisorError(error.diagnostics)
    }
  }

  /// Reads a network-proposal/1 JSON file (at most 10 MiB).
  public func readProposal(atPath path: String) throws(AdvisorError) -> NetworkProposal {
    switch InputFile.read(path) {
    case .success(let bytes): return try readProposal(bytes: bytes, name: path)
    case .failure(let failure): throw AdvisorError([failure.diagnostic(path, kind: "proposal")])
    }
  }

  /// Reads a network-proposal/1 document held in memory; `name` stands for its file in
  /// the problems found.
  public func readProposal(json: String, name: String = "<proposal>") throws(AdvisorError)
    -> NetworkProposal
  {
    try readProposal(bytes: Array(json.utf8), name: name)
  }

  /// Grades a proposal against the framework and recommends what to change.
  public func assess(_ proposal: NetworkProposal) throws(AdvisorError) -> AdvisorAssessment {
    switch Assessment.withinBudget(
      framework: framework, subjectName: proposal.read.proposal.name, fields: proposal.read.fields)
    {
    case .success(let assessment): return AdvisorAssessment(assessment, of: proposal)
    case .failure(let refusal): throw AdvisorError([refusal])
    }
  }

  /// The report the command line's `assess --format` writes, without colour; text is
  /// wrapped to `width` columns.
  public func report(
    _ assessment: AdvisorAssessment, format: ReportFormat = .text, width: Int = 80
  ) -> String {
    switch format {
    case .text: TextReport(usesColour: false, width: width).render(assessment.assessment)
    case .markdown: MarkdownReport.render(assessment.assessment)
    case .json: JSONReport.render(assessment.assessment)
    case .html:
      HTMLReport.render(assessment.assessment, facts: assessment.proposal.read.facts)
    }
  }

  private func readProposal(bytes: [UInt8], name: String) throws(AdvisorError) -> NetworkProposal {
    switch ProposalDocument.read(bytes, name: name, extensions: framework.extensionFields) {
    case .success(let read): return NetworkProposal(read: read)
    case .failure(let error): throw AdvisorError(error.diagnostics)
    }
  }
}

/// The formats ``Advisor/report(_:format:width:)`` renders.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, markdown, json, html
}
