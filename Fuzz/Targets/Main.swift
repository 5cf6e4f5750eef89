import Foundation

/// The fuzz targets, by the name `Fuzz/fuzz.sh` gives them.
let fuzzTargets: [String: @Sendable ([UInt8]) -> Void] = [
  "proposal": fuzzProposal, "rules": fuzzRules, "assess": fuzzAssess,
]

/// The target this process runs, from `NETWORK_ADVISOR_FUZZ_TARGET`: one binary holds them
/// all, so the library is compiled once.
let fuzzTarget: @Sendable ([UInt8]) -> Void = {
  let name = ProcessInfo.processInfo.environment["NETWORK_ADVISOR_FUZZ_TARGET"] ?? ""
  guard let target = fuzzTargets[name] else {
    fatalError(
      "set NETWORK_ADVISOR_FUZZ_TARGET to one of: \(fuzzTargets.keys.sorted().joined(separator: ", "))"
    )
  }
  return target
}()

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzTarget(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
