/// Rows of cells under column headers: what `kubectl get` prints, and what the dashboard's panes show.
public struct Table: Hashable, Sendable {
  public var columns: [String]
  public var rows: [[String]]

  public init(columns: [String], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Puts a column in front (NAMESPACE with `-A`).
  public mutating func prepend(column: String, values: [String]) {
    columns.insert(column, at: 0)
    for index in rows.indices { rows[index].insert(values[index], at: 0) }
  }

  /// Adds a column at the end (LABELS with `--show-labels`).
  public mutating func append(column: String, values: [String]) {
    columns.append(column)
    for index in rows.indices { rows[index].append(values[index]) }
  }

  /// The text kubectl prints: columns aligned by Go's tabwriter with kubectl's settings, the last column unpadded.
  public func rendered(headers: Bool = true) -> String {
    let lines = (headers ? [columns] : []) + rows
    return TabWriter.table.format(lines.map { $0.joined(separator: "\t") + "\n" }.joined())
  }
}
