import Foundation

/// Where a command reads and writes: the process's standard streams, or memory in tests.
public final class Console: @unchecked Sendable {
  /// Everything the command has written, when the console keeps it in memory.
  public final class Memory: @unchecked Sendable {
    /// What was written to standard output.
    public var output = ""
    /// What was written to standard error.
    public var errors = ""
  }

  private let writeOutput: (String) -> Void
  private let writeError: (String) -> Void
  private let readLineFromInput: () -> String?
  private let readAllInput: () -> [UInt8]
  /// The environment, for NO_COLOR.
  public let environment: [String: String]
  /// Whether standard output is a terminal.
  public let isOutputTerminal: Bool
  /// Whether standard input is a terminal; answers are echoed when it is not.
  public let isInputTerminal: Bool
  /// Whether standard error is a terminal.
  public let isErrorTerminal: Bool

  /// Makes a console from its streams.
  public init(
    writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
    readLine: @escaping () -> String?, readAll: @escaping () -> [UInt8],
    environment: [String: String], isOutputTerminal: Bool, isInputTerminal: Bool,
    isErrorTerminal: Bool = false
  ) {
    self.writeOutput = writeOutput
    self.writeError = writeError
    self.readLineFromInput = readLine
    self.readAllInput = readAll
    self.environment = environment
    self.isOutputTerminal = isOutputTerminal
    self.isInputTerminal = isInputTerminal
    self.isErrorTerminal = isErrorTerminal
  }

  /// The process's standard input, output and error.
  public static func standard() -> Console {
    Console(
      writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
      writeError: { FileHandle.standardError.write(Data($0.utf8)) },
      readLine: { Swift.readLine(strippingNewline: true) },
      readAll: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
      environment: ProcessInfo.processInfo.environment,
      isOutputTerminal: isatty(STDOUT_FILENO) == 1, isInputTerminal: isatty(STDIN_FILENO) == 1,
      isErrorTerminal: isatty(STDERR_FILENO) == 1)
  }

  /// A console that reads `input` and keeps what is written in memory, for tests.
  public static func memory(input: String = "", environment: [String: String] = [:]) -> (
    Console, Memory
  ) {
    let memory = Memory()
    var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if input.hasSuffix("\n") { lines.removeLast() }
    if input.isEmpty { lines = [] }
    nonisolated(unsafe) var remaining = lines[...]
    let console = Console(
      writeOutput: { memory.output += $0 }, writeError: { memory.errors += $0 },
      readLine: { remaining.popFirst() }, readAll: { Array(input.utf8) },
      environment: environment, isOutputTerminal: false, isInputTerminal: false)
    return (console, memory)
  }

  /// Writes to standard output.
  public func print(_ text: String) { writeOutput(text) }

  /// Writes to standard error.
  public func printError(_ text: String) { writeError(text) }

  /// The next line of standard input, or `nil` at its end.
  public func readLine() -> String? { readLineFromInput() }

  /// All of standard input.
  public func readAll() -> [UInt8] { readAllInput() }

  /// Whether to colour standard output: only on a terminal, and never with NO_COLOR set.
  public var usesColour: Bool { isOutputTerminal && environment["NO_COLOR"] == nil }

  /// Diagnostics as the compiler prints them, on standard error, in colour only when that
  /// is a terminal and NO_COLOR is not set.
  public func report(_ diagnostics: [Diagnostic]) {
    let colour = isErrorTerminal && environment["NO_COLOR"] == nil
    printError(DiagnosticRenderer(usesColour: colour).render(diagnostics))
  }
}

/// The process's exit status, as the contract defines it.
public enum ExitCode: Int32, Sendable {
  /// Done (for `test`: every scenario passed).
  case success = 0
  /// The work was done but fell short: a grade below `--fail-below`, a failed scenario,
  /// problems found by `rules check`.
  case shortfall = 1
  /// The input or the command line was invalid; nothing was assessed.
  case invalidInput = 2
}
