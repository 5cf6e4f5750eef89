import Foundation

/// Writes `--output` files whole or not at all.
///
/// The text goes to a temporary file beside the target, which is then renamed over it, so
/// a reader never sees half a report. Only regular files are written: a device, a pipe, a
/// socket or a folder is refused, as is a target its owner may not write (a read-only file
/// is a statement that it should not change). A replaced file keeps its permissions. The
/// temporary file is removed on every failure, and on SIGINT, SIGTERM and SIGHUP.
enum OutputFile {
  /// Why a file was not written.
  struct Failure: Error {
    var message: String
    var hint: String?
  }

  /// The temporary file being written, as a C string, so the signal handler can remove it
  /// without allocating; `nil` when no write is under way. Writes may overlap when the
  /// library is used from several threads: each owns its string, the lock keeps `pending`
  /// pointing at a live one, and the signal handler (which may not take locks) only reads.
  nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
  private static let pendingLock = NSLock()

  /// Writes `text` to `path` (links are followed to the file they name).
  static func write(_ text: String, to path: String) -> Result<Void, Failure> {
    guard !path.isEmpty else {
      return .failure(
        Failure(
          message: "the file name is empty; nothing was written",
          hint: "name a file, or use - for standard output"))
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    var mode: mode_t = 0o666 & ~currentUmask()
    var status = stat()
    if stat(target, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFREG else {
        return .failure(
          Failure(
            message:
              "'\(path)' is not a regular file (\(kind(of: status.st_mode))); it was not written",
            hint: "--output writes a report file; use - or leave --output out for standard output"))
      }
      guard status.st_mode & S_IWUSR != 0, access(target, W_OK) == 0 else {
        return .failure(
          Failure(
            message: "'\(path)' is read-only; it was not replaced",
            hint: "make it writable (chmod u+w) or choose another name"))
      }
      mode = status.st_mode & 0o7777
    }
    let folder = (target as NSString).deletingLastPathComponent
    let base = (target as NSString).lastPathComponent
    let temporary = (folder as NSString).appendingPathComponent(
      ".\(base).\(getpid()).tmp")
    let pendingWrite = begin(temporary)
    defer { end(pendingWrite) }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return .failure(cannotWrite(path, errno)) }
    var failure: Int32?
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty, failure == nil {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else if written < 0, errno == EINTR {
        continue
      } else {
        failure = written < 0 ? errno : EIO
      }
    }
    if failure == nil, fchmod(descriptor, mode) != 0 { failure = errno }
    if failure == nil, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temporary, target) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      return .failure(cannotWrite(path, failure))
    }
    return .success(())
  }

  /// Why `path` could not be written, for the system's error `code`, with what to do: the
  /// command that makes a missing folder, the file that stands where a folder should.
  static func cannotWrite(_ path: String, _ code: Int32) -> Failure {
    let message = "cannot write '\(path)': \(InputFile.reason(code))"
    let folder = (path as NSString).deletingLastPathComponent
    switch code {
    case ENOENT where !folder.isEmpty && !FileManager.default.fileExists(atPath: folder):
      return Failure(
        message: "cannot write '\(path)': the folder '\(folder)' does not exist",
        hint: "create the folder first: mkdir -p \(ShellQuoting.quoted(folder))")
    case ENOTDIR:
      // The first part of the path that is a file, where a folder should be.
      let parts = (folder as NSString).pathComponents
      let file = parts.indices.lazy.map { NSString.path(withComponents: Array(parts[...$0])) }
        .first { path in
          var isFolder: ObjCBool = false
          return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && !isFolder.boolValue
        }
      return Failure(
        message: message,
        hint: file.map { "'\($0)' is a file, not a folder: choose a path inside a folder" }
          ?? "choose a path inside a folder")
    case EACCES, EPERM:
      return Failure(
        message: message,
        hint:
          "choose a folder you may write in, or ask for permission to write in '\(folder.isEmpty ? "." : folder)'"
      )
    case EROFS:
      return Failure(message: message, hint: "choose a folder on a disk that is not read-only")
    case ENOSPC, EDQUOT:
      return Failure(message: message, hint: "free some space, or choose a folder on another disk")
    case ENAMETOOLONG: return Failure(message: message, hint: "choose a shorter name")
    default:
      return Failure(message: message, hint: "check the path, or use - for standard output")
    }
  }

  /// Removes the temporary file of a write under way, if there is one.
  static func removePending() {
    if let pending { unlink(pending) }
  }

  private static func begin(_ temporary: String) -> UnsafeMutablePointer<CChar>? {
    let mine = strdup(temporary)
    pendingLock.lock()
    pending = mine
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { received in
        OutputFile.removePending()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
    pendingLock.unlock()
    return mine
  }

  private static func end(_ mine: UnsafeMutablePointer<CChar>?) {
    pendingLock.lock()
    if pending == mine {
      pending = nil
      for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, SIG_DFL) }
    }
    pendingLock.unlock()
    free(mine)
  }

  /// The process's file-creation mask, read without changing it where the system allows
  /// (setting it to read it would, for a moment, change it for every other thread).
  private static func currentUmask() -> mode_t {
    #if os(Linux)
      if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
        let mask = mode_t(
          line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
      {
        return mask
      }
    #endif
    let mask = umask(0)
    umask(mask)
    return mask
  }

  private static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "a folder"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFIFO: "a named pipe"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }
}
