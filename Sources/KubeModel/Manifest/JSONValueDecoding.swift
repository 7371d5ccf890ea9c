extension ManifestDecoder {
  /// Decodes a model type from a JSON value (a stored patch, a revision's data) with the manifest decoder's rules:
  /// missing fields take their zero values. Returns nil if the value does not fit the type.
  public func decode<T: Decodable>(_ type: T.Type, fromJSON value: JSONValue) -> T? {
    var text = JSONWriter.write(value)
    let composer = ManifestComposer(file: "value.json", isJSON: true)
    guard let documents = try? text.withUTF8({ composer.documents(in: $0) }).get(),
      let root = documents.first?.root
    else { return nil }
    return try? decode(T.self, from: root, file: "value.json").value
  }
}
