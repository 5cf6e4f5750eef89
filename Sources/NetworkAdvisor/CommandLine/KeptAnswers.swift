import Foundation

/// The answers of a `new` session that ended before its questions did, kept in a file one
/// answer a line (the form in which answers are piped in; an empty line is Enter), so that
/// `new --resume FILE` gives them again and carries on from the next question.
///
/// The file is always a new one: an existing file is never written over.
enum KeptAnswers {
  /// The largest answers file `--resume` reads.
  static let maximumBytes = 1 << 20

  /// The answers in a file kept by an earlier session; `nil`, with the problem printed,
  /// when it cannot be read.
  static func read(_ path: String, _ console: Console) -> [String]? {
    switch InputFile.read(path, limit: maximumBytes) {
    case .failure(let failure):
      console.report([failure.diagnostic(path, kind: "answers file")])
      return nil
    case .success(let bytes):
      guard let text = String(validating: bytes, as: UTF8.self) else {
        console.printError(
          "error: '\(path)' is not text (UTF-8), so it is not a file of answers\n"
            + "  hint: give --resume the file that 'new' named when the answers ended\n")
        return nil
      }
      return lines(of: text)
    }
  }

  /// The answers in a file's text: one a line, the last line's end optional; a carriage
  /// return before a line's end (a file saved on Windows) is not part of the answer.
  static func lines(of text: String) -> [String] {
    // By bytes: to a String, "\r\n" is one character, not a "\r" before a "\n".
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { line in
        String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
      }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The file's text for `answers`: each on its own line.
  static func text(of answers: [String]) -> String { answers.map { $0 + "\n" }.joined() }

  /// Where the answers are kept, before a number is added to make the name new: beside the
  /// `--output` file, else beside the proposal edited, else in the current folder named
  /// after the network, as `NAME-answers.txt`.
  static func stem(for options: NewCommand.Options, answers: [String]) -> String {
    if let path = options.output ?? options.from {
      let url = URL(fileURLWithPath: path)
      let ending = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
      return String(path.dropLast(ending.count)) + "-answers"
    }
    let name = answers.first.flatMap { FormatReader.idSuggestion(for: $0) } ?? "network"
    return name + "-answers"
  }

  /// Writes `answers` to a new file (`STEM.txt`, else `STEM-2.txt` and on), never over an
  /// existing one; in the temporary folder when the first place cannot be written. Returns
  /// the path, or why no file could be written.
  static func write(_ answers: [String], stem: String) -> Result<String, KeepError> {
    let bytes = Array(text(of: answers).utf8)
    var lastError = ""
    let elsewhere =
      (NSTemporaryDirectory() as NSString).appendingPathComponent(
        (stem as NSString).lastPathComponent)
    for base in [stem, elsewhere] {
      for counter in 1...1000 {
        let path = base + (counter == 1 ? "" : "-\(counter)") + ".txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
          if errno == EEXIST { continue }
          lastError = InputFile.reason(errno)
          break
        }
        let written = bytes.withUnsafeBytes {
          Foundation.write(descriptor, $0.baseAddress, $0.count)
        }
        let closed = close(descriptor) == 0
        if written == bytes.count, closed { return .success(path) }
        lastError = InputFile.reason(errno)
        unlink(path)
        break
      }
    }
    return .failure(KeepError(reason: lastError))
  }

  /// Why the answers could not be kept in a file.
  struct KeepError: Error {
    let reason: String
  }

  /// Keeps the answers of a session that ended early, and says so on standard error: the
  /// file and the exact command that carries on from the next question. When no file can be
  /// written, the answers themselves are printed, so that nothing is lost.
  static func keep(_ answers: [String], options: NewCommand.Options, _ console: Console) {
    guard !answers.isEmpty else {
      console.printError(
        "error: the answers ended before the first question was answered; nothing was written.\n")
      return
    }
    var message = "error: the answers ended before the questions did, so no proposal was written.\n"
    let count = answers.count == 1 ? "The answer" : "The \(answers.count) answers"
    switch write(answers, stem: stem(for: options, answers: answers)) {
    case .success(let path):
      var command = [console.programName, "new"]
      if let from = options.from { command += ["--from", ShellQuoting.quoted(from)] }
      if let output = options.output { command += ["--output", ShellQuoting.quoted(output)] }
      command += ["--resume", ShellQuoting.quoted(path)]
      message += "  \(count) given so far are kept in \(path), one a line.\n"
      message += "  To carry on from the next question:\n"
      message += "    \(command.joined(separator: " "))\n"
    case .failure(let error):
      message +=
        "  \(count) given so far could not be kept in a file (\(error.reason)); here they are, one a line, to pipe in again:\n"
      message += text(of: answers)
    }
    console.printError(message)
  }
}
