/// The colour role of a status as kubectl prints it: Running/Ready, on the way (Pending, ContainerCreating),
/// Terminating, failing (CrashLoopBackOff, Error, ImagePullBackOff), Completed, NotReady.
public enum StatusStyle {
  static let failing: Set<String> = [
    "CrashLoopBackOff", "Error", "ImagePullBackOff", "ErrImagePull", "OOMKilled", "CreateContainerConfigError",
    "CreateContainerError", "InvalidImageName", "Failed", "Evicted", "Unknown", "ContainerStatusUnknown",
    "RunContainerError", "StartError", "NodeLost", "OutOfcpu", "OutOfmemory", "NodeAffinity",
  ]
  static let starting: Set<String> = [
    "Pending", "ContainerCreating", "PodInitializing", "SchedulingGated", "Init", "Waiting",
  ]

  /// A pod's STATUS, refined by READY: a Running pod whose containers are not all ready yet is still starting.
  public static func pod(status: String, ready: String) -> StyleRole {
    switch status {
    case "Running":
      let parts = ready.split(separator: "/")
      return parts.count == 2 && parts[0] != parts[1] ? .pending : .running
    case "Terminating": return .terminating
    case "Completed", "Succeeded": return .completed
    case "NotReady": return .notReady
    default:
      if failing.contains(status) || status.hasPrefix("Init:Error") || status.hasPrefix("Init:CrashLoop")
        || status.hasPrefix("ExitCode:") || status.hasPrefix("Signal:") || status.hasPrefix("Init:ExitCode")
        || status.hasPrefix("Init:ImagePull") || status.hasPrefix("Init:ErrImage")
      {
        return .failed
      }
      return .pending
    }
  }

  /// A node's STATUS (`Ready`, `NotReady`, `Ready,SchedulingDisabled`).
  public static func node(_ status: String) -> StyleRole {
    if status.hasPrefix("NotReady") || status.hasPrefix("Unknown") { return .notReady }
    if status.contains("SchedulingDisabled") { return .pending }
    return .running
  }

  /// `3/3` is healthy, anything short of it is on the way.
  public static func readiness(ready: Int, desired: Int) -> StyleRole {
    ready >= desired ? .running : .pending
  }
}
