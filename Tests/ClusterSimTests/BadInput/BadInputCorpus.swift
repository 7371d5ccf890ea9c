/// The bad input corpus: each file in `Corpus/` (and each generated file) with the one problem loading it must
/// report. A problem is matched line by line, after the `error: ` and `* ` that kubectl puts before each line, and
/// the expected text is the start of the line: long apiserver messages (label rules, regular expressions) are
/// checked up to where they become the standard wording.
struct BadInputCase: Sendable, CustomStringConvertible {
  var file: String
  /// The start of the problem's line: `file:line: field: message`.
  var expected: String
  /// Whether the problem is a warning (the object still loads) rather than an error.
  var isWarning = false

  init(_ file: String, _ expected: String, warning: Bool = false) {
    self.file = file
    self.expected = expected
    self.isWarning = warning
  }

  var description: String { file }
}

enum BadInputCorpus {
  static let cases: [BadInputCase] = syntax + types + identity + values + workloads + services + encodings

  /// YAML and JSON that does not parse, or parses into something that is not an object.
  static let syntax: [BadInputCase] = [
    .init(
      "unclosed-flow.yaml",
      "unclosed-flow.yaml:5: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 5)"),
    .init(
      "tab-indent.yaml",
      "tab-indent.yaml:4: found a tab character where indentation is expected (indent YAML with spaces)"),
    .init(
      "bad-indent.yaml",
      "bad-indent.yaml:5: did not find expected key (while parsing a block mapping that starts at line 1)"),
    .init(
      "missing-colon.yaml",
      "missing-colon.yaml:3: could not find expected ':' after this key (a key needs a colon and a value)"),
    .init("duplicate-key.yaml", "duplicate-key.yaml:7: mapping key \"replicas\" already defined at line 6"),
    .init(
      "invalid-json.json",
      "invalid-json.json:5: invalid JSON: expected ',' or '}' (while parsing a flow mapping that starts at line 1)"),
    .init(
      "scalar-document.yaml",
      "scalar-document.yaml:1: expected a Kubernetes object (a mapping with apiVersion and kind), found a string"),
    .init(
      "list-document.yaml",
      "list-document.yaml:1: expected a Kubernetes object (a mapping with apiVersion and kind), found a list"),
    .init("list-items-mapping.yaml", "list-items-mapping.yaml:4: items: expected a list, found a mapping"),
    .init("unknown-alias.yaml", "unknown-alias.yaml:5: unknown anchor 'nothing' referenced by alias *nothing"),
    .init("alias-bomb.yaml", "alias-bomb.yaml:11: the document expands aliases to more than a million nodes"),
    .init("deep-nesting.yaml", "deep-nesting.yaml:1: the document nests more than 200 levels deep"),
    .init("empty.yaml", "empty.yaml: the file contains no objects", warning: true),
    .init("comments-only.yaml", "comments-only.yaml: the file contains no objects", warning: true),
    .init(
      "undefined-variable.yaml",
      "undefined-variable.yaml:6: variable KUBARIUM_CORPUS_UNDEFINED is not set (use --set "
        + "KUBARIUM_CORPUS_UNDEFINED=VALUE or export it)"),
  ]

