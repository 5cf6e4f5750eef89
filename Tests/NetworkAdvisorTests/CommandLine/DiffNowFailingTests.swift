import Foundation
import Testing

@testable import NetworkAdvisor

/// `diff` counts as now failing every rule that did not fail before and fails now: one
/// that passed, one that did not apply, and one that waited on another rule's gap. A
/// reader sees all three as new failures, so the report must not say "none".
@Suite struct DiffNowFailingTests {
  static let rules = """
    framework "Diff test"
    area knots "Knots" weight 1
    area purpose "Purpose" weight 1
    grade A "Good" from 50
    grade B "Weak" from 0
    verdict ready otherwise
    rule knots.facilitated
      title "Every knot is facilitated"
      area knots
      source "Networked learning activity"
      passes when size([k for k in knots where not k.facilitated]) == 0
      advice "Facilitate the knots."
      example pass { "knots": [ { "name": "K", "type": "joint-work", "facilitated": true } ] }
      example fail { "knots": [ { "name": "K", "type": "joint-work" } ] }
    end
    rule knots.purposeful
      title "Every knot says what it is for"
      area knots
      source "Networked learning activity"
      presumes knots.facilitated
      passes when size([k for k in knots where not given(k.purpose)]) == 0
      advice "Say what each knot is for."
      example pass { "knots": [ { "name": "K", "type": "joint-work", "purpose": "x" } ] }
      example fail { "knots": [ { "name": "K", "type": "joint-work" } ] }
    end
    rule knots.one
      title "One knot to start with"
      area knots
      source "Networked learning activity"
      passes when size(knots) <= 1
      advice "Start with one knot."
      example pass { }
      example fail { "knots": [ { "name": "A", "type": "joint-work" }, { "name": "B", "type": "joint-work" } ] }
    end
    rule purpose.idea
      title "A compelling idea"
      area purpose
      source "Four things effective networks do"
      passes when given(purpose.idea)
      advice "Write the idea."
      example pass { "purpose": { "idea": "x" } }
      example fail { }
    end
    rule purpose.focus
      title "The idea names a focus for pupil learning"
      area purpose
      source "Four things effective networks do"
      applies when given(purpose.idea)
      passes when given(purpose.pupilLearningFocus)
      advice "Name the pupils' focus."
      example pass { "purpose": { "idea": "x", "pupilLearningFocus": "y" } }
      example fail { "purpose": { "idea": "x" } }
    end
    rule purpose.partners
      title "A partner from the community"
      area purpose
      source "Four things effective networks do"
      applies when size(partners) > 0
      passes when exists p in partners: p.kind == "community"
      advice "Name a community partner."
      example pass { "partners": [ { "kind": "community", "name": "Library" } ] }
      example fail { "partners": [ { "kind": "local-authority", "name": "Town" } ] }
    end
    rule purpose.three-schools
      title "Three schools or more"
      area purpose
      source "Four things effective networks do"
      passes when size(schools) >= 3
      advice "Bring in a third school."
      example pass { "schools": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" }, { "id": "c", "name": "C" } ] }
      example fail { }
    end

    """

  /// One knot, unfacilitated, with no purpose (which waits on the facilitation); no idea,
  /// so the pupils' focus does not apply; a partner.
  static let before = """
    { "format": "network-proposal/1", "name": "Valley", "geography": "linked",
      "schools": [ { "id": "ash", "name": "Ash" }, { "id": "oak", "name": "Oak" } ],
      "partners": [ { "kind": "community", "name": "Library" } ],
      "knots": [ { "name": "Reading team", "type": "joint-work" } ] }
    """

  /// The knots facilitated (their purposes are now judged, and missing), an idea written
  /// (the focus now applies, and is missing), a second knot (one knot is no longer met),
  /// and the partner gone (no longer judged).
  static let after = """
    { "format": "network-proposal/1", "name": "Valley", "geography": "linked",
      "purpose": { "idea": "Readers by eight" },
      "schools": [ { "id": "ash", "name": "Ash" }, { "id": "oak", "name": "Oak" } ],
      "knots": [ { "name": "Reading team", "type": "joint-work", "facilitated": true },
                 { "name": "Maths team", "type": "joint-work", "facilitated": true } ] }
    """

  static func run(_ format: String) -> String {
    let folder = PortfolioTests.folder([
      "old.json": before, "new.json": after, "rules/test.rules": rules,
    ])
    let result = Fixtures.run([
      "diff", folder + "/old.json", folder + "/new.json", "--rules", folder + "/rules",
      "--format", format,
    ])
    #expect(result.status == .success, "\(result.errors)")
    return result.output
  }

