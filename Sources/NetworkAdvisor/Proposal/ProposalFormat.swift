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

  /// The fields of a section of statements the network writes in its own words: each key
  /// with what its statement says.
  static func statements(_ keys: KeyValuePairs<String, (summary: String, plain: String)>)
    -> [FieldSpec]
  {
    keys.map { FieldSpec($0.key, .text, $0.value.summary, plain: $0.value.plain) }
  }

  /// The `purpose` object.
  package static let purpose = ObjectShape(
    name: "purpose", summary: "the compelling idea and the shared focus",
    fields: [
      .field(
        "idea", .text,
        "the compelling idea or aspirational purpose the network is designed around",
        plain: "compelling idea"),
      .field(
        "pupilLearningFocus", .text, "the shared pedagogic focus for pupil learning",
        plain: "pupil learning focus"),
      .field("commonInterest", .text, "what unites the schools", plain: "common interest"),
    ])

  /// A school.
  package static let school = ObjectShape(
    name: "school", summary: "a member school",
    fields: [
      .required(
        "id", .text(pattern: schoolID), "unique within the proposal; knots and leaders refer to it"),
      .required("name", .text, "the school's name"),
      .field("phase", .choice(phase), "the school's phase"),
    ])

  /// A partner.
  package static let partner = ObjectShape(
    name: "partner",
    summary: "a local authority, higher education institution or partner from the wider community",
    fields: [
      .required("kind", .choice(partnerKind), "what kind of partner it is"),
      .required("name", .text, "the partner's name"),
      .field(
        "brokerage", list(.choice(brokerageRole)),
        "for a local authority: the brokerage roles it takes on", plain: "brokerage roles"),
    ])

  /// A named leader.
  package static let leader = ObjectShape(
    name: "leader", summary: "a named leader and the time given to the network",
    fields: [
      .required("name", .text, "the leader's name"),
      .field("school", .schoolReference, "the school the leader comes from"),
      .field("role", .text, "the leader's role in the network"),
      .field(
        "daysPerMonth", .number(minimum: 0, isInteger: false),
        "days a month given to leading the network", plain: "days a month"),
    ])

  /// The `leadership` object.
  package static let leadership = ObjectShape(
    name: "leadership", summary: "dedicated leadership and management; shared leadership",
    fields: [
      .field(
        "model", .choice(leadershipModel), "how leadership is shared", plain: "leadership model"),
      .field(
        "leaders", list(.object(leader)), "named leaders and the time given to the network",
        plain: "list of leaders"),
      .field(
        "managementPlan", .boolean,
        "a written plan for managing the network (meetings, budget, roles)",
        plain: "management plan"),
    ])

  /// A knot.
  package static let knot = ObjectShape(
    name: "knot", summary: "a place where people from different schools meet",
    fields: [
      .required("name", .text, "the knot's name, such as \"Reading enquiry team\""),
      .required("type", .choice(knotType), "one of the five types of networked learning knot"),
      .field("character", .choice(character), "architectural or fluid; defaults by type"),
      .field(
        "schools", list(.schoolReference, minimumCount: 1),
        "the schools whose people take part; absent means all member schools"),
      .field("participants", list(.choice(participantRole)), "who takes part"),
      .field(
        "facilitated", .boolean, "whether the knot has facilitation or active support",
        plain: "facilitation"),
      .field(
        "meetingsPerYear", .number(minimum: 0, isInteger: true), "how often it meets",
        plain: "meetings a year"),
      .field("months", .number(minimum: 1, isInteger: true), "how long it is planned to run"),
      .field("purpose", .text, "what it is for"),
      .field(
        "highYield", list(.choice(highYieldActivity)),
        "which high-yield activities this knot carries out", plain: "high-yield activities"),
      .field(
        "processes", list(.choice(learningProcess)), "which learning processes it is designed for",
        plain: "learning processes"),
      .field(
        "levels", list(.choice(levelOfLearning)), "which levels of learning it serves",
        plain: "levels of learning"),
      .field(
        "knowledge", list(.choice(knowledgeField)), "which fields of knowledge it draws on",
        plain: "fields of knowledge"),
    ])

  /// The `participation` object.
  package static let participation = ObjectShape(
    name: "participation",
    summary: "who participates, why, how, when, for what purposes and for how long",
    fields: statements([
      "who": ("who participates", "answer to “who participates”"),
      "why": ("why they participate", "answer to “why”"),
      "how": ("how they participate", "answer to “how”"),
      "when": ("when they participate", "answer to “when”"),
      "purposes": ("for what purposes", "answer to “for what purposes”"),
      "duration": ("for how long", "answer to “for how long”"),
    ]))

  /// The `principles` object.
  package static let principles = ObjectShape(
    name: "principles", summary: "short statements of how the four principles are lived",
    fields: statements([
      "moral-purpose": (
        "moral purpose: a commitment to the success of all children", "statement of moral purpose"
      ),
      "shared-leadership": (
        "shared leadership, such as co-leadership and distributed leadership",
        "statement of shared leadership"
      ),
      "enquiry-based-practice": (
        "enquiry-based practice: evidence and data-driven learning",
        "statement of enquiry-based practice"
      ),
      "model-of-learning": (
        "use of a model of learning: systematic engagement with the three fields of knowledge",
        "statement of the model of learning"
      ),
    ]))

  /// The whole document.
  package static let proposal = ObjectShape(
    name: "proposal", summary: "one network of schools as its designers plan it",
    fields: [
      .required("format", .text, "format and version of this document: \"network-proposal/1\""),
      .required("name", .text, "the network's name"),
      .field("purpose", .object(purpose), "the compelling idea and the shared focus"),
      .required(
        "geography", .choice(geography),
        "whether the schools are geographically linked or dispersed"),
      .required("schools", list(.object(school), minimumCount: 1), "the member schools"),
      .field(
        "partners", list(.object(partner)),
        "local authorities, higher education institutions, the wider community"),
      .field(
        "leadership", .object(leadership), "dedicated leadership and management; shared leadership"),
      .field("knots", list(.object(knot)), "the places where people from different schools meet"),
      .field(
        "participation", .object(participation),
        "who participates, why, how, when, for what purposes and for how long",
        plain: "answers on participation"),
      .field(
        "principles", .object(principles), "short statements of how the four principles are lived",
        plain: "statements of the principles"),
    ])
}

extension FieldSpec {
  /// A field a whole proposal may leave out.
  static func field(
    _ name: String, _ shape: FieldShape, _ summary: String, plain: String? = nil
  ) -> Self {
    Self(name, shape, summary, plain: plain)
  }

  /// A field a whole proposal must have.
  static func required(
    _ name: String, _ shape: FieldShape, _ summary: String, plain: String? = nil
  ) -> Self {
    Self(name, shape, required: true, summary, plain: plain)
  }
}
