/// Commands given wrong arguments, for every verb, with the start of the error kubectl would print. `{pod}` stands
/// for a running pod of the `web` Deployment of the default cluster.
struct BadCommand: Sendable, CustomStringConvertible {
  var line: String
  var expected: String

  init(_ line: String, _ expected: String) {
    self.line = line
    self.expected = expected
  }

  var verb: String { String(line.split(separator: " ").first ?? "") }
  var description: String { line }
}

enum BadCommands {
  static let notFoundWeb2 = "Error from server (NotFound): deployments.apps \"nosuch\" not found"
  static let noType = "error: You must specify the type of resource to"

  static let all: [BadCommand] = reading + writing + workloads + metadata + nodes + simulator + files + network + lines

  static let reading: [BadCommand] = [
    .init("get", noType + " get. Use \"kubectl api-resources\" for a complete list of supported resources."),
    .init("get widgets", "error: the server doesn't have a resource type \"widgets\""),
    .init("get pods -o xml", "error: unable to match a printer suitable for the output format \"xml\""),
    .init("get pod nosuch", "Error from server (NotFound): pods \"nosuch\" not found"),
    .init("get pods -n", "error: flag needs an argument: -n"),
    .init("get deploy/web pods", "error: there is no need to specify a resource type as a separate argument"),
    .init("get pods,deploy web", "error: you may only specify a single resource type"),
    .init("get pods -l 'app in (web'", "error: unable to parse requirement"),
    .init("describe", noType + " describe."),
    .init("describe widgets", "error: the server doesn't have a resource type \"widgets\""),
    .init("describe pod nosuch", "Error from server (NotFound): pods \"nosuch\" not found"),
    .init("logs", "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'."),
    .init("logs nosuch", "Error from server (NotFound): pods \"nosuch\" not found"),
    .init("logs pod/{pod} -c nosuch", "error: container nosuch is not valid for pod {pod}"),
    .init("logs a b c", "error: logs takes a pod and at most one container name"),
    .init("logs {pod} --tail=abc", "error: invalid argument \"abc\" for \"--tail\" flag: strconv.ParseInt"),
    // Found by the command fuzz: these crashed.
    .init("logs /", "error: arguments in resource/name form must have a single resource and name"),
    .init("logs pod/", "error: arguments in resource/name form must have a single resource and name"),
    .init("logs /web", "error: arguments in resource/name form must have a single resource and name"),
  ]

  static let writing: [BadCommand] = [
    .init("apply", "error: must specify one of -f and -k"),
    .init("apply -f", "error: flag needs an argument: -f"),
    .init("apply web.yaml", "error: must specify one of -f and -k"),
    .init("apply -f /nonexistent.yaml", "error: the path \"/nonexistent.yaml\" does not exist"),
    .init("create", "error: You must provide one or more resources by argument or filename."),
    .init("create deployment", "error: exactly one NAME is required, got 0"),
    .init("create namespace a b", "error: exactly one NAME is required, got 2"),
    .init("create deployment web2", "error: required flag(s) \"image\" not set"),
    .init("create deployment web --image=nginx", "Error from server (AlreadyExists): deployments.apps \"web\" already"),
    .init("create namespace default", "Error from server (AlreadyExists): namespaces \"default\" already exists"),
    .init("create namespace Bad_Name", "The Namespace \"Bad_Name\" is invalid: metadata.name: Invalid value:"),
    .init("create configmap c --from-literal=novalue", "error: invalid literal source novalue, expected key=value"),
    .init("create widget foo", "error: the simulation cannot create \"widget\" from flags"),
    .init("create -f /nonexistent.yaml", "error: the path \"/nonexistent.yaml\" does not exist"),
    .init("delete", noType + " delete."),
    .init("delete pods", "error: resource(s) were provided, but no name was specified, label selector or --all"),
    .init("delete pod nosuch", "Error from server (NotFound): pods \"nosuch\" not found"),
    .init("delete deploy nosuch web", notFoundWeb2),
    .init("delete deploy web -l app=web", "error: name cannot be provided when a selector is specified"),
    .init("delete deploy web --cascade=sometimes", "error: invalid cascade value (sometimes). Must be \"background\""),
    .init("delete widgets x", "error: the server doesn't have a resource type \"widgets\""),
    .init("delete -f /nonexistent.yaml", "error: the path \"/nonexistent.yaml\" does not exist"),
    .init("delete pod {pod} --grace-period=abc", "error: invalid argument \"abc\" for \"--grace-period\" flag"),
  ]

