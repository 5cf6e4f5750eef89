/// The manual page of `network-advisor` in roff, made from the command table, so that it
/// lists exactly the commands and options the tool accepts.
enum ManPage {
  /// The page, for `man -l` or a `man1` folder.
  static func render(
    commands: [CommandSpec], toolOptions: [CommandSpec.Parameter], abstract: String,
    discussion: String, version: String
  ) -> String {
    var text = ".TH NETWORK-ADVISOR 1 \"\" \"network-advisor \(version)\" \"User Commands\"\n"
    text += ".SH NAME\nnetwork-advisor \\- \(escape(lowercasedFirst(abstract)))\n"
    text += ".SH SYNOPSIS\n"
    for command in commands {
      for spec in command.subcommands.isEmpty ? [command] : command.subcommands {
        text += ".B network-advisor \(escape(spec.name))\n"
        let words = spec.usageWords.map(escape).joined(separator: " ")
        if !words.isEmpty { text += words + "\n" }
        text += ".br\n"
      }
    }
    text += ".B network-advisor\n" + toolOptions.map { escape($0.name) }.joined(separator: " | ")
    text += "\n.SH DESCRIPTION\n\(escape(abstract))\n.PP\n\(escape(discussion))\n"
    text += ".SH OPTIONS\n"
    for option in toolOptions { text += item(option) }
    text += ".SH COMMANDS\n"
    for command in commands {
      for spec in command.subcommands.isEmpty ? [command] : command.subcommands {
        text += section(spec)
      }
    }
    text += """
      .SH EXIT STATUS
      .TP
      .B 0
      Done (for \\fBtest\\fR: every scenario passed).
      .TP
      .B 1
      The work was done but fell short: a grade below \\fB\\-\\-fail\\-below\\fR, a failed scenario, problems found by \\fBrules check\\fR.
      .TP
      .B 2
      The input or the command line was invalid; nothing was assessed.
      .SH ENVIRONMENT
      .TP
      .B COLUMNS
      The width text reports are wrapped to; without it, the width of the terminal (also through a pipe), or 80 columns.
      .TP
      .B NO_COLOR
      When set, to anything (empty included), no colour is used.
      .TP
      .B TERM
      When \\fBdumb\\fR, no colour is used. Colour is only ever used on a terminal.
      .SH SEE ALSO
      The README.md of the repository, and its docs/ folder: the proposal format (docs/proposal-format.md) and the report formats (docs/report-formats.md).

      """
    return text
  }

  private static func section(_ spec: CommandSpec) -> String {
    var text = ".SS \"network-advisor \(escape(spec.name))\"\n\(escape(spec.abstract))\n"
    if let discussion = spec.discussion { text += ".PP\n\(escape(discussion))\n" }
    for argument in spec.arguments {
      text += ".TP\n.I \(escape(argument.name))\n\(escape(argument.helpWithChoices))\n"
    }
    for option in spec.options { text += item(option) }
    return text
  }

  private static func item(_ option: CommandSpec.Parameter) -> String {
    var names = (option.shortName.map { "\\fB\(escape($0))\\fR, " } ?? "")
    names += "\\fB\(escape(option.name))\\fR"
    if let value = option.placeholder { names += " \\fI\(escape(value))\\fR" }
    var help = option.helpWithChoices
    if option.isRepeatable { help += " May be given more than once." }
    return ".TP\n\(names)\n\(escape(help))\n"
  }

  private static func lowercasedFirst(_ text: String) -> String {
    text.prefix(1).lowercased() + text.dropFirst().dropLast(text.hasSuffix(".") ? 1 : 0)
  }

  /// Text made safe for roff: backslashes and hyphens escaped, and no line starting with a
  /// control character.
  static func escape(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(
      of: "-", with: "\\-")
    return escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}
