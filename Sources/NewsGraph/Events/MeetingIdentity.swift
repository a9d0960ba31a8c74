/// Which meeting mentions, across articles, are one real meeting: the same participants, at days
/// no more than `windowDays` apart (a planned meeting later reported as held is the same meeting).
///
/// A pure function of the set of mentions: the result does not depend on their order, so a build
/// of all articles and a merge of partial builds can apply it alike and agree.
public enum MeetingIdentity {
    /// One statement of a meeting in one article.
    public struct Mention: Sendable, Hashable {
        /// The participants' corpus-wide keys (node IRIs); order does not matter.
        public var participants: [String]
        /// ISO day (`1987-04-05`) or month (`1987-04`) of the meeting, when stated or resolved.
        public var date: String?
        public var status: MeetingStatus
        public var articleID: String
        /// The article's publication day, when known.
        public var articleDay: String?
        public var sentenceIndex: Int

        public init(participants: [String], date: String?, status: MeetingStatus, articleID: String, articleDay: String?, sentenceIndex: Int) {
            self.participants = participants
            self.date = date
            self.status = status
            self.articleID = articleID
            self.articleDay = articleDay
            self.sentenceIndex = sentenceIndex
        }
    }

    /// The meeting a mention belongs to: a key naming it (participants, then its day or, for an
    /// undated mention, its article and sentence), the day that stands for it, and its status
    /// (happened as soon as any article reports it held).
    public struct Meeting: Sendable, Hashable {
        public var key: String
        public var date: String?
        public var status: MeetingStatus
    }

    /// Mentions at most this many days apart (after each is widened to the days it may mean) are one meeting.
    public static let windowDays = 3
    /// A planned meeting with no date may take place within this many days of the article.
    public static let plannedHorizonDays = 30

    /// The meeting of every mention, in the order given.
    public static func meetings(_ mentions: [Mention]) -> [Meeting] {
        var result = [Meeting?](repeating: nil, count: mentions.count)
        var groups: [[String]: [Int]] = [:]
        for (index, mention) in mentions.enumerated() { groups[mention.participants.sorted(), default: []].append(index) }
        for (participants, members) in groups {
            let name = participants.joined(separator: "+")
            var dated: [(index: Int, days: ClosedRange<Int>)] = []
            for index in members {
                if let days = span(mentions[index]) {
                    dated.append((index, days))
                } else {
                    let mention = mentions[index]
                    result[index] = Meeting(key: "\(name)/\(mention.articleID)-s\(mention.sentenceIndex)", date: mention.date, status: mention.status)
                }
            }
            // Sweep by start day: a mention joins the running group while it starts within the window
            // of the group's latest end. Ties are broken by content so the order given never matters.
            dated.sort { a, b in
                (a.days.lowerBound, a.days.upperBound, mentions[a.index].articleID, mentions[a.index].sentenceIndex)
                    < (b.days.lowerBound, b.days.upperBound, mentions[b.index].articleID, mentions[b.index].sentenceIndex)
            }
            var component: [Int] = []
            var end = Int.min
            func close() {
                guard !component.isEmpty else { return }
                let meeting = summarize(component.map { mentions[$0] }, name: name)
                for index in component { result[index] = meeting }
                component = []
            }
            for (index, days) in dated {
                if !component.isEmpty && days.lowerBound > end + windowDays { close() }
                component.append(index)
                end = component.count == 1 ? days.upperBound : max(end, days.upperBound)
            }
            close()
        }
        return result.map { $0! }
    }

    /// The days a mention may mean: its day; its month; for an undated one, the days after the
    /// article (planned) or the article's day (held). Nil when nothing dates it.
    static func span(_ mention: Mention) -> ClosedRange<Int>? {
        if let date = mention.date {
            if let day = ISODay(date), date.count == 10 { return day.dayNumber...day.dayNumber }
            if let first = ISODay(date + "-01") {
                return first.dayNumber...(first.dayNumber + ISODay.daysIn(month: first.month, year: first.year) - 1)
            }
        }
        guard let article = mention.articleDay.flatMap({ ISODay($0) }) else { return nil }
        return mention.status == .planned ? article.dayNumber...(article.dayNumber + plannedHorizonDays) : article.dayNumber...article.dayNumber
    }

    /// The day standing for a group: the day most often given for it as held, else as planned
    /// (ties: the earliest), else the earliest month; the key names the participants and that day.
    static func summarize(_ group: [Mention], name: String) -> Meeting {
        let happened = group.contains { $0.status == .happened }
        func commonest(_ dates: [String]) -> String? {
            var counts: [String: Int] = [:]
            for date in dates { counts[date, default: 0] += 1 }
            return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        }
        let days = group.compactMap(\.date).filter { $0.count == 10 }
        let heldDays = group.filter { $0.status == .happened }.compactMap(\.date).filter { $0.count == 10 }
        let date = commonest(heldDays) ?? commonest(days) ?? group.compactMap(\.date).min()
        let key = date.map { "\(name)/\($0)" } ?? {
            let first = group.min { ($0.articleID, $0.sentenceIndex) < ($1.articleID, $1.sentenceIndex) }!
            return "\(name)/\(first.articleID)-s\(first.sentenceIndex)"
        }()
        return Meeting(key: key, date: date, status: happened ? .happened : .planned)
    }
}
