import ClusterSim
import KubeModel
import Testing

/// `kubectl describe` of the remaining kinds: DaemonSet, StatefulSet, ReplicationController, PersistentVolume,
/// StorageClass, Endpoints, EndpointSlice, IngressClass, ResourceQuota and LimitRange (kubectl 1.36).
@Suite struct DescribeMoreKindsTests {
  typealias F = DescribeFixture

  static func ownedPod(
    _ name: String, namespace: String = "default", of owner: OwnerReference, labels: [String: String],
    phase: String, in sim: inout Simulation
  ) throws {
    var pod = Pod()
    pod.metadata = F.meta(name, namespace: namespace, labels: labels)
    pod.metadata.ownerReferences = [owner]
    pod.spec.containers = [Container(name: "c", image: "pause")]
    pod = try sim.cluster.create(pod)
    pod.status.phase = phase
    sim.cluster.write(pod)
  }

  @Test func daemonSet() throws {
    var sim = Simulation.withoutControllers()
    var daemonSet = DaemonSet()
    daemonSet.metadata = F.meta("agent", namespace: "kube-system", labels: ["app": "agent"])
    daemonSet.metadata.annotations = ["deprecated.daemonset.template.generation": "1"]
    daemonSet.spec.selector = LabelSelector(matchLabels: ["app": "agent"])
    daemonSet.spec.template = F.template(
      labels: ["app": "agent"], containers: [Container(name: "agent", image: "agent:1.0")])
    daemonSet.spec.template.spec.nodeSelector = ["kubernetes.io/os": "linux"]
    daemonSet.spec.template.spec.tolerations = [
      Toleration(key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule")
    ]
    daemonSet = try sim.cluster.create(daemonSet)
    daemonSet.status.desiredNumberScheduled = 2
    daemonSet.status.currentNumberScheduled = 2
    daemonSet.status.updatedNumberScheduled = 2
    daemonSet.status.numberAvailable = 2
    daemonSet.status.numberReady = 2
    daemonSet = sim.cluster.write(daemonSet)
    for name in ["agent-abcde", "agent-fghij"] {
      try Self.ownedPod(
        name, namespace: "kube-system", of: F.owner(daemonSet), labels: ["app": "agent"], phase: "Running", in: &sim)
    }
    sim.cluster.recordEvent(
      daemonSet, reason: "SuccessfulCreate", message: "Created pod: agent-abcde", from: .daemonSetController)
    F.advance(&sim, to: 30)

    F.expectPage(
      sim.run("describe ds agent -n kube-system").output,
      """
      Name:           agent
      Namespace:      kube-system
      Selector:       app=agent
      Node-Selector:  kubernetes.io/os=linux
      Labels:         app=agent
      Annotations:    deprecated.daemonset.template.generation: 1
      Desired Number of Nodes Scheduled: 2
      Current Number of Nodes Scheduled: 2
      Number of Nodes Scheduled with Up-to-date Pods: 2
      Number of Nodes Scheduled with Available Pods: 2
      Number of Nodes Misscheduled: 0
      Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        Labels:  app=agent
        Containers:
         agent:
          Image:         agent:1.0
          Port:          <none>
          Host Port:     <none>
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  kubernetes.io/os=linux
        Tolerations:     node-role.kubernetes.io/control-plane:NoSchedule op=Exists
      Events:
        Type    Reason            Age   From                  Message
        ----    ------            ----  ----                  -------
        Normal  SuccessfulCreate  30s   daemonset-controller  Created pod: agent-abcde

      """)
  }

  @Test func statefulSetWithVolumeClaimTemplate() throws {
    var sim = Simulation.withoutControllers()
    var statefulSet = StatefulSet()
    statefulSet.metadata = F.meta("db")
    statefulSet.spec.replicas = 2
    statefulSet.spec.serviceName = "db"
    statefulSet.spec.selector = LabelSelector(matchLabels: ["app": "db"])
    statefulSet.spec.template = F.template(
      labels: ["app": "db"], containers: [F.container("postgres", "postgres:16", port: 5432)])
    var claim = PersistentVolumeClaim()
    claim.metadata = ObjectMeta(name: "data", labels: ["app": "db"])
    claim.spec.accessModes = ["ReadWriteOnce"]
    claim.spec.storageClassName = "standard"
    claim.spec.resources.requests = ["storage": F.quantity("1Gi")]
    statefulSet.spec.volumeClaimTemplates = [claim]
    statefulSet = try sim.cluster.create(statefulSet)
    // The model's validation does not yet accept mounts of claim templates, so the mount is written afterwards.
    statefulSet.spec.template.spec.containers[0].volumeMounts = [
      VolumeMount(name: "data", mountPath: "/var/lib/postgresql/data")
    ]
    statefulSet.status.replicas = 2
    statefulSet = sim.cluster.write(statefulSet)
    try Self.ownedPod("db-0", of: F.owner(statefulSet), labels: ["app": "db"], phase: "Running", in: &sim)
    try Self.ownedPod("db-1", of: F.owner(statefulSet), labels: ["app": "db"], phase: "Pending", in: &sim)

    F.expectPage(
      sim.run("describe statefulset db").output,
      """
      Name:               db
      Namespace:          default
      CreationTimestamp:  Mon, 06 Jan 2025 09:00:00 +0000
      Selector:           app=db
      Labels:             <none>
      Annotations:        <none>
      Replicas:           2 desired | 2 total
      Update Strategy:    RollingUpdate
        Partition:        0
      Pods Status:        1 Running / 1 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        Labels:  app=db
        Containers:
         postgres:
          Image:        postgres:16
          Port:         5432/TCP
          Host Port:    0/TCP
          Environment:  <none>
          Mounts:
            /var/lib/postgresql/data from data (rw)
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Volume Claims:
        Name:          data
        StorageClass:  standard
        Labels:        app=db
        Annotations:   <none>
        Capacity:      1Gi
        Access Modes:  [ReadWriteOnce]
      Events:          <none>

      """)
  }

  @Test func replicationControllerWithoutTemplate() throws {
    var sim = Simulation.withoutControllers()
    var controller = ReplicationController()
    controller.metadata = F.meta("legacy", labels: ["app": "legacy"])
    controller.spec.selector = ["app": "legacy"]
    controller.spec.replicas = 0
    controller.spec.template = F.template(labels: ["app": "legacy"], containers: [Container(name: "c", image: "pause")])
    controller = try sim.cluster.create(controller)
    // A template is required on create; the describer still copes with one that is missing.
    controller.spec.template = nil
    sim.cluster.write(controller)

    F.expectPage(
      sim.run("describe rc legacy").output,
      """
      Name:         legacy
      Namespace:    default
      Selector:     app=legacy
      Labels:       app=legacy
      Annotations:  <none>
      Replicas:     0 current / 0 desired
      Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        <unset>Events:  <none>

      """)
  }

  @Test func persistentVolumeWithNodeAffinity() throws {
    var sim = Simulation.withoutControllers()
    var volume = PersistentVolume()
    volume.metadata = F.meta("pvc-1234", namespace: "")
    volume.metadata.annotations = ["pv.kubernetes.io/provisioned-by": "rancher.io/local-path"]
    volume.metadata.finalizers = ["kubernetes.io/pv-protection"]
    volume.spec.capacity = ["storage": F.quantity("1Gi")]
    volume.spec.accessModes = ["ReadWriteOnce"]
    volume.spec.persistentVolumeReclaimPolicy = "Delete"
    volume.spec.storageClassName = "standard"
    volume.spec.claimRef = ObjectReference(kind: "PersistentVolumeClaim", namespace: "default", name: "web-data")
    var hostPath = HostPathVolumeSource()
    hostPath.path = "/var/local-path-provisioner/pvc-1234"
    hostPath.type = "DirectoryOrCreate"
    volume.spec.hostPath = hostPath
    volume.spec.nodeAffinity = .object([
      "required": .object([
        "nodeSelectorTerms": .array([
          .object([
            "matchExpressions": .array([
              .object([
                "key": .string("kubernetes.io/hostname"), "operator": .string("In"),
                "values": .array([.string("node1")]),
              ])
            ])
          ])
        ])
      ])
    ])
    volume = try sim.cluster.create(volume)
    volume.status.phase = "Bound"
    sim.cluster.write(volume)

    F.expectPage(
      sim.run("describe pv pvc-1234").output,
      """
      Name:              pvc-1234
      Labels:            <none>
      Annotations:       pv.kubernetes.io/provisioned-by: rancher.io/local-path
      Finalizers:        [kubernetes.io/pv-protection]
      StorageClass:      standard
      Status:            Bound
      Claim:             default/web-data
      Reclaim Policy:    Delete
      Access Modes:      RWO
      VolumeMode:        Filesystem
      Capacity:          1Gi
      Node Affinity:    \u{20}
        Required Terms: \u{20}
          Term 0:        kubernetes.io/hostname in [node1]
      Message:          \u{20}
      Source:
          Type:          HostPath (bare host directory volume)
          Path:          /var/local-path-provisioner/pvc-1234
          HostPathType:  DirectoryOrCreate
      Events:            <none>

      """)
  }

  @Test func defaultStorageClass() throws {
    var sim = Simulation.withoutControllers()
    var storageClass = StorageClass()
    storageClass.metadata = F.meta("standard", namespace: "")
    storageClass.metadata.annotations = ["storageclass.kubernetes.io/is-default-class": "true"]
    storageClass.provisioner = "rancher.io/local-path"
    storageClass.volumeBindingMode = "WaitForFirstConsumer"
    try sim.cluster.create(storageClass)

    F.expectPage(
      sim.run("describe storageclass standard").output,
      """
      Name:                  standard
      IsDefaultClass:        Yes
      Annotations:           storageclass.kubernetes.io/is-default-class=true
      Provisioner:           rancher.io/local-path
      Parameters:            <none>
      AllowVolumeExpansion:  <unset>
      MountOptions:          <none>
      ReclaimPolicy:         Delete
      VolumeBindingMode:     WaitForFirstConsumer
      Events:                <none>

      """)
  }

  @Test func endpointsAndEndpointSlice() throws {
    var sim = Simulation.withoutControllers()
    var endpoints = Endpoints()
    endpoints.metadata = F.meta("web", labels: ["app": "web"])
    endpoints.metadata.annotations = ["endpoints.kubernetes.io/last-change-trigger-time": "2025-01-06T09:00:00Z"]
    var subset = EndpointSubset()
    subset.addresses = [EndpointAddress(ip: "10.244.0.5"), EndpointAddress(ip: "10.244.0.6")]
    subset.notReadyAddresses = [EndpointAddress(ip: "10.244.0.7")]
    subset.ports = [EndpointPort(port: 8080)]
    endpoints.subsets = [subset]
    try sim.cluster.create(endpoints)
    var slice = DescribeServiceTests.slice(
      "web-abc12", service: "web", ports: [("", 8080)], endpoints: [("10.244.0.5", true)])
    slice.endpoints[0].targetRef = ObjectReference(kind: "Pod", namespace: "default", name: "web-1")
    slice.endpoints[0].nodeName = "node1"
    try sim.cluster.create(slice)

    F.expectPage(
      sim.run("describe endpoints web").output,
      """
      Name:         web
      Namespace:    default
      Labels:       app=web
      Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-01-06T09:00:00Z
      Subsets:
        Addresses:          10.244.0.5,10.244.0.6
        NotReadyAddresses:  10.244.0.7
        Ports:
          Name     Port  Protocol
          ----     ----  --------
          <unset>  8080  TCP

      Events:  <none>

      """)
    F.expectPage(
      sim.run("describe endpointslice web-abc12").output,
      """
      Name:         web-abc12
      Namespace:    default
      Labels:       kubernetes.io/service-name=web
      Annotations:  <none>
      AddressType:  IPv4
      Ports:
        Name     Port  Protocol
        ----     ----  --------
        <unset>  8080  TCP
      Endpoints:
        - Addresses:  10.244.0.5
          Conditions:
            Ready:    true
          Hostname:   <unset>
          TargetRef:  Pod/web-1
          NodeName:   node1
          Zone:       <unset>
      Events:         <none>

      """)
  }

  @Test func ingressClass() throws {
    var sim = Simulation.withoutControllers()
    var ingressClass = IngressClass()
    ingressClass.metadata = F.meta("nginx", namespace: "", labels: ["app.kubernetes.io/name": "ingress-nginx"])
    ingressClass.metadata.annotations = ["ingressclass.kubernetes.io/is-default-class": "true"]
    ingressClass.spec.controller = "k8s.io/ingress-nginx"
    try sim.cluster.create(ingressClass)

    F.expectPage(
      sim.run("describe ingressclass nginx").output,
      """
      Name:         nginx
      Labels:       app.kubernetes.io/name=ingress-nginx
      Annotations:  ingressclass.kubernetes.io/is-default-class: true
      Controller:   k8s.io/ingress-nginx
      Events:       <none>

      """)
  }

  @Test func resourceQuotaPrintsUsedInTheHardFormat() throws {
    var sim = Simulation.withoutControllers()
    var quota = ResourceQuota()
    quota.metadata = F.meta("compute")
    quota.spec.hard = ["cpu": F.quantity("4"), "memory": F.quantity("8Gi"), "pods": F.quantity("10")]
    quota = try sim.cluster.create(quota)
    quota.status.hard = quota.spec.hard
    quota.status.used = ["cpu": F.quantity("500m"), "memory": F.quantity("1073741824")]
    sim.cluster.write(quota)

    F.expectPage(
      sim.run("describe quota compute").output,
      """
      Name:       compute
      Namespace:  default
      Resource    Used  Hard
      --------    ----  ----
      cpu         500m  4
      memory      1Gi   8Gi
      pods        0     10

      """)
  }

  @Test func limitRangeRowsPerItemAndResource() throws {
    var sim = Simulation.withoutControllers()
    var limits = LimitRange()
    limits.metadata = F.meta("defaults")
    var container = LimitRangeItem()
    container.type = "Container"
    container.max = ["cpu": F.quantity("2"), "memory": F.quantity("1Gi")]
    container.min = ["cpu": F.quantity("100m")]
    container.maxLimitRequestRatio = ["cpu": F.quantity("4")]
    var pod = LimitRangeItem()
    pod.type = "Pod"
    pod.max = ["cpu": F.quantity("4")]
    limits.spec.limits = [container, pod]
    try sim.cluster.create(limits)

    F.expectPage(
      sim.run("describe limits defaults").output,
      """
      Name:       defaults
      Namespace:  default
      Type        Resource  Min   Max  Default Request  Default Limit  Max Limit/Request Ratio
      ----        --------  ---   ---  ---------------  -------------  -----------------------
      Container   cpu       100m  2    2                2              4
      Container   memory    -     1Gi  1Gi              1Gi            -
      Pod         cpu       -     4    -                -              -

      """)
  }
}
