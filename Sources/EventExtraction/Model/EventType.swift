/// Sitrep's event typology, each mapped to ACLED's event_type / sub_event_type and a CAMEO code.
///
/// When several apply to one report, ``precedence`` orders them the way ACLED's codebook does:
/// the most severe, most specific form of violence wins.
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
  case airstrike
  case shelling
  case armedClash = "armed clash"
  case attack  // attack on civilians
  case remoteExplosive = "remote explosive"
  case suicideBombing = "suicide bombing"
  case abduction
  case sexualViolence = "sexual violence"
  case protest
  case riot
  case mobViolence = "mob violence"
  case arrest
  case ceasefire
  case negotiation
  case agreement
  case evacuation
  case looting
  case movement  // change to group/activity
  case territory  // territory taken or regained
  case aggregateReport = "aggregate report"
  case other

  public var acled: (eventType: String, subEventType: String)? {
    switch self {
    case .airstrike: ("Explosions/Remote violence", "Air/drone strike")
    case .shelling: ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    case .remoteExplosive: ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    case .suicideBombing: ("Explosions/Remote violence", "Suicide bomb")
    case .armedClash: ("Battles", "Armed clash")
    case .territory: ("Battles", "Non-state actor overtakes territory")
    case .attack: ("Violence against civilians", "Attack")
    case .abduction: ("Violence against civilians", "Abduction/forced disappearance")
    case .sexualViolence: ("Violence against civilians", "Sexual violence")
    case .protest: ("Protests", "Peaceful protest")
    case .riot: ("Riots", "Violent demonstration")
    case .mobViolence: ("Riots", "Mob violence")
    case .arrest: ("Strategic developments", "Arrests")
    case .ceasefire, .negotiation, .agreement: ("Strategic developments", "Agreement")
    case .evacuation: ("Strategic developments", "Non-violent transfer of territory")
    case .looting: ("Strategic developments", "Looting/property destruction")
    case .movement: ("Strategic developments", "Change to group/activity")
    case .other: ("Strategic developments", "Other")
    case .aggregateReport: nil
    }
  }

  /// Which ACLED event type (``acled``'s `eventType`) the type belongs to, as a small integer
  /// (`nil` family for the aggregate report): compared without building strings.
  var family: Int {
    switch self {
    case .airstrike, .shelling, .remoteExplosive, .suicideBombing: 0
    case .armedClash, .territory: 1
    case .attack, .abduction, .sexualViolence: 2
    case .protest: 3
    case .riot, .mobViolence: 4
    case .arrest, .ceasefire, .negotiation, .agreement, .evacuation, .looting, .movement, .other:
      5
    case .aggregateReport: 6
    }
  }

  /// CAMEO code as a string (leading zeros matter: "046"), nil where CAMEO has none.
  public var cameo: String? {
    switch self {
    case .airstrike: "195"
    case .shelling: "194"
    case .armedClash, .territory: "190"
    case .attack: "180"
    case .remoteExplosive: "183"
    case .suicideBombing: "1831"
    case .abduction: "181"
    case .sexualViolence: "1821"
    case .protest: "141"
    case .riot, .mobViolence: "145"
    case .arrest: "173"
    case .ceasefire: "0871"
    case .negotiation: "046"
    case .agreement: "057"
    case .looting: "1822"
    case .evacuation, .movement, .other, .aggregateReport: nil
    }
  }

  /// Lower wins. Violence before demonstrations before strategic developments (ACLED codebook).
  public var precedence: Int {
    switch self {
    case .suicideBombing: 0
    case .airstrike: 1
    case .shelling: 2
    case .remoteExplosive: 3
    case .armedClash: 4
    case .territory: 5
    case .sexualViolence: 6
    case .abduction: 7
    case .attack: 8
    case .mobViolence: 9
    case .riot: 10
    case .protest: 11
    case .arrest: 12
    case .looting: 13
    case .ceasefire: 14
    case .agreement: 15
    case .negotiation: 16
    case .evacuation: 17
    case .movement: 18
    case .aggregateReport: 19
    case .other: 20
    }
  }

  /// Parses the raw value or a few spellings analysts type (`clash`, `talks`, `truce`, `ied`).
  public init?(analystText text: String) {
    let key = text.lowercased().trimmingCharacters(in: .whitespaces)
    if let t = EventType(rawValue: key) {
      self = t
      return
    }
    switch key {
    case "air strike", "air/drone strike", "drone strike", "bombing raid": self = .airstrike
    case "artillery", "missile", "missile attack", "rocket": self = .shelling
    case "clash", "battle", "armed_clash", "armedclash": self = .armedClash
    case "attack on civilians", "violence against civilians": self = .attack
    case "ied", "landmine", "remote_explosive", "explosion": self = .remoteExplosive
    case "suicide bomb", "suicide_bombing": self = .suicideBombing
    case "kidnapping", "abduct": self = .abduction
    case "demonstration": self = .protest
    case "truce", "cease-fire": self = .ceasefire
    case "talks": self = .negotiation
    case "aggregate", "aggregate_report": self = .aggregateReport
    default: return nil
    }
  }
}
