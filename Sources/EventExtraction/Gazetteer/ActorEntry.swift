/// One known actor: a state, armed force or group, organisation or monitor, and its other names.
public struct ActorEntry: Sendable, Hashable, Codable {
  public var name: String
  /// `state`, `forces`, `armed-group`, `international`, `monitor`, `outlet`, `civilians`, `group`.
  public var kind: String
  /// The country the actor belongs to, when it has one.
  public var country: String?
  public var aliases: [String]

  public init(name: String, kind: String, country: String? = nil, aliases: [String] = []) {
    self.name = name
    self.kind = kind
    self.country = country
    self.aliases = aliases
  }
}
