import KubeModel
import Testing

@testable import ClusterSim

@Suite struct KubeletSmokeTests {
  @Test func boundPodStartsAndRuns() throws {
    var sim = Simulation()
    sim.run("node add worker-1")
    var pod = Pod()
    pod.metadata.name = "web"
    pod.metadata.namespace = "default"
    pod.spec.containers = [Container(name: "web", image: "nginx:1.27")]
    pod.spec.nodeName = "worker-1"
    try sim.cluster.create(pod)
    sim.cluster.settle()
    sim.run("advance 10s")
    let out = sim.run("get pods -o wide").output
    print(out)
    print(sim.run("get events").output)
    #expect(out.contains("Running"))
  }
}
