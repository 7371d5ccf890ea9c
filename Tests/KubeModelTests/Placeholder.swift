import Testing

@Test func kubemodelBuilds() {
  #expect(Bool(true))
}
