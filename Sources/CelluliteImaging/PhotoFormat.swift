/// What a file's content says it is. Never its name or its declared content type.
public enum PhotoFormat: String, Sendable {
    case jpeg, png
}
