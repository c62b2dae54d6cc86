import Foundation

// The start-up floor of `make bench`: a Swift program built like `trenazher` (release, Foundation
// linked) that prints the trainer's first prompt and waits for a line, as the trainer does.
FileHandle.standardOutput.write(Data("Ваш вибір: ".utf8))
_ = readLine()
