import TrenazherCore

/// Why a software action's argument cannot be used; the console explains it and the action is not
/// performed (nor graded, nor recorded).
public enum ActionArgumentProblem: Sendable, Equatable {
    /// `/callback` without both a date (`27.11`) and a time (`10:00`).
    case callbackNeedsDateAndTime
    /// A date that does not exist (`31.02`).
    case callbackInvalidDate(String)
    /// A time that does not exist (`25:00`).
    case callbackInvalidTime(String)
    /// A date before the conversation's day.
    case callbackInPast(String)
    /// `/ticket` without a kind; the known kinds.
    case ticketNeedsKind([String])
    /// `/ticket` with a kind not known; the known kinds.
    case ticketUnknownKind(String, [String])
    /// `/ticket` with a known kind the scenario's software does not register (`/ticket заява` where the
    /// case is a claim); the kinds it registers.
    case ticketKindNotOffered(String, [String])
}

/// Checks the arguments of `/callback` and `/ticket` before the engine performs them: a callback
/// needs a real date and time on or after the conversation's day, a ticket a kind from
/// `Content/console.yaml` or one of the scenario's own (`request_kinds`) — and, when the scenario's
/// `actions.ticket` declares the kind of its one request (`offeredKinds`), that kind only.
public struct ActionArgumentCheck: Sendable {
    public var wording: ConsoleWording
    /// The conversation's day (the scenario's date).
    public var today: CalendarDate
    /// The scenario's own kinds of request: a first word one of their `words` begins is a known kind.
    public var ownKinds: [RequestNumbering.Kind]
    /// The kinds the scenario's software registers (`actions.ticket.kind`); empty: every kind above.
    public var offeredKinds: [String]

    public init(wording: ConsoleWording, today: CalendarDate, ownKinds: [RequestNumbering.Kind] = [], offeredKinds: [String] = []) {
        self.wording = wording
        self.today = today
        self.ownKinds = ownKinds
        self.offeredKinds = offeredKinds
    }

    /// The check for `scenario` played on `wording`: its date, its own kinds and the kind of its one request.
    public init(wording: ConsoleWording, scenario: Scenario) {
        self.init(wording: wording, today: scenario.date, ownKinds: scenario.requestKinds,
                  offeredKinds: scenario.actions["ticket"]?.kind.map { [$0] } ?? [])
    }

    /// The problem with this action's argument, `nil` when it can be performed.
    public func problem(with action: TraineeAction) -> ActionArgumentProblem? {
        switch action.name {
        case "callback": return callbackProblem(action.argument)
        case "ticket": return ticketProblem(action.argument)
        default: return nil
        }
    }

    private func ticketProblem(_ argument: String) -> ActionArgumentProblem? {
        guard !wording.ticketKinds.isEmpty || !offeredKinds.isEmpty else { return nil }
        let kinds = offeredKinds.isEmpty ? wording.ticketKinds.map(\.kind) + ownKinds.map(\.title) : offeredKinds
        guard let word = argument.split(whereSeparator: \.isWhitespace).first else { return .ticketNeedsKind(kinds) }
        let folded = word.lowercased()
        guard !offeredKinds.isEmpty else {
            if ownKinds.contains(where: { kind in kind.words.contains { folded.hasPrefix($0) } }) { return nil }
            return wording.ticketKind(String(word)) == nil ? .ticketUnknownKind(String(word), kinds) : nil
        }
        // The scenario's one request is registered under its own kind only: another kind would file it as what it is not.
        guard let kind = wording.ticketKind(String(word)) ?? offeredKinds.first(where: { $0.lowercased() == folded }) else {
            return .ticketUnknownKind(String(word), kinds)
        }
        return offeredKinds.contains(kind) ? nil : .ticketKindNotOffered(String(word), kinds)
    }

    private func callbackProblem(_ argument: String) -> ActionArgumentProblem? {
        let words = argument.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        let dateWord = words.first { $0.contains(".") && $0.first?.isNumber == true }
        let timeWord = words.first { $0.contains(":") && $0.first?.isNumber == true }
        guard let dateWord, let timeWord else { return .callbackNeedsDateAndTime }
        guard let date = date(dateWord) else { return .callbackInvalidDate(dateWord) }
        guard Self.isTime(timeWord) else { return .callbackInvalidTime(timeWord) }
        return date < today ? .callbackInPast(dateWord) : nil
    }

    /// How many days ago a `DD.MM` without a year may have passed and still mean this year's day
    /// (refused as past); one that passed longer ago is next year's (`05.01` said on 28.12).
    static let passedDaysKeptInThisYear = 183

    /// `DD.MM` (the nearest such day: this year, or the next when it passed more than half a year
    /// ago) or `DD.MM.YYYY` / `DD.MM.YY`.
    private func date(_ word: String) -> CalendarDate? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let trimmed = parts.last == "" ? Array(parts.dropLast()) : parts
        guard (2...3).contains(trimmed.count), trimmed.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let day = Int(trimmed[0]), let month = Int(trimmed[1]), (1...12).contains(month) else { return nil }
        var year = today.year
        if trimmed.count == 3 {
            guard let given = Int(trimmed[2]) else { return nil }
            year = given < 100 ? 2000 + given : given
        }
        guard (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        // A day and month without a year is the nearest such day: one that passed less than half a
        // year ago is in the past (a typo for a coming day), not the same day a year later.
        if trimmed.count == 2, date < today, today.dayNumber - date.dayNumber > Self.passedDaysKeptInThisYear {
            let next = year + 1
            guard day <= CalendarDate.daysIn(month: month, year: next) else { return date }
            return CalendarDate(year: next, month: month, day: day)
        }
        return date
    }

    private static func isTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}
