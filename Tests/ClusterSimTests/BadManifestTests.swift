import ClusterSim
import KubeModel
import Testing

/// One clear error with file and line for each kind of bad manifest, and nothing else lost.
@Suite struct BadManifestTests {
  func load(_ files: [String: String]) throws -> (Simulation, CommandResult) {
    let folder = try TemporaryFolder(files)
    defer { folder.remove() }
    var sim = Simulation()
    let result = sim.loadCluster(at: folder.path)
    return (sim, result)
  }

  @Test func malformedYAMLNamesFileAndLine() throws {
    let (sim, result) = try load([
      "bad.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata: [unclosed\n",
      "good.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n",
    ])
    #expect(result.errors.count == 1)
    #expect(
      result.errors.first?.hasPrefix("error: bad.yaml:") == true || result.errors.first?.contains("/bad.yaml:") == true)
    #expect(sim.cluster.store.configMaps["default", "fine"] != nil)
  }

  @Test func wrongTypeNamesTheField() throws {
    let (sim, result) = try load([
      "web.yaml": """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: "two"
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: web
              image: nginx
      """,
      "other.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n",
    ])
    #expect(result.errors.count == 1)
    let error = result.errors.first ?? ""
    #expect(error.contains("web.yaml:6:"), "\(error)")
    #expect(error.contains("spec.replicas"), "\(error)")
    #expect(error.contains("\"two\""), "\(error)")
    #expect(sim.cluster.store.configMaps["default", "other"] != nil)
    #expect(sim.cluster.store.deployments["default", "web"] == nil)
  }

  @Test func selectorMismatchIsTheApiServersMessageAtTheLabelsLine() throws {
    let (_, result) = try load([
      "web.yaml": """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: api
          spec:
            containers:
            - name: web
              image: nginx
      """
    ])
    #expect(result.errors.count == 1)
    #expect(
      result.errors.first?.hasSuffix(
        "web.yaml:12: spec.template.metadata.labels: Invalid value: {\"app\":\"api\"}: "
          + "`selector` does not match template `labels`") == true, "\(result.errors)")
    #expect(result.errors.first?.hasPrefix("The Deployment \"web\" is invalid: ") == true)
  }

  @Test func unknownFieldsAndKindsWarnAndTheRestLoads() throws {
    let (sim, result) = try load([
      "web.yaml": """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: web
      datum:
        a: b
      ---
      apiVersion: example.com/v1
      kind: Widget
      metadata:
        name: w
      """
    ])
    #expect(result.warnings.contains { $0.contains("web.yaml:5: unknown field \"datum\" in ConfigMap \"web\"") })
    #expect(result.errors.contains { $0.contains("web.yaml:8:") && $0.contains("Widget") })
    #expect(sim.cluster.store.configMaps["default", "web"] != nil)
  }
}

enum FoundationFixtures {
  /// One object of every kind the model simulates (Events are made by the controllers).
  static let everyKind = """
    apiVersion: v1
    kind: Namespace
    metadata: {name: shop}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: solo, namespace: shop}
    spec:
      containers: [{name: c, image: nginx}]
    ---
    apiVersion: apps/v1
    kind: ReplicaSet
    metadata: {name: rs, namespace: shop}
    spec:
      replicas: 1
      selector: {matchLabels: {app: rs}}
      template:
        metadata: {labels: {app: rs}}
        spec: {containers: [{name: c, image: nginx}]}
    ---
    apiVersion: v1
    kind: ReplicationController
    metadata: {name: rc, namespace: shop}
    spec:
      replicas: 1
      selector: {app: rc}
      template:
        metadata: {labels: {app: rc}}
        spec: {containers: [{name: c, image: nginx}]}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: deploy, namespace: shop}
    spec:
      selector: {matchLabels: {app: deploy}}
      template:
        metadata: {labels: {app: deploy}}
        spec: {containers: [{name: c, image: nginx}]}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: svc, namespace: shop}
    spec:
      selector: {app: deploy}
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: manual, namespace: shop}
    subsets:
    - addresses: [{ip: 10.0.0.9}]
      ports: [{port: 80}]
    ---
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: manual-1, namespace: shop}
    addressType: IPv4
    endpoints: [{addresses: [10.0.0.9]}]
    ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: cm, namespace: shop}
    data: {a: b}
    ---
    apiVersion: v1
    kind: Secret
    metadata: {name: secret, namespace: shop}
    stringData: {password: s3cret}
    ---
    apiVersion: batch/v1
    kind: Job
    metadata: {name: job, namespace: shop}
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox, command: [echo, hi]}]
    ---
    apiVersion: batch/v1
    kind: CronJob
    metadata: {name: cron, namespace: shop}
    spec:
      schedule: "*/5 * * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{name: c, image: busybox, command: [date]}]
    ---
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: ds, namespace: shop}
    spec:
      selector: {matchLabels: {app: ds}}
      template:
        metadata: {labels: {app: ds}}
        spec: {containers: [{name: c, image: fluentd}]}
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: sts, namespace: shop}
    spec:
      serviceName: svc
      replicas: 1
      selector: {matchLabels: {app: sts}}
      template:
        metadata: {labels: {app: sts}}
        spec: {containers: [{name: c, image: nginx}]}
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: nginx}
    spec: {controller: k8s.io/ingress-nginx}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: ing, namespace: shop}
    spec:
      ingressClassName: nginx
      rules:
      - host: shop.example.com
        http:
          paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: svc, port: {number: 80}}}
    ---
    apiVersion: v1
    kind: PersistentVolume
    metadata: {name: pv}
    spec:
      capacity: {storage: 1Gi}
      accessModes: [ReadWriteOnce]
      hostPath: {path: /data}
    ---
    apiVersion: v1
    kind: PersistentVolumeClaim
    metadata: {name: pvc, namespace: shop}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
    ---
    apiVersion: storage.k8s.io/v1
    kind: StorageClass
    metadata: {name: standard}
    provisioner: rancher.io/local-path
    ---
    apiVersion: v1
    kind: ResourceQuota
    metadata: {name: quota, namespace: shop}
    spec:
      hard: {pods: "20"}
    ---
    apiVersion: v1
    kind: LimitRange
    metadata: {name: limits, namespace: shop}
    spec:
      limits:
      - type: Container
        default: {cpu: 500m}
    """
}
