/// `rules docs`: the framework as a Markdown catalogue, for people who read rules rather
/// than write them.
package enum RulesCatalogue {
  /// The framework as a Markdown catalogue.
  package static func markdown(for framework: Framework, subject: RecordType? = nil) -> String {
    var text = "# \(framework.name)\n\n"
    text +=
      "\(framework.rules.count) rules in \(framework.areas.count) areas. Digest `\(framework.digest)`.\n\n"
    text += "## Areas\n\n| id | title | weight | rules |\n|---|---|---|---|\n"
    for (index, area) in framework.areas.enumerated() {
      let count = framework.rules.filter { $0.areaIndex == index }.count
      text +=
        "| `\(area.id)` | \(escape(area.title)) | \(NumberText.plain(area.weight)) | \(count) |\n"
    }
    text += "\n## Grades\n\n" + gradeTable(for: framework)
    text += severityModel(of: framework)
    text += "\n## Verdicts\n\nThe first that holds:\n\n"
    for verdict in framework.verdicts {
      if verdict.condition != nil {
        text += "- `\(verdict.id)` when `\(verdict.text)`\n"
      } else {
        text += "- `\(verdict.id)` otherwise\n"
      }
    }
    if !framework.constants.isEmpty {
      text += "\n## Named lists and values\n\n| name | value |\n|---|---|\n"
      for constant in framework.constants {
        text += "| `\(constant.name)` | \(escape(constant.value.literalText)) |\n"
      }
    }
    text += seedCoverage(of: framework)
    text += evidenceModel(of: framework)
    text += extensionFields(of: framework)
    if let subject {
      text += "\n## What rules can read\n\n| name | type | meaning |\n|---|---|---|\n"
      text += fieldRows(subject, prefix: "")
    }
    text += "\n## Rules\n"
    for (index, area) in framework.areas.enumerated() {
      let rules = framework.rules.filter { $0.areaIndex == index }
      guard !rules.isEmpty else { continue }
      text += "\n### \(escape(area.title))\n"
      for rule in rules { text += entry(for: rule, in: framework) }
    }
    return text
  }

  /// Every item of every list in the seed, and the rules that check it.
  private static func seedCoverage(of framework: Framework) -> String {
    guard !framework.seedLists.isEmpty else { return "" }
    var text =
      "\n## Coverage of the seed\n\nEvery item of every list in the seed, and the rules that check it.\n"
    let coverage = framework.coverage
    for list in framework.seedLists {
      text +=
        "\n### \(escape(list.section)) (`\(list.id)`)\n\n| item | in the seed's words | checked by |\n|---|---|---|\n"
      for item in list.items {
        let rules =
          coverage[item.key].map { $0.map { "`\($0)`" }.joined(separator: ", ") } ?? "**no rule**"
        text += "| `\(item.id)` | \(escape(item.text)) | \(rules) |\n"
      }
    }
    return text
  }

  /// One rule: where it comes from, what it weighs, when it applies and passes, its advice
  /// as written and rendered, what it presumes, and its examples.
  private static func entry(for rule: Rule, in framework: Framework) -> String {
    let localSlots = framework.localSlots
    var text = "\n#### `\(rule.id)`: \(escape(rule.title))\n\n"
    if let aim = rule.aim {
      text += "- Aim: \(escape(aim)) (what a report names as the thing to do when it fails)\n"
    }
    text += "- Source: \(escape(rule.source))\n"
    if !rule.checks.isEmpty {
      text += "- Checks: " + rule.checks.map { "`\($0)`" }.joined(separator: ", ") + "\n"
    }
    text += "- Weight: \(NumberText.plain(rule.weight))"
    text += rule.severity.map { "; severity \($0)" } ?? ""
    text += rule.cap.map { "; a failure caps the overall grade at \($0)" } ?? ""
    text += "\n"
    if let applicability = rule.applicability {
      text += "- Applies when: `\(sourceText(applicability.range, rule.location.file))`\n"
      if let reason = rule.inapplicable {
        text += "- When it does not apply, the report says: \(escape(reason))\n"
      }
      if let rendered = exampleReason(rule, localSlots: localSlots) {
        text +=
          "- On its first example that does not apply: \(escape(framework.namingReferences(rendered)))\n"
      }
    }
    text += "- Passes when: `\(sourceText(rule.condition.range, rule.location.file))`\n"
    if let credit = rule.partialCredit {
      text +=
        "- Partial credit: `\(sourceText(credit.range, rule.location.file))` (the share of its "
        + "weight a failure still earns)\n"
    }
    text += failureLines(for: rule, in: framework) + linkLines(for: rule)
    for example in rule.examples {
      text += "\nExample that must give `\(example.expectation.rawValue)`:\n\n```json\n"
      text += exampleJSON(example) + "\n```\n"
    }
    return text
  }

  /// What a report says when the rule fails: its advice and why it fails, as written and
  /// on its first failing example.
  private static func failureLines(for rule: Rule, in framework: Framework) -> String {
    let localSlots = framework.localSlots
    var text = ""
    text += "- Advice: \(escape(adviceText(rule)))\n"
    if let rendered = exampleAdvice(rule, localSlots: localSlots) {
      text +=
        "- Advice on its first failing example: \(escape(framework.namingReferences(rendered)))\n"
    }
    if !rule.because.isEmpty {
      text +=
        "- Why it fails, as a report says it: \(escape(templateText(rule.because, of: rule)))\n"
    }
    if let rendered = exampleBecause(rule, localSlots: localSlots) {
      text +=
        "- Why, on its first failing example: \(escape(framework.namingReferences(rendered)))\n"
    }
    return text
  }

  /// The rule's links to other rules: what it presumes, follows and is counted with.
  private static func linkLines(for rule: Rule) -> String {
    var text = ""
    if !rule.presumes.isEmpty {
      text +=
        "- Presumes: " + rule.presumes.map { "`\($0)`" }.joined(separator: ", ")
        + " (when that fails, this rule's failure is the same gap: it depends on it)\n"
    }
    if !rule.follows.isEmpty {
      text +=
        "- Follows: " + rule.follows.map { "`\($0)`" }.joined(separator: ", ")
        + " (when both fail, its advice comes after that rule's)\n"
    }
    if !rule.countedWith.isEmpty {
      text +=
        "- Counted with: " + rule.countedWith.map { "`\($0)`" }.joined(separator: ", ")
        + " (when both fail, the verdict and the grade caps count them as one condition"
        + (rule.countedWithReason.map { ", since \(escape($0))" } ?? "") + ")\n"
    }
    return text
  }

  /// The grades as a Markdown table: each letter, the scores that earn it and its label.
  package static func gradeTable(for framework: Framework) -> String {
    var text = "| grade | overall score | what it means |\n|---|---|---|\n"
    for (index, grade) in framework.grades.enumerated() {
      let from = NumberText.plain(grade.threshold)
      let scores: String
      if index == 0 {
        scores = "\(from) or more"
      } else {
        let below = NumberText.plain(framework.grades[index - 1].threshold)
        scores = grade.threshold <= 0 ? "under \(below)" : "\(from) to under \(below)"
      }
      text += "| \(escape(grade.letter)) | \(scores) | \(escape(grade.label)) |\n"
    }
    return text
  }

  /// The severities, what each means and what it caps, and the caps of the assessment as
  /// a whole.
  static func severityModel(of framework: Framework) -> String {
    guard !framework.severities.isEmpty || !framework.gradeCaps.isEmpty else { return "" }
    var text = "\n## How much a failure matters\n\n"
    text +=
      "Every rule has a severity. A failed rule lowers its area's score by its weight; a severity with a cap also holds the overall grade at that grade, whatever the score.\n\n"
    text += "| severity | what a failure means | caps the grade at | rules |\n|---|---|---|---|\n"
    for severity in framework.severities {
      let count = framework.rules.filter { $0.severity == severity.id }.count
      text +=
        "| `\(severity.id)` | \(escape(severity.meaning)) | \(severity.cap ?? "–") | \(count) |\n"
    }
    if !framework.gradeCaps.isEmpty {
      text += "\nCaps of the assessment as a whole, when several things fail at once:\n\n"
      for cap in framework.gradeCaps {
        text += "- the grade is at most \(cap.grade) when `\(cap.text)`\n"
      }
    }
    return text
  }

  /// The facts the framework computes once per proposal, before any rule: what it counts
  /// as evidence, in its own words and as written.
  static func evidenceModel(of framework: Framework) -> String {
    guard !framework.facts.facts.isEmpty else { return "" }
    var text = "\n## The evidence model\n\n"
    text +=
      "Before any rule, the framework works out what the design actually does, once per proposal. Rules read these facts by name. A claim on a knot (a process, a level, a field of knowledge, a high-yield activity) counts only where the facts say the knot carries it.\n\n"
    text += "| fact | of | meaning | computed as |\n|---|---|---|---|\n"
    for fact in framework.facts.facts {
      let scope = fact.scope.isEmpty ? "the proposal" : "`\(fact.scope)`"
      text +=
        "| `\(fact.name)` | \(scope) | \(escape(fact.summary)) | `\(fact.definition.replacingOccurrences(of: "|", with: "\\|"))` |\n"
    }
    return text
  }

  /// A row per field, with the fields of records in lists below them (`knots[].type`);
  /// facts computed from the proposal are marked as derived.
  static func fieldRows(_ record: RecordType, prefix: String) -> String {
    var rows = ""
    for field in record.fields {
      let name = prefix + field.name
      let derived = field.isDerived ? " (derived)" : ""
      rows +=
        "| `\(name)` | \(escape(field.type.description)) | \(escape(field.summary))\(derived) |\n"
      switch field.type {
      case .record(let inner): rows += fieldRows(inner, prefix: name + ".")
      case .list(.record(let inner)): rows += fieldRows(inner, prefix: name + "[].")
      default: break
      }
    }
    return rows
  }

  /// An expression's source on one line, for inline code.
  static func sourceText(_ range: Range<Int>, _ file: SourceFile) -> String {
    file.text(of: range).split(whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
  }

  /// An example's JSON as written in the rule file, its lines indented as they are there
  /// relative to the `example` line.
  static func exampleJSON(_ example: Rule.Example) -> String {
    let file = example.location.file
    let range = example.location.range
    let written = file.text(of: range)
    let json = written.firstIndex(of: "{").map { String(written[$0...]) } ?? written
    let firstLine = file.line(file.position(of: range.lowerBound).line)
    let margin = firstLine.prefix { $0 == " " || $0 == "\t" }.count
    let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { offset, line in
      guard offset > 0 else { return String(line) }
      let blank = line.prefix(margin).allSatisfy { $0 == " " || $0 == "\t" }
      return String(blank ? line.dropFirst(min(margin, line.count)) : line[...])
    }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The advice as a report prints it for the rule's first failing example, `nil` for a
  /// rule without one.
  static func exampleAdvice(_ rule: Rule, localSlots: Int) -> String? {
    onFirstExample(of: rule, giving: .fail, localSlots: localSlots) {
      Framework.advice(of: rule, with: &$0)
    }
  }

  /// Why a rule fails as a report prints it for its first failing example; `nil` when the
  /// rule does not say.
  static func exampleBecause(_ rule: Rule, localSlots: Int) -> String? {
    guard !rule.because.isEmpty else { return nil }
    return onFirstExample(of: rule, giving: .fail, localSlots: localSlots) {
      Framework.because(of: rule, with: &$0)
    }
  }

  /// The reason a rule does not apply as a report prints it for its first example that does
  /// not apply, when the reason fills in values; `nil` otherwise.
  static func exampleReason(_ rule: Rule, localSlots: Int) -> String? {
    let fillsIn = rule.reason.contains { if case .value = $0 { true } else { false } }
    guard fillsIn else { return nil }
    return onFirstExample(of: rule, giving: .notApplicable, localSlots: localSlots) {
      Framework.reason(of: rule, with: &$0)
    }
  }

  /// What `render` makes of the rule's first example that must give `outcome`; `nil` when
  /// it has none.
  private static func onFirstExample(
    of rule: Rule, giving outcome: ExampleDeclaration.Expectation, localSlots: Int,
    _ render: (inout Evaluator) -> String?
  ) -> String? {
    guard let example = rule.examples.first(where: { $0.expectation == outcome }) else {
      return nil
    }
    var evaluator = Evaluator(subject: example.fieldsWithFacts(), localSlots: localSlots)
    return render(&evaluator)
  }

  /// The advice as written, with its `{…}` interpolations shown as they stand.
  static func adviceText(_ rule: Rule) -> String { templateText(rule.advice, of: rule) }

  /// A template of the rule as written, each value in braces.
  static func templateText(_ parts: [Rule.AdvicePart], of rule: Rule) -> String {
    parts.map { part in
      switch part {
      case .text(let text): text
      case .value(let node): "{" + sourceText(node.range, rule.location.file) + "}"
      }
    }.joined()
  }

  /// Escapes characters that Markdown would read as markup in table cells and prose.
  static func escape(_ text: String) -> String {
    var output = ""
    for character in text {
      switch character {
      case "|", "*", "_", "`", "<", ">", "[", "]", "\\": output += "\\\(character)"
      case "\n": output += " "
      default: output.append(character)
      }
    }
    return output
  }
}