  /// Fields of the wrong type, and fields the kind does not have.
  static let types: [BadInputCase] = [
    .init(
      "wrong-type-replicas.yaml",
      "wrong-type-replicas.yaml:6: Deployment \"wrong-type-replicas\": spec.replicas: Invalid value: \"two\": "
        + "expected an integer"),
    .init(
      "float-replicas.yaml",
      "float-replicas.yaml:6: Deployment \"float-replicas\": spec.replicas: Invalid value: 1.5: expected an integer"),
    .init(
      "containers-mapping.yaml",
      "containers-mapping.yaml:7: Pod \"containers-mapping\": spec.containers: expected a list, found a mapping"),
    .init(
      "labels-list.yaml",
      "labels-list.yaml:6: ConfigMap \"labels-list\": metadata.labels: expected a mapping, found a list"),
    .init(
      "image-boolean.yaml",
      "image-boolean.yaml:8: Pod \"image-boolean\": spec.containers[0].image: Invalid value: yes: expected a string"),
    .init(
      "mixed-good-and-bad.yaml",
      "mixed-good-and-bad.yaml:13: ConfigMap \"mixed-bad\": data.count: expected a string, found a list"),
    .init(
      "unknown-field.yaml", "unknown-field.yaml:6: unknown field \"spec.replica\" in Deployment \"unknown-field\"",
      warning: true),
    .init(
      "unknown-kind.yaml",
      "unknown-kind.yaml:1: no matches for kind \"Widget\" in version \"example.com/v1\": the simulation does not "
        + "know this kind"),
    .init(
      "unknown-version.yaml",
      "unknown-version.yaml:1: no matches for kind \"Deployment\" in version \"apps/v2\" (Deployment is apps/v1)"),
    .init("missing-kind.yaml", "missing-kind.yaml:1: kind is not set: every object needs apiVersion and kind"),
    .init("missing-apiversion.yaml", "missing-apiversion.yaml:1: apiVersion is not set for ConfigMap"),
  ]

  /// Names, labels, namespaces, and objects defined twice.
  static let identity: [BadInputCase] = [
    .init(
      "missing-name.yaml",
      "The ConfigMap \"\" is invalid: missing-name.yaml:3: metadata.name: Required value: name or generateName is "
        + "required"),
    .init(
      "invalid-name.yaml",
      "The ConfigMap \"Invalid_Name\" is invalid: invalid-name.yaml:4: metadata.name: Invalid value: \"Invalid_Name\": "
        + "a lowercase RFC 1123 subdomain must consist of"),
    .init(
      "duplicate-objects.yaml",
      "duplicate-objects.yaml:11: metadata.name: Duplicate value: \"duplicate-objects\": ConfigMap "
        + "\"duplicate-objects\" is already defined at duplicate-objects.yaml:4"),
    .init(
      "invalid-label-value.yaml",
      "The ConfigMap \"invalid-label-value\" is invalid: invalid-label-value.yaml:5: metadata.labels: Invalid value: "
        + "\"hello world\": a valid label must be an empty string or consist of alphanumeric characters"),
    .init(
      "invalid-label-key.yaml",
      "The ConfigMap \"invalid-label-key\" is invalid: invalid-label-key.yaml:5: metadata.labels: Invalid value: "
        + "\"-app\": name part must consist of alphanumeric characters"),
    .init(
      "configmap-key.yaml",
      "The ConfigMap \"configmap-key\" is invalid: configmap-key.yaml:6: data[bad key]: Invalid value: \"bad key\": "
        + "a valid config key must consist of alphanumeric characters"),
    .init(
      "secret-base64.yaml",
      "The Secret \"secret-base64\" is invalid: secret-base64.yaml:6: data[password]: Invalid value: \"not*base64\": "
        + "illegal base64 data"),
  ]

