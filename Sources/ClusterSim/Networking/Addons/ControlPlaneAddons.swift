import KubeModel

/// The add-ons `kubeadm init` installs before anyone uses the cluster, created as ordinary objects so `get all -n
/// kube-system` lists them: the `kubernetes` Service (created by the API server itself), CoreDNS (its ConfigMap,
/// ServiceAccount, Deployment and the `kube-dns` Service at 10.96.0.10, shaped as kubeadm's `dns` add-on phase
/// writes them), and the IngressClass of the ingress-nginx controller, which the simulation models as present
/// (it has no pods; Ingresses of its class get its address and are served by `curl`).
///
/// One deviation from kubeadm's CoreDNS manifest: a preferred node affinity for the control plane. `kubeadm init`
/// schedules CoreDNS while the control-plane node is the only node, so both replicas run there; the simulation
/// registers every node at once and expresses that history with the preference.
enum ControlPlaneAddons {
  static let dnsServiceIP = "10.96.0.10"
  static let clusterDomain = "cluster.local"
  static let ingressClassName = "nginx"
  static let ingressController = "k8s.io/ingress-nginx"

  static func install(in cluster: inout ClusterState) {
    _ = try? cluster.create(KubernetesService.service())
    let load = ManifestLoader.load(text: manifests, file: "kubeadm/addons.yaml", variables: { _ in nil })
    for object in load.objects {
      _ = ObjectApplier.apply(object, namespace: nil, mode: .create, in: &cluster)
    }
  }

  static let manifests = """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: coredns
      namespace: kube-system
    data:
      Corefile: |
        .:53 {
            errors
            health {
               lameduck 5s
            }
            ready
            kubernetes \(clusterDomain) in-addr.arpa ip6.arpa {
               pods insecure
               fallthrough in-addr.arpa ip6.arpa
               ttl 30
            }
            prometheus :9153
            forward . /etc/resolv.conf {
               max_concurrent 1000
            }
            cache 30 {
               disable success \(clusterDomain)
               disable denial \(clusterDomain)
            }
            loop
            reload
            loadbalance
        }
    ---
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: coredns
      namespace: kube-system
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: coredns
      namespace: kube-system
      labels:
        k8s-app: kube-dns
    spec:
      replicas: 2
      strategy:
        type: RollingUpdate
        rollingUpdate:
          maxUnavailable: 1
      selector:
        matchLabels:
          k8s-app: kube-dns
      template:
        metadata:
          labels:
            k8s-app: kube-dns
        spec:
          priorityClassName: system-cluster-critical
          serviceAccountName: coredns
          affinity:
            nodeAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                preference:
                  matchExpressions:
                  - key: node-role.kubernetes.io/control-plane
                    operator: Exists
            podAntiAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                podAffinityTerm:
                  labelSelector:
                    matchExpressions:
                    - key: k8s-app
                      operator: In
                      values: ["kube-dns"]
                  topologyKey: kubernetes.io/hostname
          tolerations:
          - key: CriticalAddonsOnly
            operator: Exists
          - key: node-role.kubernetes.io/control-plane
            effect: NoSchedule
          nodeSelector:
            kubernetes.io/os: linux
          containers:
          - name: coredns
            image: registry.k8s.io/coredns/coredns:v1.12.1
            imagePullPolicy: IfNotPresent
            resources:
              limits:
                memory: 170Mi
              requests:
                cpu: 100m
                memory: 70Mi
            args: ["-conf", "/etc/coredns/Corefile"]
            volumeMounts:
            - name: config-volume
              mountPath: /etc/coredns
              readOnly: true
            ports:
            - containerPort: 53
              name: dns
              protocol: UDP
            - containerPort: 53
              name: dns-tcp
              protocol: TCP
            - containerPort: 9153
              name: metrics
              protocol: TCP
            livenessProbe:
              httpGet:
                path: /health
                port: 8080
                scheme: HTTP
              initialDelaySeconds: 60
              timeoutSeconds: 5
              successThreshold: 1
              failureThreshold: 5
            readinessProbe:
              httpGet:
                path: /ready
                port: 8181
                scheme: HTTP
          dnsPolicy: Default
          volumes:
          - name: config-volume
            configMap:
              name: coredns
              items:
              - key: Corefile
                path: Corefile
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: kube-dns
      namespace: kube-system
      labels:
        k8s-app: kube-dns
        kubernetes.io/cluster-service: "true"
        kubernetes.io/name: CoreDNS
      annotations:
        prometheus.io/port: "9153"
        prometheus.io/scrape: "true"
    spec:
      selector:
        k8s-app: kube-dns
      clusterIP: \(dnsServiceIP)
      ports:
      - name: dns
        port: 53
        protocol: UDP
      - name: dns-tcp
        port: 53
        protocol: TCP
      - name: metrics
        port: 9153
        protocol: TCP
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata:
      name: \(ingressClassName)
      labels:
        app.kubernetes.io/component: controller
        app.kubernetes.io/name: ingress-nginx
      annotations:
        ingressclass.kubernetes.io/is-default-class: "true"
    spec:
      controller: \(ingressController)
    """
}
