extension Framework {
  /// Why `fields` is not a record of the subject the framework was compiled for, or `nil`
  /// when it is one: as many fields as ``subjectType`` has, each holding a value of its
  /// field's type, records in lists included.
  /// - Complexity: O(n) in the number of values in the record.
  package func layoutProblem(of fields: [Value]) -> String? {
    subjectType.layoutProblem(of: fields)
  }

  /// The same, for the record's shape only: the number of fields of the record and of
  /// every record inside it, and the kind of each field's value, but not what lists of
  /// plain values hold nor whether a string is one of its enumeration's values. Plain
  /// evaluation, which serves many records read by the tool's own reader, checks this much:
  /// it is what a record made by hand (such as `[]`, or a school with one field) gets
  /// wrong, and what would otherwise make evaluation read past a record's end.
  /// ``evaluateWithinBudget(_:)``, the door assessments come through, checks everything.
  /// - Complexity: O(n) in the number of records inside the subject.
  package func shallowLayoutProblem(of fields: [Value]) -> String? {
    subjectType.layoutProblem(of: fields, deep: false)
  }
}

extension RecordType {
  /// Why `fields` is not a record of this type, or `nil` when it is one; with `deep` off,
  /// only its shape is checked: the number of fields of every record in it and the kind of
  /// each value, not what lists of plain values hold nor enumerations' values.
  func layoutProblem(of fields: [Value], deep: Bool = true) -> String? {
    guard fields.count == self.fields.count else {
      return "\(name) has \(self.fields.count) fields, but this record has \(fields.count)"
    }
    for (field, value) in zip(self.fields, fields) {
      if let problem = Self.problem(of: value, as: field.type, deep: deep) {
        return "the field '\(field.name)' of \(name) \(problem)"
      }
    }
    return nil
  }

  /// Why a value is not of a type, or `nil` when it is.
  private static func problem(of value: Value, as type: ValueType, deep: Bool) -> String? {
    if !deep {
      switch (type, value) {
      case (.enumeration, .string), (.nothing, .list): return nil
      case (.list(let element), .list(let items)):
        guard holdsRecords(element) else { return nil }
        for item in items {
          if let problem = problem(of: item, as: element, deep: false) { return problem }
        }
        return nil
      case (.record(let record), .record(let fields)):
        return record.layoutProblem(of: fields, deep: false)
      default: break
      }
    }
    switch (type, value) {
    case (.bool, .bool), (.number, .number), (.string, .string): return nil
    case (.enumeration(let enumeration), .string(let text)):
      // Absent is the empty string; anything else must be one of the values.
      return text.isEmpty || enumeration.contains(text) ? nil : "holds \"\(text)\", not a \(type)"
    case (.list(let element), .list(let items)):
      for item in items {
        if let problem = problem(of: item, as: element, deep: true) { return problem }
      }
      return nil
    case (.nothing, .list(let items)): return items.isEmpty ? nil : "holds a non-empty list"
    case (.record(let record), .record(let fields)): return record.layoutProblem(of: fields)
    default: return "holds a \(kind(of: value)), not a \(type)"
    }
  }

  /// Whether values of a type are records or lists that hold records.
  private static func holdsRecords(_ type: ValueType) -> Bool {
    switch type {
    case .record: true
    case .list(let element): holdsRecords(element)
    default: false
    }
  }

  private static func kind(of value: Value) -> String {
    switch value {
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .list: "list"
    case .record: "record"
    }
  }
}
