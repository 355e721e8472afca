import CelluliteKit
import Foundation

/// The bundled knowledge base, loaded once for all tests.
let knowledgeBase: KnowledgeBase = {
    do {
        return try KnowledgeBaseLoader.bundled()
    } catch {
        fatalError("bundled knowledge base is invalid: \(error)")
    }
}()

let engine = PlanEngine(knowledgeBase: knowledgeBase)
