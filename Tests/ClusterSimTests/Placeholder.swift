import Testing

@Test func clustersimBuilds() {
  #expect(Bool(true))
}