  /// Numbers and quantities out of range or misspelt.
  static let values: [BadInputCase] = [
    .init(
      "huge-replicas.yaml",
      "huge-replicas.yaml:6: Deployment \"huge-replicas\": spec.replicas: Invalid value: 99999999999999999999999: "
        + "expected an integer"),
    .init(
      "int32-replicas.yaml",
      "The Deployment \"int32-replicas\" is invalid: int32-replicas.yaml:6: spec.replicas: Invalid value: 3000000000: "
        + "must be less than or equal to 2147483647"),
    .init(
      "negative-replicas.yaml",
      "The Deployment \"negative-replicas\" is invalid: negative-replicas.yaml:6: spec.replicas: Invalid value: -1: "
        + "must be greater than or equal to 0"),
    .init(
      "bad-quantity.yaml",
      "bad-quantity.yaml:11: Pod \"bad-quantity\": spec.containers[0].resources.requests.memory: Invalid value: "
        + "\"1.5.3Gi\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
    .init(
      "bad-quantity-suffix.yaml",
      "bad-quantity-suffix.yaml:11: Pod \"bad-quantity-suffix\": spec.containers[0].resources.limits.memory: Invalid "
        + "value: \"512MB\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' "
        + "(write 512M or 512Mi: Kubernetes units have no B)"),
    .init(
      "limit-below-request.yaml",
      "The Pod \"limit-below-request\" is invalid: limit-below-request.yaml:10: spec.containers[0].resources.requests: "
        + "Invalid value: \"2\": must be less than or equal to cpu limit of 1"),
    .init(
      "container-port-range.yaml",
      "The Pod \"container-port-range\" is invalid: container-port-range.yaml:10: "
        + "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"),
  ]

  /// Pod templates and selectors.
  static let workloads: [BadInputCase] = [
    .init(
      "selector-mismatch.yaml",
      "The Deployment \"selector-mismatch\" is invalid: selector-mismatch.yaml:12: spec.template.metadata.labels: "
        + "Invalid value: {\"app\":\"api\"}: `selector` does not match template `labels`"),
    .init(
      "missing-selector.yaml",
      "The Deployment \"missing-selector\" is invalid: missing-selector.yaml:5: spec.selector: Required value"),
    .init(
      "bad-selector-operator.yaml",
      "bad-selector-operator.yaml:9: spec.selector.matchExpressions[0].operator: Invalid value: \"Equals\": not a "
        + "valid selector operator"),
    .init(
      "missing-containers.yaml",
      "The Pod \"missing-containers\" is invalid: missing-containers.yaml:5: spec.containers: Required value"),
    .init(
      "missing-image.yaml",
      "The Pod \"missing-image\" is invalid: missing-image.yaml:7: spec.containers[0].image: Required value"),
    .init(
      "duplicate-container.yaml",
      "The Pod \"duplicate-container\" is invalid: duplicate-container.yaml:9: spec.containers[1].name: Duplicate "
        + "value: \"web\""),
    .init(
      "restart-policy.yaml",
      "The Deployment \"restart-policy\" is invalid: restart-policy.yaml:12: spec.template.spec.restartPolicy: "
        + "Unsupported value: \"Never\": supported values: \"Always\""),
  ]

  /// Service ports.
  static let services: [BadInputCase] = [
    .init(
      "service-port-zero.yaml",
      "service-port-zero.yaml:9: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive"),
    .init(
      "nodeport-range.yaml",
      "The Service \"nodeport-range\" is invalid: nodeport-range.yaml:11: spec.ports[0].nodePort: Invalid value: "
        + "20000: provided port is not in the valid range. The range of valid ports is 30000-32767"),
    .init(
      "nodeport-conflict.yaml",
      "The Service \"nodeport-second\" is invalid: nodeport-conflict.yaml:23: spec.ports[0].nodePort: Invalid value: "
        + "30080: provided port is already allocated"),
  ]

  /// Bytes rather than YAML: generated by ``GeneratedBadInput``.
  static let encodings: [BadInputCase] = [
    .init("binary-junk.yaml", "binary-junk.yaml:8: the file contains a NUL byte: it is binary, not YAML or JSON"),
    .init(
      "control-character.yaml",
      "control-character.yaml:4: found control character U+0007, which YAML does not allow (is this a binary file?)"),
    .init(
      "invalid-utf8.yaml",
      "invalid-utf8.yaml:4: the file is not valid UTF-8 text (byte 0xE9 cannot start or continue a character)"),
    .init("utf16.yaml", "utf16.yaml:1: the file is UTF-16 text; save it as UTF-8"),
    .init(
      "bom-error.yaml",
      "bom-error.yaml:6: Deployment \"bom-error\": spec.replicas: Invalid value: \"two\": expected an integer"),
    .init(
      "crlf-error.yaml",
      "crlf-error.yaml:6: Deployment \"crlf-error\": spec.replicas: Invalid value: \"two\": expected an integer"),
    .init("ten-megabytes.yaml", "ten-megabytes.yaml:1: []: Too long: may not be more than 1048576 bytes"),
  ]

  /// Files that must load without a word: the valid neighbours of the bad ones.
  static let clean = ["valid-objects.yaml", "bom.yaml", "crlf.yaml", "huge-quantity.yaml"]
}
