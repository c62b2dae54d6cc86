/// A turn or the result of an attempt could not be stored: the attempt stopped where it was, and
/// `message` says in one line what was not saved, why, and how to continue.
public struct AttemptNotSaved: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
