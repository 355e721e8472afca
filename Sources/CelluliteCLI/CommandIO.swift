import Foundation

/// Where commands read and write. Task-local so tests can run commands in-process and capture output.
public struct CommandIO: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeErr: @Sendable (String) -> Void
    public var readLine: @Sendable () -> String?
    /// True when a person is typing (interactive prompts); false for scripts and pipes.
    public var isInteractive: Bool

    public init(
        writeOut: @escaping @Sendable (String) -> Void, writeErr: @escaping @Sendable (String) -> Void,
        readLine: @escaping @Sendable () -> String?, isInteractive: Bool
    ) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.readLine = readLine
        self.isInteractive = isInteractive
    }

    public static let standard = CommandIO(
        writeOut: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        writeErr: { text in FileHandle.standardError.write(Data(text.utf8)) },
        readLine: { Swift.readLine() },
        isInteractive: isatty(STDIN_FILENO) != 0
    )

    @TaskLocal public static var current: CommandIO = .standard

    /// Prints a line on standard output.
    public static func out(_ text: String = "") { current.writeOut(text + "\n") }
    /// Prints a line on standard error.
    public static func err(_ text: String) { current.writeErr(text + "\n") }
}
