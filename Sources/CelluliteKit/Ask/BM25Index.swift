import Foundation

/// An inverted index scored with Okapi BM25 over field-weighted term counts (BM25F-style: a word in a
/// question counts more than the same word in the evidence). Built once; scoring touches only the
/// postings of the query's terms.
struct BM25Index: Sendable {
    struct Posting: Sendable {
        var document: Int
        var frequency: Double
    }

    let k1: Double
    let b: Double
    let documentCount: Int
    private let postings: [String: [Posting]]
    private let idf: [String: Double]
    private let lengthNorm: [Double]

    /// `documents[i]` maps each term of document i to its weighted frequency.
    init(documents: [[String: Double]], k1: Double = 1.2, b: Double = 0.75) {
        self.k1 = k1
        self.b = b
        documentCount = documents.count
        var postings: [String: [Posting]] = [:]
        var lengths: [Double] = []
        for (index, terms) in documents.enumerated() {
            lengths.append(terms.values.reduce(0, +))
            for (term, frequency) in terms where frequency > 0 {
                postings[term, default: []].append(Posting(document: index, frequency: frequency))
            }
        }
        let average = max(lengths.reduce(0, +) / Double(max(lengths.count, 1)), 1)
        lengthNorm = lengths.map { k1 * (1 - b + b * $0 / average) }
        let n = Double(documents.count)
        idf = postings.mapValues { list in
            let df = Double(list.count)
            return log(1 + (n - df + 0.5) / (df + 0.5))
        }
        self.postings = postings
    }

    var vocabulary: Dictionary<String, [Posting]>.Keys { postings.keys }

    func contains(_ term: String) -> Bool { postings[term] != nil }

    func inverseDocumentFrequency(_ term: String) -> Double { idf[term] ?? 0 }

    /// Scores every document that shares a term with the weighted query. Returns the raw scores
    /// (indexed by document) and the best score any document could reach, for normalising to 0…1.
    func score(_ query: [String: Double]) -> (scores: [Double], ceiling: Double) {
        var scores = [Double](repeating: 0, count: documentCount)
        var ceiling = 0.0
        for (term, weight) in query {
            guard let list = postings[term], let idf = idf[term] else { continue }
            ceiling += weight * idf * (k1 + 1)
            for posting in list {
                let tf = posting.frequency
                scores[posting.document] += weight * idf * tf * (k1 + 1) / (tf + lengthNorm[posting.document])
            }
        }
        return (scores, ceiling)
    }
}
