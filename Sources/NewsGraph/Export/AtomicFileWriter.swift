import Foundation

/// Writes a set of files so that either all of them appear complete or none is changed:
/// every file is first written to a temporary name in the same folder, then all are renamed.
public enum AtomicFileWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Writes `files` (path → bytes). Creates the folder of each file if needed.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        let fm = FileManager.default
        var temporaries: [(String, String)] = []
        do {
            for (path, bytes) in files {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty {
                    do {
                        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    } catch {
                        throw WriteError(path: folder, message: "cannot create output folder")
                    }
                }
                let name = (path as NSString).lastPathComponent
                let temporary = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(".\(name).tmp-\(getpid())")
                guard fm.createFile(atPath: temporary, contents: Data(bytes)) else {
                    throw WriteError(path: path, message: "cannot write (permission denied or disk full?)")
                }
                temporaries.append((temporary, path))
            }
            for (temporary, path) in temporaries {
                guard rename(temporary, path) == 0 else {
                    throw WriteError(path: path, message: "cannot replace file: \(String(cString: strerror(errno)))")
                }
            }
        } catch {
            for (temporary, _) in temporaries { try? fm.removeItem(atPath: temporary) }
            throw error
        }
    }
}
