import Foundation
import KubeModel
import Testing

@testable import ClusterSim

/// The official examples and the sample clusters are valid Kubernetes: each loads on its own, except where the
/// example itself is incomplete (a namespace created elsewhere, a variable to set, a placeholder, a typo upstream
/// ships). A validation rule that refuses a valid manifest shows up here.
@Suite struct ExampleCorpusTests {
  /// Files whose refusal is right, with the words that say why.
  static let expectedRefusals: [String: String] = [
    "tls-auth-secret.yaml": "illegal base64 data",
    "grpc-liveness.yaml": "must specify a handler type",  // upstream writes `gRPC:`, which is not a field
    "job-pod-failure-policy-ignore.yaml": "found a tab character",
    "job-success-policy-example.yaml": "name or generateName is required",
    "21_db_config_k8s.yaml": "variable DB_URL is not set",
    "22_deployment_backend-app_k8s.yaml": "variable ECR_HOST is not set",
    "41_config_map_batch_k8s.yaml": "variable BUCKET_SUFFIX is not set",
    "42_batch_secrets_k8s.yaml": "variable AWS_ACCESSKEY is not set",
    "43_cronjob_k8s.yaml": "variable ECR_HOST is not set",
    "job-tmpl.yaml": "process-item-$ITEM",
  ]

  @Test func everyExampleLoadsOnItsOwnUnlessItIsIncomplete() {
    var refused: [String] = []
    for source in ManifestFuzzTests.corpus {
      let load = ManifestLoader.load(contents: source.bytes, file: source.file, variables: { _ in nil })
      var simulation = ManifestFuzzTests.base
      var problems = load.errors.map(\.description)
      for object in ManifestOrder.sorted(load.objects) {
        if case .failure(let failure) = ObjectApplier.apply(
          object, namespace: nil, mode: .apply, in: &simulation.cluster)
        {
          problems.append(failure.text)
        }
      }
      let unexplained = problems.filter { problem in
        !problem.contains("Error from server (NotFound): namespaces")
          && !(Self.expectedRefusals[source.file].map { problem.contains($0) } ?? false)
      }
      refused += unexplained
    }
    #expect(refused.isEmpty, "\(refused)")
  }

  /// StatefulSet containers mount the claims of `volumeClaimTemplates`, which are no `volumes` of the template.
  @Test func statefulSetContainersMayMountTheirClaimTemplates() {
    var simulation = Simulation.defaultSample()
    simulation.apply(
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        selector:
          matchLabels: {app: db}
        template:
          metadata:
            labels: {app: db}
          spec:
            containers:
            - name: db
              image: postgres
              volumeMounts:
              - name: data
                mountPath: /var/lib/postgresql
        volumeClaimTemplates:
        - metadata:
            name: data
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 1Gi
      """)
    #expect(simulation.cluster.store.statefulSets["default", "db"] != nil)
  }
}
