import Testing

@testable import EventExtraction

/// The writer's own buffer: what it hands over is what was written, across growth, for pieces
/// of every length (the 8-to-16-byte copy and `memcpy` alike).
@Suite struct JSONLineWriterTests {
  @Test(arguments: [16, 1024])
  func handsOverEveryPieceInOrder(capacity: Int) {
    var w = JSONLineWriter(capacity: capacity)
    var expected = Array("[".utf8)
    w.raw("[")
    for length in 0..<40 {
      let piece = String(repeating: String("é\"x\n".prefix(length % 4 + 1)), count: length)
      w.string(piece)
      w.byte(0x2C)
      w.int(length * 7919 - 150_000)
      w.raw(#","key_of_twelve":"#)
      w.string(nil)
      w.raw(",")
      JSONLineWriter.appendQuoted(piece, to: &expected)
      expected += Array(",\(length * 7919 - 150_000),\"key_of_twelve\":null,".utf8)
    }
    w.double(-12.5)
    w.raw("]")
    expected += Array("-12.5]".utf8)
    var out = Array("x".utf8)
    w.finish(appendingTo: &out)
    #expect(out.count == expected.count + 1)
    #expect(out == Array("x".utf8) + expected)
    #expect(w.bytes == expected)
  }

  @Test(arguments: [
    (0, "0"), (9, "9"), (10, "10"), (-1, "-1"), (1_000_000, "1000000"),
    (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
  ])
  func writesIntegersInDecimal(_ n: Int, _ expected: String) {
    var w = JSONLineWriter(capacity: 16)
    w.raw("n=")
    w.int(n)
    w.int(nil)
    #expect(String(decoding: w.bytes, as: UTF8.self) == "n=\(expected)null")
  }
}
