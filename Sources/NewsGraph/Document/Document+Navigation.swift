extension Document {
    /// The entity at token `index` if it has the given types.
    func entity(atToken index: Int, types: Set<EntityType>) -> Int? {
        guard index >= 0, index < tokenEntities.count, let entity = tokenEntities[index],
              types.contains(entities[entity].type) else { return nil }
        return entity
    }

    /// The token range of the mention covering token `index`.
    func mentionRange(atToken index: Int) -> Range<Int>? {
        guard index >= 0, index < tokenEntities.count, tokenEntities[index] != nil else { return nil }
        var start = index, end = index + 1
        while start > 0, tokenEntities[start - 1] == tokenEntities[index], !isMentionStart(start) { start -= 1 }
        while end < tokenEntities.count, tokenEntities[end] == tokenEntities[index], !isMentionStart(end) { end += 1 }
        return start..<end
    }

    private func isMentionStart(_ token: Int) -> Bool {
        mentions.contains { $0.tokenRange.lowerBound == token }
    }

    /// The entities mentioned in a sentence, in order of first mention, with the token where each mention starts.
    func entityMentions(inSentence index: Int) -> [(entity: Int, range: Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        for (m, mention) in mentions.enumerated() where mention.sentenceIndex == index {
            if let entity = mentionEntities[m] { result.append((entity, mention.tokenRange)) }
        }
        return result
    }
}
