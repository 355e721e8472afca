import CelluliteCLI
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
CelluliteCLI.prepareThreads(for: arguments)
exit(await CelluliteCLI.run(arguments: arguments))
