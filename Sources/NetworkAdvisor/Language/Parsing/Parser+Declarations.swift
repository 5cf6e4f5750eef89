extension Parser {
  mutating func parseFile() -> [Declaration] {
    var declarations: [Declaration] = []
    while current.kind != .endOfFile {
      let start = position
      do {
        declarations.append(try parseDeclaration())
      } catch {
        diagnostics.append(error)
        if position == start { advance() }
        recoverToDeclaration()
      }
    }
    return declarations
  }

  /// Skips tokens until one that can start a declaration, after an error.
  mutating func recoverToDeclaration() {
    while current.kind != .endOfFile {
      if case .identifier(let word) = current.kind, Self.declarationKeywords.contains(word) {
        return
      }
      advance()
    }
  }

  /// Skips tokens until the next clause of a rule or its `end`, after an error in a clause.
  mutating func recoverToClause() {
    while current.kind != .endOfFile {
      if case .identifier(let word) = current.kind,
        Self.clauseKeywords.contains(word) || word == "end" || word == "rule"
      {
        return
      }
      advance()
    }
  }

  mutating func parseDeclaration() throws(Diagnostic) -> Declaration {
    let start = current.range.lowerBound
    var isOverride = false
    if current.isWord("override") {
      advance()
      isOverride = true
      guard
        ["rule", "area", "grade", "list", "let", "fact", "severity", "field"].contains(
          where: current.isWord)
      else {
        throw unexpected(
          "'rule', 'area', 'grade', 'list', 'let', 'fact', 'severity' or 'field' after 'override'")
      }
    }
    guard case .identifier(let keyword) = current.kind else {
      throw unexpected(
        "a declaration ('rule', 'area', 'grade', 'verdict', 'severity', 'cap', 'let', 'fact', 'field', 'list', 'section', 'disable' or 'framework')"
      )
    }
    switch keyword {
    case "framework":
      advance()
      let (name, range) = try expectString("the framework's name")
      return .framework(name: name, at: location(start..<range.upperBound))
    case "area": return try parseTitledNumber(.area, start: start, isOverride: isOverride)
    case "grade": return try parseTitledNumber(.grade, start: start, isOverride: isOverride)
    case "verdict": return .verdict(try parseVerdict(start: start, isOverride: isOverride))
    case "severity": return .severity(try parseSeverity(start: start, isOverride: isOverride))
    case "cap": return .gradeCap(try parseGradeCap(start: start))
    case "let": return .constant(try parseConstant(start: start, isOverride: isOverride))
    case "fact":
      return .fact(try parseFact(start: start, isOverride: isOverride))
    case "field":
      return .field(try parseField(start: start, isOverride: isOverride))
    case "rule":
      return .rule(try parseRule(start: start, isOverride: isOverride))
    case "section":
      advance()
      let (title, range) = try expectString("the title of a section of the seed")
      return .section(title: title, at: location(start..<range.upperBound))
    case "list": return .seedList(try parseSeedList(start: start, isOverride: isOverride))
    case "disable":
      advance()
      _ = try expectWord("rule", hint: "write: disable rule ID")
      let (id, range) = try expectDottedName("the id of the rule to disable")
      return .disable(ruleID: id, at: location(range))
    default:
      let suggestion = EditDistance.closest(to: keyword, among: Self.declarationKeywords)
      throw Diagnostic(
        ParsingProblem.unknownDeclaration(keyword, suggestion: suggestion),
        at: location(current.range),
        fixIts: FixIt.respelling(
          keyword, at: location(current.range), among: Self.declarationKeywords))
    }
  }

  mutating func parseGradeCap(start: Int) throws(Diagnostic) -> GradeCapDeclaration {
    advance()
    let (grade, gradeRange) = try expectIdentifier("the grade to cap at, such as 'D'")
    _ = try expectWord("when", hint: "write: cap \(grade) when CONDITION")
    let condition = try parseExpression()
    return GradeCapDeclaration(
      grade: (grade, location(gradeRange)), condition: condition,
      location: location(start..<condition.range.upperBound))
  }

  mutating func parseConstant(start: Int, isOverride: Bool) throws(Diagnostic)
    -> ConstantDeclaration
  {
    advance()
    let (name, _) = try expectIdentifier("the constant's name")
    _ = try expectSymbol("=")
    let value = try parseExpression()
    return ConstantDeclaration(
      name: name, value: value, isOverride: isOverride,
      location: location(start..<value.range.upperBound))
  }

  /// The declarations written `KEYWORD NAME "TEXT" WORD NUMBER`.
  enum TitledNumber: String {
    /// `area knots "Knots" weight 2`
    case area
    /// `grade A "Best" from 85`
    case grade

    /// What the name, the text and the number are, for messages; the word before the
    /// number; and what follows the name in an example, for a hint.
    var form: (name: String, text: String, word: String, number: String, example: String) {
      switch self {
      case .area:
        (
          "the area's id, such as 'knots'", "the area's title", "weight", "the area's weight",
          "\"Title\" weight 1"
        )
      case .grade:
        (
          "the grade's letter, such as 'A'", "the grade's label", "from",
          "the lowest score of the grade", "\"Label\" from 85"
        )
      }
    }
  }

  /// An area or a grade, after its keyword.
  mutating func parseTitledNumber(_ kind: TitledNumber, start: Int, isOverride: Bool)
    throws(Diagnostic) -> Declaration
  {
    let form = kind.form
    advance()
    let (name, _) = try expectIdentifier(form.name)
    let (text, _) = try expectString(form.text)
    _ = try expectWord(form.word, hint: "write: \(kind.rawValue) \(name) \(form.example)")
    let (number, numberRange) = try expectNumber(form.number)
    let at = location(start..<numberRange.upperBound)
    switch kind {
    case .area:
      return .area(
        AreaDeclaration(id: name, title: text, weight: number, isOverride: isOverride, location: at)
      )
    case .grade:
      return .grade(
        GradeDeclaration(
          letter: name, label: text, threshold: number, isOverride: isOverride, location: at))
    }
  }

  mutating func parseVerdict(start: Int, isOverride: Bool) throws(Diagnostic) -> VerdictDeclaration
  {
    advance()
    let (id, _) = try expectIdentifier("the verdict, such as 'ready'")
    if current.isWord("otherwise") {
      let end = advance().range.upperBound
      return VerdictDeclaration(id: id, condition: nil, location: location(start..<end))
    }
    _ = try expectWord(
      "when", hint: "write: verdict \(id) when CONDITION, or verdict \(id) otherwise")
    let condition = try parseExpression()
    return VerdictDeclaration(
      id: id, condition: condition,
      location: location(start..<condition.range.upperBound))
  }

  mutating func parseSeverity(start: Int, isOverride: Bool) throws(Diagnostic)
    -> SeverityDeclaration
  {
    advance()
    let (id, idRange) = try expectIdentifier("the severity's id, such as 'substantive'")
    let (meaning, meaningRange) = try expectString("what a failure of this severity means")
    var end = meaningRange.upperBound
    var cap: (grade: String, location: SourceRange)?
    if current.isWord("caps") {
      advance()
      let (grade, range) = try expectIdentifier("the grade it caps at, such as 'B'")
      cap = (grade, location(range))
      end = range.upperBound
    }
    _ = idRange
    return SeverityDeclaration(
      id: id, meaning: meaning, cap: cap, isOverride: isOverride,
      location: location(start..<end))
  }

  mutating func parseSeedList(start: Int, isOverride: Bool) throws(Diagnostic)
    -> SeedListDeclaration
  {
    advance()
    let (id, idRange) = try expectIdentifier("the list's id, such as 'four-processes'")
    let (section, _) = try expectString("the seed section the list comes from")
    var items: [(id: String, text: String, location: SourceRange)] = []
    while !current.isWord("end") {
      let (item, itemRange) = try expectIdentifier("an item's id or 'end'")
      let (text, textRange) = try expectString("the item's words in the seed")
      items.append((item, text, location(itemRange.lowerBound..<textRange.upperBound)))
    }
    advance()
    return SeedListDeclaration(
      id: id, section: section, items: items, isOverride: isOverride,
      location: location(start..<idRange.upperBound))
  }

  mutating func parseFact(start: Int, isOverride: Bool) throws(Diagnostic) -> FactDeclaration {
    advance()
    let (name, _) = try expectIdentifier("the fact's name, such as 'sustained'")
    var scope: FactDeclaration.Scope?
    if current.isWord("for") {
      advance()
      let (variable, variableRange) = try expectIdentifier("a name for each record, such as 'k'")
      _ = try expectWord("in", hint: "write: fact \(name) for k in knots \"…\" = …")
      let (path, pathRange) = try expectDottedName(
        "the list the fact is computed for, such as 'knots'")
      scope = (variable, variableRange, path.split(separator: ".").map(String.init), pathRange)
    }
    let (summary, _) = try expectString("what the fact means, in a few words")
    _ = try expectSymbol("=", hint: "write: fact \(name) \"what it means\" = EXPRESSION")
    let value = try parseExpression()
    return FactDeclaration(
      name: name, scope: scope, summary: summary, value: value, isOverride: isOverride,
      location: location(start..<value.range.upperBound))
  }

  mutating func parseRule(start: Int, isOverride: Bool) throws(Diagnostic) -> RuleDeclaration {
    advance()
    let (id, idRange) = try expectDottedName("the rule's id, such as 'knots.enquiry-group'")
    var rule = RuleDeclaration(
      id: id, examples: [], isOverride: isOverride, location: location(idRange))
    var seen: Set<String> = []
    while !current.isWord("end") {
      guard case .identifier(let clause) = current.kind, Self.clauseKeywords.contains(clause) else {
        if current.kind == .endOfFile || current.isWord("rule") {
          throw Diagnostic(ParsingProblem.missingEnd(rule: id), at: location(idRange))
        }
        var hint =
          "a rule's clauses are: " + Self.clauseKeywords.joined(separator: ", ")
          + "; it finishes with 'end'"
        if case .identifier(let word) = current.kind,
          let suggestion = Diagnostic.didYouMean(word, among: Self.clauseKeywords + ["end"])
        {
          hint = suggestion
        }
        var problem = unexpected("a clause of the rule or 'end'", hint: hint)
        if case .identifier(let word) = current.kind {
          problem.fixIts = FixIt.respelling(
            word, at: location(current.range), among: Self.clauseKeywords + ["end"])
        }
        diagnostics.append(problem)
        advance()
        recoverToClause()
        continue
      }
      let clauseToken = advance()
      if clause != "example", !seen.insert(clause).inserted {
        diagnostics.append(
          Diagnostic(
            ParsingProblem.duplicateClause(rule: id, clause: clause),
            at: location(clauseToken.range)))
      }
      do {
        try parseClause(clause, token: clauseToken, into: &rule)
      } catch {
        diagnostics.append(error)
        recoverToClause()
        if current.isWord("rule") || current.kind == .endOfFile {
          throw Diagnostic(ParsingProblem.missingEnd(rule: id), at: location(idRange))
        }
      }
    }
    advance()
    return rule
  }

  /// `inapplicable "…"`, after the word: the reason as written and as a template whose
  /// values are filled in for each proposal, then any `waits on RULE-ID, …`.
  private mutating func parseInapplicable(into rule: inout RuleDeclaration) throws(Diagnostic) {
    guard case .string(let text) = current.kind else {
      throw unexpected(
        "why the rule does not apply when its 'applies when' is false",
        hint: "write it in double quotes")
    }
    let token = advance()
    rule.inapplicable = (text, location(token.range))
    rule.inapplicableReason = parseTemplate(token)
    if current.isWord("waits") {
      advance()
      _ = try expectWord("on", hint: "write: inapplicable \"why\" waits on RULE-ID")
      try parseNames("the id of a rule it waits on") { rule.awaits.append($0) }
    }
  }

  /// `counted with ID, … "why"`, after the word `counted`: the reason is optional.
  private mutating func parseCountedWith(into rule: inout RuleDeclaration) throws(Diagnostic) {
    _ = try expectWord("with", hint: "write: counted with RULE-ID \"why they are one condition\"")
    try parseNames("the id of a rule counted as one condition with this one") {
      rule.countedWith.append($0)
    }
    if case .string(let text) = current.kind {
      advance()
      rule.countedWithReason = text
    }
  }

  private mutating func parseClause(
    _ clause: String, token: Token, into rule: inout RuleDeclaration
  )
    throws(Diagnostic)
  {
    switch clause {
    case "title":
      rule.title = try expectString("the rule's title").0
    case "aim":
      rule.aim = located(try expectString("the rule's aim, the whole of what the advice asks"))
    case "inapplicable":
      try parseInapplicable(into: &rule)
    case "area":
      rule.area = located(try expectIdentifier("the rule's area, such as 'knots'"))
    case "weight":
      rule.weight = try expectNumber("the rule's weight").0
    case "essential":
      _ = try expectWord("caps", hint: "write: essential caps C")
      rule.cap = located(try expectIdentifier("the grade it caps at, such as 'C'"))
    case "severity":
      rule.severity = located(try expectIdentifier("the rule's severity, such as 'minor'"))
    case "source":
      rule.source = try expectString("the section of the seed the rule rests on").0
    case "checks":
      try parseNames("a seed item such as four-processes.learning-from") {
        rule.checks.append($0)
      }
    case "presumes":
      try parseNames("the id of a rule, such as knots.networked-learning-happens") {
        rule.presumes.append($0)
      }
    case "follows":
      try parseNames("the id of a rule whose advice comes first, such as purpose.compelling-idea") {
        rule.follows.append($0)
      }
    case "counted":
      try parseCountedWith(into: &rule)
    case "applies":
      _ = try expectWord("when", hint: "write: applies when CONDITION")
      rule.applicability = try parseExpression()
    case "passes":
      _ = try expectWord("when", hint: "write: passes when CONDITION")
      rule.condition = try parseExpression()
    case "partial":
      _ = try expectWord("credit", hint: "write: partial credit SHARE, a number from 0 to 1")
      rule.partialCredit = try parseExpression()
    case "advice":
      rule.advice = try expectTemplate("the advice, in double quotes")
    case "because":
      rule.because = try expectTemplate(
        "why the rule fails, in double quotes", hint: "write: because \"what this design lacks\"")
    case "example":
      rule.examples.append(try parseExample(token))
    default:
      break
    }
  }

  /// A string whose `{…}` values are filled in for each proposal, such as the advice.
  private mutating func expectTemplate(_ what: String, hint: String? = nil) throws(Diagnostic)
    -> Template
  {
    guard case .string = current.kind else { throw unexpected(what, hint: hint) }
    return parseTemplate(advance())
  }

  /// `NAME, NAME, …`: dotted names separated by commas, each given to `add` with where it
  /// is as soon as it is read.
  private mutating func parseNames(
    _ what: String, add: ((String, SourceRange)) -> Void
  ) throws(Diagnostic) {
    repeat {
      if current.isSymbol(",") { advance() }
      add(located(try expectDottedName(what)))
    } while current.isSymbol(",")
  }

  /// A name or a number as read, with where it is in the file.
  private func located<Part>(_ part: (Part, Range<Int>)) -> (Part, SourceRange) {
    (part.0, location(part.1))
  }

  /// `example pass|fail|not-applicable { … }`, after the word `example`.
  private mutating func parseExample(_ token: Token) throws(Diagnostic) -> ExampleDeclaration {
    guard case .identifier(let word) = current.kind,
      let expectation = ExampleDeclaration.Expectation(rawValue: word)
    else {
      throw unexpected("'pass', 'fail' or 'not-applicable' after 'example'")
    }
    advance()
    let value = try parseExpression()
    return ExampleDeclaration(
      expectation: expectation, value: value,
      location: location(token.range.lowerBound..<value.range.upperBound))
  }

  /// Splits a string token's raw text into literal parts and `{expression}` parts.
  /// `{{` and `}}` stand for literal braces.
  mutating func parseTemplate(_ token: Token) -> Template {
    let bytes = file.utf8
    var parts: [Template.Part] = []
    var text = ""
    var index = token.range.lowerBound + 1
    let end = token.range.upperBound - 1
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "{"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "{") {
        text += "{"
        index += 2
      } else if byte == UInt8(ascii: "}"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "}") {
        text += "}"
        index += 2
      } else if byte == UInt8(ascii: "{") {
        var close = index + 1
        var inString = false
        while close < end, inString || bytes[close] != UInt8(ascii: "}") {
          if bytes[close] == UInt8(ascii: "\\") && inString {
            close += 1
          } else if bytes[close] == UInt8(ascii: "\"") {
            inString.toggle()
          }
          close += 1
        }
        guard close < end else {
          diagnostics.append(
            Diagnostic(ParsingProblem.unclosedInterpolation, at: location(index..<index + 1)))
          break
        }
        if !text.isEmpty { parts.append(.text(text)) }
        text = ""
        let (expression, problems) = Parser.parseExpression(in: file, range: index + 1..<close)
        diagnostics += problems
        if let expression { parts.append(.expression(expression)) }
        index = close + 1
      } else if byte == UInt8(ascii: "\\"), index + 1 < end {
        switch bytes[index + 1] {
        case UInt8(ascii: "n"): text += "\n"
        case UInt8(ascii: "t"): text += "\t"
        default: text += String(decoding: [bytes[index + 1]], as: UTF8.self)
        }
        index += 2
      } else {
        let start = index
        index += 1
        while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
        text += file.text(of: start..<index)
      }
    }
    if !text.isEmpty { parts.append(.text(text)) }
    return Template(parts: parts, location: location(token.range))
  }
}
