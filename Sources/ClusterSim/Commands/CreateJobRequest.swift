import KubeModel

/// `create job NAME --image=IMAGE [-- COMMAND...]` and `create job NAME --from=cronjob/NAME` (kubectl
/// `create_job.go`). From a CronJob, the Job takes the job template's labels, annotations and spec, the annotation
/// `cronjob.kubernetes.io/instantiate: manual`, and an owner reference to the CronJob (controller, without
/// blockOwnerDeletion); the CronJob controller then reports it as an unexpected Job, as upstream does.
struct CreateJobRequest: Sendable {
  var name: String
  var namespace: String
  var image: String?
  var command: [String]
  var cronJob: String?

  init(_ arguments: CommandArguments, namespace: String) throws(CommandError) {
    let words = arguments.positionals
    guard words.count >= 2 else { throw CommandError("NAME is required for job") }
    name = words[1]
    self.namespace = namespace
    command = Array(words.dropFirst(2))
    image = arguments.value(CreateVerb.image)
    let from = arguments.value(CreateVerb.from)
    guard image != nil || from != nil else { throw CommandError("error: either --image or --from must be specified") }
    guard image == nil || from == nil else { throw CommandError("error: --image and --from are mutually exclusive") }
    if let from {
      let parts = from.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[1].isEmpty else {
        throw CommandError("error: from must be of the form <resource>/<name>")
      }
      guard ResourceRegistry.resolve(parts[0])?.kind == "CronJob" else {
        throw CommandError("error: unknown object type \(ResourceRegistry.resolve(parts[0])?.kind ?? parts[0])")
      }
      cronJob = parts[1]
    }
  }

  func run(in simulation: inout Simulation) -> CommandResult {
    var job = Job()
    job.metadata.name = name
    job.metadata.namespace = namespace
    if let cronJobName = cronJob {
      guard let cronJob = simulation.cluster.store.cronJobs[namespace, cronJobName] else {
        return CommandResult(error: APIError.notFound(ResourceRegistry.cronJob, cronJobName).description)
      }
      job.metadata.annotations = ["cronjob.kubernetes.io/instantiate": "manual"]
        .merging(cronJob.spec.jobTemplate.metadata.annotations) { _, template in template }
      job.metadata.labels = cronJob.spec.jobTemplate.metadata.labels
      var owner = cronJob.controllerReference
      owner.blockOwnerDeletion = nil
      job.metadata.ownerReferences = [owner]
      job.spec = cronJob.spec.jobTemplate.spec
    } else if let image {
      var container = Container(name: name, image: image)
      container.command = command
      job.spec.template.spec.containers = [container]
      job.spec.template.spec.restartPolicy = "Never"
    }
    return simulation.createGenerated(job)
  }
}
