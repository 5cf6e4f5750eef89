/// A framework's grades in order, best first, with the lowest score each earns: where a
/// grade stands on the scale and which grade a score earns, worked out in this one place
/// for the loader's checks, scoring and every report.
package struct GradeScale: Sendable, Equatable {
  /// Highest threshold first; the last has threshold 0.
  package let grades: [Framework.Grade]

  /// The scale of `grades`, best first.
  package init(_ grades: [Framework.Grade]) { self.grades = grades }

  /// The position of a grade letter on the scale: 0 for the best, the number of grades for
  /// a letter not on it.
  package func rank(of letter: String) -> Int {
    grades.firstIndex { $0.letter == letter } ?? grades.count
  }

  /// The rank of the grade a cap names (see ``rank(of:)``); -1 for no cap, above the best.
  package func rank(ofCap cap: String?) -> Int { cap.map(rank(of:)) ?? -1 }

  /// The rank of the grade a score earns: the first whose threshold it reaches.
  package func rank(for score: Double) -> Int {
    grades.firstIndex { score >= $0.threshold - 1e-9 } ?? grades.count - 1
  }

  /// The grade a score earns.
  package func grade(for score: Double) -> Framework.Grade { grades[rank(for: score)] }
}

extension Framework {
  /// A grade of the scale, such as A, with its label and lowest score.
  package struct Grade: Sendable, Equatable {
    /// The grade's letter.
    package let letter: String
    /// The grade's plain-language label.
    package let label: String
    /// The lowest score that earns this grade.
    package let threshold: Double
  }
}
