/// Which type implements each controller; nil where the controller does not exist yet.
enum ControllerRegistry {
  static func implementation(of id: ControllerID) -> (any Controller.Type)? {
    switch id {
    case .namespace: return NamespaceController.self
    case .garbageCollector: return GarbageCollector.self
    case .scheduler: return Scheduler.self
    default: return nil
    }
  }
}
