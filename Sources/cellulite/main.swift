import CelluliteCLI
import Foundation

exit(await CelluliteCLI.run(arguments: Array(CommandLine.arguments.dropFirst())))
