import CelluliteImaging
import CelluliteKit
import CelluliteStore
import CelluliteViews
import Vapor

/// The photo pages (issue 10). Uploads are multipart forms with the CSRF token as a field;
/// images are served here, to their owner only, never as static files. Another account's ids
/// answer 404, like ones that do not exist.
///
/// | route                                         | does                                          |
/// |-----------------------------------------------|-----------------------------------------------|
/// | GET /photos/guide                             | how to take the photos (open to everyone)     |
/// | GET, POST /dashboard/photos                   | the photos and the upload form; an upload     |
/// | GET /dashboard/photos/:id                     | one photo                                     |
/// | GET /dashboard/photos/:id/image (?size=thumb) | its image                                     |
/// | GET, POST /dashboard/photos/:id/delete        | asks, then deletes                            |
/// | GET /dashboard/photos/compare                 | two photos of one view side by side           |
/// | GET, POST /dashboard/photos/ratings           | blinded ratings so far; a new one             |
/// | GET, POST /dashboard/photos/ratings/:id       | the blind question; the answer                |
/// | GET /dashboard/photos/ratings/:id/:side       | one side's image                              |
struct PhotoPagesController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.photoGuide.pathComponents, use: guide)
        routes.get(SiteURL.photos.pathComponents, use: library)
        routes.post(SiteURL.photos.pathComponents, use: upload)
        routes.get(SiteURL.photoCompare().pathComponents, use: compare)
        routes.get(SiteURL.photoRatings.pathComponents, use: ratings)
        routes.post(SiteURL.photoRatings.pathComponents, use: startRating)
        let photo = SiteURL.photos.pathComponents + [":photo"]
        routes.get(photo, use: show)
        routes.get(photo + ["image"], use: image).cached(.privateNoStore)
        routes.get(photo + ["delete"], use: confirmDelete)
        routes.post(photo + ["delete"], use: delete)
        let rating = SiteURL.photoRatings.pathComponents + [":rating"]
        routes.get(rating, use: showRating)
        routes.post(rating, use: answerRating)
        routes.get(rating + [":side"], use: ratingImage).cached(.privateNoStore)
    }

    private var store: any TrackerStore { services.store }
    private var meta: KnowledgeMeta { context.knowledgeBase.meta }

    @Sendable func guide(_ request: Request) async throws -> Response {
        let signedIn = try await PageAccount.signedIn(request, store: store) != nil
        return PhotoGuideView.render(PhotoPresenter.guide(meta, signedIn: signedIn)).pageResponse()
    }

    @Sendable func library(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        return try await libraryPage(request, account.account.id, view: nil, date: nil, errors: [], status: .ok)
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let id = account.account.id
        var sent: PhotoLibrary.Upload?
        do {
            let upload = try await PhotoUploadForm.decode(request, on: services.photos.decoders)
            sent = upload
            let photo = try await services.photos.accept(upload, of: id, today: services.latestToday())
            PageFlash.set(
                request, "Added: your \(photo.view.name.lowercased()) photo of \(Present.dateText(photo.date.iso)).")
            return request.redirect(to: SiteURL.photos.href, redirectType: .normal)
        } catch {
            guard let refusal = Self.refusal(error) else { throw error }
            return try await libraryPage(
                request, id, view: sent?.draft.view, date: sent?.draft.date, errors: refusal.errors,
                status: refusal.status)
        }
    }

    /// What the form shows for a refused upload, and with which status; nil for an error that is
    /// not about the upload (the database is down).
    static func refusal(_ error: any Error) -> (errors: [FieldError], status: HTTPStatus)? {
        switch error {
        case let error as PhotoError: return (error.fieldErrors, .unprocessableEntity)
        case let error as ImagingError:
            let problem = Problem(imagingError: error)
            let message = problem.errors?.first?.message ?? error.description
            return ([FieldError(field: "file", message: message)], problem.httpStatus)
        case RequestRejection.bodyTooLarge(let limit):
            return ([FieldError(field: "file", message: "is over \(limit / 1_048_576) MB")], .payloadTooLarge)
        case RequestRejection.unsupportedMediaType:
            return ([FieldError(field: "file", message: "was not sent as a file upload")], .unsupportedMediaType)
        case is DecodingError:
            return ([FieldError(field: "file", message: "could not be read from the form")], .badRequest)
        default: return nil
        }
    }

    private func libraryPage(
        _ request: Request, _ account: Account.ID, view: String?, date: String?, errors: [FieldError],
        status: HTTPStatus
    ) async throws -> Response {
        let photos = try await store.photos(of: account)
        let model = PhotoLibraryVM(
            chrome: Present.chrome(meta, title: "Your progress photos", active: nil),
            savedNote: PageFlash.take(request),
            upload: PhotoPresenter.uploadForm(
                csrfToken: request.csrfToken(), today: services.pageToday(context), view: view, date: date,
                errors: errors),
            groups: PhotoPresenter.groups(photos))
        return PhotoLibraryView.render(model).pageResponse(status: status)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let photo = try await owned(request, account.account.id)
        let photos = try await store.photos(of: account.account.id)
        let baseline = Photo.baselines(of: photos)[photo.view]
        let sameView = photos.filter { $0.view == photo.view }
        let model = PhotoPageVM(
            chrome: Present.chrome(meta, title: photo.view.name, active: nil),
            heading: "\(photo.view.name), \(Present.dateText(photo.date.iso))",
            src: .photoImage(id: photo.id.uuidString, thumbnail: false), alt: PhotoPresenter.alt(photo),
            facts: PhotoPresenter.pageFacts(photo, isBaseline: baseline == photo),
            deleteHref: .photoDelete(id: photo.id.uuidString),
            compareHref: sameView.count > 1
                ? PhotoPresenter.compareLink(
                    view: photo.view, left: baseline == photo ? nil : baseline?.id,
                    right: baseline == photo ? nil : photo.id) : nil)
        return PhotoPageView.render(model).pageResponse()
    }

    @Sendable func image(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { throw Abort(.notFound) }
        guard let id = request.parameters.get("photo").flatMap(Photo.ID.init(uuidString:)),
            let bytes = try await services.photos.image(id, size: Self.size(request), of: account.account.id)
        else { throw Abort(.notFound) }
        return PhotoResponse.jpeg(bytes)
    }

    @Sendable func confirmDelete(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let photo = try await owned(request, account.account.id)
        let id = photo.id.uuidString
        let model = DeleteConfirmationVM(
            chrome: Present.chrome(meta, title: "Delete a photo", active: nil),
            heading: "Delete your \(photo.view.name.lowercased()) photo of \(Present.dateText(photo.date.iso))?",
            facts: Array(PhotoPresenter.pageFacts(photo, isBaseline: false).prefix(2)),
            consequence: "Deleting removes the photo and its stored copies for good. It cannot be undone.",
            button: "Delete this photo", action: .photoDelete(id: id), csrfToken: request.csrfToken(),
            keepHref: .photo(id: id))
        return DeleteConfirmationView.render(model).pageResponse()
    }

    @Sendable func delete(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let photo = try await owned(request, account.account.id)
        guard try await store.deletePhoto(photo.id, of: account.account.id) else { throw Abort(.notFound) }
        PageFlash.set(
            request, "Deleted: your \(photo.view.name.lowercased()) photo of \(Present.dateText(photo.date.iso)).")
        return request.redirect(to: SiteURL.photos.href, redirectType: .normal)
    }

    @Sendable func compare(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let photos = try await store.photos(of: account.account.id)
        let query = request.queryParameters
        let view =
            query.values("view").last.flatMap(PhotoView.init(rawValue:))
            ?? PhotoView.allCases.first { view in photos.filter { $0.view == view }.count > 1 } ?? .backRelaxed
        let model = PhotoComparePresenter.model(
            meta, photos: photos, view: view,
            left: query.values("left").last.flatMap(Photo.ID.init(uuidString:)),
            right: query.values("right").last.flatMap(Photo.ID.init(uuidString:)))
        return PhotoCompareView.render(model).pageResponse()
    }

    // MARK: Blinded ratings

    @Sendable func ratings(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let photos = try await store.photos(of: account.account.id)
        let answered = try await store.comparisons(of: account.account.id).filter { $0.choice != nil }
        let starts = PhotoView.allCases.map { view in
            let days = Set(photos.filter { $0.view == view }.map(\.date))
            return RatingStartVM(
                view: view.rawValue, name: view.name,
                unavailable: days.count > 1 ? nil : "needs photos from two different days")
        }
        let model = PhotoRatingsVM(
            chrome: Present.chrome(meta, title: "Rate your photos blind", active: nil), csrfToken: request.csrfToken(),
            starts: starts,
            history: answered.reversed().map { comparison in
                RatingRowVM(
                    view: comparison.view.name, dates: PhotoPresenter.datesText(comparison),
                    answer: PhotoPresenter.answerText(comparison), href: .photoRating(id: comparison.id.uuidString))
            },
            summary: PhotoPresenter.summary(answered))
        return PhotoRatingsView.render(model).pageResponse()
    }

    @Sendable func startRating(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let form = try request.formParameters(limits: request.application.webSecurity.query)
        guard let view = form.values("view").last.flatMap(PhotoView.init(rawValue:)) else { throw Abort(.badRequest) }
        let comparison = try await services.photos.startComparison(of: view, for: account.account.id)
        return request.redirect(to: SiteURL.photoRating(id: comparison.id.uuidString).href, redirectType: .normal)
    }

    @Sendable func showRating(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        return ratingPage(request, try await ownedRating(request, account.account.id), error: nil)
    }

    @Sendable func answerRating(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let comparison = try await ownedRating(request, account.account.id)
        let form = try request.formParameters(limits: request.application.webSecurity.query)
        guard let smoother = form.values("smoother").last.flatMap(PhotoComparison.Smoother.init(rawValue:)) else {
            return ratingPage(request, comparison, error: "Choose one of the three answers")
        }
        do {
            _ = try await services.photos.record(smoother, in: comparison, of: account.account.id)
        } catch PhotoError.alreadyChosen {
            // Answered already (a second tab): the page shows that answer.
        }
        return request.redirect(to: SiteURL.photoRating(id: comparison.id.uuidString).href, redirectType: .normal)
    }

    private func ratingPage(_ request: Request, _ comparison: PhotoComparison, error: String?) -> Response {
        let id = comparison.id.uuidString
        let revealed = comparison.choice != nil
        func side(_ name: String) -> ComparedPhotoVM {
            ComparedPhotoVM(
                src: .photoRatingImage(id: id, side: name),
                alt: "\(comparison.view.name), photo \(name == "left" ? "A" : "B")",
                caption: PhotoPresenter.sideCaption(name, comparison, revealed: revealed))
        }
        let model = PhotoRatingVM(
            chrome: Present.chrome(meta, title: "Which looks smoother?", active: nil),
            heading: revealed ? "What your blind answer says" : "Which looks smoother?",
            left: side("left"), right: side("right"), action: .photoRating(id: id), csrfToken: request.csrfToken(),
            revealed: revealed
                ? [
                    FactRowVM(label: "Photo A", value: Present.dateText(comparison.left.date.iso)),
                    FactRowVM(label: "Photo B", value: Present.dateText(comparison.right.date.iso)),
                    FactRowVM(label: "Your answer", value: PhotoPresenter.answerText(comparison)),
                ] : nil,
            verdict: revealed ? PhotoPresenter.verdict(comparison) : error)
        return PhotoRatingView.render(model).pageResponse(status: error == nil ? .ok : .badRequest)
    }

    @Sendable func ratingImage(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { throw Abort(.notFound) }
        let comparison = try await ownedRating(request, account.account.id)
        guard
            let bytes = try await services.photos.image(
                side: request.parameters.get("side"), of: comparison, size: Self.size(request),
                account: account.account.id)
        else { throw Abort(.notFound) }
        return PhotoResponse.jpeg(bytes)
    }

    /// `?size=thumb` for the thumbnail; anything else, the stored image.
    private static func size(_ request: Request) -> PhotoSize {
        request.queryParameters.values("size").last == "thumb" ? .thumbnail : .full
    }

    // MARK: Ownership

    private func owned(_ request: Request, _ account: Account.ID) async throws -> Photo {
        guard let id = request.parameters.get("photo").flatMap(Photo.ID.init(uuidString:)),
            let photo = try await store.photo(id, of: account)
        else { throw Abort(.notFound) }
        return photo
    }

    private func ownedRating(_ request: Request, _ account: Account.ID) async throws -> PhotoComparison {
        guard let id = request.parameters.get("rating").flatMap(PhotoComparison.ID.init(uuidString:)),
            let comparison = try await store.comparison(id, of: account)
        else { throw Abort(.notFound) }
        return comparison
    }

    private func logIn(_ request: Request) -> Response {
        request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
    }
}
