import CelluliteKit

/// Accounts and tokens (ARCHITECTURE 3.6).
extension APIDocumentation {
    static let accountPaths: [String: Doc.PathItem] = [
        "/api/accounts": .init(operations: [
            "post": operation(
                "createAccount", "Sign up",
                description: "The email is trimmed and lowercased. A password has 12 to 128 characters and is not "
                    + "a common one. Answers 409 when the email has an account.",
                body: "NewCredentials",
                responses: [
                    "201": ok("The account and a bearer token.", "NewAccount"), "400": malformed, "422": invalid,
                    "409": problem("An account with this email exists."),
                ])
        ]),
        "/api/tokens": .init(operations: [
            "post": operation(
                "createToken", "Log in",
                description: "One 401 answer for an unknown email and a wrong password. After 5 failures for an "
                    + "account or 20 from an address within 15 minutes, 429 with Retry-After.",
                body: "Credentials",
                responses: [
                    "201": ok("A new bearer token.", "Token"), "400": malformed, "422": invalid,
                    "401": problem("The email or password is wrong."),
                    "429": problem("Too many failed log-ins; Retry-After says when to try again."),
                ])
        ]),
        "/api/tokens/current": .init(operations: [
            "delete": operation(
                "deleteCurrentToken", "Log out: this token stops working", responses: ["204": noContent],
                bearer: true)
        ]),
        "/api/me": .init(operations: [
            "get": operation(
                "getAccount", "The caller's account", responses: ["200": ok("The account.", "Account")], bearer: true),
            "delete": operation(
                "deleteAccount", "Delete the account and everything it holds", body: "PasswordConfirmation",
                responses: [
                    "204": noContent, "400": malformed, "422": invalid, "403": problem("The password is wrong."),
                ], bearer: true),
        ]),
        "/api/me/password": .init(operations: [
            "put": operation(
                "changePassword", "Change the password; every other token ends", body: "PasswordChange",
                responses: [
                    "204": noContent, "400": malformed, "422": invalid,
                    "403": problem("The current password is wrong."),
                ], bearer: true)
        ]),
        "/api/me/profile": .init(operations: [
            "put": operation(
                "saveProfile", "Save the answers; the plan's daily items become the routine from today",
                body: "Profile",
                responses: ["200": ok("The profile and its plan.", "SavedPlan"), "400": malformed, "422": invalid],
                bearer: true),
            "get": operation(
                "getProfile", "The saved answers and their plan, recomputed",
                responses: [
                    "200": ok("The profile and its plan.", "SavedPlan"),
                    "404": problem("No profile has been saved yet."),
                ], bearer: true),
        ]),
        "/api/me/routine": .init(operations: [
            "get": operation(
                "getRoutine", "Today's routine: the saved plan's daily items",
                responses: ["200": ok("The routine.", "Routine")], bearer: true)
        ]),
        "/api/me/routine/{date}": .init(operations: [
            "put": operation(
                "tickRoutine", "Record what was done on a day (today or earlier)",
                parameters: [datePath], body: "RoutineTicks",
                responses: ["200": ok("The day.", "RoutineDay"), "400": malformed, "422": invalid], bearer: true)
        ]),
        "/api/me/adherence": .init(operations: [
            "get": operation(
                "getAdherence", "Days, streak and rate over a range (default: the last 28 days)",
                parameters: [
                    query("from", "First day, YYYY-MM-DD.", .date()),
                    query("to", "Last day, YYYY-MM-DD.", .date()),
                ],
                responses: ["200": ok("Adherence.", "Adherence"), "400": badQuery, "422": invalid], bearer: true)
        ]),
        "/api/me/checkins": .init(operations: [
            "get": operation(
                "listCheckIns", "Every check-in, oldest first",
                responses: ["200": ok("The check-ins.", "CheckInList")], bearer: true),
            "post": operation(
                "createCheckIn", "Record a check-in, scored on its scale", body: "CheckInRequest",
                responses: ["201": ok("The check-in.", "CheckIn"), "400": malformed, "422": invalid], bearer: true),
        ]),
        "/api/me/checkins/{id}": .init(operations: [
            "get": operation(
                "getCheckIn", "One check-in", parameters: [idPath],
                responses: ["200": ok("The check-in.", "CheckIn"), "404": notYours], bearer: true),
            "put": operation(
                "replaceCheckIn", "Change a check-in", parameters: [idPath], body: "CheckInRequest",
                responses: [
                    "200": ok("The check-in.", "CheckIn"), "400": malformed, "422": invalid, "404": notYours,
                ], bearer: true),
            "delete": operation(
                "deleteCheckIn", "Delete a check-in", parameters: [idPath],
                responses: ["204": noContent, "404": notYours], bearer: true),
        ]),
        "/api/me/progress": .init(operations: [
            "get": operation(
                "getProgress", "One series per scale and version, never mixed, with the change",
                responses: ["200": ok("The series.", "Progress")], bearer: true)
        ]),
        "/api/me/export": .init(operations: [
            "get": operation(
                "exportAccount", "Everything the account holds: data.json in a zip",
                responses: [
                    "200": .init(
                        description: "The archive.",
                        content: ["application/zip": .init(schema: .string("A zip archive holding data.json."))])
                ], bearer: true)
        ]),
        "/api/me/calendar.ics": .init(operations: [
            "get": operation(
                "getCalendar", "An iCalendar feed (RFC 5545): the daily routine and a check-in every four weeks",
                responses: [
                    "200": .init(
                        description: "The feed.",
                        content: ["text/calendar": .init(schema: .string("An iCalendar document."))])
                ], bearer: true)
        ]),
    ]

