/// An error that ends a command with a one-line reason on stderr and a fixed exit code.
public struct CLIError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case badInput, failure }
    public var kind: Kind
    public var message: String

    public static func badInput(_ message: String) -> CLIError { CLIError(kind: .badInput, message: message) }
    public static func failure(_ message: String) -> CLIError { CLIError(kind: .failure, message: message) }

    /// 2 for bad input (ARCHITECTURE 3.4), 1 for anything else.
    public var exitCode: Int32 { kind == .badInput ? 2 : 1 }
    public var description: String { message }
}