  static let workloads: [BadCommand] = [
    .init("scale deploy/web", "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal"),
    .init("scale deploy/web --replicas=-1", "error: The --replicas=COUNT flag is required, and COUNT must be greater"),
    .init(
      "scale deploy/web --replicas=two", "error: invalid argument \"two\" for \"--replicas\" flag: strconv.ParseInt"),
    .init("scale deploy/nosuch --replicas=2", notFoundWeb2),
    .init("scale deploy/web deploy/nosuch --replicas=2", notFoundWeb2),
    .init("scale service/web --replicas=2", "Error from server (NotFound): the server could not find the requested"),
    .init("scale --replicas=2", noType + " scale."),
    .init("scale deploy --replicas=2", "error: resource(s) were provided, but no name was specified"),
    .init("scale deploy/web --replicas=2 --current-replicas=7", "error: Expected replicas to be 7, was 3"),
    .init("set", "error: a subcommand is required: set image"),
    .init("set env deploy/web A=B", "error: unknown command \"env\" for \"kubectl set\""),
    .init("set image deploy/web", "error: at least one image update is required"),
    .init("set image deploy/web web=", "error: invalid image update \"web=\": an image is required"),
    .init("set image deploy/web web=busybox =", "error: invalid image update \"=\": a container name is required"),
    .init("set image deploy/web =nginx", "error: invalid image update \"=nginx\": a container name is required"),
    .init("set image deploy/web nosuch=nginx", "error: unable to find container named \"nosuch\""),
    .init("set image deploy/nosuch web=nginx", notFoundWeb2),
    .init("set image deploy/web deploy/nosuch web=nginx:1.28", notFoundWeb2),
    .init("set image deploy/web web=nginx:1.28 nosuch=nginx", "error: unable to find container named \"nosuch\""),
    .init(
      "set image service/web web=nginx",
      "error: services/web the object is not a pod or does not have a pod template: *v1.Service"),
    .init("rollout", "error: a subcommand is required: status, history, undo, restart, pause or resume"),
    .init("rollout frobnicate deploy/web", "error: unknown command \"frobnicate\" for \"kubectl rollout\""),
    .init("rollout undo", noType + " rollout undo."),
    .init("rollout undo deploy/nosuch", notFoundWeb2),
    .init("rollout undo deploy/web", "error: no rollout history found for deployment \"web\""),
    .init("rollout undo deploy/web --to-revision=99", "error: unable to find specified revision 99 in history"),
    .init("rollout undo deploy/web --to-revision=x", "error: invalid argument \"x\" for \"--to-revision\" flag"),
    .init("rollout history service/web", "error: no history viewer has been implemented for \"Service\""),
    .init("rollout pause service/web", "error: services \"web\" pausing is not supported"),
    .init("rollout resume deploy/web", "error: deployments.apps \"web\" is not paused"),
    .init("rollout restart service/web", "error: services \"web\" restarting is not supported"),
    .init("rollout status deploy/nosuch", notFoundWeb2),
    .init(
      "rollout status deploy/web --timeout=abc",
      "error: invalid argument \"abc\" for \"--timeout\" flag: time: invalid duration \"abc\""),
  ]

  static let metadata: [BadCommand] = [
    .init("label", "error: at least one label update is required"),
    .init("label deploy web", "error: at least one label update is required"),
    .init("label deploy web bad key=x", "Error from server (NotFound): deployments.apps \"bad\" not found"),
    .init("label deploy web 'bad key=x'", "error: invalid label spec: bad key=x,"),
    .init("label deploy web app=other", "error: 'app' already has a value (web), and --overwrite is false"),
    .init("label deploy nosuch a=b", notFoundWeb2),
    .init("label widgets x a=b", "error: the server doesn't have a resource type \"widgets\""),
    .init("label deploy web -bad=x", "error: unknown shorthand flag: 'b' in -bad=x"),
    .init("annotate", "error: at least one annotation update is required"),
    .init("annotate deploy web", "error: at least one annotation update is required"),
    .init("annotate deploy nosuch a=b", notFoundWeb2),
    .init("annotate deploy web a=b --overwrite=maybe", "error: invalid argument \"maybe\" for \"--overwrite\" flag"),
  ]

  static let nodes: [BadCommand] = [
    .init("cordon", "error: USAGE: cordon NODE [flags]"),
    .init("cordon nosuch", "Error from server (NotFound): nodes \"nosuch\" not found"),
    .init("cordon worker-1 nosuch", "Error from server (NotFound): nodes \"nosuch\" not found"),
    .init("cordon node/", "error: arguments in resource/name form must have a single resource and name"),
    .init("cordon -l 'bad=('", "error: unable to parse requirement"),
    .init("uncordon", "error: USAGE: uncordon NODE [flags]"),
    .init("uncordon nosuch", "Error from server (NotFound): nodes \"nosuch\" not found"),
    .init("drain", "error: USAGE: drain NODE [flags]"),
    .init("drain nosuch", "Error from server (NotFound): nodes \"nosuch\" not found"),
    .init("drain worker-1 nosuch", "Error from server (NotFound): nodes \"nosuch\" not found"),
    .init("drain worker-1 --grace-period=x", "error: invalid argument \"x\" for \"--grace-period\" flag"),
    .init("drain worker-1 --timeout=soon", "error: invalid argument \"soon\" for \"--timeout\" flag: time: invalid"),
    .init("node", "error: usage: node add NAME [flags] | node fail NAME | node recover NAME"),
    .init("node explode worker-1", "error: unknown command \"explode\" for \"node\": use add, fail or recover"),
    .init("node add", "error: usage: node add NAME [flags]"),
    .init("node add Bad_Name", "error: invalid node name \"Bad_Name\": a lowercase RFC 1123 subdomain"),
    .init("node add worker-1", "Error from server (AlreadyExists): nodes \"worker-1\" already exists"),
    .init("node add n4 --cpu lots", "error: invalid --cpu \"lots\": quantities must match the regular expression"),
    .init("node add n4 --cpu 0", "error: --cpu must be positive"),
    .init("node add n4 --memory -1Gi", "error: --memory must be positive"),
    .init("node add n4 --pods 0", "error: --pods must be at least 1"),
    .init("node add n4 --label bad", "error: invalid label \"bad\": expected KEY=VALUE"),
    .init("node add n4 --taint nope", "error: invalid taint spec: nope, expected KEY[=VALUE]:NoSchedule"),
    .init("node fail nosuch", "Error from server (NotFound): nodes \"nosuch\" not found"),
    .init("node recover worker-1", "error: node worker-1 has not failed"),
  ]

