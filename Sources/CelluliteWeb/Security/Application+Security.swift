import Vapor

extension Application {
    private struct SecurityKey: StorageKey {
        typealias Value = SecuritySettings
    }

    private struct CSRFTokensKey: StorageKey {
        typealias Value = CSRFTokens
    }

    /// The limits `configure` was given; the defaults before it runs.
    var webSecurity: SecuritySettings {
        get { storage[SecurityKey.self] ?? SecuritySettings() }
        set { storage[SecurityKey.self] = newValue }
    }

    /// Set by `configure`, which always runs before the first request.
    var csrfTokens: CSRFTokens {
        get { storage[CSRFTokensKey.self]! }
        set { storage[CSRFTokensKey.self] = newValue }
    }
}
