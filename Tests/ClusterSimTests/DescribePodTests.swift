import ClusterSim
import KubeModel
import Testing

/// `kubectl describe pod`, checked byte for byte against layouts derived from kubectl 1.36's `describePod`.
@Suite struct DescribePodTests {
  typealias F = DescribeFixture

  /// The service account token volume every pod gets (`kube-api-access-*`), as the API server writes it.
  static var apiAccessVolume: Volume {
    var volume = Volume(name: "kube-api-access-x7k2p")
    volume.projected = .object([
      "defaultMode": .int(420),
      "sources": .array([
        .object(["serviceAccountToken": .object(["expirationSeconds": .int(3607), "path": .string("token")])]),
        .object(["configMap": .object(["name": .string("kube-root-ca.crt")])]),
        .object(["downwardAPI": .object(["items": .array([])])]),
      ]),
    ])
    return volume
  }

  /// A web pod of a ReplicaSet, running on node1 with a failing readiness probe.
  static func runningPod(in sim: inout Simulation) throws -> Pod {
    var replicaSet = ReplicaSet()
    replicaSet.metadata = F.meta("web-7d9c5b6f8", labels: ["app": "web", "pod-template-hash": "7d9c5b6f8"])
    replicaSet.spec.selector = LabelSelector(matchLabels: ["app": "web", "pod-template-hash": "7d9c5b6f8"])
    replicaSet.spec.template = F.template(
      labels: ["app": "web", "pod-template-hash": "7d9c5b6f8"], containers: [F.container("web", "nginx:1.25")])
    replicaSet = try sim.cluster.create(replicaSet)

    var pod = Pod()
    pod.metadata = F.meta("web-7d9c5b6f8-abcde", labels: ["app": "web", "pod-template-hash": "7d9c5b6f8"])
    pod.metadata.ownerReferences = [F.owner(replicaSet)]
    var web = Container(name: "web", image: "nginx:1.25")
    web.ports = [ContainerPort(name: "http", containerPort: 80)]
    web.resources = ResourceRequirements(
      limits: ["memory": F.quantity("256Mi")], requests: ["cpu": F.quantity("100m"), "memory": F.quantity("128Mi")])
    var liveness = Probe()
    var http = HTTPGetAction()
    http.path = "/health"
    http.port = .int(8080)
    liveness.httpGet = http
    web.livenessProbe = liveness
    var readiness = Probe()
    readiness.exec = ExecAction(command: ["cat", "/tmp/healthy"])
    readiness.initialDelaySeconds = 5
    web.readinessProbe = readiness
    var fieldName = ObjectFieldSelector()
    fieldName.apiVersion = "v1"
    fieldName.fieldPath = "metadata.name"
    var fieldNode = ObjectFieldSelector()
    fieldNode.apiVersion = "v1"
    fieldNode.fieldPath = "spec.nodeName"
    var fromSecret = EnvVarSource()
    fromSecret.secretKeyRef = KeySelector(name: "db-config", key: "db-url")
    var fromConfigMap = EnvVarSource()
    fromConfigMap.configMapKeyRef = KeySelector(name: "web-config", key: "mode", optional: true)
    var fromName = EnvVarSource()
    fromName.fieldRef = fieldName
    var fromNode = EnvVarSource()
    fromNode.fieldRef = fieldNode
    web.env = [
      EnvVar(name: "DB_HOST", value: "db"), EnvVar(name: "DB_URL", valueFrom: fromSecret),
      EnvVar(name: "MODE", valueFrom: fromConfigMap), EnvVar(name: "POD_NAME", valueFrom: fromName),
      EnvVar(name: "NODE_NAME", valueFrom: fromNode),
    ]
    var token = VolumeMount(name: "kube-api-access-x7k2p", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount")
    token.readOnly = true
    var config = VolumeMount(name: "config", mountPath: "/etc/config")
    config.readOnly = true
    var data = VolumeMount(name: "data", mountPath: "/data")
    data.subPath = "web"
    web.volumeMounts = [token, config, data]
    pod.spec.containers = [web]
    var configVolume = Volume(name: "config")
    var configSource = ConfigMapVolumeSource()
    configSource.name = "web-config"
    configVolume.configMap = configSource
    var dataVolume = Volume(name: "data")
    dataVolume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(claimName: "web-data")
    pod.spec.volumes = [configVolume, dataVolume, apiAccessVolume]
    pod.spec.nodeSelector = ["disktype": "ssd"]
    pod.spec.tolerations = [
      Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
      Toleration(
        key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
      Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule"),
    ]
    pod.spec.nodeName = "node1"
    pod = try sim.cluster.create(pod)

    pod.status.phase = "Running"
    pod.status.hostIP = "172.18.0.2"
    pod.status.podIP = "10.244.1.5"
    pod.status.podIPs = [PodIP(ip: "10.244.1.5")]
    pod.status.startTime = F.time(0)
    pod.status.conditions = [
      Condition(type: "PodReadyToStartContainers", status: "True"), Condition(type: "Initialized", status: "True"),
      Condition(type: "Ready", status: "False"), Condition(type: "ContainersReady", status: "False"),
      Condition(type: "PodScheduled", status: "True"),
    ]
    var status = ContainerStatus(name: "web", image: "nginx:1.25")
    status.containerID = "containerd://3f2a9c"
    status.imageID = "docker.io/library/nginx@sha256:4c0fdaa8b634"
    status.state = ContainerState(running: ContainerStateRunning(startedAt: F.time(5)))
    status.started = true
    pod.status.containerStatuses = [status]
    return sim.cluster.write(pod)
  }

  @Test func runningPodWithEnvironmentProbesVolumesTolerationsAndEvents() throws {
    var sim = Simulation()
    let pod = try Self.runningPod(in: &sim)
    let kubelet = EventReporter.kubelet("node1")
    let container = "spec.containers{web}"
    sim.cluster.recordEvent(
      pod, reason: "Scheduled", message: "Successfully assigned default/web-7d9c5b6f8-abcde to node1",
      from: .scheduler)
    F.advance(&sim, to: 1)
    sim.cluster.recordEvent(
      pod, reason: "Pulling", message: "Pulling image \"nginx:1.25\"", from: kubelet, fieldPath: container)
    F.advance(&sim, to: 4)
    sim.cluster.recordEvent(
      pod, reason: "Pulled",
      message: "Successfully pulled image \"nginx:1.25\" in 2.9s (2.9s including waiting). Image size: 72099501 bytes.",
      from: kubelet, fieldPath: container)
    sim.cluster.recordEvent(
      pod, reason: "Created", message: "Created container: web", from: kubelet, fieldPath: container)
    F.advance(&sim, to: 5)
    sim.cluster.recordEvent(
      pod, reason: "Started", message: "Started container web", from: kubelet, fieldPath: container)
    for second in [60, 120, 180, 240] as [Int64] {
      F.advance(&sim, to: second)
      sim.cluster.recordEvent(
        pod, type: "Warning", reason: "Unhealthy",
        message: "Readiness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n",
        from: kubelet, fieldPath: container)
    }
    F.advance(&sim, to: 420)

    let result = sim.run("describe pod web-7d9c5b6f8-abcde")
    #expect(result.errors.isEmpty)
    F.expectPage(
      result.output,
      """
      Name:             web-7d9c5b6f8-abcde
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             node1/172.18.0.2
      Start Time:       Mon, 06 Jan 2025 09:00:00 +0000
      Labels:           app=web
                        pod-template-hash=7d9c5b6f8
      Annotations:      <none>
      Status:           Running
      IP:               10.244.1.5
      IPs:
        IP:           10.244.1.5
      Controlled By:  ReplicaSet/web-7d9c5b6f8
      Containers:
        web:
          Container ID:   containerd://3f2a9c
          Image:          nginx:1.25
          Image ID:       docker.io/library/nginx@sha256:4c0fdaa8b634
          Port:           80/TCP (http)
          Host Port:      0/TCP (http)
          State:          Running
            Started:      Mon, 06 Jan 2025 09:00:05 +0000
          Ready:          False
          Restart Count:  0
          Limits:
            memory:  256Mi
          Requests:
            cpu:      100m
            memory:   128Mi
          Liveness:   http-get http://:8080/health delay=0s timeout=1s period=10s #success=1 #failure=3
          Readiness:  exec [cat /tmp/healthy] delay=5s timeout=1s period=10s #success=1 #failure=3
          Environment:
            DB_HOST:    db
            DB_URL:     <set to the key 'db-url' in secret 'db-config'>     Optional: false
            MODE:       <set to the key 'mode' of config map 'web-config'>  Optional: true
            POD_NAME:   web-7d9c5b6f8-abcde (v1:metadata.name)
            NODE_NAME:   (v1:spec.nodeName)
          Mounts:
            /data from data (rw,path="web")
            /etc/config from config (ro)
            /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x7k2p (ro)
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True\u{20}
        Initialized                 True\u{20}
        Ready                       False\u{20}
        ContainersReady             False\u{20}
        PodScheduled                True\u{20}
      Volumes:
        config:
          Type:      ConfigMap (a volume populated by a ConfigMap)
          Name:      web-config
          Optional:  false
        data:
          Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
          ClaimName:  web-data
          ReadOnly:   false
        kube-api-access-x7k2p:
          Type:                    Projected (a volume that contains injected data from multiple sources)
          TokenExpirationSeconds:  3607
          ConfigMapName:           kube-root-ca.crt
          Optional:                false
          DownwardAPI:             true
      QoS Class:                   Burstable
      Node-Selectors:              disktype=ssd
      Tolerations:                 dedicated=gpu:NoSchedule
                                   node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                   node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type     Reason     Age              From               Message
        ----     ------     ----             ----               -------
        Normal   Scheduled  7m               default-scheduler  Successfully assigned default/web-7d9c5b6f8-abcde \
      to node1
        Normal   Pulling    6m59s            kubelet            spec.containers{web}: Pulling image "nginx:1.25"
        Normal   Pulled     6m56s            kubelet            spec.containers{web}: Successfully pulled image \
      "nginx:1.25" in 2.9s (2.9s including waiting). Image size: 72099501 bytes.
        Normal   Created    6m56s            kubelet            spec.containers{web}: Created container: web
        Normal   Started    6m55s            kubelet            spec.containers{web}: Started container web
        Warning  Unhealthy  3m (x4 over 6m)  kubelet            spec.containers{web}: Readiness probe failed: cat: \
      can't open '/tmp/healthy': No such file or directory

      """)
  }
}
