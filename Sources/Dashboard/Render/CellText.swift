/// One formatted cell.
struct CellText {
  var text: String
  var role: StyleRole

  init(_ text: String, _ role: StyleRole = .text) {
    self.text = text
    self.role = role
  }
}
