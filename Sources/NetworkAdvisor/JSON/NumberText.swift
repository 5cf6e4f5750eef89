/// The one way numbers become text, everywhere the tool shows or writes one. Every
/// function is total: it gives text for any `Double`, however large, infinite, not a
/// number, or negative zero, and never traps.
package enum NumberText {
  /// Whole numbers below this magnitude are written with all their digits; larger ones in
  /// the shortest round-trip form (`1e+19`), since their last digits mean nothing.
  static let largestWrittenWhole = 1e15

  /// `number` rounded to at most `decimals` places (0 to 6), without trailing zeros: `3`,
  /// `2.5`, `0.33`. Negative zero and anything that rounds to zero read `0`; infinities
  /// read `infinity` and `-infinity`, and not-a-number reads `not a number`.
  package static func plain(_ number: Double, decimals: Int = 2) -> String {
    guard number.isFinite else {
      return number.isNaN ? "not a number" : number < 0 ? "-infinity" : "infinity"
    }
    let scale = [1.0, 10, 100, 1000, 10_000, 100_000, 1_000_000][max(0, min(6, decimals))]
    let rounded = abs(number) < largestWrittenWhole ? (number * scale).rounded() / scale : number
    return shortest(rounded)
  }

  /// `number` rounded to at most `decimals` places, as a number again (for values that are
  /// stored rounded, such as scores in JSON); numbers too large to round come back unchanged.
  package static func rounded(_ number: Double, decimals: Int) -> Double {
    let scale = [1.0, 10, 100, 1000, 10_000, 100_000, 1_000_000][max(0, min(6, decimals))]
    guard number.isFinite, abs(number) < largestWrittenWhole else { return number }
    let result = (number * scale).rounded() / scale
    return result == 0 ? 0 : result
  }

  /// `number` as JSON writes it: whole numbers without a fraction, others in their shortest
  /// round-trip form. JSON has no infinities or not-a-number, so those are written `null`.
  package static func json(_ number: Double) -> String {
    number.isFinite ? shortest(number) : "null"
  }

  /// A whole number below ``largestWrittenWhole`` written out; anything else as Swift's
  /// shortest round-trip text. Negative zero is `0`.
  private static func shortest(_ number: Double) -> String {
    if number == 0 { return "0" }
    if number == number.rounded(), abs(number) < largestWrittenWhole {
      return String(Int64(number))
    }
    return "\(number)"
  }

  /// `number` as a count between `0` and `limit`: rounded, with anything not a number or
  /// below zero as `0` and anything above `limit` as `limit` (for bar lengths and indices).
  package static func clampedCount(_ number: Double, limit: Int) -> Int {
    guard !number.isNaN, number > 0 else { return 0 }
    return number >= Double(limit) ? limit : min(limit, Int(number.rounded()))
  }
}
