import Foundation

/// Where a command reads and writes: the process's standard streams, or memory in tests.
package final class Console: @unchecked Sendable {
  /// Everything the command has written, when the console keeps it in memory.
  package final class Memory: @unchecked Sendable {
    /// What was written to standard output.
    package var output = ""
    /// What was written to standard error.
    package var errors = ""
  }

  private let writeOutput: (String) -> Void
  private let writeError: (String) -> Void
  private let readLineFromInput: () -> String?
  private let readAllInput: (Int) -> Result<[UInt8], InputFile.Failure>
  /// The environment, for NO_COLOR.
  package let environment: [String: String]
  /// How to run this tool again, for the commands it suggests: `network-advisor` when that
  /// name finds this program on `PATH`, otherwise the path it was started by.
  package var programName = "network-advisor"
  /// Whether standard output is a terminal.
  package let isOutputTerminal: Bool
  /// Whether standard input is a terminal; answers are echoed when it is not.
  package let isInputTerminal: Bool
  /// Whether standard error is a terminal.
  package let isErrorTerminal: Bool
  /// The width in columns of the terminal the output is seen on, as the system reports it.
  package let terminalColumns: Int?

  /// Makes a console from its streams.
  package init(
    writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
    readLine: @escaping () -> String?,
    readAll: @escaping (_ limit: Int) -> Result<[UInt8], InputFile.Failure>,
    environment: [String: String], isOutputTerminal: Bool, isInputTerminal: Bool,
    isErrorTerminal: Bool = false, terminalColumns: Int? = nil
  ) {
    self.writeOutput = writeOutput
    self.writeError = writeError
    self.readLineFromInput = readLine
    self.readAllInput = readAll
    self.environment = environment
    self.isOutputTerminal = isOutputTerminal
    self.isInputTerminal = isInputTerminal
    self.isErrorTerminal = isErrorTerminal
    self.terminalColumns = terminalColumns
  }

  /// The process's standard input, output and error. A write that fails ends the process
  /// with status 2: quietly when the reader has gone (a closed pipe, as in `| head`),
  /// otherwise with a message on standard error (a full disk, `> /dev/full`).
  package static func standard() -> Console {
    signal(SIGPIPE, SIG_IGN)
    let console = Console(
      writeOutput: { StandardStream.write($0, to: STDOUT_FILENO) },
      writeError: { StandardStream.write($0, to: STDERR_FILENO) },
      readLine: { StandardStream.readLine(limit: InputFile.maximumBytes) },
      readAll: { InputFile.read(descriptor: STDIN_FILENO, limit: $0) },
      environment: ProcessInfo.processInfo.environment,
      isOutputTerminal: isatty(STDOUT_FILENO) == 1, isInputTerminal: isatty(STDIN_FILENO) == 1,
      isErrorTerminal: isatty(STDERR_FILENO) == 1, terminalColumns: systemColumns())
    console.programName = invocationName(
      CommandLine.arguments.first ?? "", path: ProcessInfo.processInfo.environment["PATH"] ?? "")
    return console
  }

  /// `network-advisor` when the shell finds this very program by that name on `path`;
  /// otherwise `started` (the path the program was started by), quoted for the shell.
  static func invocationName(_ started: String, path: String) -> String {
    let name = "network-advisor"
    guard started.contains("/") else { return name }
    func resolved(_ file: String) -> String {
      URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
    }
    let this = resolved(started)
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = String(folder) + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return resolved(candidate) == this ? name : ShellQuoting.quoted(started)
      }
    }
    return ShellQuoting.quoted(started)
  }

  /// The width of the terminal the person is looking at: standard output's, or standard
  /// error's when the output goes through a pipe (`| less`); `nil` when neither is one.
  private static func systemColumns() -> Int? {
    for descriptor in [STDOUT_FILENO, STDERR_FILENO] where isatty(descriptor) == 1 {
      var size = winsize()
      #if os(Linux)
        let request = UInt(TIOCGWINSZ)
      #else
        let request = TIOCGWINSZ
      #endif
      if ioctl(descriptor, request, &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    }
    return nil
  }

  /// A console that reads `input` and keeps what is written in memory, for tests.
  /// `isTerminal` makes it pretend that standard output and error are a terminal of
  /// `columns` columns.
  package static func memory(
    input: String = "", environment: [String: String] = [:], isTerminal: Bool = false,
    columns: Int? = nil
  ) -> (Console, Memory) {
    let memory = Memory()
    var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if input.hasSuffix("\n") { lines.removeLast() }
    if input.isEmpty { lines = [] }
    nonisolated(unsafe) var remaining = lines[...]
    let console = Console(
      writeOutput: { memory.output += $0 }, writeError: { memory.errors += $0 },
      readLine: { remaining.popFirst() },
      readAll: { limit in
        input.utf8.count > limit ? .failure(.tooLarge(limit: limit)) : .success(Array(input.utf8))
      },
      environment: environment, isOutputTerminal: isTerminal, isInputTerminal: false,
      isErrorTerminal: isTerminal, terminalColumns: isTerminal ? columns : nil)
    return (console, memory)
  }

  /// Writes to standard output.
  package func print(_ text: String) { writeOutput(text) }

  /// Writes to standard error.
  package func printError(_ text: String) { writeError(text) }

  /// Writes a command-line mistake to standard error, its hint naming this program as it
  /// can be run.
  package func printError(_ error: UsageError) { writeError(error.rendered(as: programName)) }

  /// The next line of standard input, or `nil` at its end.
  package func readLine() -> String? { readLineFromInput() }

  /// All of standard input, unless it holds more than `limit` bytes.
  package func readAll(limit: Int) -> Result<[UInt8], InputFile.Failure> { readAllInput(limit) }

  /// The columns text is wrapped to: `COLUMNS` when it holds a width, else the terminal's
  /// width (also through a pipe such as `| less`), else 80.
  package var width: Int { width(onTerminal: true) }

  /// The columns to wrap to; `onTerminal: false` is for a file, which is 80 wide unless
  /// `COLUMNS` says otherwise.
  package func width(onTerminal: Bool) -> Int {
    if let text = environment["COLUMNS"],
      let columns = Int(text.trimmingCharacters(in: .whitespaces)),
      columns > 0
    {
      return max(columns, Self.narrowest)
    }
    return max((onTerminal ? terminalColumns : nil) ?? 80, Self.narrowest)
  }

  /// Below this many columns text is still wrapped as if there were this many.
  package static let narrowest = 40

  /// Whether colour is allowed at all: `NO_COLOR` is not set (to anything, empty included)
  /// and `TERM` is not `dumb`.
  package var allowsColour: Bool { environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" }

  /// Whether to colour standard output: only on a terminal that allows colour.
  package var usesColour: Bool { isOutputTerminal && allowsColour }

  /// Diagnostics as the compiler prints them, on standard error, in colour only when that
  /// is a terminal that allows colour.
  package func report(_ diagnostics: [Diagnostic]) {
    printError(
      DiagnosticRenderer(usesColour: isErrorTerminal && allowsColour).render(diagnostics))
  }
}

/// The process's exit status, as the contract defines it.
package enum ExitCode: Int32, Sendable {
  /// Done (for `test`: every scenario passed).
  case success = 0
  /// The work was done but fell short: a grade below `--fail-below`, a failed scenario,
  /// problems found by `rules check`.
  case shortfall = 1
  /// The input or the command line was invalid; nothing was assessed.
  case invalidInput = 2
}

/// Writes to the process's standard output and error, ending the process when a write
/// fails rather than trapping or losing output silently.
enum StandardStream {
  /// The status a failed write ends the process with: the input was fine, but the run
  /// could not finish its work.
  static let failureStatus = ExitCode.invalidInput.rawValue

  static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
        continue
      }
      if written < 0, errno == EINTR { continue }
      fail(writing: descriptor, code: written < 0 ? errno : EIO)
    }
  }

  /// The next line of standard input without its line break (`\n` or `\r\n`), or `nil` at
  /// its end. A line keeps at most `limit` bytes; the rest of it is read and dropped, so
  /// an endless line cannot exhaust memory.
  static func readLine(limit: Int) -> String? {
    var bytes: [UInt8] = []
    while true {
      let character = getchar()
      if character == EOF { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if character == 0x0A {
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
      }
      if bytes.count < limit { bytes.append(UInt8(truncatingIfNeeded: character)) }
    }
  }

  /// Ends the process after a failed write: quietly when the reader has gone (EPIPE),
  /// otherwise with one line on standard error, if standard error still takes it.
  static func fail(writing descriptor: Int32, code: Int32) -> Never {
    if code != EPIPE {
      let stream = descriptor == STDOUT_FILENO ? "standard output" : "standard error"
      let message = Array(
        "network-advisor: cannot write to \(stream): \(InputFile.reason(code))\n".utf8)
      _ = message.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    OutputFile.removePending()
    exit(failureStatus)
  }
}
