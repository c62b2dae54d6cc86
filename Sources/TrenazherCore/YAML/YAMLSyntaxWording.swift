/// The problems and contexts the YAML reader (libyaml, through Yams) reports, said in Ukrainian with
/// what usually causes them, so a syntax error reaches a trainer in the interface language.
enum YAMLSyntaxWording {
    /// The Ukrainian for a reader's problem; an unknown one (a newer reader) is kept as it is.
    static func problem(_ english: String) -> String {
        problems[english] ?? english
    }

    /// The Ukrainian for what the reader was doing («while parsing a block mapping»).
    static func context(_ english: String) -> String? {
        contexts[english]
    }

    static let problems: [String: String] = [
        "mapping values are not allowed in this context":
            "двокрапка з пробілом посеред значення: візьміть усе значення в лапки або перевірте відступ",
        "mapping keys are not allowed in this context": "тут не може стояти ключ: візьміть значення в лапки",
        "block sequence entries are not allowed in this context":
            "тут не може починатися пункт списку «- »: перевірте відступ або візьміть значення в лапки",
        "did not find expected key": "тут мав бути ключ («назва: значення») з тим самим відступом, що й сусідні: перевірте відступ і лапки",
        "did not find expected '-' indicator": "тут мав бути наступний пункт списку «- » з тим самим відступом: перевірте відступ",
        "did not find expected ',' or ']'": "у списку [ … ] бракує коми або «]»: візьміть пункт із комою, двокрапкою чи лапками в лапки",
        "did not find expected ',' or '}'": "у мапі { … } бракує коми або «}»: візьміть значення з комою чи двокрапкою в лапки",
        "did not find expected node content": "тут мало бути значення",
        "did not find expected <document start>": "зайвий текст після кінця документа: перевірте відступ",
        "did not find expected <stream-start>": "файл не починається як YAML",
        "found character that cannot start any token":
            "з цього символу не може починатися значення (` @ % або табуляція): візьміть значення в лапки",
        "found a tab character that violates indentation": "табуляція у відступі: YAML приймає лише пробіли",
        "found a tab character where an indentation space is expected": "табуляція у відступі: YAML приймає лише пробіли",
        "found unexpected end of stream": "файл скінчився посеред значення: закрийте лапки",
        "found unexpected document indicator": "рядок «---» або «...» усередині значення в лапках: закрийте лапки раніше",
        "found unknown escape character": "невідома послідовність із «\\» у подвійних лапках: напишіть «\\\\» або візьміть значення в одинарні лапки",
        "found invalid Unicode character escape code": "неправильний код символу «\\u…» у подвійних лапках",
        "did not find expected hexdecimal number": "неправильний код символу «\\x…» чи «\\u…» у подвійних лапках",
        "could not find expected ':'": "після ключа бракує двокрапки «:» (або значення з двокрапкою не взято в лапки)",
        "found unexpected ':'": "зайва двокрапка: візьміть значення в лапки",
        "did not find expected comment or line break": "після значення в лапках чи блоку «|» у тому ж рядку стоїть зайвий текст",
        "did not find expected whitespace or line break": "бракує пробілу чи кінця рядка: візьміть значення в лапки",
        "did not find expected whitespace": "бракує пробілу: візьміть значення в лапки",
        "did not find expected alphabetic or numeric character": "після «&» чи «*» має йти назва: візьміть значення в лапки",
        "found an indentation indicator equal to 0": "відступ блоку «|» не може бути 0",
        "found undefined alias": "посилання «*назва» на якір, якого немає: візьміть значення в лапки",
        "found undefined tag handle": "невідомий тег «!…»: візьміть значення в лапки",
        "did not find expected '!'": "неправильний тег «!…»: візьміть значення в лапки",
        "did not find expected tag URI": "неправильний тег «!…»: візьміть значення в лапки",
        "did not find the expected '>'": "неправильний тег «!<…>»: візьміть значення в лапки",
        "did not find URI escaped octet": "неправильний тег «!…»: візьміть значення в лапки",
        "found unexpected non-alphabetical character": "неправильна директива «%…»: візьміть значення в лапки",
        "found unknown directive name": "невідома директива «%…»: візьміть значення в лапки",
        "could not find expected directive name": "неправильна директива «%…»: візьміть значення в лапки",
        "found incompatible YAML document": "непідтримувана версія YAML у директиві «%YAML»",
        "found duplicate %YAML directive": "директиву «%YAML» повторено",
        "found duplicate %TAG directive": "директиву «%TAG» повторено",
        "but found another document": "у файлі кілька документів («---»): має бути один",
        "control characters are not allowed": "у файлі керівний символ: приберіть його",
        "invalid leading UTF-8 octet": "файл не в кодуванні UTF-8",
        "invalid trailing UTF-8 octet": "файл не в кодуванні UTF-8",
        "invalid length of a UTF-8 sequence": "файл не в кодуванні UTF-8",
        "incomplete UTF-8 octet sequence": "файл не в кодуванні UTF-8",
        "invalid Unicode character": "у файлі неприпустимий символ Unicode",
        "Maximum nesting level reached, set with yaml_set_max_nest_level())": "забагато вкладених рівнів",
    ]

    static let contexts: [String: String] = [
        "while parsing a block mapping": "у мапі, що почалася",
        "while parsing a block collection": "у списку, що почався",
        "while parsing a flow sequence": "у списку [ … ], що почався",
        "while parsing a flow mapping": "у мапі { … }, що почалася",
        "while parsing a flow node": "у значенні, що почалося",
        "while parsing a block node": "у значенні, що почалося",
        "while parsing a node": "у значенні, що почалося",
        "while scanning a simple key": "у ключі, що почався",
        "while scanning a quoted scalar": "у значенні в лапках, що почалося",
        "while parsing a quoted scalar": "у значенні в лапках, що почалося",
        "while scanning a plain scalar": "у значенні, що почалося",
        "while scanning a block scalar": "у блоці «|», що почався",
        "while scanning an anchor": "в якорі, що почався",
        "while scanning an alias": "у посиланні, що почалося",
        "while scanning a tag": "у тезі, що почався",
        "while parsing a tag": "у тезі, що почався",
        "while scanning a directive": "у директиві, що почалася",
        "while scanning for the next token": "у тексті, що почався",
    ]
}
