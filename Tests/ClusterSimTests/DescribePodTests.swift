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
    var sim = Simulation.withoutControllers()
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

  @Test func pendingPodWithCommandArgumentsAndRepeatedSchedulingFailures() throws {
    var sim = Simulation.withoutControllers()
    var pod = Pod()
    pod.metadata = F.meta("pending", labels: ["run": "pending"])
    var app = Container(name: "app", image: "busybox:1.36")
    app.command = ["sh", "-c"]
    app.args = ["echo hello\nsleep 3600"]
    pod.spec.containers = [app]
    pod = try sim.cluster.create(pod)
    pod.status.conditions = [Condition(type: "PodScheduled", status: "False", reason: "Unschedulable")]
    pod = sim.cluster.write(pod)
    let message =
      "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims "
      + "found for incoming pod."
    for second in [0, 60, 120] as [Int64] {
      F.advance(&sim, to: second)
      sim.cluster.recordEvent(pod, type: "Warning", reason: "FailedScheduling", message: message, from: .scheduler)
    }
    F.advance(&sim, to: 180)

    F.expectPage(
      sim.run("describe pods pending").output,
      """
      Name:             pending
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             <none>
      Labels:           run=pending
      Annotations:      <none>
      Status:           Pending
      IP:              \u{20}
      IPs:              <none>
      Containers:
        app:
          Image:      busybox:1.36
          Port:       <none>
          Host Port:  <none>
          Command:
            sh
            -c
          Args:
            echo hello
            sleep 3600
          Environment:  <none>
          Mounts:       <none>
      Conditions:
        Type           Status
        PodScheduled   False\u{20}
      Volumes:         <none>
      QoS Class:       BestEffort
      Node-Selectors:  <none>
      Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                       node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type     Reason            Age               From               Message
        ----     ------            ----              ----               -------
        Warning  FailedScheduling  60s (x3 over 3m)  default-scheduler  0/1 nodes are available: 1 Insufficient cpu. \
      preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.

      """)
  }

  @Test func crashLoopingPodWithInitContainerEnvFromAndLongAnnotation() throws {
    var sim = Simulation.withoutControllers()
    var pod = Pod()
    pod.metadata = F.meta("api", labels: ["app": "api"])
    pod.metadata.annotations = [
      "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}\n",
      "kubectl.kubernetes.io/restartedAt": "2025-01-06T08:00:00Z",
      "description": String(repeating: "x", count: 200),
    ]
    pod.spec.initContainers = [Container(name: "migrate", image: "migrate:2")]
    var api = F.container("api", "api:1.4", port: 8080)
    var fromConfigMap = EnvFromSource()
    fromConfigMap.configMapRef = OptionalReference(name: "api-env")
    var fromSecret = EnvFromSource()
    fromSecret.secretRef = OptionalReference(name: "api-secrets", optional: true)
    fromSecret.prefix = "SECRET_"
    api.envFrom = [fromConfigMap, fromSecret]
    pod.spec.containers = [api]
    pod.spec.nodeName = "node1"
    pod = try sim.cluster.create(pod)
    pod.status.phase = "Running"
    pod.status.hostIP = "172.18.0.3"
    pod.status.podIP = "10.244.1.7"
    pod.status.podIPs = [PodIP(ip: "10.244.1.7")]
    pod.status.startTime = F.time(1)
    pod.status.conditions = [
      Condition(type: "PodReadyToStartContainers", status: "True"), Condition(type: "Initialized", status: "True"),
      Condition(type: "Ready", status: "False"), Condition(type: "ContainersReady", status: "False"),
      Condition(type: "PodScheduled", status: "True"),
    ]
    var migrate = ContainerStatus(name: "migrate", image: "migrate:2")
    migrate.containerID = "containerd://aa11"
    migrate.imageID = "docker.io/library/migrate@sha256:bb22"
    migrate.state.terminated = ContainerStateTerminated(
      exitCode: 0, reason: "Completed", startedAt: F.time(2), finishedAt: F.time(10))
    migrate.ready = true
    pod.status.initContainerStatuses = [migrate]
    var status = ContainerStatus(name: "api", image: "api:1.4")
    status.containerID = "containerd://cc33"
    status.imageID = "docker.io/library/api@sha256:dd44"
    status.state.waiting = ContainerStateWaiting(reason: "CrashLoopBackOff", message: "back-off 40s")
    status.lastState.terminated = ContainerStateTerminated(
      exitCode: 1, reason: "Error", startedAt: F.time(80), finishedAt: F.time(85))
    status.restartCount = 4
    pod.status.containerStatuses = [status]
    pod = sim.cluster.write(pod)
    for second in [60, 90, 120, 170] as [Int64] {
      F.advance(&sim, to: second)
      sim.cluster.recordEvent(
        pod, type: "Warning", reason: "BackOff",
        message: "Back-off restarting failed container api in pod api_default(0f3c)", from: .kubelet("node1"),
        fieldPath: "spec.containers{api}")
    }
    F.advance(&sim, to: 180)

    F.expectPage(
      sim.run("describe pod/api").output,
      """
      Name:             api
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             node1/172.18.0.3
      Start Time:       Mon, 06 Jan 2025 09:00:01 +0000
      Labels:           app=api
      Annotations:      description:
                          \(String(repeating: "x", count: 138))...
                        kubectl.kubernetes.io/restartedAt: 2025-01-06T08:00:00Z
      Status:           Running
      IP:               10.244.1.7
      IPs:
        IP:  10.244.1.7
      Init Containers:
        migrate:
          Container ID:   containerd://aa11
          Image:          migrate:2
          Image ID:       docker.io/library/migrate@sha256:bb22
          Port:           <none>
          Host Port:      <none>
          State:          Terminated
            Reason:       Completed
            Exit Code:    0
            Started:      Mon, 06 Jan 2025 09:00:02 +0000
            Finished:     Mon, 06 Jan 2025 09:00:10 +0000
          Ready:          True
          Restart Count:  0
          Environment:    <none>
          Mounts:         <none>
      Containers:
        api:
          Container ID:   containerd://cc33
          Image:          api:1.4
          Image ID:       docker.io/library/api@sha256:dd44
          Port:           8080/TCP
          Host Port:      0/TCP
          State:          Waiting
            Reason:       CrashLoopBackOff
          Last State:     Terminated
            Reason:       Error
            Exit Code:    1
            Started:      Mon, 06 Jan 2025 09:01:20 +0000
            Finished:     Mon, 06 Jan 2025 09:01:25 +0000
          Ready:          False
          Restart Count:  4
          Environment Variables from:
            api-env      ConfigMap                     Optional: false
            api-secrets  Secret with prefix 'SECRET_'  Optional: true
          Environment:   <none>
          Mounts:        <none>
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True\u{20}
        Initialized                 True\u{20}
        Ready                       False\u{20}
        ContainersReady             False\u{20}
        PodScheduled                True\u{20}
      Volumes:                      <none>
      QoS Class:                    BestEffort
      Node-Selectors:               <none>
      Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                    node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type     Reason   Age               From     Message
        ----     ------   ----              ----     -------
        Warning  BackOff  10s (x4 over 2m)  kubelet  spec.containers{api}: Back-off restarting failed container api \
      in pod api_default(0f3c)

      """)
  }

  @Test func terminatingPodShowsGracePeriodAndToleratesEverything() throws {
    var sim = Simulation.withoutControllers()
    var pod = Pod()
    pod.metadata = F.meta("old")
    pod.spec.containers = [Container(name: "c", image: "pause")]
    pod.spec.tolerations = [Toleration(operator: "Exists")]
    pod.spec.priorityClassName = "system-node-critical"
    pod.spec.priority = 2_000_001_000
    pod = try sim.cluster.create(pod)
    pod.status.phase = "Running"
    pod.metadata.deletionTimestamp = F.time(10)
    pod.metadata.deletionGracePeriodSeconds = 30
    sim.cluster.write(pod)
    F.advance(&sim, to: 30)

    F.expectPage(
      sim.run("describe pod old").output,
      """
      Name:                      old
      Namespace:                 default
      Priority:                  2000001000
      Priority Class Name:       system-node-critical
      Service Account:           default
      Node:                      <none>
      Labels:                    <none>
      Annotations:               <none>
      Status:                    Terminating (lasts 20s)
      Termination Grace Period:  30s
      IP:                       \u{20}
      IPs:                       <none>
      Containers:
        c:
          Image:        pause
          Port:         <none>
          Host Port:    <none>
          Environment:  <none>
          Mounts:       <none>
      Volumes:          <none>
      QoS Class:        BestEffort
      Node-Selectors:   <none>
      Tolerations:      op=Exists
      Events:           <none>

      """)
  }
}
