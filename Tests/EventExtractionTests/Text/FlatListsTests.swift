import Testing

@testable import EventExtraction

/// ``FlatLists``: many short lists in one array, each in append order, repeats of a list's last
/// value dropped.
@Suite struct FlatListsTests {
  @Test(arguments: [
    // (lists, appends as (value, list), expected lists)
    (1, [(5, 0)], [[5]]),
    (3, [(5, 0), (6, 1), (7, 0), (7, 0), (8, 2)], [[5, 7], [6], [8]]),
    (2, [(1, 1), (1, 1), (2, 1), (1, 1)], [[], [1, 2, 1]]),
    (3, [], [[], [], []]),
    (2, [(9, 0), (4, 1), (9, 0), (3, 0)], [[9, 3], [4]]),
  ])
  func laysOutListsInAppendOrder(_ count: Int, _ appends: [(Int, Int)], _ expected: [[Int]]) {
    var builder = FlatLists.Builder(capacity: 4)
    for _ in 0..<count { builder.addList() }
    for (value, list) in appends { builder.append(value, to: list) }
    #expect(builder.listCount == count)
    let lists = builder.build()
    #expect(lists.count == count)
    #expect((0..<lists.count).map { Array(lists[$0]) } == expected)
  }
}