  @Test func textCountsEveryNewFailureAndSaysWhichWereNotJudged() {
    let text = Self.run("text")
    for line in [
      "  Now failing: did not fail before, fail now (3: 1 passed before, 2 not judged before)\n",
      "    1. ✗ Every knot says what it is for [knots.purposeful]\n"
        + "         not judged before: it waited on “Every knot is facilitated”\n"
        + "         [knots.facilitated], which is met now\n"
        + "         Say what each knot is for.\n",
      "✗ The idea names a focus for pupil learning [purpose.focus]\n"
        + "         not judged before: it did not apply\n",
      "✗ One knot to start with [knots.one]\n         passed before\n",
      "  Now judged, or no longer judged (1)\n"
        + "    A partner from the community [purpose.partners]: met before; not judged now:\n"
        + "      it does not apply\n",
      "  Still open: recommended before, and still recommended (1)\n"
        + "    Numbered as in What to do first of the later report; items 1 to 3 are now\n"
        + "    failing (above).\n"
        + "    4. Three schools or more [purpose.three-schools]\n",
    ] {
      #expect(text.contains(line), "missing: \(line)\nin:\n\(text)")
    }
    #expect(!text.contains("Broken"))
    #expect(!text.contains("(0)\n    none"))
  }

  @Test func markdownNumbersItemsSoThatNoRendererRenumbersThem() {
    let markdown = Self.run("markdown")
    #expect(
      markdown.contains(
        "### Now failing: did not fail before, fail now (3: 1 passed before, 2 not judged before)\n"
      ))
    #expect(
      markdown.contains(
        "- Item 1: Every knot says what it is for (`knots.purposeful`): not judged before: it"
          + " waited on “Every knot is facilitated” (`knots.facilitated`), which is met now."
          + " Say what each knot is for.\n"))
    #expect(markdown.contains("- Item 4: Three schools or more (`purpose.three-schools`)\n"))
    // An ordered list starting 4. would be shown as 1. by a Markdown renderer.
    #expect(!markdown.contains("\n4. "))
  }

  /// The keys of `network-diff/1` from the start keep their meaning; `nowFailing` is added.
  @Test func jsonKeepsItsKeysAndAddsNowFailing() throws {
    let json = try JSONReader.parse(Self.run("json"))
    guard case .array(let pairs)? = json["pairs"]?.kind, let findings = pairs.first?["findings"]
    else {
      Issue.record("no findings")
      return
    }
    #expect(DiffTests.strings(findings["broken"]) == ["knots.one"])
    #expect(DiffTests.strings(findings["fixed"]) == ["knots.facilitated", "purpose.idea"])
    #expect(
      DiffTests.strings(findings["otherMoves"])
        == ["knots.purposeful", "purpose.focus", "purpose.partners"])
    #expect(
      DiffTests.strings(findings["nowFailing"])
        == ["knots.purposeful", "knots.one", "purpose.focus"])
    guard case .array(let nowFailing)? = findings["nowFailing"]?.kind else { return }
    #expect(
      nowFailing.map { $0["notJudgedBefore"]?.kind } == [.bool(true), .bool(false), .bool(true)])
    #expect(
      nowFailing.map { $0["old"]?.kind } == [
        .string("not-applicable"), .string("pass"), .string("not-applicable"),
      ])
    #expect(nowFailing[0]["dependsOn"]?["old"]?.kind == .string("knots.facilitated"))
    #expect(nowFailing[0]["dependsOn"]?["new"]?.kind == .null)
    #expect(nowFailing[2]["dependsOn"]?["old"]?.kind == .null)
    let priorities = nowFailing.compactMap { entry -> Double? in
      if case .number(let number)? = entry["priority"]?.kind { return number }
      return nil
    }
    #expect(priorities.count == 3)
    #expect(
      Set(DiffTests.strings(pairs.first?["recommendations"]?["new"]))
        == Set(DiffTests.strings(findings["nowFailing"])))
  }

  /// The README's example, with the default rules: mending a gap lets a rule that waited on
  /// it be judged, and it fails; the report counts it as now failing, by its item number.
  @Test func theReadmeExampleShowsARuleNotJudgedBeforeNowFailing() throws {
    let result = Fixtures.run([
      "diff", Fixtures.path("docs/examples/versions/autumn.json"),
      Fixtures.path("docs/examples/versions/spring.json"),
    ])
    #expect(result.status == .success, "\(result.errors)")
    let heading = try #require(
      result.output.split(separator: "\n").first { $0.hasPrefix("  Now failing: ") })
    #expect(heading.contains("not judged before)"), "\(heading)")
    #expect(result.output.contains("not judged before: it waited on"))
    #expect(
      result.output.contains("are now failing (above).") || result.output.contains("is now failing")
    )
  }
}
