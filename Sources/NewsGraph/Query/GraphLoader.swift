import Foundation

/// Loads a graph file written by `newsgraph build` (or `add`) and indexes it, timing both steps.
public enum GraphLoader {
    public struct Loaded: Sendable {
        public let index: GraphIndex
        /// Seconds (wall clock) spent reading and parsing the file, and building the index.
        public let parseSeconds: Double
        public let indexSeconds: Double
        /// The same in CPU time of the process (what the load costs on a busy machine).
        public let parseCPUSeconds: Double
        public let indexCPUSeconds: Double
        public var graph: KnowledgeGraph { index.graph }
    }

    /// Reads and indexes `path`; throws `GraphLoadError` (one line naming the file) when it is not
    /// a NewsGraph graph, is truncated or was broken by hand.
    public static func load(path: String) throws -> Loaded {
        let start = DispatchTime.now().uptimeNanoseconds, startCPU = cpuSeconds()
        let graph = try JSONLDReader().read(path: path)
        let parsed = DispatchTime.now().uptimeNanoseconds, parsedCPU = cpuSeconds()
        guard !(graph.nodes.isEmpty) else {
            throw GraphLoadError(path: path, line: nil, column: nil, message: "not a NewsGraph graph: its @graph is empty")
        }
        let index = GraphIndex(graph)
        let indexed = DispatchTime.now().uptimeNanoseconds, indexedCPU = cpuSeconds()
        return Loaded(index: index, parseSeconds: Double(parsed - start) / 1e9, indexSeconds: Double(indexed - parsed) / 1e9,
                      parseCPUSeconds: parsedCPU - startCPU, indexCPUSeconds: indexedCPU - parsedCPU)
    }

    /// CPU time used by this process so far.
    public static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
