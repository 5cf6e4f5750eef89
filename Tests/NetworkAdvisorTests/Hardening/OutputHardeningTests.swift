import Foundation
import Testing

@testable import NetworkAdvisor

/// Issue 12, items 4 and 5: the built executable with standard streams that fail, and
/// `--output` onto things that are not ordinary writable files.
@Suite struct OutputHardeningTests {
  static let proposal = Fixtures.path("scenarios/proposals/two-islands.proposal.json")

  /// Runs the executable with standard output and error sent where asked (a path, or a
  /// pipe that is read, or a pipe whose reading end is closed before the run when
  /// `closedOutput`), and standard input read from a file holding `input`.
  ///
  /// The test process itself never writes into a pipe: input travels through a file, so a
  /// program that stops reading early cannot raise SIGPIPE here, whatever the signal's
  /// disposition in the test process.
  static func run(
    _ arguments: [String], output: String? = nil, errors: String? = nil,
    closedOutput: Bool = false, input: Data? = nil
  ) throws -> (status: Int32, reason: Process.TerminationReason, output: String, errors: String) {
    let process = Process()
    process.executableURL = ExecutableTests.executable
    process.arguments = arguments
    process.environment = ["SWIFT_BACKTRACE": "enable=no"]
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    var closedPipeWriter: FileHandle?
    if let output {
      process.standardOutput = FileHandle(forWritingAtPath: output)
    } else if closedOutput {
      var ends: [Int32] = [0, 0]
      #expect(pipe(&ends) == 0)
      close(ends[0])
      closedPipeWriter = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
      process.standardOutput = closedPipeWriter
    } else {
      process.standardOutput = outputPipe
    }
    if let errors {
      process.standardError = FileHandle(forWritingAtPath: errors)
    } else {
      process.standardError = errorPipe
    }
    if let input {
      let path = Fixtures.temporaryFolder() + "/input"
      try input.write(to: URL(fileURLWithPath: path))
      process.standardInput = FileHandle(forReadingAtPath: path)
    }
    try process.run()
    try closedPipeWriter?.close()
    let outputData =
      output == nil && !closedOutput
      ? outputPipe.fileHandleForReading.readDataToEndOfFile() : Data()
    let errorData = errors == nil ? errorPipe.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    return (
      process.terminationStatus, process.terminationReason,
      String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self)
    )
  }

  // MARK: Item 4: write errors on standard output and error

  @Test func aFullStandardOutputExitsTwoWithAMessage() throws {
    let result = try Self.run(["assess", Self.proposal], output: "/dev/full")
    #expect(result.reason == .exit)
    #expect(result.status == 2)
    #expect(
      result.errors
        == "network-advisor: cannot write to standard output: No space left on device\n")
  }

  @Test func aFullStandardErrorExitsTwo() throws {
    let result = try Self.run(["assess", "/no/such/file.json"], errors: "/dev/full")
    #expect(result.reason == .exit)
    #expect(result.status == 2)
  }

  @Test func aClosedPipeEndsTheRunQuietly() throws {
    let result = try Self.run(
      ["assess", Self.proposal, "--format", "html"], closedOutput: true)
    #expect(result.reason == .exit)
    #expect(result.status == 2)
    #expect(result.errors.isEmpty)
  }

  // MARK: Item 8: standard input through the executable

  @Test(arguments: ["-", "/dev/stdin"])
  func standardInputOverTheLimitIsRefused(_ path: String) throws {
    let input = Data(repeating: 0x20, count: InputFile.maximumBytes + 100_000)
    let result = try Self.run(["assess", path], input: input)
    #expect(result.status == 2)
    #expect(result.errors.contains("holds more than 10485760 bytes"), "\(result.errors)")
  }

  /// The same through a pipe, as in `cat big.json | network-advisor assess -`: another
  /// process writes, so the program stopping early ends that writer, not the test.
  @Test(arguments: ["-", "/dev/stdin"])
  func aPipeOverTheLimitIsRefused(_ path: String) throws {
    let bytes = InputFile.maximumBytes + 100_000
    let result = try Fixtures.execute(
      "/bin/sh",
      [
        "-c", "head -c \(bytes) /dev/zero | tr '\\0' ' ' | \"$0\" assess \"$1\"",
        ExecutableTests.executable.path, path,
      ])
    #expect(result.status == 2)
    #expect(result.errors.contains("holds more than 10485760 bytes"), "\(result.errors)")
  }

  // MARK: Item 5: --output

  /// The device number of /dev/null (major 1, minor 3).
  #if os(Linux)
    static let nullDevice = dev_t(1 << 8 | 3)
  #else
    static let nullDevice = dev_t(1 << 24 | 3)
  #endif

  /// As root, a device node of its own in a temporary folder (so that a regression could
  /// not replace the system's /dev/null); otherwise /dev/null, which only root could replace.
  @Test func outputOntoADeviceIsRefused() throws {
    var device = "/dev/null"
    if getuid() == 0 {
      device = Fixtures.temporaryFolder() + "/null"
      #expect(mknod(device, S_IFCHR | 0o666, Self.nullDevice) == 0)
    }
    let result = Fixtures.run(["assess", Self.proposal, "--output", device])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "error: '\(device)' is not a regular file (a character device); it was not written"))
    var status = stat()
    #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func outputOntoANamedPipeOrAFolderIsRefused() throws {
    let folder = Fixtures.temporaryFolder()
    #expect(mkfifo(folder + "/pipe", 0o600) == 0)
    let piped = Fixtures.run(["assess", Self.proposal, "--output", folder + "/pipe"])
    #expect(piped.status == .invalidInput)
    #expect(piped.errors.contains("is not a regular file (a named pipe)"))
    let foldered = Fixtures.run(["assess", Self.proposal, "--output", folder])
    #expect(foldered.status == .invalidInput)
    #expect(foldered.errors.contains("is not a regular file (a folder)"))
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  /// Assesses into an existing file that holds `old` and has `mode`.
  static func writeOver(_ old: String, mode: mode_t) throws -> (
    folder: String, target: String, status: ExitCode, errors: String
  ) {
    let folder = Fixtures.temporaryFolder()
    let target = folder + "/report.txt"
    try old.write(toFile: target, atomically: false, encoding: .utf8)
    #expect(chmod(target, mode) == 0)
    let result = Fixtures.run(["assess", Self.proposal, "--output", target])
    return (folder, target, result.status, result.errors)
  }

  @Test func aReadOnlyTargetIsNotReplaced() throws {
    let (folder, target, status, errors) = try Self.writeOver("keep me\n", mode: 0o444)
    #expect(status == .invalidInput)
    #expect(errors.hasPrefix("error: '\(target)' is read-only; it was not replaced"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test func aReplacedTargetKeepsItsMode() throws {
    let (folder, target, outcome, _) = try Self.writeOver("old\n", mode: 0o640)
    #expect(outcome == .success)
    var status = stat()
    #expect(stat(target, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o640)
    #expect(
      try String(contentsOfFile: target, encoding: .utf8).contains(
        "Northfield and Southbank Schools"))
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  /// `test --update` rewrites scenario files the same way: never a read-only one.
  @Test func updateLeavesAReadOnlyScenarioAlone() throws {
    let text =
      "{\"format\": \"network-scenario/1\", \"title\": \"Score\", \"proposal\": \"\(Self.proposal)\", \"expect\": {\"score\": 99}}"
    let folder = Fixtures.folder(with: ["score.scenario.json": text])
    let path = folder + "/score.scenario.json"
    #expect(chmod(path, 0o444) == 0)
    let result = Fixtures.run(["test", folder, "--update"])
    #expect(result.status == .shortfall)
    #expect(result.errors.hasPrefix("error: '\(path)' is read-only; it was not replaced"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }

  @Test func dashMeansStandardOutput() throws {
    let folder = Fixtures.temporaryFolder()
    let result = try ExecutableTests.run(
      ["assess", Self.proposal, "--output", "-"], in: folder)
    #expect(result.status == 0)
    #expect(result.output.contains("Northfield and Southbank Schools"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/-"))
  }

  @Test func aFailedWriteLeavesNoTemporaryFile() throws {
    let folder = Fixtures.temporaryFolder()
    let result = Fixtures.run(["assess", Self.proposal, "--output", folder + "/missing/report.txt"])
    #expect(result.status == .invalidInput)
    #expect(result.errors.hasPrefix("error: cannot write '\(folder)/missing/report.txt'"))
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  /// A report into a folder that does not exist: the hint is the command that makes it,
  /// quoted for the shell.
  @Test func aMissingFolderIsNamedWithTheCommandThatMakesIt() throws {
    let folder = Fixtures.temporaryFolder()
    let target = folder + "/my reports/2026/report.html"
    let result = Fixtures.run(["assess", Self.proposal, "--output", target])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors
        == """
        error: cannot write '\(target)': the folder '\(folder)/my reports/2026' does not exist
        = hint: create the folder first: mkdir -p '\(folder)/my reports/2026'

        """)
    #expect(!FileManager.default.fileExists(atPath: folder + "/my reports"))
  }

  @Test func aFileWhereAFolderBelongsIsNamed() throws {
    let folder = Fixtures.temporaryFolder()
    try "x".write(toFile: folder + "/notes.txt", atomically: false, encoding: .utf8)
    let result = Fixtures.run(["assess", Self.proposal, "--output", folder + "/notes.txt/r.html"])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.contains(
        "= hint: '\(folder)/notes.txt' is a file, not a folder: choose a path inside a folder"))
    #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "x")
  }

  @Test func anEmptyFileNameIsRefused() {
    let result = Fixtures.run(["assess", Self.proposal, "--output", ""])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors
        == "error: the file name is empty; nothing was written\n= hint: name a file, or use - for standard output\n"
    )
  }

  static func temporaryFiles(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
  }
}
