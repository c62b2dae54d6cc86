import Foundation
import TrenazherCore
import Yams

/// A problem in `tracks.yaml`, located as `file:line: message`.
public struct TrackFileError: Error, Sendable, BilingualError, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    /// The message in Ukrainian, when it has one (a YAML syntax error).
    public var ukrainian: String?
    /// The column, when known (a YAML syntax error).
    public var column: Int?

    public init(file: String, line: Int, message: String, ukrainian: String? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.ukrainian = ukrainian
        self.column = column
    }

    /// A YAML syntax error of this file, at its line and column, in both languages.
    init(syntax error: YamlError, file: String, text: String) {
        let diagnostic = YAMLNode.syntaxDiagnostic(for: error, file: file, text: text)
        self.init(file: file, line: diagnostic.line, message: diagnostic.message, ukrainian: diagnostic.ukrainian, column: diagnostic.column)
    }

    public func message(english: Bool) -> String {
        "\(file):\(line)\(column.map { ":\($0)" } ?? ""): \(english ? message : ukrainian ?? message)"
    }
}

/// The certification tracks of `Content/tracks.yaml`.
public struct TrackCatalogue: Sendable, Hashable {
    /// The file's name inside `Content/`.
    public static let fileName = "tracks.yaml"

    public var tracks: [CertificationTrack]

    public init(tracks: [CertificationTrack]) {
        self.tracks = tracks
    }

    /// The track with this ID, or with this title (Ukrainian or English, case-insensitive).
    public func track(_ reference: String) -> CertificationTrack? {
        let folded = reference.lowercased()
        return tracks.first { $0.id == reference } ?? tracks.first { $0.title.lowercased() == folded || $0.titleEN.lowercased() == folded }
    }

    /// Loads `tracks.yaml` from a `Content/` directory.
    public static func load(contentDirectory: URL) throws -> TrackCatalogue {
        let url = contentDirectory.appendingPathComponent(fileName)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TrackFileError(file: url.path, line: 1, message: "cannot read the certification tracks")
        }
        return try parse(text, file: url.path)
    }

    /// Parses the text of a `tracks.yaml`.
    public static func parse(_ text: String, file: String) throws -> TrackCatalogue {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw TrackFileError(syntax: error, file: file, text: text)
        }
        guard let items = root?.sequence else {
            throw TrackFileError(file: file, line: root?.mark?.line ?? 1, message: "expected a list of tracks")
        }
        var tracks: [CertificationTrack] = []
        for item in items {
            let track = try parseTrack(item, file: file)
            if tracks.contains(where: { $0.id == track.id }) {
                throw TrackFileError(file: file, line: item.mark?.line ?? 1, message: "duplicate track id '\(track.id)'")
            }
            tracks.append(track)
        }
        return TrackCatalogue(tracks: tracks)
    }

    private static let knownKeys: Set<String> = ["id", "title", "title_en", "role", "description", "description_en", "scenarios",
                                                 "min_score", "validity_months"]

    private static func parseTrack(_ node: Node, file: String) throws -> CertificationTrack {
        let line = node.mark?.line ?? 1
        guard let mapping = node.mapping else { throw TrackFileError(file: file, line: line, message: "expected a track (a mapping)") }
        for (key, _) in mapping {
            if let name = key.string, !knownKeys.contains(name) {
                throw TrackFileError(file: file, line: key.mark?.line ?? line, message: "unknown key '\(name)'")
            }
        }
        func text(_ key: String, required: Bool = true) throws -> String? {
            guard let value = mapping[key] else {
                if required { throw TrackFileError(file: file, line: line, message: "missing '\(key)'") }
                return nil
            }
            guard let string = value.string, !string.isEmpty else {
                throw TrackFileError(file: file, line: value.mark?.line ?? line, message: "'\(key)' must be text")
            }
            return string
        }
        func number(_ key: String, default defaultValue: Int) throws -> Int {
            guard let value = mapping[key] else { return defaultValue }
            guard let number = value.int, number > 0 else {
                throw TrackFileError(file: file, line: value.mark?.line ?? line, message: "'\(key)' must be a positive whole number")
            }
            return number
        }
        let id = try text("id")!
        let title = try text("title")!
        let roleNode = mapping["role"]
        guard let roleName = roleNode?.string, let role = TraineeRole(rawValue: roleName) else {
            throw TrackFileError(file: file, line: roleNode?.mark?.line ?? line, message: "'role' must be cok or hotline")
        }
        guard let scenarioNodes = mapping["scenarios"]?.sequence, !scenarioNodes.isEmpty else {
            throw TrackFileError(file: file, line: mapping["scenarios"]?.mark?.line ?? line, message: "'scenarios' must list scenario IDs")
        }
        let scenarios = try scenarioNodes.map { node -> String in
            guard let id = node.string, !id.isEmpty else {
                throw TrackFileError(file: file, line: node.mark?.line ?? line, message: "a scenario ID must be text")
            }
            return id
        }
        let minScore = try number("min_score", default: 80)
        guard minScore <= 100 else {
            throw TrackFileError(file: file, line: mapping["min_score"]?.mark?.line ?? line, message: "'min_score' must be at most 100")
        }
        let description = try text("description", required: false) ?? title
        return CertificationTrack(id: id, title: title, titleEN: try text("title_en", required: false) ?? title, role: role,
                                  description: description,
                                  descriptionEN: try text("description_en", required: false) ?? description,
                                  scenarios: scenarios, minScore: minScore, validityMonths: try number("validity_months", default: 12))
    }
}
