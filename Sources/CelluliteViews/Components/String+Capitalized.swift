extension String {
    /// "moderate" → "Moderate": labels from the domain are lower case, sentences start with a capital.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
