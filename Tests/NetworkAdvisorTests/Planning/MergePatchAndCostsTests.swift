import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct MergePatchAndCostsTests {
  /// The patch between two proposals turns the first into the second, over proposals
  /// changed by random edits from the catalogue.
  @Test(arguments: Array(UInt64(1)...150))
  func thePatchTurnsOneProposalIntoTheOther(_ seed: UInt64) {
    let proposal = PlanFixtures.design(seed: seed)
    let catalogue = EditCatalogue(framework: Fixtures.framework)
    let edits = catalogue.edits(reading: Set(EditCatalogue.operatorsByName.keys), for: proposal)
    var random = DesignGenerator.Random(state: seed &* 7919)
    var changed = proposal
    for _ in 0..<(1 + random.below(5)) where !edits.isEmpty {
      changed = random.pick(edits).applied(to: changed) ?? changed
    }
    let patch = MergePatch.between(proposal, changed)
    #expect(MergePatch.plain(MergePatch.apply(patch, to: proposal)) == MergePatch.plain(changed))
    #expect(MergePatch.isEmpty(MergePatch.between(changed, changed)))
  }

  @Test func aPatchRemovesAndReplaces() {
    let old = PlanFixtures.document(#"{"a": 1, "b": {"c": [1, 2], "d": "x"}, "e": true}"#)
    let new = PlanFixtures.document(#"{"a": 1, "b": {"c": [1, 2, 3]}, "f": "y"}"#)
    let patch = MergePatch.between(old, new)
    #expect(JSONWriter.compact(patch) == #"{"e":null,"b":{"d":null,"c":[1,2,3]},"f":"y"}"#)
    #expect(MergePatch.plain(MergePatch.apply(patch, to: old)) == MergePatch.plain(new))
  }

  /// Every operator has a cost and a reason, and the embedded copy matches the file.
  @Test func theCostFileDeclaresEveryOperator() throws {
    let text = try String(contentsOfFile: Fixtures.path("rules/plan.costs"), encoding: .utf8)
    let costs = try EditCosts.parse(text, name: "plan.costs")
    for id in ProposalEdit.operatorIDs {
      let entry = try #require(costs.entries[id], "\(id) has no cost")
      #expect(entry.cost >= 1 && !entry.reason.isEmpty)
    }
    #expect(EmbeddedPlanCosts.text == text, "the built-in costs are stale: run `swift build`")
    #expect(EditCosts.embedded.entries == costs.entries)
    // Adding a knot costs more than ticking a box on a real knot.
    #expect(costs.entries["add-knot"]!.cost > costs.entries["add-level"]!.cost)
  }

  @Test(
    arguments: [
      ("add-nkot 3 A reason", "unknown operator 'add-nkot'", "did you mean 'add-knot'?"),
      ("add-knot zero A reason", "'add-knot' needs a whole-number cost from 1 and a reason", nil),
      ("add-knot 0 A reason", "'add-knot' needs a whole-number cost from 1 and a reason", nil),
      ("add-knot 3", "'add-knot' needs a whole-number cost from 1 and a reason", nil),
    ] as [(String, String, String?)])
  func aBadCostLineIsLocated(_ line: String, _ message: String, _ hint: String?) {
    #expect {
      _ = try EditCosts.parse("# costs\n\(line)\n", name: "plan.costs", requiresAll: false)
    } throws: { error in
      guard let error = error as? DiagnosticError, let first = error.diagnostics.first else {
        return false
      }
      return first.message == message && first.location?.description == "plan.costs:2:1"
        && (hint == nil || first.hint == hint)
    }
  }

  @Test func aLocalCostFileReplacesTheCostsItNames() throws {
    let folder = Fixtures.folder(with: [
      "plan.costs": "add-knot 20 Our schools find new groups hard.\n"
    ])
    let costs = try EditCosts.forFolders([folder])
    #expect(costs.entries["add-knot"]?.cost == 20)
    #expect(costs.entries["add-level"] == EditCosts.embedded.entries["add-level"])
  }
}
