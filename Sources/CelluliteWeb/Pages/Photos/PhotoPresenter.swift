import CelluliteKit
import CelluliteViews

/// Photos and blinded ratings as view-models. Alt texts and captions say the view and the day,
/// never more: the pictures themselves are the person's.
enum PhotoPresenter {
    static let guideRules = [
        "The same light, from one side: a window to your left or right, no flash, no ceiling light straight above. Light from the side shows the texture that light from the front flattens.",
        "The same distance and height: mark the spot on the floor, and keep the camera at hip height (a shelf or a timer helps).",
        "The same clothing, or none: the same underwear each time, pulled to the same line.",
        "No face: frame from the waist to the knees. Nothing in the photo needs to say who you are.",
        "The first photo of each view is its baseline: later photos are compared with it.",
    ]

    static func guide(_ meta: KnowledgeMeta, signedIn: Bool) -> PhotoGuideVM {
        PhotoGuideVM(
            chrome: Present.chrome(meta, title: "How to take progress photos", active: nil),
            poses: PhotoView.allCases.map { PoseVM(view: $0.rawValue, name: $0.name, instruction: $0.pose) },
            rules: guideRules, signedIn: signedIn)
    }

    static func caption(_ photo: Photo, baseline: Bool) -> String {
        Present.dateText(photo.date.iso) + (baseline ? " (baseline)" : "")
    }

    static func alt(_ photo: Photo) -> String {
        "\(photo.view.name), \(Present.dateText(photo.date.iso))"
    }

    static func groups(_ photos: [Photo]) -> [PhotoViewGroupVM] {
        let baselines = Photo.baselines(of: photos)
        return PhotoView.allCases.compactMap { view in
            let ofView = photos.filter { $0.view == view }
            guard !ofView.isEmpty else { return nil }
            return PhotoViewGroupVM(
                heading: view.name,
                photos: ofView.map { photo in
                    PhotoThumbVM(
                        href: .photo(id: photo.id.uuidString),
                        src: .photoImage(id: photo.id.uuidString, thumbnail: true),
                        alt: alt(photo), caption: caption(photo, baseline: baselines[view] == photo))
                },
                compareHref: ofView.count > 1 ? compareLink(view: view) : nil)
        }
    }

    static func compareLink(view: PhotoView, left: Photo.ID? = nil, right: Photo.ID? = nil) -> SiteURL {
        var pairs = [("view", view.rawValue)]
        if let left { pairs.append(("left", left.uuidString)) }
        if let right { pairs.append(("right", right.uuidString)) }
        return .photoCompare(SiteURL.Query(encoded: pairs.map { "\($0)=\($1)" }.joined(separator: "&")))
    }

    /// The form, with what was sent and every problem; the file itself has to be chosen again.
    static func uploadForm(
        csrfToken: String, today: LocalDate, view: String?, date: String?, errors: [FieldError]
    ) -> PhotoUploadFormVM {
        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        let fileError = error("file").map { $0 + ". Choose the photo again." }
        let ids = ["file": "file", "view": "view", "date": "date", "checkin": "view"]
        return PhotoUploadFormVM(
            csrfToken: csrfToken,
            errors: errors.map {
                FormErrorVM(fieldID: ids[$0.field] ?? "file", message: "\(label($0.field)): \($0.message)")
            },
            fileError: errors.isEmpty
                ? nil : fileError ?? "Choose the photo again: a browser never keeps a chosen file.",
            view: ChoiceFieldVM(
                kind: .radio, name: "view", id: "view", legend: "Which view is it?",
                choices: PhotoView.allCases.map {
                    ChoiceVM(value: $0.rawValue, label: $0.name, isSelected: $0.rawValue == view)
                }, error: error("view")),
            date: TextFieldVM(
                name: "date", id: "date", label: "Day it was taken", hint: "Today, or an earlier day.",
                value: date ?? today.iso, error: error("date"), inputType: "date", max: today.iso))
    }

    private static func label(_ field: String) -> String {
        switch field {
        case "view": "View"
        case "date": "Day"
        case "checkin": "Check-in"
        default: "Photo"
        }
    }

    static func pageFacts(_ photo: Photo, isBaseline: Bool) -> [FactRowVM] {
        [
            FactRowVM(label: "View", value: photo.view.name),
            FactRowVM(label: "Taken", value: caption(photo, baseline: isBaseline)),
            FactRowVM(
                label: "Stored size", value: "\(photo.width) × \(photo.height) pixels, without the camera's data"),
        ]
    }

    // MARK: Blinded ratings

    static func answerText(_ comparison: PhotoComparison) -> String {
        switch comparison.laterLooksSmoother {
        case nil: "Not answered yet"
        case true?: "The later photo looked smoother"
        case false? where comparison.choice?.smoother == .same: "They looked the same"
        case false?: "The earlier photo looked smoother"
        }
    }

    static func datesText(_ comparison: PhotoComparison) -> String {
        let dates = [comparison.left.date, comparison.right.date].sorted()
        return "\(Present.dateText(dates[0].iso)) and \(Present.dateText(dates[1].iso))"
    }

    /// "In 3 of 4 blinded ratings the later photo looked smoother."
    static func summary(_ answered: [PhotoComparison]) -> String? {
        guard !answered.isEmpty else { return nil }
        let later = answered.filter { $0.laterLooksSmoother == true }.count
        let noun = answered.count == 1 ? "rating" : "ratings"
        return "In \(later) of \(answered.count) blinded \(noun) you picked the later photo as smoother. "
            + "A change you only see when you know the dates is not one to rely on."
    }

    static func verdict(_ comparison: PhotoComparison) -> String {
        switch comparison.laterLooksSmoother {
        case true?: "You picked the later photo as smoother, without knowing which it was."
        case false? where comparison.choice?.smoother == .same:
            "You saw no difference between the first photo and the latest."
        default: "You picked the earlier photo as smoother: blind, the change you hoped for did not show."
        }
    }

    static func sideCaption(_ side: String, _ comparison: PhotoComparison, revealed: Bool) -> String {
        let letter = side == "left" ? "A" : "B"
        guard revealed else { return "Photo \(letter)" }
        let date = side == "left" ? comparison.left.date : comparison.right.date
        return "Photo \(letter): \(Present.dateText(date.iso))"
    }
}
