import ArgumentParser
import SitrepKit

@main
struct SitrepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sitrep", abstract: "A workbench for counting the human cost of wars from the news.",
    version: SitrepVersion.string)

  func run() throws {}
}
