/// A problem with an input file, reported as one line naming the file (and line).
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public let location: SourceLocation
    public let message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
