/// Shell completion scripts for `network-advisor`, made from the command table, so that
/// every command, option and choice the tool accepts completes, and nothing else.
enum CompletionScript {
  /// The shells a script can be made for.
  static let shells = ["bash", "zsh", "fish"]

  /// The script for `shell` (one of ``shells``).
  static func script(
    for shell: String, commands: [CommandSpec], toolOptions: [CommandSpec.Parameter]
  )
    -> String
  {
    switch shell {
    case "zsh": zsh(commands, toolOptions)
    case "fish": fish(commands, toolOptions)
    default: bash(commands, toolOptions)
    }
  }

  /// How a value completes: from a closed set of words, as a folder, as a file, or as free text.
  enum ValueKind: Equatable {
    case words([String])
    case folder
    case file
    case free
  }

  /// How the value of an argument or option completes, by its choices or its placeholder.
  static func kind(of parameter: CommandSpec.Parameter) -> ValueKind {
    if let choices = parameter.choices { return .words(choices) }
    switch parameter.placeholder {
    case "dir": return .folder
    case "file", "path", "proposal": return .file
    default: return .free
    }
  }

  static func optionWords(_ options: [CommandSpec.Parameter]) -> [String] {
    options.flatMap { [$0.shortName, $0.name].compactMap { $0 } }
  }

  // MARK: bash

  private static func bash(_ commands: [CommandSpec], _ toolOptions: [CommandSpec.Parameter])
    -> String
  {
    var text = """
      # bash completion for network-advisor, made by 'network-advisor completions bash'.
      # Load it with:  source <(network-advisor completions bash)
      # or save it as ~/.local/share/bash-completion/completions/network-advisor

      _network_advisor_command() {
        # $1: the index of the command's first word after its name.
        local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
        case "$2" in

      """
    for command in commands {
      if command.subcommands.isEmpty {
        text += bashCase(command)
        continue
      }
      text += "    \(command.name))\n"
      text += "      if [[ $COMP_CWORD -eq $1 ]]; then\n"
      text +=
        "        COMPREPLY=($(compgen -W \"\(command.subcommands.map(\.word).joined(separator: " ")) \(optionWords(command.options).joined(separator: " "))\" -- \"$cur\"))\n"
      text += "        return\n      fi\n"
      text += "      _network_advisor_command $(($1 + 1)) \"\(command.name) ${COMP_WORDS[$1]}\"\n"
      text += "      ;;\n"
      for subcommand in command.subcommands { text += bashCase(subcommand) }
    }
    text += """
        esac
      }

      _network_advisor() {
        COMPREPLY=()
        if [[ $COMP_CWORD -eq 1 ]]; then
          COMPREPLY=($(compgen -W "\((commands.map(\.name) + optionWords(toolOptions)).joined(separator: " "))" -- "${COMP_WORDS[1]}"))
          return
        fi
        _network_advisor_command 2 "${COMP_WORDS[1]}"
      }

      complete -o default -F _network_advisor network-advisor

      """
    return text
  }

  private static func bashCase(_ command: CommandSpec) -> String {
    var text = "    \"\(command.name)\")\n"
    let valued = command.options.filter { $0.placeholder != nil }
    if !valued.isEmpty {
      text += "      case \"$prev\" in\n"
      for option in valued {
        let names = [option.shortName, option.name].compactMap { $0 }.joined(separator: "|")
        switch kind(of: option) {
        case .words(let words):
          text +=
            "        \(names)) COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\")); return ;;\n"
        case .folder:
          text += "        \(names)) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n"
        case .file, .free:
          text += "        \(names)) return ;;\n"
        }
      }
      text += "      esac\n"
    }
    text += "      if [[ $cur == -* ]]; then\n"
    text +=
      "        COMPREPLY=($(compgen -W \"\(optionWords(command.options).joined(separator: " "))\" -- \"$cur\"))\n"
    text += "        return\n      fi\n"
    let choices = command.arguments.compactMap(\.choices).flatMap { $0 }
    if !choices.isEmpty {
      text += "      COMPREPLY=($(compgen -W \"\(choices.joined(separator: " "))\" -- \"$cur\"))\n"
    }
    return text + "      ;;\n"
  }

  // MARK: zsh

  private static func zsh(_ commands: [CommandSpec], _ toolOptions: [CommandSpec.Parameter])
    -> String
  {
    var text = """
      #compdef network-advisor
      # zsh completion for network-advisor, made by 'network-advisor completions zsh'.
      # Save it as _network-advisor in a folder of your $fpath, then run compinit.


      """
    text += zshFunction("_network_advisor", subcommands: commands, options: toolOptions)
    for command in commands {
      text += zshFunction(
        zshName(command), subcommands: command.subcommands, options: command.options,
        arguments: command.arguments)
      for subcommand in command.subcommands {
        text += zshFunction(
          zshName(subcommand), subcommands: [], options: subcommand.options,
          arguments: subcommand.arguments)
      }
    }
    text += "_network_advisor \"$@\"\n"
    return text
  }

  private static func zshName(_ command: CommandSpec) -> String {
    "_network_advisor_" + command.name.replacingOccurrences(of: " ", with: "_")
  }