  static let simulator: [BadCommand] = [
    .init("advance", "error: advance takes one duration, such as 30s, 5m or 1h30m"),
    .init("advance soon", "error: invalid duration \"soon\": use Go syntax such as 500ms, 30s, 5m or 1h30m"),
    .init("advance 5x", "error: invalid duration \"5x\""),
    .init("advance -5m", "error: unknown shorthand flag: '5' in -5m"),
    .init("advance 1m 2m", "error: advance takes one duration"),
    .init("crash", "error: usage: crash pod/NAME [-c CONTAINER]"),
    .init("crash a b c", "error: usage: crash pod/NAME [-c CONTAINER]"),
    .init("crash deploy/nosuch", "Error from server (NotFound): deployments.apps \"nosuch\" not found"),
    .init("crash /", "error: arguments in resource/name form must have a single resource and name"),
    .init("crash pod/nosuch", "Error from server (NotFound): pods \"nosuch\" not found"),
    .init("crash pod/{pod} -c nosuch", "error: container nosuch is not valid for pod {pod}"),
    .init("crash pod/{pod} --exit-code 0", "error: a crash needs a non-zero exit code"),
    .init("crash pod/{pod} --exit-code abc", "error: invalid argument \"abc\" for \"--exit-code\" flag"),
  ]

  static let files: [BadCommand] = [
    .init("save", "error: save takes one file name"),
    .init("save a.json b.json", "error: save takes one file name"),
    .init("save /nonexistent-folder/demo.json", "error: cannot write /nonexistent-folder/demo.json"),
  ]

  /// The network and pod verbs: exec, curl, nslookup, config, expose, run.
  static let network: [BadCommand] = [
    .init("exec", "error: expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'."),
    .init("exec {pod}", "error: you must specify at least one command for the container"),
    .init("exec nosuch -- ls", "Error from server (NotFound): pods \"nosuch\" not found"),
    .init("exec {pod} -c nosuch -- ls", "error: unable to upgrade connection: container nosuch not found in pod {pod}"),
    .init("exec deploy/nosuch -- ls", notFoundWeb2),
    .init("config", "error: unknown config command; try: config set-context --current --namespace=NAMESPACE"),
    .init("config frobnicate", "error: unknown config command"),
    .init("config set-context", "error: the simulated kubeconfig has one context"),
    .init("config view -o xml", "error: the simulator prints config view as YAML or with -o jsonpath='{..namespace}'"),
    .init("curl", "curl: try 'curl --help' or 'curl --manual' for more information"),
    .init("curl a b", "error: curl takes one URL"),
    .init("curl http://nosuch", "curl: (6) Could not resolve host: nosuch"),
    .init("nslookup", "error: usage: nslookup NAME [-n NAMESPACE]"),
    .init("nslookup a b c", "error: usage: nslookup NAME [-n NAMESPACE]"),
    .init("nslookup nosuch", "** server can't find nosuch: NXDOMAIN"),
    .init("expose", "error: You must provide one or more resources by argument or filename."),
    .init("expose deploy nosuch --port=80", notFoundWeb2),
    .init("expose widgets/x --port=80", "error: the server doesn't have a resource type \"widgets\""),
    .init("expose deploy/web", "Error from server (AlreadyExists): services \"web\" already exists"),
    .init("expose deploy/web --port=abc", "error: invalid --port abc"),
    .init("run", "error: NAME is required for run"),
    .init("run x", "error: required flag(s) \"image\" not set"),
    .init("run x --image=nginx --rm", "error: --rm should only be used for attached containers"),
    .init("run Bad_Name --image=nginx", "The Pod \"Bad_Name\" is invalid: "),
    .init("run web2 --image=nginx --restart=Sometimes", "error: invalid restart policy: Sometimes"),
    .init("run x --image=nginx --port=abc", "error: invalid argument \"abc\" for \"--port\" flag"),
  ]

  /// Lines that never reach a verb.
  static let lines: [BadCommand] = [
    .init("frobnicate", "error: unknown command \"frobnicate\" for \"kubectl\""),
    .init("get 'pods", "error: unterminated quote (')"),
    .init("kubectl get \"pods", "error: unterminated quote (\")"),
  ]
}
