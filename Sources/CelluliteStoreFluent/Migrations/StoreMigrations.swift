import FluentKit

/// Every migration, in the order it was written. Append only: never edit, reorder or remove an
/// entry that has shipped; a change to a table is a new migration at the end.
public enum StoreMigrations {
    public static var all: [any Migration] {
        [
            CreateSessions(),
            AddSessionExpiry(),
            CreateAccounts(),
            CreateTokens(),
            CreateFailedLogins(),
            CreateProfiles(),
            CreateRoutineVersions(),
            CreateRoutineDays(),
            CreateCheckIns(),
            IndexCheckInsInListOrder(),
            CreatePhotos(),
            CreatePhotoImages(),
            CreatePhotoComparisons(),
        ]
    }

    /// Adds them all to `migrations`, for the database `id` (the default one when nil).
    public static func register(in migrations: Migrations, on id: DatabaseID? = nil) {
        migrations.add(all, to: id)
    }
}
