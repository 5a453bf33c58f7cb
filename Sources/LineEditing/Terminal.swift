internal import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small questions the executable asks about its terminal.
public enum Terminal {
  /// Whether `fd` is a terminal (`isatty`).
  ///
  /// - Parameter fd: a file descriptor, e.g. 0 for standard input.
  public static func isInteractive(fd: Int32) -> Bool {
    isatty(fd) == 1
  }

  /// The number of columns of the terminal on `fd` (`TIOCGWINSZ`).
  ///
  /// - Parameter fd: a file descriptor, e.g. 1 for standard output.
  /// - Returns: the columns, or `nil` when `fd` is not a terminal or reports no size.
  public static func width(fd: Int32) -> Int? {
    let columns = clibedit_window_columns(fd)
    return columns > 0 ? Int(columns) : nil
  }
}
