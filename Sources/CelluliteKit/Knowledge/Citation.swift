public enum SourceQuality: String, Codable, Sendable, CaseIterable {
    /// A study, trial, label or regulatory record.
    case primary
    /// A review, textbook chapter or grading framework.
    case secondary
    /// A consumer site, clinic page, blog or press coverage.
    case low
}

public struct Citation: Codable, Sendable, Hashable, Identifiable {
    /// The research sheet's source number, e.g. "S26" or "S68a".
    public var id: String
    public var authors: String
    public var year: String?
    public var title: String
    /// Journal, book, publisher or site.
    public var journal: String?
    public var doi: String?
    public var pmid: String?
    public var pmcid: String?
    public var quality: SourceQuality
    /// Parts of the reference that could not be checked.
    public var unconfirmed: String?
}
