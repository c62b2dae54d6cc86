/// A readable account of what a compiled pattern matches (`scenarios check --explain`).
extension WordPattern {
    /// Each position of the pattern in words: «слово "до"», «слово на "наступн…"», «до 3 слів», «число».
    public func explanation(english: Bool) -> String {
        elements.map { element in
            switch element {
            case .gap(let count):
                return english ? "up to \(count) words" : "до \(count) слів"
            case .number:
                return english ? "a number" : "число"
            case .code(let digits):
                let number = String(decoding: digits, as: UTF8.self)
                return english ? "the number \(number) in any grouping" : "номер \(number) у будь-якому записі"
            case .word(let tests, let optional):
                let words = tests.map { "«\(Self.spelled($0))»" }.joined(separator: english ? " or " : " або ")
                return optional ? (english ? "[optional \(words)]" : "[необов'язково \(words)]") : words
            case .phrases(let phrases, let optional):
                let words = phrases.map { "«\($0.map(Self.spelled).joined(separator: " "))»" }
                    .joined(separator: english ? " or " : " або ")
                return optional ? (english ? "[optional \(words)]" : "[необов'язково \(words)]") : words
            }
        }.joined(separator: " + ")
    }

    /// One word test as written: «слово» or «слов…» for a prefix.
    private static func spelled(_ test: WordTest) -> String {
        switch test {
        case .literal(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .prefix(let bytes): return "\(String(decoding: bytes, as: UTF8.self))…"
        }
    }
}
