/// A priority queue (a binary heap): the element that `precedes` every other comes out
/// first.
/// - Complexity: O(log *n*) to insert and to remove the first.
struct CostQueue<Element> {
  private var heap: [Element] = []
  private let precedes: (Element, Element) -> Bool

  init(by precedes: @escaping (Element, Element) -> Bool) { self.precedes = precedes }

  var isEmpty: Bool { heap.isEmpty }

  mutating func insert(_ element: Element) {
    heap.append(element)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard precedes(heap[child], heap[parent]) else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  mutating func removeFirst() -> Element? {
    guard !heap.isEmpty else { return nil }
    heap.swapAt(0, heap.count - 1)
    let first = heap.removeLast()
    var parent = 0
    while true {
      let (left, right) = (2 * parent + 1, 2 * parent + 2)
      var next = parent
      if left < heap.count, precedes(heap[left], heap[next]) { next = left }
      if right < heap.count, precedes(heap[right], heap[next]) { next = right }
      if next == parent { break }
      heap.swapAt(parent, next)
      parent = next
    }
    return first
  }
}
