import Foundation

/// The command a trainee types to continue an interrupted attempt, as the console's messages show it.
public enum ResumeCommand {
    /// On the trainee's own machine or a checkout.
    public static let local = "trenazher train --resume"

    /// Over SSH, where the trainee's key runs only their own commands: `ssh -t ACCOUNT@SERVER resume`.
    public static func overSSH(account: String, server: String) -> String {
        "ssh -t \(account)@\(server) resume"
    }
}
