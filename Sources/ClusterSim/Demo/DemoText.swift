/// Captions as lines of a given width: the headless demo wraps them for a terminal, the dashboard for its caption
/// bar. Words are never split unless one is longer than the width; paragraphs (newlines) stay apart.
public enum DemoText {
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        var word = Substring(word)
        if line.isEmpty {
          while word.count > width {
            lines.append(String(word.prefix(width)))
            word = word.dropFirst(width)
          }
          line = String(word)
        } else if line.count + 1 + word.count <= width {
          line += " " + word
        } else {
          lines.append(line)
          line = ""
          while word.count > width {
            lines.append(String(word.prefix(width)))
            word = word.dropFirst(width)
          }
          line = String(word)
        }
      }
      lines.append(line)
    }
    return lines
  }

  /// A line with its tabs turned into spaces up to the next tab stop, as a terminal shows them: nslookup's
  /// `Server:<tab><tab>` and `Address:<tab>` line up at column 16 on screen, and must on the dashboard too.
  public static func expandTabs(_ line: String, tabWidth: Int = 8) -> String {
    guard line.contains("\t") else { return line }
    var expanded = ""
    var column = 0
    for character in line {
      if character == "\t" {
        let spaces = tabWidth - column % tabWidth
        expanded += String(repeating: " ", count: spaces)
        column += spaces
      } else {
        expanded.append(character)
        column += 1
      }
    }
    return expanded
  }
}
