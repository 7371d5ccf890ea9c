import Dashboard
import Foundation
import Testing

/// Compares a screen with its stored text under `__Snapshots__/NAME.txt`. With `KUBARIUM_RECORD_SNAPSHOTS=1` the
/// file is written instead; a missing snapshot fails otherwise, so CI cannot pass on a screen nobody looked at.
func assertSnapshot(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
  let file = directory.appendingPathComponent(name + ".txt")
  let actual = snapshotText(screen)
  if ProcessInfo.processInfo.environment["KUBARIUM_RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    return
  }
  guard let data = FileManager.default.contents(atPath: file.path) else {
    Issue.record(
      "missing snapshot \(name).txt: run with KUBARIUM_RECORD_SNAPSHOTS=1 and check it in\n\(actual)",
      sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != actual {
    Issue.record(
      "snapshot \(name).txt differs:\n--- expected\n\(expected)\n--- actual\n\(actual)", sourceLocation: sourceLocation)
  }
}

/// The screen's text with trailing spaces cut, and its size on the first line.
func snapshotText(_ screen: Screen) -> String {
  var lines = ["# \(screen.width)x\(screen.height)"]
  for row in 0..<screen.height {
    var line = screen.line(row)
    while line.hasSuffix(" ") { line.removeLast() }
    lines.append(line)
  }
  return lines.joined(separator: "\n") + "\n"
}
