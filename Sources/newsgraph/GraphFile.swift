import NewsGraph

/// Loads a graph file for a subcommand; a file that is not ours becomes the one-line CLI error.
func loadGraphFile(_ path: String) throws -> GraphLoader.Loaded {
    do {
        return try GraphLoader.load(path: path)
    } catch let error as GraphLoadError {
        throw CLIError(error.description)
    }
}
