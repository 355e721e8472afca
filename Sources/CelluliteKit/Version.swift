public enum CelluliteKitVersion { public static let value = "0.1.0" }
