/// Where something came from: a file and, for JSON Lines, a line number.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public var description: String { line.map { "\(path):\($0)" } ?? path }
}

/// One news article as read from input, before any analysis.
///
/// `body` is the text every character offset refers to. Parts of the body that are not story
/// text (the dateline, a photo credit such as "REUTERS/Name") are listed in `excludedRanges`
/// so the analysis skips them while offsets stay those of the original body.
public struct Article: Sendable, Hashable {
    public var id: String
    public var title: String?
    /// The publication date as given (ISO 8601 date or date-time).
    public var date: String?
    public var dateline: String?
    /// The place named in the dateline ("Osaka").
    public var datelinePlace: String?
    /// The agency named in the dateline ("Reuters").
    public var publisher: String?
    public var url: String?
    public var authors: [String] = []
    public var editors: [String] = []
    public var photographers: [String] = []
    public var body: String
    /// UTF-8 byte ranges of `body` that are not story text.
    public var excludedRanges: [Range<Int>] = []
    public var source: SourceLocation

    public init(id: String, title: String? = nil, date: String? = nil, body: String, source: SourceLocation) {
        self.id = id
        self.title = title
        self.date = date
        self.body = body
        self.source = source
    }

    /// The publication date as a calendar day (`yyyy-MM-dd`), when the date gives one.
    public var publicationDay: String? {
        guard let date, date.utf8.count >= 10 else { return nil }
        let day = String(date.prefix(10))
        return ISODay(day) != nil ? day : nil
    }
}
