import KubeModel

/// A command a key (or the prompt) ran, as kubectl would spell it, and its answer.
public struct ActivityEntry: Hashable, Sendable {
  public var time: Timestamp
  /// `kubectl scale deployment/web --replicas=4`, or `node fail worker-1` for simulator verbs.
  public var command: String
  public var succeeded: Bool
  /// The first line of the output or error.
  public var answer: String

  public init(time: Timestamp, command: String, succeeded: Bool, answer: String) {
    self.time = time
    self.command = command
    self.succeeded = succeeded
    self.answer = answer
  }
}
