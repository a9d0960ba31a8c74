import CZlib

/// Inflates gzip data in chunks, across concatenated members (a `.warc.gz` has one per record), so
/// archives of any size are read in constant memory.
final class GzipInflater {
    enum Failure: Error { case corrupt }

    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    private var stream = z_stream()
    private var open = false

    deinit { if open { inflateEnd(&stream) } }

    /// Inflates one chunk of compressed input and returns what it yields.
    func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var offset = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while offset < input.count {
            if !open {
                // Bytes after the last member that are not another member (padding) end the data.
                guard input.count - offset < 2 || GzipInflater.isGzip(input[offset...]) else {
                    if input[offset...].allSatisfy({ $0 == 0 }) { return output }
                    throw Failure.corrupt
                }
                stream = z_stream()
                guard ng_inflate_init_gzip(&stream) == Z_OK else { throw Failure.corrupt }
                open = true
            }
            let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
                chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress! + offset)
                    stream.avail_in = UInt32(input.count - offset)
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                    offset = input.count - Int(stream.avail_in)
                    return result
                }
            }
            output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
            switch status {
            case Z_STREAM_END:
                inflateEnd(&stream)
                open = false
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                throw Failure.corrupt
            }
        }
        return output
    }

    /// True when the input ended inside a member (a truncated file).
    var isMidMember: Bool { open }

    /// The whole of a gzip file, refusing more than `limit` bytes of output.
    static func inflateAll(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        let inflater = GzipInflater()
        var output: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + (1 << 20))
            output += try inflater.inflate(Array(bytes[start..<end]))
            if output.count > limit { throw Failure.corrupt }
            start = end
        }
        if inflater.isMidMember { throw Failure.corrupt }
        return output
    }
}
