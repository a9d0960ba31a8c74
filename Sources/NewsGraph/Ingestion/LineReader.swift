import Foundation

/// Reads a stream (standard input, a pipe, a file) line by line in fixed-size chunks, so input of
/// any size is read in constant memory (one line at a time, however long that line is).
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The number of the line last returned (1-based).
    public private(set) var lineNumber = 0

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its newline, or nil at the end.
    public func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 10) {
                let line = buffer[position..<newline]
                position = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                lineNumber += 1
                return line
            }
            // Keep the unfinished line, drop what was consumed, read more.
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
