import ClusterSim
import KubeModel
import Testing

/// `kubectl describe` of Secrets, ConfigMaps and Namespaces (kubectl 1.36 `describeSecret`, `ConfigMapDescriber`,
/// `describeNamespace`).
@Suite struct DescribeConfigTests {
  typealias F = DescribeFixture

  @Test func secretShowsSizesOnly() throws {
    var sim = Simulation.withoutControllers()
    var secret = Secret()
    secret.metadata = F.meta("db-config", labels: ["app": "db"])
    secret.stringData = ["db-url": "postgres://app@db:5432/app", "password": "s3cr3t-passw"]
    try sim.cluster.create(secret)

    let output = sim.run("describe secret db-config").output
    F.expectPage(
      output,
      """
      Name:         db-config
      Namespace:    default
      Labels:       app=db
      Annotations:  <none>

      Type:  Opaque

      Data
      ====
      db-url:    26 bytes
      password:  12 bytes

      """)
    #expect(!output.contains("s3cr3t"))
  }

  @Test func serviceAccountTokenSecretPrintsItsToken() throws {
    var sim = Simulation.withoutControllers()
    var secret = Secret()
    secret.metadata = F.meta("builder-token")
    secret.metadata.annotations = ["kubernetes.io/service-account.name": "builder"]
    secret.type = "kubernetes.io/service-account-token"
    secret.stringData = ["ca.crt": String(repeating: "c", count: 1107), "namespace": "default", "token": "eyJhbGciOi"]
    try sim.cluster.create(secret)

    F.expectPage(
      sim.run("describe secret builder-token").output,
      """
      Name:         builder-token
      Namespace:    default
      Labels:       <none>
      Annotations:  kubernetes.io/service-account.name: builder

      Type:  kubernetes.io/service-account-token

      Data
      ====
      ca.crt:     1107 bytes
      namespace:  7 bytes
      token:      eyJhbGciOi

      """)
  }

  @Test func configMapPrintsValuesAndBinarySizes() throws {
    var sim = Simulation.withoutControllers()
    var configMap = ConfigMap()
    configMap.metadata = F.meta("web-config")
    configMap.data = ["nginx.conf": "server {\n  listen 80;\n}\n", "mode": "production"]
    configMap.binaryData = ["logo.png": "iVBORw0K"]
    try sim.cluster.create(configMap)

    F.expectPage(
      sim.run("describe configmap web-config").output,
      """
      Name:         web-config
      Namespace:    default
      Labels:       <none>
      Annotations:  <none>

      Data
      ====
      mode:
      ----
      production

      nginx.conf:
      ----
      server {
        listen 80;
      }



      BinaryData
      ====
      logo.png: 6 bytes

      Events:  <none>

      """)
  }

  @Test func namespaceWithQuotasAndLimitRanges() throws {
    var sim = Simulation.withoutControllers()
    var namespace = Namespace()
    namespace.metadata = F.meta("team-a", namespace: "")
    try sim.cluster.create(namespace)
    var compute = ResourceQuota()
    compute.metadata = F.meta("compute", namespace: "team-a")
    compute.spec.hard = ["cpu": F.quantity("4"), "memory": F.quantity("8Gi"), "pods": F.quantity("10")]
    compute = try sim.cluster.create(compute)
    compute.status.hard = compute.spec.hard
    compute.status.used = ["cpu": F.quantity("500m"), "memory": F.quantity("1Gi")]
    sim.cluster.write(compute)
    var objects = ResourceQuota()
    objects.metadata = F.meta("objects", namespace: "team-a")
    objects.spec.hard = ["pods": F.quantity("5")]
    objects.spec.scopes = ["BestEffort"]
    objects = try sim.cluster.create(objects)
    objects.status.hard = objects.spec.hard
    objects.status.used = ["pods": F.quantity("2")]
    sim.cluster.write(objects)
    var limits = LimitRange()
    limits.metadata = F.meta("defaults", namespace: "team-a")
    var item = LimitRangeItem()
    item.type = "Container"
    item.min = ["cpu": F.quantity("100m"), "memory": F.quantity("64Mi")]
    item.max = ["cpu": F.quantity("2"), "memory": F.quantity("1Gi")]
    item.defaultRequest = ["cpu": F.quantity("250m"), "memory": F.quantity("128Mi")]
    item.default = ["cpu": F.quantity("500m"), "memory": F.quantity("256Mi")]
    limits.spec.limits = [item]
    try sim.cluster.create(limits)

    F.expectPage(
      sim.run("describe ns team-a").output,
      """
      Name:         team-a
      Labels:       kubernetes.io/metadata.name=team-a
      Annotations:  <none>
      Status:       Active

      Resource Quotas
        Name:     compute
        Resource  Used  Hard
        --------  ---   ---
        cpu       500m  4
        memory    1Gi   8Gi
        pods      0     10
        Name:     objects
        Scopes:   BestEffort
        * Matches all pods that do not have resource requirements set. These pods have a best effort quality of \
      service.
        Resource  Used  Hard
        --------  ---   ---
        pods      2     5

      Resource Limits
       Type       Resource  Min   Max  Default Request  Default Limit  Max Limit/Request Ratio
       ----       --------  ---   ---  ---------------  -------------  -----------------------
       Container  cpu       100m  2    250m             500m           -
       Container  memory    64Mi  1Gi  128Mi            256Mi          -

      """)
  }

  @Test func namespaceWithoutQuotasOrLimits() throws {
    var sim = Simulation.withoutControllers()
    F.expectPage(
      sim.run("describe namespace default").output,
      """
      Name:         default
      Labels:       kubernetes.io/metadata.name=default
      Annotations:  <none>
      Status:       Active

      No resource quota.

      No LimitRange resource.

      """)
  }

  @Test func terminalControlCharactersAreEscaped() throws {
    var sim = Simulation.withoutControllers()
    var configMap = ConfigMap()
    configMap.metadata = F.meta("tty")
    configMap.metadata.annotations = ["note": "red \u{1B}[31mtext\r"]
    try sim.cluster.create(configMap)

    F.expectPage(
      sim.run("describe cm tty").output,
      """
      Name:         tty
      Namespace:    default
      Labels:       <none>
      Annotations:  note: red ^[[31mtext\\r

      Data
      ====

      BinaryData
      ====

      Events:  <none>

      """)
  }
}
