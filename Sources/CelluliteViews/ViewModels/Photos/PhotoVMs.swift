/// A photo as a small picture that links to its page.
public struct PhotoThumbVM: Sendable, Hashable {
    var href: SiteURL
    var src: SiteURL
    var alt: String
    /// "30 November 2026", with "(baseline)" for a view's first photo.
    var caption: String

    public init(href: SiteURL, src: SiteURL, alt: String, caption: String) {
        self.href = href
        self.src = src
        self.alt = alt
        self.caption = caption
    }
}

/// One view's photos, oldest first, and the way to compare them.
public struct PhotoViewGroupVM: Sendable, Hashable {
    var heading: String
    var photos: [PhotoThumbVM]
    /// Nil with fewer than two photos.
    var compareHref: SiteURL?

    public init(heading: String, photos: [PhotoThumbVM], compareHref: SiteURL?) {
        self.heading = heading
        self.photos = photos
        self.compareHref = compareHref
    }
}

/// The upload form: a file from the camera or the library, the view and the day.
public struct PhotoUploadFormVM: Sendable, Hashable {
    var csrfToken: String
    var errors: [FormErrorVM]
    var fileError: String?
    var view: ChoiceFieldVM
    var date: TextFieldVM

    public init(
        csrfToken: String, errors: [FormErrorVM], fileError: String?, view: ChoiceFieldVM, date: TextFieldVM
    ) {
        self.csrfToken = csrfToken
        self.errors = errors
        self.fileError = fileError
        self.view = view
        self.date = date
    }
}

/// `GET /dashboard/photos`.
public struct PhotoLibraryVM: Sendable {
    var chrome: PageChrome
    var savedNote: String?
    var upload: PhotoUploadFormVM
    var groups: [PhotoViewGroupVM]

    public init(chrome: PageChrome, savedNote: String?, upload: PhotoUploadFormVM, groups: [PhotoViewGroupVM]) {
        self.chrome = chrome
        self.savedNote = savedNote
        self.upload = upload
        self.groups = groups
    }
}

/// `GET /dashboard/photos/{id}`.
public struct PhotoPageVM: Sendable {
    var chrome: PageChrome
    var heading: String
    var src: SiteURL
    var alt: String
    var facts: [FactRowVM]
    var deleteHref: SiteURL
    var compareHref: SiteURL?

    public init(
        chrome: PageChrome, heading: String, src: SiteURL, alt: String, facts: [FactRowVM], deleteHref: SiteURL,
        compareHref: SiteURL?
    ) {
        self.chrome = chrome
        self.heading = heading
        self.src = src
        self.alt = alt
        self.facts = facts
        self.deleteHref = deleteHref
        self.compareHref = compareHref
    }
}

/// A choice of photo in the comparison's pickers.
public struct PhotoOptionVM: Sendable, Hashable {
    var value: String
    var label: String
    var isSelected: Bool

    public init(value: String, label: String, isSelected: Bool) {
        self.value = value
        self.label = label
        self.isSelected = isSelected
    }
}

/// One side of a comparison.
public struct ComparedPhotoVM: Sendable, Hashable {
    var src: SiteURL
    var alt: String
    var caption: String

    public init(src: SiteURL, alt: String, caption: String) {
        self.src = src
        self.alt = alt
        self.caption = caption
    }
}

/// `GET /dashboard/photos/compare`: pickers (a GET form) and the two photos.
public struct PhotoCompareVM: Sendable {
    var chrome: PageChrome
    var views: [PhotoOptionVM]
    var leftOptions: [PhotoOptionVM]
    var rightOptions: [PhotoOptionVM]
    /// Nil when the view has fewer than two photos.
    var pair: (left: ComparedPhotoVM, right: ComparedPhotoVM)?
    var note: String

    public init(
        chrome: PageChrome, views: [PhotoOptionVM], leftOptions: [PhotoOptionVM], rightOptions: [PhotoOptionVM],
        pair: (left: ComparedPhotoVM, right: ComparedPhotoVM)?, note: String
    ) {
        self.chrome = chrome
        self.views = views
        self.leftOptions = leftOptions
        self.rightOptions = rightOptions
        self.pair = pair
        self.note = note
    }
}

/// A view one can start a blinded rating of, or why not.
public struct RatingStartVM: Sendable, Hashable {
    var view: String
    var name: String
    /// Nil when it can start; otherwise why not.
    var unavailable: String?

    public init(view: String, name: String, unavailable: String?) {
        self.view = view
        self.name = name
        self.unavailable = unavailable
    }
}

/// An answered blinded rating, for the history table.
public struct RatingRowVM: Sendable, Hashable {
    var view: String
    var dates: String
    var answer: String
    var href: SiteURL

    public init(view: String, dates: String, answer: String, href: SiteURL) {
        self.view = view
        self.dates = dates
        self.answer = answer
        self.href = href
    }
}

/// `GET /dashboard/photos/ratings`.
public struct PhotoRatingsVM: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var starts: [RatingStartVM]
    var history: [RatingRowVM]
    var summary: String?

    public init(
        chrome: PageChrome, csrfToken: String, starts: [RatingStartVM], history: [RatingRowVM], summary: String?
    ) {
        self.chrome = chrome
        self.csrfToken = csrfToken
        self.starts = starts
        self.history = history
        self.summary = summary
    }
}

/// `GET /dashboard/photos/ratings/{id}`: the question, or once answered, what it revealed.
public struct PhotoRatingVM: Sendable {
    var chrome: PageChrome
    var heading: String
    var left: ComparedPhotoVM
    var right: ComparedPhotoVM
    var action: SiteURL
    var csrfToken: String
    /// Nil until answered: then the dates and what the answer means.
    var revealed: [FactRowVM]?
    var verdict: String?

    public init(
        chrome: PageChrome, heading: String, left: ComparedPhotoVM, right: ComparedPhotoVM, action: SiteURL,
        csrfToken: String, revealed: [FactRowVM]?, verdict: String?
    ) {
        self.chrome = chrome
        self.heading = heading
        self.left = left
        self.right = right
        self.action = action
        self.csrfToken = csrfToken
        self.revealed = revealed
        self.verdict = verdict
    }
}

/// One pose of the photo guide.
public struct PoseVM: Sendable, Hashable {
    /// "back-relaxed": which outline to draw.
    var view: String
    var name: String
    var instruction: String

    public init(view: String, name: String, instruction: String) {
        self.view = view
        self.name = name
        self.instruction = instruction
    }
}

/// `GET /photos/guide`.
public struct PhotoGuideVM: Sendable {
    var chrome: PageChrome
    var poses: [PoseVM]
    var rules: [String]
    var signedIn: Bool

    public init(chrome: PageChrome, poses: [PoseVM], rules: [String], signedIn: Bool) {
        self.chrome = chrome
        self.poses = poses
        self.rules = rules
        self.signedIn = signedIn
    }
}
