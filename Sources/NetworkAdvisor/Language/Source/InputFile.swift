import Foundation

/// Reads input whole, but never more than a limit, counted while reading: standard input,
/// `/dev/stdin`, pipes, devices and links to them obey the same bound as regular files,
/// whatever size they claim.
package enum InputFile {
  /// The most any input file may hold: proposals, scenarios and rule files alike.
  package static let maximumBytes = 10 * 1024 * 1024

  /// Why a file could not be read.
  package enum Failure: Error, Equatable {
    /// Nothing is at the path.
    case missing
    /// The path names a folder.
    case folder
    /// The input holds more than the limit.
    case tooLarge(limit: Int)
    /// The system refused, with its reason.
    case unreadable(String)

    /// The failure as a diagnostic about `name`, a `kind` file ("proposal").
    package func diagnostic(_ name: String, kind: String) -> Diagnostic {
      switch self {
      case .missing:
        Diagnostic(InputProblem.noSuchFile(name), at: nil)
      case .folder:
        Diagnostic(InputProblem.folderNotFile(name, kind: kind), at: nil)
      case .tooLarge(let limit):
        Diagnostic(InputProblem.tooLarge(name, kind: kind, limit: limit), at: nil)
      case .unreadable(let reason):
        Diagnostic(InputProblem.unreadableFile(name, reason: reason), at: nil)
      }
    }
  }

  /// The bytes of the file at `path`, following links; at most `limit` of them.
  package static func read(_ path: String, limit: Int = maximumBytes) -> Result<[UInt8], Failure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(reason(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      return .failure(.folder)
    }
    return read(descriptor: descriptor, limit: limit)
  }

  /// Everything an open descriptor yields until its end; at most `limit` bytes.
  package static func read(descriptor: Int32, limit: Int = maximumBytes) -> Result<
    [UInt8], Failure
  > {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EISDIR { return .failure(.folder) }
        return .failure(.unreadable(reason(errno)))
      }
      if count == 0 { return .success(bytes) }
      guard bytes.count + count <= limit else { return .failure(.tooLarge(limit: limit)) }
      bytes += chunk[0..<count]
    }
  }

  /// The offset of the first byte that is not part of valid UTF-8, if any.
  package static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
