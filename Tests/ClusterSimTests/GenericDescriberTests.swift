import ClusterSim
import KubeModel
import Testing

/// kubectl's generic describer (`genericDescriber.Describe`, `printUnstructuredContent`, `smartLabelFor`), used for
/// kinds kept as written.
@Suite struct GenericDescriberTests {
  @Test func fieldsAreSortedAndLabelledInWords() {
    var metadata = ObjectMeta(name: "w1", namespace: "default", labels: ["app": "w"])
    metadata.uid = "1234"
    let content: JSONValue = .object([
      "apiVersion": .string("example.com/v1"), "kind": .string("Widget"),
      "metadata": .object([
        "name": .string("w1"), "namespace": .string("default"), "labels": .object(["app": .string("w")]),
        "creationTimestamp": .string("2025-01-06T09:00:00Z"), "resourceVersion": .string("7"), "uid": .string("1234"),
      ]),
      "spec": .object([
        "replicas": .int(2), "podCIDR": .string("10.0.0.0/24"), "items": .array([.object(["itemBool": .bool(true)])]),
        "tags": .array([.string("a"), .string("b")]), "dummy-dummy": .string("present"), "x/y": .string("as is"),
      ]),
    ])
    let page = GenericDescriber.describe(
      metadata: metadata, encoded: content, events: EventLog(), now: ClusterState.defaultStart)
    DescribeFixture.expectPage(
      page,
      """
      Name:         w1
      Namespace:    default
      Labels:       app=w
      Annotations:  <none>
      API Version:  example.com/v1
      Kind:         Widget
      Metadata:
        Creation Timestamp:  2025-01-06T09:00:00Z
        Resource Version:    7
        UID:                 1234
      Spec:
        Dummy - Dummy:  present
        Items:
          Item Bool:  true
        Pod CIDR:     10.0.0.0/24
        Replicas:     2
        Tags:
          a
          b
        x/y:   as is
      Events:  <none>

      """)
  }
}
