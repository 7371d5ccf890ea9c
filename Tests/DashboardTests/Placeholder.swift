import Testing

@Test func dashboardBuilds() {
  #expect(Bool(true))
}
