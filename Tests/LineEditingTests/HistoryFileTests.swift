import Foundation
import Testing

@testable import LineEditing

@Suite struct HistoryFileTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let environment: [String: String]
    let path: String?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "XDG_STATE_HOME wins", environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"],
      path: "/x/state/sitrep/history"),
    Case(
      name: "XDG_STATE_HOME with trailing slash", environment: ["XDG_STATE_HOME": "/x/state/"],
      path: "/x/state/sitrep/history"),
    Case(
      name: "HOME when XDG_STATE_HOME unset", environment: ["HOME": "/home/a"],
      path: "/home/a/.local/state/sitrep/history"),
    Case(
      name: "HOME when XDG_STATE_HOME empty",
      environment: ["XDG_STATE_HOME": "", "HOME": "/home/a"],
      path: "/home/a/.local/state/sitrep/history"),
    Case(
      name: "relative XDG_STATE_HOME ignored",
      environment: ["XDG_STATE_HOME": "state", "HOME": "/home/a"],
      path: "/home/a/.local/state/sitrep/history"),
    Case(name: "nothing set", environment: [:], path: nil),
    Case(name: "relative HOME", environment: ["HOME": "home"], path: nil),
  ]

  @Test(arguments: cases)
  func defaultPathFollowsXDGRules(_ testCase: Case) {
    #expect(HistoryFile.defaultPath(environment: testCase.environment) == testCase.path)
  }

  @Test func createParentDirectoryMakesMissingParentsPrivate() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try HistoryFile.createParentDirectory(of: directory.path + "/state/sitrep/history")
    #expect(try directory.contents(of: "state") == ["sitrep"])
    #expect(try directory.contents(of: "state/sitrep") == [])
    let attributes = try FileManager.default.attributesOfItem(
      atPath: directory.path + "/state/sitrep")
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
    // Existing directories are fine.
    try HistoryFile.createParentDirectory(of: directory.path + "/state/sitrep/history")
  }

  @Test func createParentDirectoryReportsAFileInTheWay() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try Data().write(to: URL(fileURLWithPath: directory.path + "/file"))
    #expect(
      throws: HistoryFileError.cannotCreateDirectory(directory.path + "/file/sub", errno: ENOTDIR)
    ) {
      try HistoryFile.createParentDirectory(of: directory.path + "/file/sub/history")
    }
  }
}
