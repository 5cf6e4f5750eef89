import Foundation
import NetworkAdvisor

// The executable only forwards its arguments; every command lives in the library.
let status = NetworkAdvisorCLI.run(Array(CommandLine.arguments.dropFirst()), console: .standard())
exit(status.rawValue)