  private static func zshFunction(
    _ name: String, subcommands: [CommandSpec], options: [CommandSpec.Parameter],
    arguments: [CommandSpec.Parameter] = []
  ) -> String {
    var specs: [String] = options.map(zshOption)
    if subcommands.isEmpty {
      for (index, argument) in arguments.enumerated() {
        let action = zshAction(kind(of: argument))
        let position = argument.isRepeatable ? "*" : "\(index + 1)"
        let optional = argument.isOptional && !argument.isRepeatable ? ":" : ""
        specs.append("'\(position):\(optional)\(zshQuoted(argument.name)):\(action)'")
      }
    } else {
      specs.append("'1: :->command'")
      specs.append("'*:: :->argument'")
    }
    var text = "\(name)() {\n"
    if !subcommands.isEmpty { text += "  local curcontext=\"$curcontext\" state line\n" }
    text +=
      "  _arguments -C \\\n    " + specs.joined(separator: " \\\n    ") + "\n"
    if !subcommands.isEmpty {
      text += "  case $state in\n"
      text += "    command)\n      local -a commands\n      commands=(\n"
      for subcommand in subcommands {
        text += "        '\(subcommand.word):\(zshQuoted(subcommand.abstract))'\n"
      }
      text += "      )\n      _describe -t commands 'command' commands\n      ;;\n"
      text += "    argument)\n      case $words[1] in\n"
      for subcommand in subcommands {
        text += "        \(subcommand.word)) \(zshName(subcommand)) ;;\n"
      }
      text += "      esac\n      ;;\n  esac\n"
    }
    return text + "}\n\n"
  }

  private static func zshOption(_ option: CommandSpec.Parameter) -> String {
    let help = "[\(zshQuoted(option.help, inBrackets: true))]"
    let value = option.placeholder.map { ":\(zshQuoted($0)):\(zshAction(kind(of: option)))" } ?? ""
    let repeatable = option.isRepeatable ? "*" : ""
    if let short = option.shortName {
      return "'(\(short) \(option.name))'{\(short),\(option.name)}'\(help)\(value)'"
    }
    return "'\(repeatable)\(option.name)\(help)\(value)'"
  }

  private static func zshAction(_ kind: ValueKind) -> String {
    switch kind {
    case .words(let words): "(\(words.joined(separator: " ")))"
    case .folder: "_files -/"
    case .file: "_files"
    case .free: " "
    }
  }

  private static func zshQuoted(_ text: String, inBrackets: Bool = false) -> String {
    var quoted = text.replacingOccurrences(of: "'", with: "'\\''")
    quoted = quoted.replacingOccurrences(of: ":", with: "\\:")
    if inBrackets {
      quoted = quoted.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(
        of: "]", with: "\\]")
    }
    return quoted
  }

  // MARK: fish

  private static func fish(_ commands: [CommandSpec], _ toolOptions: [CommandSpec.Parameter])
    -> String
  {
    var text = """
      # fish completion for network-advisor, made by 'network-advisor completions fish'.
      # Save it as ~/.config/fish/completions/network-advisor.fish

      complete -c network-advisor -f

      """
    let top = "__fish_use_subcommand"
    for option in toolOptions { text += fishOption(option, condition: top) }
    for command in commands {
      text +=
        "complete -c network-advisor -n '\(top)' -a \(command.name) -d '\(fishQuoted(command.abstract))'\n"
    }
    for command in commands {
      let seen = "__fish_seen_subcommand_from \(command.name)"
      if command.subcommands.isEmpty {
        text += fishCommand(command, condition: seen)
        continue
      }
      let words = command.subcommands.map(\.word).joined(separator: " ")
      for option in command.options {
        text += fishOption(
          option, condition: "\(seen); and not __fish_seen_subcommand_from \(words)")
      }
      for subcommand in command.subcommands {
        text +=
          "complete -c network-advisor -n '\(seen); and not __fish_seen_subcommand_from \(words)' -a \(subcommand.word) -d '\(fishQuoted(subcommand.abstract))'\n"
        text += fishCommand(
          subcommand, condition: "\(seen); and __fish_seen_subcommand_from \(subcommand.word)")
      }
    }
    return text
  }

  private static func fishCommand(_ command: CommandSpec, condition: String) -> String {
    var text = ""
    for option in command.options { text += fishOption(option, condition: condition) }
    for argument in command.arguments {
      switch kind(of: argument) {
      case .words(let words):
        text +=
          "complete -c network-advisor -n '\(condition)' -a '\(words.joined(separator: " "))'\n"
      case .file, .folder: text += "complete -c network-advisor -n '\(condition)' -F\n"
      case .free: break
      }
    }
    return text
  }

  private static func fishOption(_ option: CommandSpec.Parameter, condition: String) -> String {
    var text = "complete -c network-advisor -n '\(condition)'"
    if let short = option.shortName { text += " -s \(short.dropFirst())" }
    text += " -l \(option.name.dropFirst(2))"
    if option.placeholder != nil {
      switch kind(of: option) {
      case .words(let words): text += " -x -a '\(words.joined(separator: " "))'"
      case .folder: text += " -x -a '(__fish_complete_directories)'"
      case .file: text += " -r -F"
      case .free: text += " -x"
      }
    }
    return text + " -d '\(fishQuoted(option.help))'\n"
  }

  private static func fishQuoted(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
  }
}
