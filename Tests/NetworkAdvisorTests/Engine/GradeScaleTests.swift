import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// One scale of grades: the rank of a letter and of a cap, and the grade a score earns.
@Suite struct GradeScaleTests {
  static let scale = GradeScale([
    Framework.Grade(letter: "A", label: "a", threshold: 80),
    Framework.Grade(letter: "B", label: "b", threshold: 50),
    Framework.Grade(letter: "C", label: "c", threshold: 0),
  ])

  @Test func ranksGoFromTheBest() {
    #expect(["A", "B", "C", "Z"].map(Self.scale.rank(of:)) == [0, 1, 2, 3])
    #expect(Self.scale.rank(ofCap: nil) == -1)
    #expect(Self.scale.rank(ofCap: "B") == 1)
  }

  /// Over seeded scores from 0 to 100, the grade a score earns is the best whose threshold
  /// it reaches, its rank is that grade's, and a higher score never earns a lower grade.
  @Test func aScoreEarnsTheBestGradeItsThresholdReaches() {
    var generator = SeededRandom(seed: 13)
    var previous: (score: Double, rank: Int)?
    let scores = (0..<500).map { _ in Double(generator.next() % 10_001) / 100 }.sorted()
    for score in scores {
      let rank = Self.scale.rank(for: score)
      let grade = Self.scale.grade(for: score)
      #expect(Self.scale.rank(of: grade.letter) == rank)
      #expect(score >= grade.threshold - 1e-9)
      if rank > 0 { #expect(score < Self.scale.grades[rank - 1].threshold) }
      if let previous { #expect(rank <= previous.rank) }
      previous = (score, rank)
    }
  }

  @Test func theFrameworkAndItsScoringReadTheSameScale() {
    let framework = Fixtures.framework
    #expect(framework.scoringTable.scale == framework.scale)
    for score in stride(from: 0.0, through: 100, by: 0.25) {
      #expect(
        framework.scoringTable.gradeRank(for: score)
          == framework.rank(of: framework.grade(for: score).letter))
    }
  }
}
