import ClusterSim
import KubeModel
import Testing

/// `kubectl describe` of Deployments and ReplicaSets (kubectl 1.36 `describeDeployment`, `describeReplicaSet`).
@Suite struct DescribeWorkloadTests {
  typealias F = DescribeFixture

  /// A Deployment halfway through a rollout from nginx:1.25 (web-5d4f9c7b8) to nginx:1.26 (web-7d9c5b6f8).
  /// `atStart` runs right after the old ReplicaSet is created, before time moves on to the new one.
  static func rollout(
    in sim: inout Simulation, atStart: (inout Simulation, Deployment) -> Void = { _, _ in }
  ) throws -> (Deployment, old: ReplicaSet, new: ReplicaSet) {
    var deployment = Deployment()
    deployment.metadata = F.meta("web", labels: ["app": "web"])
    deployment.metadata.annotations = ["deployment.kubernetes.io/revision": "2"]
    deployment.spec.replicas = 3
    deployment.spec.selector = LabelSelector(matchLabels: ["app": "web"])
    deployment.spec.template = F.template(
      labels: ["app": "web"], containers: [F.container("web", "nginx:1.26", port: 80)])
    deployment = try sim.cluster.create(deployment)
    deployment.status.replicas = 4
    deployment.status.updatedReplicas = 3
    deployment.status.readyReplicas = 3
    deployment.status.availableReplicas = 3
    deployment.status.unavailableReplicas = 1
    deployment.status.conditions = [
      Condition(type: "Available", status: "True", reason: "MinimumReplicasAvailable"),
      Condition(type: "Progressing", status: "True", reason: "ReplicaSetUpdated"),
    ]
    deployment = sim.cluster.write(deployment)

    func replicaSet(_ hash: String, image: String, revision: String, replicas: Int) throws -> ReplicaSet {
      let labels = ["app": "web", "pod-template-hash": hash]
      var replicaSet = ReplicaSet()
      replicaSet.metadata = F.meta("web-\(hash)", labels: labels)
      replicaSet.metadata.annotations = [
        "deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4",
        "deployment.kubernetes.io/revision": revision,
      ]
      replicaSet.metadata.ownerReferences = [F.owner(deployment)]
      replicaSet.spec.replicas = replicas
      replicaSet.spec.selector = LabelSelector(matchLabels: labels)
      replicaSet.spec.template = F.template(labels: labels, containers: [F.container("web", image, port: 80)])
      replicaSet = try sim.cluster.create(replicaSet)
      replicaSet.status.replicas = replicas
      return sim.cluster.write(replicaSet)
    }
    let old = try replicaSet("5d4f9c7b8", image: "nginx:1.25", revision: "1", replicas: 1)
    atStart(&sim, deployment)
    F.advance(&sim, to: 240)
    let new = try replicaSet("7d9c5b6f8", image: "nginx:1.26", revision: "2", replicas: 3)
    return (deployment, old, new)
  }

