import ArgumentParser
import Foundation
import TrenazherServer

/// `trenazher scenarios install DIR`: a trainer's new `Content/` and/or `Scenarios/` become the
/// installation's, after `scenarios check` and `scenarios test` pass, as a new recorded version.
struct ScenariosInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: Language.text("Встановити Content/ і Scenarios/ з теки, якщо перевірка і тести проходять (нова записана версія).", "Install Content/ and Scenarios/ from a folder if check and test pass (a new recorded version).")
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("Тека з Content/ та/або Scenarios/.", "A folder with Content/ and/or Scenarios/.")) var directory: String
    @Option(name: .long, help: Language.help("Тека даних встановлення (типово: PREFIX/share/trenazher цієї програми).", "The installation's data folder (default: PREFIX/share/trenazher of this binary)."))
    var shareDir: String?

    func run() throws {
        let say = Say(english: options.english)
        let installation = try ScenariosInstallCommand.installation(shareDir, say)
        let result: (manifest: ContentManifest, changed: Bool)
        do {
            result = try installation.install(from: URL(fileURLWithPath: directory), author: OSAccount.current) { content, scenarios in
                ContentValidation.validate(content: content, scenarios: scenarios, english: options.english).problems
            }
        } catch let error as ContentInstallationError {
            switch error {
            case .invalid(let problems):
                throw CommandFailure(say("не встановлено: перевірка або тести не пройшли (\(problems.count))",
                                         "not installed: the check or the tests failed (\(problems.count))"), code: 1, more: problems)
            case .cannotWrite(let path, let reason):
                throw CommandFailure(say("\(path): не вдається записати (\(reason))", "\(path): cannot write (\(reason))"), code: 1)
            case .nothingToInstall(let path):
                throw CommandFailure(say("\(path): немає ні Content/, ні Scenarios/", "\(path): neither Content/ nor Scenarios/"), code: 2)
            }
        }
        let manifest = result.manifest
        Output.print(result.changed
            ? say("Встановлено версію \(manifest.version) (автор \(manifest.author), файлів: \(manifest.files.count)).",
                  "Installed version \(manifest.version) (author \(manifest.author), files: \(manifest.files.count)).")
            : say("Без змін: ці файли вже встановлено як версію \(manifest.version).",
                  "No change: these files are already installed as version \(manifest.version)."))
    }

    static func installation(_ option: String?, _ say: Say) throws -> ContentInstallation {
        if let option { return ContentInstallation(root: URL(fileURLWithPath: option)) }
        guard let root = InstallationLocator.installationRoot() else {
            throw CommandFailure(say("цей trenazher не встановлено (make install); вкажіть --share-dir",
                                     "this trenazher is not installed (make install); give --share-dir"), code: 2)
        }
        return ContentInstallation(root: root)
    }
}

/// `trenazher scenarios versions [--hash H]`: the installed versions of the content, and which of them
/// an old attempt was played on.
struct ScenariosVersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: Language.text("Встановлені версії вмісту (хто, коли, хеші); --hash: у яких версіях є сценарій спроби.", "The installed content versions (who, when, hashes); --hash: which versions hold an attempt's scenario.")
    )

    @OptionGroup var options: GlobalOptions
    @Option(name: .long, help: Language.help("Тека даних встановлення (типово: PREFIX/share/trenazher цієї програми).", "The installation's data folder (default: PREFIX/share/trenazher of this binary)."))
    var shareDir: String?
    @Option(name: .long, help: Language.help("Хеш сценарію (scenario_hash спроби).", "A scenario hash (an attempt's scenario_hash).")) var hash: String?

    func run() throws {
        let say = Say(english: options.english)
        let installation = try ScenariosInstallCommand.installation(shareDir, say)
        let current = installation.current()?.version
        let versions = hash.map(installation.versions(containing:)) ?? installation.versions()
        if versions.isEmpty {
            Output.print(say("Версій не знайдено.", "No versions found."))
            return
        }
        for version in versions {
            let mark = version.version == current ? "*" : " "
            Output.print("\(mark) \(version.version)  \(version.installedAt)  \(version.author)  \(version.files.count)  "
                         + installation.root.appendingPathComponent("versions/\(version.version)").path)
        }
    }
}
