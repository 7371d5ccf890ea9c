import Testing

@Test func kubariumBuilds() {
  #expect(Bool(true))
}
