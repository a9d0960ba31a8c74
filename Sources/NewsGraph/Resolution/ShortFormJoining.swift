/// The order in which short forms join their owners, shared by organizations and people: one at a
/// time, the smallest candidate (in order of creation) that has exactly one owner left. A joined form
/// no longer owns anything, so the candidates it may have owned (`affected`) are asked again; an owner
/// count only falls as forms join, so no other candidate can become ready.
enum ShortFormJoining {
    /// - Parameters:
    ///   - owners: the possible owners of a candidate that are not among `merged` (nor the candidate itself).
    ///   - affected: the candidates that may count the given form among their owners.
    static func merges(_ candidates: [Int], owners: (_ short: Int, _ merged: Set<Int>) -> [Int],
                       affected: (Int) -> [Int]) -> [(from: Int, into: Int)] {
        let isCandidate = Set(candidates)
        var merged = Set<Int>()
        var ready = Set(candidates.filter { owners($0, merged).count == 1 })
        var merges: [(from: Int, into: Int)] = []
        while let short = ready.min() {
            ready.remove(short)
            let found = owners(short, merged)
            guard found.count == 1 else { continue }
            merges.append((short, found[0]))
            merged.insert(short)
            for other in affected(short) where isCandidate.contains(other) && !merged.contains(other) && owners(other, merged).count == 1 {
                ready.insert(other)
            }
        }
        return merges
    }
}
