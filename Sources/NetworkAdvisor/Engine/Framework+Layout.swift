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
  /// only its shape is checked: the kind of each of its own fields' values, and the number
  /// of fields of every record inside it, not what lists of plain values hold nor
  /// enumerations' values.
  func layoutProblem(of fields: [Value], deep: Bool = true) -> String? {
    guard fields.count == self.fields.count else {
      return "\(name) has \(self.fields.count) fields, but this record has \(fields.count)"
    }
    for (field, value) in zip(self.fields, fields) {
      if let problem = Self.problem(of: value, as: field.type, deep: deep) {
        return "the field '\(field.name)' of \(name) \(problem)"
      }
    }
    guard !deep else { return nil }
    for slot in recordSlots {
      if let problem = Self.shapeProblem(of: fields[slot], as: self.fields[slot].type) {
        return "the field '\(self.fields[slot].name)' of \(name) \(problem)"
      }
    }
    return nil
  }

  /// Why a value is not of a type, or `nil` when it is; with `deep` off, only the kind of
  /// value.
  private static func problem(of value: Value, as type: ValueType, deep: Bool) -> String? {
    if !deep {
      switch (type, value) {
      case (.enumeration, .string), (.list, .list), (.nothing, .list), (.record, .record):
        return nil
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

  /// Why a value of a type that holds records has, somewhere inside it, something other
  /// than a record of its type's number of fields; `nil` when it has not. Only the fields
  /// that hold records are walked into (see ``recordSlots``).
  private static func shapeProblem(of value: Value, as type: ValueType) -> String? {
    switch (type, value) {
    case (.list(.record(let record)), .list(let items)):
      // The common case, a list of records (schools, knots), in one tight loop.
      let count = record.fields.count
      for item in items {
        guard case .record(let fields) = item, fields.count == count else {
          return shapeProblem(of: item, as: .record(record))
        }
        if !record.recordSlots.isEmpty, let problem = shapeProblem(of: item, as: .record(record)) {
          return problem
        }
      }
      return nil
    case (.list(let element), .list(let items)):
      for item in items {
        if let problem = shapeProblem(of: item, as: element) { return problem }
      }
      return nil
    case (.record(let record), .record(let fields)):
      guard fields.count == record.fields.count else {
        return "holds \(record.name) of \(fields.count) fields, not \(record.fields.count)"
      }
      for slot in record.recordSlots {
        if let problem = shapeProblem(of: fields[slot], as: record.fields[slot].type) {
          return problem
        }
      }
      return nil
    default: return "holds a \(kind(of: value)), not a \(type)"
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
