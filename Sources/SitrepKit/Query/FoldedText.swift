/// Case-insensitive comparisons without allocating: ASCII letters fold byte by byte, other text
/// compares exactly unless it needs Unicode case folding (then `lowercased()` decides).
enum FoldedText {
  @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

  static func equal(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    let result: Bool? = a.withUTF8 { x in
      b.withUTF8 { y -> Bool? in
        guard x.count == y.count else { return x.allSatisfy { $0 < 0x80 } && y.allSatisfy { $0 < 0x80 } ? false : nil }
        for i in 0..<x.count where fold(x[i]) != fold(y[i]) {
          return x[i] < 0x80 && y[i] < 0x80 ? false : nil
        }
        return true
      }
    }
    return result ?? (a.lowercased() == b.lowercased())
  }

  static func contains(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack
    var n = needle
    let result: Bool? = h.withUTF8 { x in
      n.withUTF8 { y -> Bool? in
        if y.isEmpty { return true }
        if y.contains(where: { $0 >= 0x80 }) || x.contains(where: { $0 >= 0x80 }) { return nil }
        guard x.count >= y.count else { return false }
        let first = fold(y[0])
        outer: for i in 0...(x.count - y.count) where fold(x[i]) == first {
          for j in 1..<y.count where fold(x[i + j]) != fold(y[j]) { continue outer }
          return true
        }
        return false
      }
    }
    return result ?? haystack.lowercased().contains(needle.lowercased())
  }
}
