import ClusterSim
import Foundation
import KubeModel
import Testing

/// The stories of the samples about Deployments: the default cluster, the book's application, rolling updates and
/// Recreate, asserted on what their scenarios print.
@Suite struct DeploymentSampleTests {
  @Test func defaultScalesUpdatesAndRollsBack() {
    let run = SampleRun.played("default")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    #expect(PrintedTable.names(run.output("get pods")).count == 5)
    #expect(run.output("rollout history deployment/web", 0).contains("1         <none>\n2         <none>"))
    // Undo moves revision 1 to the newest number: 2 and 3 are left, and nginx:1.27 is live again.
    #expect(run.output("rollout history deployment/web", 1).contains("2         <none>\n3         <none>"))
    let web = run.simulation.cluster.store.deployments["default", "web"]
    #expect(web?.spec.template.spec.containers.first?.image == "nginx:1.27")
    #expect(web?.status.availableReplicas == 5)
  }

  @Test func eksBookRunsTheBooksApplicationAndRollsTheNginxDeploymentBack() throws {
    let run = SampleRun.played("eks-book")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let all = run.output("get all")
    #expect(all.contains("deployment.apps/backend-app   2/2"))
    #expect(all.contains("pod/nginx-pod                      1/1     Running"))
    #expect(all.contains("cronjob.batch/batch-app   */5 * * * *"))
    #expect(all.contains("LoadBalancer   10.96.250.188   172.18.255.201   8080:"))
    // The book's probes, resources and Secret references, and the template values from variables.env.
    let describe = run.output("describe deployment backend-app")
    #expect(describe.contains("Readiness:  http-get http://:8080/health delay=15s timeout=1s period=30s"))
    #expect(describe.contains("Liveness:   http-get http://:8080/health delay=30s timeout=1s period=30s"))
    #expect(describe.contains("DB_URL:       <set to the key 'db-url' in secret 'db-config'>"))
    #expect(describe.contains("123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/k8sbook/backend-app:1.0.0"))
    let environment = run.output("exec deploy/backend-app -- env | grep DB")
    #expect(environment.contains("DB_URL=jdbc:postgresql://eks-work-db.example.ap-northeast-2.rds.amazonaws.com"))
    #expect(environment.contains("DB_PASSWORD=change-me"))
    #expect(run.output("curl http://api.eks-work.example.com/health").contains("Hostname: backend-app-"))
    // The rolling restart: a new pod is Running but not Ready until its readiness probe passes (15 s).
    let restarting = PrintedTable.rows(run.output("get pods -l app=backend-app", 0))
    #expect(restarting.filter { $0[1] == "0/1" && $0[2] == "Running" }.count == 1)
    #expect(restarting.filter { $0[1] == "1/1" }.count == 2)
    // The last old pod is Terminating (its preStop sleep), already out of the endpoints, and gone 5 s later.
    let terminating = PrintedTable.rows(run.output("get pods -l app=backend-app", 2))
    #expect(terminating.filter { $0[2] == "Terminating" }.count == 1)
    let endpoints = PrintedTable.rows(run.output("get endpoints backend-app-service")).first?[1] ?? ""
    #expect(endpoints.split(separator: ",").count == 2)
    #expect(PrintedTable.rows(run.output("get pods -l app=backend-app", 3)).allSatisfy { $0[2] == "Running" })
    // The CronJob: one Job every five minutes, named after its scheduled minute, each Complete.
    let jobs = run.output("get cronjob,jobs")
    for minute in [28_935_900, 28_935_905, 28_935_910] {
      #expect(jobs.contains("job.batch/batch-app-\(minute)   Complete   1/1"), "batch-app-\(minute)")
    }
    #expect(run.output("describe configmap batch-app-config").contains("eks-work-batch-123456789012"))
    // The column on updates: 100m, then 200m, then back to revision 1's ReplicaSet.
    #expect(
      run.output("apply -f SampleClusters/eks-book/steps/02_nginx_deployment_cpu200_k8s.yaml")
        == "deployment.apps/nginx configured\n")
    let revision1 = run.output("rollout history deployment nginx --revision=1")
    #expect(revision1.contains("cpu:\t100m"))
    #expect(run.output("rollout history deployment nginx --revision=2").contains("cpu:\t200m"))
    #expect(run.output("rollout undo deployment nginx --to-revision=1") == "deployment.apps/nginx rolled back\n")
    #expect(run.output("rollout history deployment nginx", 1).contains("2         <none>\n3         <none>"))
    let hash = try #require(revision1.firstMatch(of: /pod-template-hash=([0-9a-z]+)/)?.output.1)
    let store = run.simulation.cluster.store
    #expect(store.replicaSets["default", "nginx-\(hash)"]?.spec.replicas == 2)
    #expect(
      store.replicaSets["default", "nginx-\(hash)"]?.metadata.annotations["deployment.kubernetes.io/revision"]
        == "3")
    let cpu = store.deployments["default", "nginx"]?.spec.template.spec.containers.first?.resources.requests["cpu"]
    #expect(cpu == .cpu(milli: 100))
  }

  @Test func eksBookTemplatesStayTemplatesAndSetOverridesTheDefaults() throws {
    let folder = RepositoryPaths.sample("eks-book")
    let templates = [
      ("22_deployment_backend-app_k8s.yaml", "${ECR_HOST}"), ("43_cronjob_k8s.yaml", "${ECR_HOST}"),
      ("21_db_config_k8s.yaml", "${DB_URL}"), ("21_db_config_k8s.yaml", "${DB_PASSWORD}"),
      ("41_config_map_batch_k8s.yaml", "${BUCKET_SUFFIX}"),
    ]
    for (file, template) in templates {
      #expect(try String(contentsOfFile: folder + "/" + file, encoding: .utf8).contains(template), "\(file)")
    }
    var sim = Simulation(warmUp: Simulation.defaultWarmUp, variables: ["DB_PASSWORD": "from-set"])
    let result = sim.loadCluster(at: folder)
    #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(result)")
    #expect(sim.must("exec deploy/backend-app -n eks-work -- env | grep DB_PASSWORD") == "DB_PASSWORD=from-set\n")
  }

  @Test func rollingUpdateStaysWithinSurgeAndUnavailableStallsAndRollsBack() {
    let run = SampleRun.played("rolling-update")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    // One second in: 3 new pods (2 surge + 1 unavailable) and 5 old ones still serving.
    let early = PrintedTable.rows(run.output("get replicasets", 0))
    #expect(early.map { [$0[1], $0[3]] } == [["5", "5"], ["3", "0"]])
    // The broken image: three pods cannot pull it, five old pods still serve, and the deadline passes.
    let broken = PrintedTable.rows(run.output("get pods", 1))
    #expect(broken.filter { $0[2] == "ImagePullBackOff" }.count == 3)
    #expect(broken.filter { $0[2] == "Running" && $0[1] == "1/1" }.count == 5)
    #expect(PrintedTable.row(run.output("get deployment web"), "web")?[1] == "5/6")
    #expect(run.output("describe deployment web", 1).contains("Progressing    False   ProgressDeadlineExceeded"))
    // Undo brings nginx 1.28 back as revision 4; revision 2 is gone from the history.
    let history = run.output("rollout history deployment/web", 1)
    #expect(history.contains("1         first release: nginx 1.27"))
    #expect(history.contains("3         upgrade to nginx 1.161 (a typo)"))
    #expect(history.contains("4         upgrade to nginx 1.28"))
    #expect(!history.contains("\n2 "))
    let web = run.simulation.cluster.store.deployments["default", "web"]
    #expect(web?.spec.template.spec.containers.first?.image == "nginx:1.28")
    #expect(web?.status.availableReplicas == 6)
  }

  @Test func recreateStopsEveryOldPodBeforeStartingNewOnes() {
    let run = SampleRun.played("recreate")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    // Right after the new image: the old ReplicaSet at 0, no new one yet, every pod Terminating.
    #expect(PrintedTable.rows(run.output("get replicasets", 0)).map { $0[1] } == ["0"])
    let stopping = PrintedTable.rows(run.output("get pods", 0))
    #expect(stopping.count == 3 && stopping.allSatisfy { $0[2] == "Terminating" })
    #expect(PrintedTable.row(run.output("get endpoints web", 0), "web")?[1] == "<none>")
    let refused = run.commands.first { $0.command.text == "curl web" && $0.command.mayFail }
    #expect(
      refused?.result.errors == [
        "curl: (7) Failed to connect to web port 80 after 0 ms: Couldn't connect to server"
      ])
    // Then the new pods, not Ready yet: still nothing to send traffic to.
    #expect(PrintedTable.rows(run.output("get pods", 2)).allSatisfy { $0[1] == "0/1" && $0[2] == "Running" })
    // Ready: version 2 answers.
    let newHash = PrintedTable.names(run.output("get replicasets", 1)).first { $0 != "web-76cf5599f9" } ?? "?"
    #expect(run.output("curl web", 2).contains("Hostname: \(newHash)-"))
    let events = run.output("describe deployment web", 1)
    let down = events.range(of: "Scaled down replica set web-76cf5599f9 from 3 to 0")
    let up = events.range(of: "Scaled up replica set \(newHash) from 0 to 3")
    #expect(down != nil && up != nil && down!.lowerBound < up!.lowerBound)
  }
}
