#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// What sitrep does when its terminal is closed or hangs up (SIGHUP).
///
/// Every change is appended to the session's journal and synced before the shell acknowledges
/// it, so nothing acknowledged is in memory only: sitrep leaves at once, with the status shells
/// give a hang-up (128 + 1). Reopening the session replays the journal; the lock left behind
/// names a dead process and does not block. `_exit` is all a signal handler may safely do here.
///
/// Installed explicitly, and SIGHUP unblocked, rather than left to what the parent passed down:
/// an ignored or blocked SIGHUP is inherited across exec (nohup; a parent that spawns from a
/// thread with signals blocked, as libdispatch's workers have), and then a hang-up left sitrep
/// running with nobody to talk to.
enum HangUp {
  static func install() {
    _ = signal(SIGHUP) { _ in _exit(129) }
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGHUP)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }
}
