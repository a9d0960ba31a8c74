extension Document {
    /// The entity at token `index` if it has the given types.
    func entity(atToken index: Int, types: Set<EntityType>) -> Int? {
        guard index >= 0, index < tokenEntities.count, let entity = tokenEntities[index],
              types.contains(entities[entity].type) else { return nil }
        return entity
    }

    /// The token range of the mention covering token `index`, when that mention names an entity.
    func mentionRange(atToken index: Int) -> Range<Int>? {
        guard index >= 0, index < tokenEntities.count, tokenEntities[index] != nil,
              let mention = tokenMentions[index] else { return nil }
        return mentions[mention].tokenRange
    }
}
