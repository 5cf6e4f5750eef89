/// The `network-proposal/1` format (described for people in docs/proposal-format.md) as data.
package enum ProposalFormat {
  /// The value of the `format` key.
  package static let identifier = "network-proposal/1"

  static func choice(_ name: String, _ cases: [(String, String)]) -> EnumerationType {
    EnumerationType(name: name, cases: cases.map { (value: $0.0, summary: $0.1) })
  }

  /// Whether the schools are linked or dispersed.
  package static let geography = choice(
    "geography",
    [
      ("linked", "the schools are geographically linked"),
      ("dispersed", "the schools are dispersed but united by a common interest"),
    ])

  /// A school's phase.
  package static let phase = choice(
    "phase",
    [
      ("nursery", "nursery"), ("primary", "primary"), ("secondary", "secondary"),
      ("special", "special school"), ("all-through", "all-through"), ("post-16", "post-16"),
      ("other", "another kind of school"),
    ])

  /// Kinds of partner.
  package static let partnerKind = choice(
    "partner kind",
    [
      ("local-authority", "a local authority"),
      ("higher-education", "a higher education institution"),
      ("community", "the wider community"),
      ("other", "another partner"),
    ])

  /// The five brokerage roles for local authorities.
  package static let brokerageRole = choice(
    "brokerage role",
    [
      ("membership", "brokering network membership"),
      ("relationships", "brokering network relationships"),
      ("partnerships", "brokering partnerships beyond the network"),
      ("resources", "brokering the network's access to resources"),
      ("knowledge-exchange", "brokering knowledge-exchange within and beyond networks"),
    ])

  /// How leadership is shared.
  package static let leadershipModel = choice(
    "leadership model",
    [
      ("single", "a single leader"),
      ("co-leadership", "co-leadership"),
      ("distributed", "distributed leadership"),
    ])

  /// The five types of networked learning knot.
  package static let knotType = choice(
    "knot type",
    [
      ("joint-work", "joint work groups (project teams, curriculum development groups)"),
      (
        "collective-planning",
        "collective planning (steering groups, professional development groups)"
      ),
      ("mutual-problem-solving", "mutual problem-solving teams (focus groups)"),
      ("collaborative-enquiry", "collaborative enquiry groups (enquiry teams)"),
      (
        "shared-professional-development",
        "shared professional development activities (learning forums, joint staff days)"
      ),
    ])

  /// Architectural or fluid knots.
  package static let character = choice(
    "knot character",
    [
      (
        "architectural",
        "part of the network's lasting structure, such as a steering group or learning forum"
      ),
      ("fluid", "more fluid and adaptive, such as an enquiry team or project team"),
    ])

  /// Who takes part in a knot.
  package static let participantRole = choice(
    "participant role",
    [
      ("headteachers", "headteachers"), ("senior-leaders", "senior leaders"),
      ("middle-leaders", "middle leaders"), ("teachers", "teachers"),
      ("support-staff", "support staff"), ("pupils", "pupils"), ("governors", "governors"),
      ("parents", "parents"), ("partners", "partners"),
    ])

  /// The four high-yield networked learning activities.
  package static let highYieldActivity = choice(
    "high-yield activity",
    [
      ("launch-and-joint-staff-days", "launch events and joint staff days"),
      ("headteacher-learning-group", "headteacher learning groups"),
      ("shared-pd-planning", "a shared professional development planning function"),
      ("monitoring-evaluation-dissemination", "a monitoring, evaluation and dissemination group"),
    ])

  /// The four processes of networked learning.
  package static let learningProcess = choice(
    "learning process",
    [
      ("learning-from", "learning from one another"),
      ("learning-with", "learning with one another"),
      ("learning-on-behalf", "learning on behalf of one another"),
      ("meta-learning", "meta learning (learning about how they learn)"),
    ])

  /// The six levels of networked learning.
  package static let levelOfLearning = choice(
    "level of learning",
    [
      ("pupil", "pupil learning around a shared pedagogic focus"),
      ("adult", "adult learning in professional learning communities"),
      ("leadership", "leadership learning at all levels"),
      ("school-wide", "school-wide learning"),
      ("school-to-school", "school-to-school learning"),
      ("network-to-network", "network-to-network learning"),
    ])

  /// The three fields of knowledge.
  package static let knowledgeField = choice(
    "field of knowledge",
    [
      ("public-knowledge", "public knowledge (theory and research)"),
      ("practitioner-knowledge", "practitioner know-how and experience"),
      ("new-knowledge", "new knowledge co-constructed in the network"),
    ])

  static let schoolID = TextPattern(
    regex: "^[a-z0-9][a-z0-9-]*$",
    description: "lower-case letters, digits and hyphens, starting with a letter or digit",
    matches: { id in
      guard let first = id.unicodeScalars.first else { return false }
      let allowed: (Unicode.Scalar) -> Bool = {
        ("a"..."z").contains($0) || ("0"..."9").contains($0)
      }
      return allowed(first) && id.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    })

  static func list(_ shape: FieldShape, minimumCount: Int = 0) -> FieldShape {
    .list(shape, minimumCount: minimumCount)
  }

  /// The `purpose` object.
  package static let purpose = ObjectShape(
    name: "purpose", summary: "the compelling idea and the shared focus",
    fields: [
      FieldSpec(
        "idea", .text(pattern: nil),
        "the compelling idea or aspirational purpose the network is designed around"),
      FieldSpec(
        "pupilLearningFocus", .text(pattern: nil), "the shared pedagogic focus for pupil learning"),
      FieldSpec("commonInterest", .text(pattern: nil), "what unites the schools"),
    ])

  /// A school.
  package static let school = ObjectShape(
    name: "school", summary: "a member school",
    fields: [
      FieldSpec(
        "id", .text(pattern: schoolID), required: true,
        "unique within the proposal; knots and leaders refer to it"),
      FieldSpec("name", .text(pattern: nil), required: true, "the school's name"),
      FieldSpec("phase", .choice(phase), "the school's phase"),
    ])

  /// A partner.
  package static let partner = ObjectShape(
    name: "partner",
    summary: "a local authority, higher education institution or partner from the wider community",
    fields: [
      FieldSpec("kind", .choice(partnerKind), required: true, "what kind of partner it is"),
      FieldSpec("name", .text(pattern: nil), required: true, "the partner's name"),
      FieldSpec(
        "brokerage", list(.choice(brokerageRole)),
        "for a local authority: the brokerage roles it takes on"),
    ])

  /// A named leader.
  package static let leader = ObjectShape(
    name: "leader", summary: "a named leader and the time given to the network",
    fields: [
      FieldSpec("name", .text(pattern: nil), required: true, "the leader's name"),
      FieldSpec("school", .schoolReference, "the school the leader comes from"),
      FieldSpec("role", .text(pattern: nil), "the leader's role in the network"),
      FieldSpec(
        "daysPerMonth", .number(minimum: 0, isInteger: false),
        "days a month given to leading the network"),
    ])

  /// The `leadership` object.
  package static let leadership = ObjectShape(
    name: "leadership", summary: "dedicated leadership and management; shared leadership",
    fields: [
      FieldSpec("model", .choice(leadershipModel), "how leadership is shared"),
      FieldSpec(
        "leaders", list(.object(leader)), "named leaders and the time given to the network"),
      FieldSpec(
        "managementPlan", .boolean,
        "a written plan for managing the network (meetings, budget, roles)"),
    ])

  /// A knot.
  package static let knot = ObjectShape(
    name: "knot", summary: "a place where people from different schools meet",
    fields: [
      FieldSpec(
        "name", .text(pattern: nil), required: true,
        "the knot's name, such as \"Reading enquiry team\""),
      FieldSpec(
        "type", .choice(knotType), required: true,
        "one of the five types of networked learning knot"),
      FieldSpec("character", .choice(character), "architectural or fluid; defaults by type"),
      FieldSpec(
        "schools", list(.schoolReference, minimumCount: 1),
        "the schools whose people take part; absent means all member schools"),
      FieldSpec("participants", list(.choice(participantRole)), "who takes part"),
      FieldSpec("facilitated", .boolean, "whether the knot has facilitation or active support"),
      FieldSpec("meetingsPerYear", .number(minimum: 0, isInteger: true), "how often it meets"),
      FieldSpec("months", .number(minimum: 1, isInteger: true), "how long it is planned to run"),
      FieldSpec("purpose", .text(pattern: nil), "what it is for"),
      FieldSpec(
        "highYield", list(.choice(highYieldActivity)),
        "which high-yield activities this knot carries out"),
      FieldSpec(
        "processes", list(.choice(learningProcess)), "which learning processes it is designed for"),
      FieldSpec("levels", list(.choice(levelOfLearning)), "which levels of learning it serves"),
      FieldSpec(
        "knowledge", list(.choice(knowledgeField)), "which fields of knowledge it draws on"),
    ])

  /// The `participation` object.
  package static let participation = ObjectShape(
    name: "participation",
    summary: "who participates, why, how, when, for what purposes and for how long",
    fields: [
      FieldSpec("who", .text(pattern: nil), "who participates"),
      FieldSpec("why", .text(pattern: nil), "why they participate"),
      FieldSpec("how", .text(pattern: nil), "how they participate"),
      FieldSpec("when", .text(pattern: nil), "when they participate"),
      FieldSpec("purposes", .text(pattern: nil), "for what purposes"),
      FieldSpec("duration", .text(pattern: nil), "for how long"),
    ])

  /// The `principles` object.
  package static let principles = ObjectShape(
    name: "principles", summary: "short statements of how the four principles are lived",
    fields: [
      FieldSpec(
        "moral-purpose", .text(pattern: nil),
        "moral purpose: a commitment to the success of all children"),
      FieldSpec(
        "shared-leadership", .text(pattern: nil),
        "shared leadership, such as co-leadership and distributed leadership"),
      FieldSpec(
        "enquiry-based-practice", .text(pattern: nil),
        "enquiry-based practice: evidence and data-driven learning"),
      FieldSpec(
        "model-of-learning", .text(pattern: nil),
        "use of a model of learning: systematic engagement with the three fields of knowledge"),
    ])

  /// The whole document.
  package static let proposal = ObjectShape(
    name: "proposal", summary: "one network of schools as its designers plan it",
    fields: [
      FieldSpec(
        "format", .text(pattern: nil), required: true,
        "format and version of this document: \"network-proposal/1\""),
      FieldSpec("name", .text(pattern: nil), required: true, "the network's name"),
      FieldSpec("purpose", .object(purpose), "the compelling idea and the shared focus"),
      FieldSpec(
        "geography", .choice(geography), required: true,
        "whether the schools are geographically linked or dispersed"),
      FieldSpec(
        "schools", list(.object(school), minimumCount: 1), required: true, "the member schools"),
      FieldSpec(
        "partners", list(.object(partner)),
        "local authorities, higher education institutions, the wider community"),
      FieldSpec(
        "leadership", .object(leadership), "dedicated leadership and management; shared leadership"),
      FieldSpec(
        "knots", list(.object(knot)), "the places where people from different schools meet"),
      FieldSpec(
        "participation", .object(participation),
        "who participates, why, how, when, for what purposes and for how long"),
      FieldSpec(
        "principles", .object(principles), "short statements of how the four principles are lived"),
    ])
}
