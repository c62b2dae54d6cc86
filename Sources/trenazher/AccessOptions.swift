import ArgumentParser
import TrenazherServer

/// Where the service account's `authorized_keys` is.
struct AccessOptions: ParsableArguments {
    @Option(name: .long, help: Language.help("Файл authorized_keys службового облікового запису (типово: $TRENAZHER_AUTHORIZED_KEYS або authorized_keys поруч із базою).", "The service account's authorized_keys (default: $TRENAZHER_AUTHORIZED_KEYS or authorized_keys next to the database)."))
    var authorizedKeys: String?

    /// The file, resolved against the database's location.
    func file(_ options: GlobalOptions) -> AuthorizedKeysFile {
        AuthorizedKeysFile(path: InstallationLocator.authorizedKeys(option: authorizedKeys, databasePath: StoreAccess.databasePath(options)))
    }
}
