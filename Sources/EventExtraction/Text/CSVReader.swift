/// A small RFC 4180 reader: commas, double-quoted fields, doubled quotes, CRLF or LF.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    let bytes = Array(text.utf8)
    var i = 0
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field = []
    }
    while i < bytes.count {
      let b = bytes[i]
      if quoted {
        if b == 0x22 {
          if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
            field.append(0x22)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(b)
        }
      } else if b == 0x22 {
        quoted = true
      } else if b == 0x2C {
        endField()
      } else if b == 0x0A {
        endField()
        rows.append(row)
        row = []
      } else if b != 0x0D {
        field.append(b)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      endField()
      rows.append(row)
    }
    return rows
  }
}
