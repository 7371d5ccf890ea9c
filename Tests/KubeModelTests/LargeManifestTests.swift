import KubeModel
import Testing

/// A 10 MB manifest (about 20,000 Deployments) must load in seconds even in a debug build.
@Suite struct LargeManifestTests {
  static let deployment = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web-NUMBER
      labels: {app: web, tier: "frontend"}
    spec:
      replicas: 3
      template:
        metadata:
          labels:
            app: web
        spec:
          containers:
          - name: nginx
            image: nginx:1.25
            ports:
            - containerPort: 80
            resources:
              requests: {cpu: 100m, memory: 128Mi}
            env:
            - name: GREETING
              value: hello world
    ---

    """

  @Test func readsTenMegabytesQuickly() throws {
    var text = ""
    text.reserveCapacity(10_100_000)
    var count = 0
    while text.utf8.count < 10_000_000 {
      text += Self.deployment.replacing("NUMBER", with: String(count))
      count += 1
    }
    let clock = ContinuousClock()
    var documents: [ManifestDocument] = []
    let elapsed = try clock.measure {
      documents = try ManifestReader.documents(in: text, file: "big.yaml")
      for document in documents { _ = ManifestDecoder().decodeValue(from: document.node) }
    }
    #expect(documents.count == count)
    #expect(documents.last?.name == "web-\(count - 1)")
    #expect(documents.last?.line == (count - 1) * 23 + 1)
    // About 3 s in a debug build on a shared 2-core machine; the bound only catches a pathological slowdown.
    #expect(elapsed < .seconds(20))
  }
}
