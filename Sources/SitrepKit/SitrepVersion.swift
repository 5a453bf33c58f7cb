/// The version printed by `sitrep --version`.
public enum SitrepVersion {
  public static let string = "0.1.0"
}
