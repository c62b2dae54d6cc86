import ArgumentParser
import Foundation
import TrenazherCore
import TrenazherStore

extension AttemptMode: ExpressibleByArgument {}

/// `play --record TRAINEE`: stores a replayed attempt in the progress database (tests and imports).
enum PlayRecording {
    /// Records the attempt for the trainee; a name no trainee has is registered as a new trainee (first name
    /// from `--name`, role from the scenario's channel). The note goes to standard error, keeping the JSON clean.
    static func record(_ result: AttemptResult, inputs: [TraineeInput], scenario: Scenario, trainee reference: String,
                       firstName: String, mode: AttemptMode, options: GlobalOptions) throws {
        let say = Say(english: options.english)
        let store = try StoreAccess.open(options, creating: true)
        let trainee: Trainee
        do {
            trainee = try store.trainee(matching: reference)
        } catch StoreError.unknownTrainee {
            guard Int64(reference.trimmingCharacters(in: CharacterSet(charactersIn: "# "))) == nil else {
                throw CommandFailure(Language.describe(StoreError.unknownTrainee(reference)), code: 2)
            }
            do {
                trainee = try store.registerTrainee(fullName: reference, firstName: firstName, role: scenario.channel == .hotline ? .hotline : .cok)
                Output.error(say("зареєстровано нового працівника #\(trainee.id) \(trainee.fullName)",
                                 "registered a new trainee #\(trainee.id) \(trainee.fullName)"))
            } catch {
                // Another process registered the same name meanwhile: record under that registration.
                guard let registered = try? store.trainee(matching: reference) else { throw error }
                trainee = registered
            }
        } catch let error as StoreError {
            throw CommandFailure(Language.describe(error), code: 2)
        }
        let attempt = try StoreAccess.attempt {
            try AttemptRecorder(store: store).record(result: result, inputs: inputs, trainee: trainee, scenario: scenario, mode: mode)
        }
        Output.error(say("записано спробу #\(attempt.id) (\(ReportWording(english: false).mode(mode))) для \(trainee.fullName)",
                         "recorded attempt #\(attempt.id) (\(mode.rawValue)) for \(trainee.fullName)"))
    }
}
