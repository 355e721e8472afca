import CelluliteKit

extension KnowledgeBaseLoader {
    /// The bundled knowledge base; a broken one is a failure of the program, not bad input.
    static func loadForCommand() throws(CLIError) -> KnowledgeBase {
        do {
            return try bundled()
        } catch {
            throw .failure(error.description)
        }
    }
}
