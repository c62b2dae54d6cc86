/// The grader's version, stored with every attempt so HR can tell which grader decided it.
/// Bump it whenever a change to the grader or to `Content/` may change a verdict.
public enum GraderVersion {
    public static let current = "1.14.0"
}
