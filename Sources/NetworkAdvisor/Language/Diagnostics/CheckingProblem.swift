/// The problems the checker finds in the meaning of an expression: names, fields, types,
/// and conditions that would cost too much to evaluate.
package enum CheckingProblem: DiagnosticMessage {
  /// `role` must be of type `expected` but is `found`.
  case wrongType(role: String, expected: ValueType, found: ValueType, hint: String?)
  /// An object literal outside an example.
  case misplacedObject
  /// The branches of an `if` have different types.
  case branchesDiffer(ValueType, ValueType)
  /// A list written with items of two types.
  case mixedList(ValueType, ValueType)
  /// A name that is not known; `inConstant` when checking a constant, which may read
  /// only literals and other constants.
  case unknownName(String, inConstant: Bool, hint: String?)
  /// A field `name` that the record `record` does not have; `suggestion` is a close one.
  case unknownField(String, record: String, suggestion: String?)
  /// `.field` read from `base`, a list of records, as if it were one.
  case fieldOfAList(base: String, type: ValueType, field: String, hint: String?)
  /// `.field` read from `base`, a value that is not a record.
  case noFields(base: String, type: ValueType)
  /// A call of `name`, which is no function of `functions`.
  case unknownFunction(String, functions: [String])
  /// A call of `function` with `given` arguments instead of `arity`.
  case wrongArguments(function: String, arity: Int, given: Int, summary: String)
  /// An argument of `function` of type `found` where it needs `needs`.
  case wrongArgument(function: String, needs: String, found: ValueType, summary: String)
  /// Two lists of different kinds given to `function`.
  case listsOfTwoKinds(function: String, ValueType, ValueType)
  /// `+` between values it cannot add.
  case cannotAdd(ValueType, ValueType)
  /// A comparison `op` between values of different types.
  case cannotCompare(ValueType, ValueType, op: String)
  /// The right side of `in` (or `not in`), `op`, is not a list.
  case notAList(op: String, found: ValueType)
  /// A value that can never be in a list of `element`s.
  case neverIn(ValueType, element: ValueType)
  /// `covers` between things that are not both lists.
  case coversNeedsLists
  /// A list of `first` that cannot cover a list of `second`.
  case cannotCover(first: ValueType, second: ValueType)
  /// A string `text` compared with the enumeration `enumeration` that never holds it.
  case unknownValue(String, enumeration: String, values: [String])
  /// A quantifier `word` over something that is not a list.
  case loopNeedsList(word: String, found: ValueType)
  /// A value of `type`, a record or a list of them, written in advice.
  case unprintable(ValueType)
  /// `what` nests loops `degree` deep, more than `allowed`, over lists of `listLength`.
  case tooCostly(what: String, degree: Int, allowed: Int, listLength: Int)

  package var id: DiagnosticID {
    switch self {
    case .wrongType, .branchesDiffer, .mixedList, .wrongArgument, .listsOfTwoKinds, .cannotAdd,
      .cannotCompare, .notAList, .neverIn, .coversNeedsLists, .cannotCover, .loopNeedsList:
      "type-mismatch"
    case .misplacedObject: "misplaced-object"
    case .unknownName: "unknown-name"
    case .unknownField: "unknown-field"
    case .fieldOfAList, .noFields: "not-a-record"
    case .unknownFunction: "unknown-function"
    case .wrongArguments: "wrong-arguments"
    case .unknownValue: "unknown-value"
    case .unprintable: "unprintable"
    case .tooCostly: "too-costly"
    }
  }

  package var severity: Diagnostic.Severity { .error }

  package var message: String {
    switch self {
    case .wrongType(let role, let expected, let found, _):
      "\(role) must be a \(expected), but this is a \(found)"
    case .misplacedObject: "an object {…} can only be written in an example"
    case .branchesDiffer(let first, let second):
      "the branches of 'if' differ: \(first) and \(second)"
    case .mixedList(let first, let second):
      "the items of a list must be of one type: \(first) and \(second)"
    case .unknownName(let name, let inConstant, _):
      inConstant
        ? "unknown name '\(name)' (a constant may use only literals and other constants)"
        : "unknown name '\(name)'"
    case .unknownField(let name, let record, _): "unknown field '\(name)' of \(record)"
    case .fieldOfAList(let base, let type, let field, _):
      "'\(base)' is a \(type) and has no field '\(field)'"
    case .noFields(let base, let type): "'\(base)' is a \(type) and has no fields"
    case .unknownFunction(let name, _): "unknown function '\(name)'"
    case .wrongArguments(let function, let arity, let given, _):
      "\(function) takes \(arity) argument\(arity == 1 ? "" : "s"), not \(given)"
    case .wrongArgument(let function, let needs, let found, _):
      "\(function) needs \(needs), but this is a \(found)"
    case .listsOfTwoKinds(let function, let first, let second):
      "\(function) needs two lists of one kind: \(first) and \(second)"
    case .cannotAdd(let a, let b):
      "'+' adds two numbers, joins two strings (or a string and a number) or joins two lists, but this is a \(a) and a \(b)"
    case .cannotCompare(let a, let b, let op): "cannot compare a \(a) with a \(b) using '\(op)'"
    case .notAList(let op, let found):
      "the right side of '\(op)' must be a list, but this is a \(found)"
    case .neverIn(let type, let element): "a \(type) can never be in a list of \(element)"
    case .coversNeedsLists: "both sides of 'covers' must be lists"
    case .cannotCover(let first, let second): "a list of \(first) cannot cover a list of \(second)"
    case .unknownValue(let text, let enumeration, _): "\"\(text)\" is not a \(enumeration)"
    case .loopNeedsList(let word, let found):
      "'\(word)' needs a list to go through, but this is a \(found)"
    case .unprintable(let type): "a \(type) cannot be written in advice"
    case .tooCostly(let what, let degree, let allowed, let length):
      "\(what) nests loops \(degree) deep over the proposal's lists: about \(length)^\(degree) steps for a network of \(length) schools; it may nest them \(allowed) deep at most"
    }
  }

  package var hint: String? {
    switch self {
    case .wrongType(_, _, _, let hint), .unknownName(_, _, let hint),
      .fieldOfAList(_, _, _, let hint):
      hint
    case .misplacedObject: "in a condition, read fields with '.', as in leadership.model"
    case .unknownField(_, _, let suggestion): suggestion.map { "did you mean '\($0)'?" }
    case .unknownFunction(let name, let functions):
      Diagnostic.didYouMean(name, among: functions)
        ?? "the functions are: " + functions.joined(separator: ", ")
    case .wrongArguments(_, _, _, let summary), .wrongArgument(_, _, _, let summary): summary
    case .unknownValue(let text, _, let values):
      Diagnostic.didYouMean(text, among: values)
        ?? "the values are: " + values.joined(separator: ", ")
    case .unprintable(.list):
      "pick a field of each: [k.name for k in …]"
    case .unprintable: "pick a field, such as its name"
    case .tooCostly:
      "loop over one list at a time, or test membership directly: all s in schools: exists k in knots: s.id in k.schools"
    case .branchesDiffer, .mixedList, .noFields, .listsOfTwoKinds, .cannotAdd, .cannotCompare,
      .notAList, .neverIn, .coversNeedsLists, .cannotCover, .loopNeedsList:
      nil
    }
  }
}