  @Test func deploymentMidRollout() throws {
    var sim = Simulation.withoutControllers()
    let (deployment, _, _) = try Self.rollout(in: &sim) { sim, deployment in
      sim.cluster.recordEvent(
        deployment, reason: "ScalingReplicaSet", message: "Scaled up replica set web-5d4f9c7b8 from 0 to 3",
        from: .deploymentController)
    }
    let scaled: [(Int64, String)] = [
      (240, "Scaled up replica set web-7d9c5b6f8 from 0 to 1"),
      (250, "Scaled down replica set web-5d4f9c7b8 from 3 to 2"),
      (260, "Scaled up replica set web-7d9c5b6f8 from 1 to 2"),
      (270, "Scaled down replica set web-5d4f9c7b8 from 2 to 1"),
      (280, "Scaled up replica set web-7d9c5b6f8 from 2 to 3"),
    ]
    for (second, message) in scaled {
      F.advance(&sim, to: second)
      sim.cluster.recordEvent(deployment, reason: "ScalingReplicaSet", message: message, from: .deploymentController)
    }
    F.advance(&sim, to: 300)

    F.expectPage(
      sim.run("describe deployment web").output,
      """
      Name:                   web
      Namespace:              default
      CreationTimestamp:      Mon, 06 Jan 2025 09:00:00 +0000
      Labels:                 app=web
      Annotations:            deployment.kubernetes.io/revision: 2
      Selector:               app=web
      Replicas:               3 desired | 3 updated | 4 total | 3 available | 1 unavailable
      StrategyType:           RollingUpdate
      MinReadySeconds:        0
      RollingUpdateStrategy:  25% max unavailable, 25% max surge
      Pod Template:
        Labels:  app=web
        Containers:
         web:
          Image:         nginx:1.26
          Port:          80/TCP
          Host Port:     0/TCP
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Conditions:
        Type           Status  Reason
        ----           ------  ------
        Available      True    MinimumReplicasAvailable
        Progressing    True    ReplicaSetUpdated
      OldReplicaSets:  web-5d4f9c7b8 (1/1 replicas created)
      NewReplicaSet:   web-7d9c5b6f8 (3/3 replicas created)
      Events:
        Type    Reason             Age   From                   Message
        ----    ------             ----  ----                   -------
        Normal  ScalingReplicaSet  5m    deployment-controller  Scaled up replica set web-5d4f9c7b8 from 0 to 3
        Normal  ScalingReplicaSet  60s   deployment-controller  Scaled up replica set web-7d9c5b6f8 from 0 to 1
        Normal  ScalingReplicaSet  50s   deployment-controller  Scaled down replica set web-5d4f9c7b8 from 3 to 2
        Normal  ScalingReplicaSet  40s   deployment-controller  Scaled up replica set web-7d9c5b6f8 from 1 to 2
        Normal  ScalingReplicaSet  30s   deployment-controller  Scaled down replica set web-5d4f9c7b8 from 2 to 1
        Normal  ScalingReplicaSet  20s   deployment-controller  Scaled up replica set web-7d9c5b6f8 from 2 to 3

      """)
  }

  @Test func replicaSetCountsOnlyItsOwnPodsByPhase() throws {
    var sim = Simulation.withoutControllers()
    let (_, _, new) = try Self.rollout(in: &sim)
    for (suffix, phase) in [("aaaaa", "Running"), ("bbbbb", "Running"), ("ccccc", "Pending")] {
      var pod = Pod()
      pod.metadata = F.meta("web-7d9c5b6f8-\(suffix)", labels: new.spec.template.metadata.labels)
      pod.metadata.ownerReferences = [F.owner(new)]
      pod.spec = new.spec.template.spec
      pod = try sim.cluster.create(pod)
      pod.status.phase = phase
      sim.cluster.write(pod)
      sim.cluster.recordEvent(
        new, reason: "SuccessfulCreate", message: "Created pod: \(pod.metadata.name)", from: .replicaSetController)
    }
    var orphan = Pod()
    orphan.metadata = F.meta("web-orphan", labels: new.spec.template.metadata.labels)
    orphan.spec = new.spec.template.spec
    orphan = try sim.cluster.create(orphan)
    orphan.status.phase = "Running"
    sim.cluster.write(orphan)
    F.advance(&sim, to: 300)

    F.expectPage(
      sim.run("describe replicaset web-7d9c5b6f8").output,
      """
      Name:           web-7d9c5b6f8
      Namespace:      default
      Selector:       app=web,pod-template-hash=7d9c5b6f8
      Labels:         app=web
                      pod-template-hash=7d9c5b6f8
      Annotations:    deployment.kubernetes.io/desired-replicas: 3
                      deployment.kubernetes.io/max-replicas: 4
                      deployment.kubernetes.io/revision: 2
      Controlled By:  Deployment/web
      Replicas:       3 current / 3 desired
      Pods Status:    2 Running / 1 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        Labels:  app=web
                 pod-template-hash=7d9c5b6f8
        Containers:
         web:
          Image:         nginx:1.26
          Port:          80/TCP
          Host Port:     0/TCP
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Events:
        Type    Reason            Age   From                   Message
        ----    ------            ----  ----                   -------
        Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: web-7d9c5b6f8-aaaaa
        Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: web-7d9c5b6f8-bbbbb
        Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: web-7d9c5b6f8-ccccc

      """)
  }
}
