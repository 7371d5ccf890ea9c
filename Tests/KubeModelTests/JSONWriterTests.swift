import KubeModel
import Testing

/// Expected texts are `kubectl ... -o json` output (kubectl v1.32) for the same objects.
@Suite struct JSONWriterTests {
  @Test func printsLikeKubectlWithGoEscapingAndNumbers() {
    let object: JSONValue = .object([
      "apiVersion": .string("v1"),
      "kind": .string("ConfigMap"),
      "metadata": .object(["labels": .object(["x": .string("y")]), "name": .string("t")]),
      "spec": .object([
        "ctl": .string("\u{1}\u{8}\u{C}"),
        "empty": .object([:]),
        "emptyList": .array([]),
        "html": .string("<a href=\"x\">&</a>"),
        "list": .array([
          .object(["a": .array([.int(1), .int(2), .object(["c": .array([])])]), "b": .int(1)]),
          .array([]), .object([:]), .string("s"), .null, .bool(true), .double(1.5), .double(1e21),
          .double(1_000_000), .double(0.000001), .double(1e-7), .double(-0.0), .double(123_456_789.123),
        ]),
        "uni": .string("héllo \u{2028} 😀 \t tab"),
      ]),
    ])
    let expected = #"""
      {
          "apiVersion": "v1",
          "kind": "ConfigMap",
          "metadata": {
              "labels": {
                  "x": "y"
              },
              "name": "t"
          },
          "spec": {
              "ctl": "\u0001\b\f",
              "empty": {},
              "emptyList": [],
              "html": "\u003ca href=\"x\"\u003e\u0026\u003c/a\u003e",
              "list": [
                  {
                      "a": [
                          1,
                          2,
                          {
                              "c": []
                          }
                      ],
                      "b": 1
                  },
                  [],
                  {},
                  "s",
                  null,
                  true,
                  1.5,
                  1e+21,
                  1000000,
                  0.000001,
                  1e-7,
                  -0,
                  123456789.123
              ],
              "uni": "héllo \u2028 😀 \t tab"
          }
      }

      """#
    #expect(JSONWriter.write(object) == expected)
  }

  @Test func sortsKeysByBytes() {
    let object: JSONValue = .object(["b": .int(1), "Z": .int(2), "_": .int(3), "a10": .int(4), "a9": .int(5)])
    #expect(
      JSONWriter.write(object) == "{\n    \"Z\": 2,\n    \"_\": 3,\n    \"a10\": 4,\n    \"a9\": 5,\n    \"b\": 1\n}\n")
  }

  @Test func printsScalarDocuments() {
    #expect(JSONWriter.write(.string("x")) == "\"x\"\n")
    #expect(JSONWriter.write(.array([])) == "[]\n")
    #expect(JSONWriter.write(.double(2.5e-8)) == "2.5e-8\n")
  }
}
