import ClusterSim
import KubeModel
import Testing

/// ConfigMaps and Secrets in pods: environment variables, files, and what the kubelet reports when one is missing.
@Suite struct ConfigAndSecretTests {
  static let app = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: app
    spec:
      containers:
      - name: app
        image: nginx:1.27
        env:
        - name: DB_URL
          valueFrom:
            secretKeyRef:
              name: db-config
              key: db-url
        - name: DB_USER
          valueFrom:
            secretKeyRef:
              name: db-config
              key: db-user
              optional: true
        - name: MODE
          valueFrom:
            configMapKeyRef:
              name: app-config
              key: mode
        envFrom:
        - configMapRef:
            name: app-config
          prefix: APP_
        volumeMounts:
        - name: config
          mountPath: /etc/app
        - name: secret
          mountPath: /etc/db
          readOnly: true
      volumes:
      - name: config
        configMap:
          name: app-config
      - name: secret
        secret:
          secretName: db-config
    """

  static let configMap = """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app-config
    data:
      mode: production
      app.properties: |
        color=blue
        size=3
    """

  @Test func aMissingSecretKeyIsACreateContainerConfigErrorUntilTheKeyExists() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.configMap)
    sim.apply(
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: db-config
      stringData:
        password: s3cret
      """)
    sim.apply(Self.app)
    sim.must("advance 10s")
    #expect(sim.must("get pod app").contains("app    0/1     CreateContainerConfigError   0          10s"))
    let page = sim.must("describe pod app")
    #expect(page.contains("      Reason:       CreateContainerConfigError\n"))
    #expect(
      page.contains(
        "Warning  Failed     9s    kubelet            spec.containers{app}: Error: couldn't find key db-url in Secret "
          + "default/db-config\n"))
    #expect(page.contains("      DB_URL:   <set to the key 'db-url' in secret 'db-config'>     Optional: false\n"))
    #expect(page.contains("      DB_USER:  <set to the key 'db-user' in secret 'db-config'>    Optional: true\n"))
    #expect(page.contains("      MODE:     <set to the key 'mode' of config map 'app-config'>  Optional: false\n"))
    #expect(page.contains("      app-config  ConfigMap with prefix 'APP_'  Optional: false\n"))

    sim.apply(
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: db-config
      stringData:
        password: s3cret
        db-url: postgres://db:5432/shop
      """)
    sim.must("advance 5s")
    #expect(sim.must("get pod app").contains("app    1/1     Running   0          15s"))
    #expect(sim.must("exec app -- env | grep DB") == "DB_URL=postgres://db:5432/shop\n")
    #expect(sim.must("exec app -- printenv MODE") == "production\n")
    #expect(sim.must("exec app -- env").contains("APP_mode=production\n"))
    #expect(sim.must("exec app -- cat /etc/app/app.properties") == "color=blue\nsize=3")
    #expect(sim.must("exec app -- ls /etc/db") == "db-url\npassword\n")
    #expect(sim.must("exec app -- cat /etc/db/password") == "s3cret")
    #expect(sim.must("exec app -- sh -c 'echo $DB_URL'") == "postgres://db:5432/shop\n")
    #expect(
      sim.run("exec app -- cat /etc/app/missing").transcript
        == "cat: /etc/app/missing: No such file or directory\ncommand terminated with exit code 1\n")
  }

  @Test func aMissingConfigMapVolumeKeepsThePodContainerCreating() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: reader
      spec:
        containers:
        - name: reader
          image: nginx:1.27
          volumeMounts:
          - name: cfg
            mountPath: /etc/cfg
        volumes:
        - name: cfg
          configMap:
            name: cfg
      """)
    sim.must("advance 20s")
    #expect(sim.must("get pod reader").contains("reader   0/1     ContainerCreating   0          20s"))
    let page = sim.must("describe pod reader")
    #expect(page.contains("FailedMount  "))
    #expect(
      page.contains("kubelet            MountVolume.SetUp failed for volume \"cfg\" : configmap \"cfg\" not found\n"))
    sim.must("create configmap cfg --from-literal=greeting=hello")
    sim.must("advance 5s")
    #expect(sim.must("get pod reader").contains("reader   1/1     Running   0          25s"))
    #expect(sim.must("exec reader -- cat /etc/cfg/greeting") == "hello")
  }

  @Test func aRunningContainerKeepsItsEnvironmentButSeesNewFiles() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.configMap)
    sim.must("create secret generic db-config --from-literal=db-url=postgres://db")
    sim.apply(Self.app)
    sim.must("advance 10s")
    sim.apply(
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: staging
        app.properties: |
          color=green
      """)
    #expect(sim.must("exec app -- printenv MODE") == "production\n", "env is read when the container starts")
    #expect(sim.must("exec app -- cat /etc/app/app.properties") == "color=green", "mounted files follow")
    sim.must("crash pod/app")
    sim.must("advance 10s")
    #expect(sim.must("exec app -- printenv MODE") == "staging\n", "a restarted container reads it again")
  }

  @Test func stringDataIsStoredAsBase64Data() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: creds
      stringData:
        user: admin
      """)
    let yaml = sim.must("get secret creds -o yaml")
    #expect(yaml.contains("data:\n  user: YWRtaW4=\n"))
    #expect(!yaml.contains("\nstringData:"))
    #expect(sim.must("describe secret creds").contains("user:  5 bytes\n"))
  }

  @Test func servicesCreatedAfterAPodStartedAreNotInItsEnvironment() {
    var sim = Simulation.defaultSample()
    let pod = Net.pods(sim, app: "web")[0]
    #expect(sim.must("exec \(pod) -- env").contains("WEB_SERVICE_HOST="))
    sim.apply(NetManifests.deployment("late", replicas: 1))
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: late
      spec:
        selector:
          app: late
        ports:
        - port: 80
      """)
    #expect(!sim.must("exec \(pod) -- env").contains("LATE_SERVICE_HOST="))
    sim.must("advance 20s")
    let late = Net.pods(sim, app: "late")[0]
    #expect(sim.must("exec \(late) -- env").contains("LATE_SERVICE_HOST="))
  }

  @Test func execRefusesWhatKubectlRefuses() {
    var sim = Simulation.defaultSample()
    #expect(sim.run("exec nope -- env").errors == ["Error from server (NotFound): pods \"nope\" not found"])
    let pod = Net.pods(sim, app: "web")[0]
    #expect(
      sim.run("exec \(pod) -- vim").transcript
        == "OCI runtime exec failed: exec failed: unable to start container process: exec: \"vim\": executable file "
        + "not found in $PATH: unknown\ncommand terminated with exit code 126\n")
    #expect(sim.must("exec deploy/web -- hostname").hasPrefix("web-"))
  }
}