    static let datePath = Doc.Parameter(
        in: "path", name: "date", description: "The day, YYYY-MM-DD.", required: true, schema: .date(),
        example: "2026-12-01")
    static let idPath = Doc.Parameter(
        in: "path", name: "id", description: "The check-in's id, a UUID.", required: true,
        schema: .string(pattern: uuidPattern),
        example: "3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f")
    static let notYours = problem("No check-in with this id among the caller's.")
}

extension APISchemas {
    static let accounts: [String: JSONSchema] = [
        "Credentials": .object(["email": .string(maxLength: 254), "password": .string()]),
        "NewCredentials": .object([
            "email": .string("Trimmed and lowercased.", minLength: 3, maxLength: 254),
            "password": .string("12 to 128 characters, not a common one.", minLength: 12, maxLength: 128),
        ]),
        "PasswordConfirmation": .object(["password": .string()]),
        "PasswordChange": .object([
            "currentPassword": .string(),
            "newPassword": .string("12 to 128 characters, not a common one.", minLength: 12, maxLength: 128),
        ]),
        "Account": .object(["email": .string(), "createdAt": .string()]),
        "Token": .object(["token": .string(), "expiresAt": .string()]),
        "NewAccount": .object(["account": .ref("Account"), "token": .string(), "expiresAt": .string()]),
        "SavedPlan": .object(["profile": .ref("Profile"), "plan": .ref("Plan")]),
        "Routine": .object(["items": .array(of: .object(["treatment": .string(), "name": .string()]))]),
        "RoutineTicks": .object(["done": .array(of: .ref("TreatmentSlug"))]),
        "RoutineDay": .object(["date": .string(), "done": .array(of: .string())]),
        "Adherence": .object([
            "days": .array(
                of: .object(["date": .string(), "done": .array(of: .string()), "planned": .array(of: .string())])),
            "streak": .integer(), "rate": .nullable(.number()),
        ]),
        "CheckInRequest": .object(
            [
                "date": .date("Not in the future."), "assessment": .ref("CheckInAssessment"),
                "notes": .nullable(
                    .string(
                        "No control characters but tab and line breaks.", maxLength: CheckInDraft.maxNotesCharacters,
                        pattern: "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$")),
            ],
            optional: ["notes"]),
        // One of the three scales' answers, named by `scale`, as POST /api/assess/* takes them.
        "CheckInAssessment": .exactlyOne(of: [
            .object(
                [
                    "scale": .constant(HexselCSS.id),
                    "items": .array(
                        of: .integer(in: HexselCSS.itemRange), minItems: HexselCSSItem.allCases.count,
                        maxItems: HexselCSSItem.allCases.count),
                    "site": .nullable(.oneOf(BodySite.self)),
                ], optional: ["site"]),
            .object(
                nil, APISchemas.nurnbergerMullerObservations.merging(["scale": .constant(NurnbergerMuller.id)]) { $1 },
                not: .matching(["standing": "smooth", "lying": "dimpled"])),
            .object(["scale": .constant(SelfRating.id), "level": .integer(in: SelfRating.range)]),
        ]),
        "CheckIn": .object([
            "id": .string(), "date": .string(), "assessment": .anyObject("What POST /api/assess/* returns."),
            "notes": .string(), "createdAt": .string(),
        ]),
        "CheckInList": .object(["checkins": .array(of: .ref("CheckIn"))]),
        "Progress": .object(["series": .array(of: .anyObject("scale, version, points and change."))]),
    ]
}
