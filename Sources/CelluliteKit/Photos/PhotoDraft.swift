/// The fields that come with an upload (`view`, `date`, `checkin`), as sent, before checking.
/// The file itself is the imaging library's to judge.
public struct PhotoDraft: Sendable, Hashable {
    public var view: String?
    public var date: String?
    public var checkIn: String?

    public init(view: String?, date: String?, checkIn: String?) {
        self.view = view
        self.date = date
        self.checkIn = checkIn
    }

    /// The checked fields of an upload.
    public struct Checked: Sendable, Hashable {
        public let view: PhotoView
        public let date: LocalDate
        public let checkIn: CheckIn.ID?
    }

    /// Every problem at once, in field order; a blank `checkin` means none.
    public func validate(today: LocalDate) throws(PhotoError) -> Checked {
        var problems: [FieldError] = []
        let view = self.view.flatMap(PhotoView.init(rawValue:))
        if view == nil {
            let allowed = PhotoView.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(FieldError(field: "view", message: "must be one of \(allowed)"))
        }
        var date: LocalDate?
        do {
            date = try LocalDate(parsing: self.date ?? "")
            if let day = date, day > today {
                problems.append(
                    FieldError(
                        field: "date", message: "\(day) is after today (\(today)); a photo cannot be in the future"))
            }
        } catch {
            problems.append(FieldError(field: "date", message: self.date == nil ? "is required" : error.description))
        }
        var checkIn: CheckIn.ID?
        if let text = self.checkIn, !text.isEmpty {
            checkIn = CheckIn.ID(uuidString: text)
            if checkIn == nil { problems.append(FieldError(field: "checkin", message: "must be a check-in id")) }
        }
        guard let view, let date, problems.isEmpty else { throw .invalid(problems) }
        return Checked(view: view, date: date, checkIn: checkIn)
    }
}

/// Why a photo or a comparison was refused. Nothing is stored alongside it.
public enum PhotoError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every bad field, named as in the contract ("view", "date", "checkin", "file", "smoother").
    case invalid([FieldError])
    /// A comparison of this view needs photos from two different days.
    case notEnoughPhotos(PhotoView)
    /// The comparison was rated already; a blinded rating counts once.
    case alreadyChosen

    public var fieldErrors: [FieldError] {
        switch self {
        case .invalid(let errors): errors
        case .notEnoughPhotos(let view):
            [FieldError(field: "view", message: "needs photos of \(view.rawValue) from two different days")]
        case .alreadyChosen:
            [FieldError(field: "smoother", message: "this comparison was rated already")]
        }
    }

    public var description: String { fieldErrors.map { "\($0.field): \($0.message)" }.joined(separator: "; ") }
}
