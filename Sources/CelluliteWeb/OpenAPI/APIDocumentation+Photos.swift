import CelluliteKit

/// Progress photos and blinded comparisons (ARCHITECTURE 3.7).
extension APIDocumentation {
    static let photoPaths: [String: Doc.PathItem] = [
        "/api/me/photos": .init(operations: [
            "post": Doc.Operation(
                operationId: "uploadPhoto", summary: "Upload a progress photo",
                description: "A JPEG or PNG of at most 10 MB and 40 megapixels, judged by its content. What is "
                    + "stored is a re-encoded copy (long edge at most 2,048 px, EXIF orientation applied, no "
                    + "metadata), encrypted at rest; the uploaded bytes are never written anywhere. 413 above "
                    + "10 MB, 415 for another kind of file, 422 for one that does not decode or bad fields.",
                parameters: nil,
                requestBody: Doc.RequestBody(content: [
                    "multipart/form-data": .init(schema: .ref("PhotoUpload"))
                ]),
                responses: [
                    "201": ok("The photo.", "Photo"), "413": problem("The file is over 10 MB."),
                    "400": problem("The body does not parse as a multipart form."),
                    "415": problem("Not multipart/form-data, or the file is neither a JPEG nor a PNG."),
                    "422": problem("A field is missing or invalid, or the file does not decode."),
                    "401": unauthorized, "4XX": otherProblem,
                ],
                security: [["bearer": []]]),
            "get": operation(
                "listPhotos", "Every photo, oldest first", responses: ["200": ok("The photos.", "PhotoList")],
                bearer: true),
        ]),
        "/api/me/photos/{id}": .init(operations: [
            "get": operation(
                "getPhotoImage", "The photo as JPEG (Cache-Control: private, no-store)",
                parameters: [photoIDPath, sizeQuery],
                responses: [
                    "200": jpeg, "400": badQuery, "404": problem("No photo with this id among the caller's."),
                ], bearer: true),
            "delete": operation(
                "deletePhoto", "Delete a photo and its stored images", parameters: [photoIDPath],
                responses: ["204": noContent, "404": problem("No photo with this id among the caller's.")],
                bearer: true),
        ]),
        "/api/me/photo-comparisons": .init(operations: [
            "post": operation(
                "startPhotoComparison",
                "A blinded comparison: the view's first photo and its latest from a later day, in random order",
                description: "The response names the two images by side only, never by photo, and gives no "
                    + "dates. 422 when the view has no photos from two different days.",
                body: "PhotoComparisonRequest",
                responses: [
                    "201": ok("The comparison.", "BlindedComparison"), "400": malformed, "422": invalid,
                ], bearer: true),
            "get": operation(
                "listPhotoComparisons", "The answered blinded comparisons, dates revealed, oldest first",
                responses: ["200": ok("The comparisons.", "PhotoComparisonList")], bearer: true),
        ]),
        "/api/me/photo-comparisons/{id}/{side}": .init(operations: [
            "get": operation(
                "getPhotoComparisonImage", "One side's image, as JPEG",
                parameters: [comparisonIDPath, sidePath, sizeQuery],
                responses: [
                    "200": jpeg, "400": badQuery,
                    "404": problem("No comparison with this id among the caller's, or its photo was deleted."),
                ], bearer: true)
        ]),
        "/api/me/photo-comparisons/{id}/choice": .init(operations: [
            "post": operation(
                "choosePhotoComparison", "Say which looks smoother; the dates are revealed",
                parameters: [comparisonIDPath], body: "PhotoChoice",
                responses: [
                    "200": ok("The dates and whether the later photo was picked.", "RevealedComparison"),
                    "400": malformed, "422": invalid,
                    "404": problem("No comparison with this id among the caller's."),
                    "409": problem("This comparison was rated already."),
                ], bearer: true)
        ]),
    ]

    static let jpeg = Doc.Response(
        description: "The image.", content: ["image/jpeg": .init(schema: .binary("A JPEG image."))])
    static let uuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    static let photoIDPath = Doc.Parameter(
        in: "path", name: "id", description: "The photo's id, a UUID.", required: true,
        schema: .string(pattern: uuidPattern), example: "3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f")
    static let comparisonIDPath = Doc.Parameter(
        in: "path", name: "id", description: "The comparison's id, a UUID.", required: true,
        schema: .string(pattern: uuidPattern), example: "3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f")
    static let sidePath = Doc.Parameter(
        in: "path", name: "side", description: "Which side of the comparison.", required: true,
        schema: .enumeration(["left", "right"]), example: "left")
    static let sizeQuery = query("size", "thumb: the thumbnail (long edge at most 320 px).", .enumeration(["thumb"]))
}

extension APISchemas {
    static let photos: [String: JSONSchema] = [
        // Open, unlike the JSON bodies: a part of another name (a page's csrfToken) is ignored.
        "PhotoUpload": JSONSchema(
            types: ["object"], description: "Parts of other names are ignored.",
            properties: [
                "file": .binary("A JPEG or PNG, at most 10 MB and 40 megapixels."),
                "view": .oneOf(PhotoView.self, "The pose."),
                "date": .date("The day it was taken, YYYY-MM-DD; not in the future."),
                "checkin": .string(
                    "A check-in id of the caller's, to attach the photo to; empty means none.",
                    pattern: "^$|" + APIDocumentation.uuidPattern),
            ],
            required: ["date", "file", "view"]),
        "Photo": .object([
            "id": .string(), "view": .oneOf(PhotoView.self), "date": .string(),
            "checkin": .string(nullable: true), "width": .integer(), "height": .integer(), "createdAt": .string(),
        ]),
        "PhotoList": .object(["photos": .array(of: .ref("Photo"))]),
        "PhotoComparisonRequest": .object(["view": .oneOf(PhotoView.self)]),
        "BlindedComparison": .object(["id": .string(), "left": .string(), "right": .string()]),
        "PhotoChoice": .object(["smoother": .oneOf(PhotoComparison.Smoother.self)]),
        "RevealedComparison": .object([
            "left": .object(["date": .string()]), "right": .object(["date": .string()]),
            "smoother": .oneOf(PhotoComparison.Smoother.self), "laterLooksSmoother": .boolean(),
        ]),
        "PhotoComparisonList": .object([
            "comparisons": .array(of: .anyObject("A comparison with its dates and answer."))
        ]),
    ]
}
