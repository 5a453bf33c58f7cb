/// Remote explosives: IEDs, landmines, planted explosive devices, car bombs.
struct RemoteExplosiveRule: TriggerRule {
  let id = "type.remote-explosive"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "ied", "ieds", "landmine", "landmines", "land mine", "explosive device", "explosive devices",
    "roadside bomb", "roadside bombs", "home-made explosive", "homemade explosive", "car bomb",
    "improvised explosive", "mine exploded", "booby trap", "booby-trapped", "planted bomb",
    "bomb exploded", "bomb blast", "explosion",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .remoteExplosive, rule: id)
  }
}
