import KubeModel

/// Which tags of popular images exist, so a mistyped tag fails as it would against a real registry: the
/// Kubernetes docs' broken rollout, `nginx:1.161`, ends in ImagePullBackOff. A tag of a known image exists when it
/// is one of the image's words (`latest`, `alpine`, ...) possibly with a suffix, or a version no newer than the
/// image's latest release; tags of other images always exist. A cluster's catalog or the
/// `kubarium.dev/image-missing` annotation decide otherwise.
enum KnownImages {
  struct Image {
    /// The newest release as [major, minor]; versions above it do not exist.
    var latest: [Int]
    var words: Set<String> = ["latest"]
  }

  static let images: [String: Image] = [
    "nginx": Image(
      latest: [1, 29], words: ["latest", "stable", "mainline", "alpine", "perl", "otel", "slim", "bookworm"]),
    "httpd": Image(latest: [2, 4], words: ["latest", "alpine", "bookworm"]),
    "redis": Image(latest: [8, 2], words: ["latest", "alpine", "bookworm"]),
    "busybox": Image(latest: [1, 37], words: ["latest", "musl", "glibc", "uclibc", "stable"]),
    "alpine": Image(latest: [3, 22], words: ["latest", "edge"]),
    "ubuntu": Image(latest: [26, 4], words: ["latest", "jammy", "noble", "focal", "rolling", "devel"]),
    "debian": Image(latest: [13, 1], words: ["latest", "bookworm", "bullseye", "trixie", "stable", "slim"]),
    "python": Image(latest: [3, 14], words: ["latest", "alpine", "slim", "bookworm"]),
    "node": Image(latest: [25, 0], words: ["latest", "lts", "alpine", "slim", "current"]),
    "postgres": Image(latest: [18, 0], words: ["latest", "alpine", "bookworm"]),
    "mysql": Image(latest: [9, 4], words: ["latest", "lts", "oracle", "debian"]),
    "mongo": Image(latest: [8, 0], words: ["latest", "jammy", "noble"]),
    "perl": Image(latest: [5, 42], words: ["latest", "slim", "threaded"]),
  ]

  /// Whether the image's tag plausibly exists.
  static func exists(_ image: String) -> Bool {
    let reference = ImageReference(image)
    guard reference.digest == nil, let tag = reference.tag else { return true }
    let repository = reference.repository
    let name = repository.split(separator: "/").last.map(String.init) ?? repository
    let official =
      !repository.contains("/") || repository.hasPrefix("library/")
      || repository.hasPrefix("docker.io/library/")
    guard official, let known = images[name] else { return true }
    let base = String(tag.split(separator: "-").first ?? Substring(tag))
    if known.words.contains(base) { return true }
    let parts = base.split(separator: ".", omittingEmptySubsequences: false)
    let numbers = parts.map { Int($0) }
    guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return false }
    let version = numbers.map { $0! }
    for (index, latest) in known.latest.enumerated() {
      guard index < version.count else { return true }
      if version[index] < latest { return true }
      if version[index] > latest { return false }
    }
    return true
  }
}
