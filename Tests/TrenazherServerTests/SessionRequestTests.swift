import Testing
import TrenazherServer

/// What a trainee may ask for over SSH, and what is refused.
struct SessionRequestTests {
    @Test func anEmptyRequestOpensTheMenuAsTheKeysTrainee() throws {
        let request = try SessionRequest.parse(nil)
        #expect(request.command == .start)
        #expect(request.commandLine(traineeID: 7, database: "/var/lib/trenazher/t.sqlite")
                == ["start", "--trainee", "#7", "--database", "/var/lib/trenazher/t.sqlite"])
        #expect(try SessionRequest.parse("   ").command == .start)
    }

    @Test func theTraineesOwnCommandsAreAccepted() throws {
        #expect(try SessionRequest.parse("train hotline-account-no-id --fast").commandLine(traineeID: 3, database: "/d")
                == ["train", "hotline-account-no-id", "--fast", "--trainee", "#3", "--database", "/d"])
        #expect(try SessionRequest.parse("resume").commandLine(traineeID: 3, database: "/d")
                == ["train", "--resume", "--trainee", "#3", "--database", "/d"])
        #expect(try SessionRequest.parse("exam 'hotline' --lang=en").commandLine(traineeID: 3, database: "/d")
                == ["exam", "hotline", "--lang", "en", "--trainee", "#3", "--database", "/d"])
        #expect(try SessionRequest.parse("progress --format csv").commandLine(traineeID: 3, database: "/d")
                == ["progress", "#3", "--format", "csv", "--database", "/d"])
        #expect(try SessionRequest.parse("--lang en").english)
    }

    @Test(arguments: [
        ("bash", SessionRequest.Refusal.notAllowed("bash")),
        ("/bin/sh -c id", .notAllowed("/bin/sh")),
        ("hr report", .notAllowed("hr")),
        ("trainees add x", .notAllowed("trainees")),
        ("admin backup /tmp/x", .notAllowed("admin")),
        ("ssh-session 1 --database /tmp/x", .notAllowed("ssh-session")),
        ("train --trainee 2", .optionNotAllowed("--trainee")),
        ("train --trainee=2", .optionNotAllowed("--trainee")),
        ("progress --database /tmp/other.sqlite", .optionNotAllowed("--database")),
        ("train x --content /tmp", .optionNotAllowed("--content")),
        ("progress --output /etc/passwd", .optionNotAllowed("--output")),
        ("progress 2", .tooManyArguments("2")),
        ("train a b", .tooManyArguments("b")),
        ("train --lang ru", .badValue("--lang")),
        ("train --pace", .badValue("--pace")),
        ("train --fast=1", .badValue("--fast")),
        ("train 'x", .unreadable),
    ])
    func everythingElseIsRefused(request: String, refusal: SessionRequest.Refusal) {
        #expect(throws: refusal) { try SessionRequest.parse(request) }
    }

    @Test func refusalsSpeakUkrainianOrEnglish() {
        let refusal = SessionRequest.Refusal.optionNotAllowed("--database")
        #expect(refusal.message(english: false).contains("параметр --database недоступний через SSH"))
        #expect(refusal.message(english: true).contains("the option --database is not available over SSH"))
    }

    @Test func shellWordsSplitAndQuoteWithoutExpanding() throws {
        #expect(try ShellWords.split(#"train "a b" 'c d' e\ f $HOME;id"#) == ["train", "a b", "c d", "e f", "$HOME;id"])
        #expect(ShellWords.quote("/usr/local/bin/trenazher") == "/usr/local/bin/trenazher")
        #expect(ShellWords.quote("/srv/my db/it's.sqlite") == #"'/srv/my db/it'\''s.sqlite'"#)
        #expect(try ShellWords.split(ShellWords.quote("/srv/my db/it's.sqlite")) == ["/srv/my db/it's.sqlite"])
    }
}
