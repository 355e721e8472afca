import CelluliteImaging
import CelluliteKit
import Vapor

/// The one place where errors become HTTP: typed domain and web errors map to a status and a
/// problem body naming the bad field; anything unexpected is a 500 that hides its details.
extension Problem {
    public init(error: any Error, environment: Environment) {
        switch error {
        case let error as APIError:
            self.init(apiError: error)
        case let error as ProfileError:
            self.init(profileError: error)
        case let error as AssessmentError:
            self.init(
                type: ProblemType.invalidFields, title: "Invalid assessment", status: .unprocessableEntity,
                detail: error.description)
        case let rejection as RequestRejection:
            self.init(title: rejection.status.reasonPhrase, status: rejection.status, detail: rejection.reason)
        case let error as DecodingError:
            self.init(decodingError: error)
        case let error as CheckInError:
            switch error {
            case .malformed(let reason): self.init(apiError: .malformedJSON(reason))
            case .invalid: self.init(invalidFields: error.fieldErrors, title: "Invalid check-in")
            }
        case let error as RoutineTickError:
            switch error {
            case .malformed(let reason): self.init(apiError: .malformedJSON(reason))
            case .invalid: self.init(invalidFields: error.fieldErrors, title: "Invalid routine day")
            }
        case let error as PhotoError:
            switch error {
            case .invalid, .notEnoughPhotos: self.init(invalidFields: error.fieldErrors, title: "Invalid photo request")
            case .alreadyChosen:
                self.init(title: "Conflict", status: .conflict, detail: "This comparison was rated already.")
            }
        case let error as ImagingError:
            self.init(imagingError: error)
        case let error as AdherenceError:
            self.init(invalidFields: [error.fieldError], title: "Invalid date range")
        case let error as AccountError:
            self.init(title: error.status.reasonPhrase, status: error.status, detail: error.reason)
        case let abort as any AbortError where abort.status.code < 500:
            // The framework's own reasons can name its types (security review D7): status only.
            self.init(title: abort.status.reasonPhrase, status: abort.status)
        default:
            // The log has the details; the client never does.
            self.init(
                title: "Internal Server Error", status: .internalServerError,
                detail: "Something went wrong on our side.")
        }
    }

    init(apiError: APIError) {
        switch apiError {
        case .malformedJSON(let reason):
            self.init(
                type: ProblemType.malformedJSON, title: "Malformed JSON", status: .badRequest,
                detail: "The request body is not valid JSON: \(reason)")
        case .malformedForm:
            self.init(
                type: ProblemType.malformedForm, title: "Malformed form", status: .badRequest,
                detail: "The request body is not a multipart/form-data form with the boundary it names.")
        case .invalidFields(let errors):
            self.init(invalidFields: errors, title: "Invalid request body")
        case .invalidParameter(let name, let message):
            self.init(
                type: ProblemType.invalidParameter, title: "Invalid query parameter", status: .badRequest,
                detail: "\(name): \(message)", field: name,
                errors: [InvalidField(field: name, message: message)])
        case .notFound(let what):
            self.init(type: ProblemType.notFound, title: "Not Found", status: .notFound, detail: what)
        }
    }

    /// A file that is not a photo we take: 415 for another kind of file, 422 for one that claims
    /// to be a JPEG or PNG and does not decode or is too large in pixels.
    init(imagingError: ImagingError) {
        let message: String
        switch imagingError {
        case .unsupportedFormat:
            self.init(
                title: "Unsupported Media Type", status: .unsupportedMediaType,
                detail: "file: is not a JPEG or PNG image (judged by its content, not its name)", field: "file",
                errors: [InvalidField(field: "file", message: "is not a JPEG or PNG image")])
            return
        case .empty: message = "is empty"
        case let .tooManyPixels(width, height, limit):
            message = "is \(width) × \(height) pixels; at most \(limit / 1_000_000) megapixels are accepted"
        case .undecodable(let reason): message = "could not be read as an image (\(reason))"
        }
        self.init(invalidFields: [FieldError(field: "file", message: message)], title: "Unreadable photo")
    }

    init(profileError: ProfileError) {
        switch profileError {
        case .malformed(let reason):
            self.init(apiError: .malformedJSON(reason))
        case .invalidFields(let errors):
            self.init(invalidFields: errors, title: "Invalid profile")
        }
    }

    init(invalidFields errors: [FieldError], title: String) {
        self.init(
            type: ProblemType.invalidFields, title: title, status: .unprocessableEntity,
            detail: errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
            field: errors.first?.field,
            errors: errors.map { InvalidField(field: $0.field, message: $0.message) })
    }

    /// Only reached if a route decodes with Codable directly: a path means valid JSON with a bad value.
    init(decodingError: DecodingError) {
        let (path, message): ([any CodingKey], String) =
            switch decodingError {
            case .keyNotFound(let key, let context): (context.codingPath + [key], "is required")
            case .valueNotFound(_, let context): (context.codingPath, "must not be null")
            case .typeMismatch(_, let context): (context.codingPath, "has the wrong type")
            case .dataCorrupted(let context): (context.codingPath, "is not valid")
            @unknown default: ([], "is invalid")
            }
        guard !path.isEmpty else {
            self.init(apiError: .malformedJSON(message))
            return
        }
        let field = FieldPath.render(path)
        self.init(invalidFields: [FieldError(field: field, message: message)], title: "Invalid request body")
    }
}

/// Renders coding paths the way the problem bodies name fields: `severity.score`, `items[2]`.
enum FieldPath {
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
